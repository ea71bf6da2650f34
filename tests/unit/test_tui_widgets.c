/* test_tui_widgets.c: the wizard's text handling without a terminal: safe
 * widening of hostile text, word wrap, the 500-character editor and the
 * number and date fields. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tui/editor.h"
#include "tui/text.h"

static struct key ch(wint_t c)
{
	struct key k = { KEY_KIND_CHAR, c, NULL, 0 };
	return k;
}

static struct key fn(int code)
{
	struct key k = { KEY_KIND_FUNC, (wint_t)code, NULL, 0 };
	return k;
}

static void type(struct editor *e, const wchar_t *s)
{
	for (; *s; s++) {
		struct key k = ch((wint_t)*s);
		editor_key(e, &k);
	}
}

static void test_widen_drops_escapes(void **state)
{
	(void)state;
	/* An escape sequence, a C1 CSI, a bell and an invalid byte. */
	wchar_t *w = text_widen("a\033[2Jb\xc2\x9b" "c\a\xff" "d\ne", false);
	assert_true(wcscmp(w, L"a[2Jbc\xfffd" L"d e") == 0);
	free(w);
	w = text_widen("x\ny", true);
	assert_true(wcscmp(w, L"x\ny") == 0);
	free(w);
}

static void test_narrow_round_trip(void **state)
{
	(void)state;
	const char *s = "Caf\xc3\xa9 \xe2\x82\xac 5 \xf0\x9f\x98\x80";
	wchar_t *w = text_widen(s, false);
	char *back = text_narrow(w, wcslen(w));
	assert_string_equal(back, s);
	free(w);
	free(back);
}

static void test_wrap_words(void **state)
{
	(void)state;
	const wchar_t *t = L"the quick brown fox jumps";
	struct text_lines l;
	text_wrap(t, wcslen(t), 10, &l);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.start[1], 10);   /* "brown fox " */
	assert_int_equal(l.start[2], 20);   /* "jumps" */
	text_lines_free(&l);
	/* A word longer than the line is cut; a newline always breaks. */
	t = L"abcdefghijkl\nx";
	text_wrap(t, wcslen(t), 5, &l);
	assert_int_equal(l.n, 4);
	assert_int_equal(l.len[2], 2);
	assert_int_equal(l.start[3], 13);
	text_lines_free(&l);
}

static void test_editor_limit_and_utf8(void **state)
{
	(void)state;
	struct editor e;
	editor_init(&e, "", 5, true, NULL);
	type(&e, L"\x00e9t\x00e9!!!");
	assert_int_equal(editor_count(&e), 5);
	char *t = editor_text(&e);
	assert_string_equal(t, "\xc3\xa9t\xc3\xa9!!");
	free(t);
	/* Cursor keys move by characters, not bytes. */
	struct key k = fn(KEY_HOME);
	editor_key(&e, &k);
	k = fn(KEY_RIGHT);
	editor_key(&e, &k);
	k = fn(KEY_DC);
	editor_key(&e, &k);
	k = ch(L'x');
	editor_key(&e, &k);
	t = editor_text(&e);
	assert_string_equal(t, "\xc3\xa9x\xc3\xa9!!");
	free(t);
	editor_free(&e);
}

static void test_editor_paste(void **state)
{
	(void)state;
	struct editor e;
	editor_init(&e, "ab", 500, false, NULL);
	wchar_t text[] = L"line1\nline2\x1b[31m";
	struct key k = { KEY_KIND_PASTE, 0, text, wcslen(text) };
	/* A one-line value opened untouched is replaced by the paste ... */
	assert_int_equal(editor_key(&e, &k), ED_USED);
	char *t = editor_text(&e);
	/* One-line field: the newline became a space, the escape was dropped. */
	assert_string_equal(t, "line1 line2[31m");
	free(t);
	assert_false(e.truncated);
	editor_free(&e);
	/* ... and edited once the cursor moved. */
	editor_init(&e, "ab", 500, false, NULL);
	struct key left = { KEY_KIND_FUNC, KEY_LEFT, NULL, 0 };
	editor_key(&e, &left);
	editor_key(&e, &k);
	t = editor_text(&e);
	assert_string_equal(t, "aline1 line2[31mb");
	free(t);
	editor_free(&e);

	editor_init(&e, "", 3, true, NULL);
	wchar_t two[] = L"a\nbcd";
	struct key k2 = { KEY_KIND_PASTE, 0, two, wcslen(two) };
	editor_key(&e, &k2);
	t = editor_text(&e);
	/* the line break counts 2, as the form counts it (CR LF) */
	assert_string_equal(t, "a\n");
	assert_true(e.truncated);
	free(t);
	editor_free(&e);
}

/* A text longer than the limit opens whole and over it; only the handler
 * shortens it.  Ctrl-U clears all of it in one key. */
static void test_editor_over_and_clear(void **state)
{
	(void)state;
	struct editor e;
	editor_init(&e, "abcdefgh", 5, true, NULL);
	assert_int_equal(editor_count(&e), 8);
	assert_true(editor_over(&e));
	char *t = editor_text(&e);
	assert_string_equal(t, "abcdefgh");
	free(t);
	struct key x = { KEY_KIND_CHAR, 'x', NULL, 0 };
	editor_key(&e, &x);
	assert_true(e.truncated);   /* no more room */
	assert_int_equal(editor_count(&e), 8);
	struct key bs = { KEY_KIND_CHAR, 0x7F, NULL, 0 };
	editor_key(&e, &bs);
	assert_false(e.truncated);
	assert_int_equal(editor_count(&e), 7);
	struct key cu = { KEY_KIND_CHAR, CTRL_KEY('u'), NULL, 0 };
	editor_key(&e, &cu);
	assert_int_equal(editor_count(&e), 0);
	assert_false(editor_over(&e));
	editor_free(&e);
}

static void test_editor_vertical(void **state)
{
	(void)state;
	struct editor e;
	editor_init(&e, "aaaa bbbb cccc", 500, true, NULL);
	e.width = 7;   /* rows of 6: "aaaa ", "bbbb ", "cccc" */
	struct key k = fn(KEY_UP);
	editor_key(&e, &k);   /* from the end of "cccc" to the end of "bbbb" */
	assert_int_equal(e.cur, 9);
	k = fn(KEY_HOME);
	editor_key(&e, &k);
	assert_int_equal(e.cur, 5);
	k = ch(CTRL_KEY('k'));
	editor_key(&e, &k);
	char *t = editor_text(&e);
	assert_string_equal(t, "aaaa  cccc");
	free(t);
	k = ch('\r');
	assert_int_equal(editor_key(&e, &k), ED_DONE);
	editor_free(&e);
}

static bool digits(wchar_t c)
{
	return c >= L'0' && c <= L'9';
}

static void test_editor_filter(void **state)
{
	(void)state;
	struct editor e;
	editor_init(&e, "", 16, false, digits);
	type(&e, L"2a5b0");
	char *t = editor_text(&e);
	assert_string_equal(t, "250");
	free(t);
	editor_free(&e);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widen_drops_escapes),
		cmocka_unit_test(test_narrow_round_trip),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_editor_limit_and_utf8),
		cmocka_unit_test(test_editor_paste),
		cmocka_unit_test(test_editor_over_and_clear),
		cmocka_unit_test(test_editor_vertical),
		cmocka_unit_test(test_editor_filter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
