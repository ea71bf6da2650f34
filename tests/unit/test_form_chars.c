/* test_form_chars.c: the form's limits count as a browser's maxlength does
 * (UTF-16 code units, a line break 2), and so does the wizard's editor, so
 * that a text the counter accepts is never cut by the CCB form. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/form.h"
#include "tui/editor.h"

static void test_units(void **state)
{
	(void)state;
	assert_int_equal(form_chars(""), 0);
	assert_int_equal(form_chars(NULL), 0);
	assert_int_equal(form_chars("abc"), 3);
	/* é and € are one unit each, whatever their bytes */
	assert_int_equal(form_chars("\xc3\xa9\xe2\x82\xac"), 2);
	/* an emoji beyond U+FFFF is a surrogate pair: 2 */
	assert_int_equal(form_chars("a\xf0\x9f\x94\xa5"), 3);
	/* a line break is submitted as CR LF: 2 */
	assert_int_equal(form_chars("a\nb"), 4);
}

static void test_editor_counts_as_the_form(void **state)
{
	(void)state;
	struct editor e;
	editor_init(&e, "", 5, true, NULL);
	wchar_t text[] = L"ab\ncd";   /* 2 + 2 + 2 = 6 units: one too many */
	struct key k = { KEY_KIND_PASTE, 0, text, wcslen(text) };
	editor_key(&e, &k);
	assert_true(e.truncated);
	char *t = editor_text(&e);
	assert_string_equal(t, "ab\nc");
	assert_int_equal(editor_count(&e), 5);
	assert_int_equal(form_chars(t), 5);
	free(t);
	editor_free(&e);

	editor_init(&e, "", 3, false, NULL);
	wchar_t emoji[] = { L'x', (wchar_t)0x1F525, L'y', 0 };
	struct key k2 = { KEY_KIND_PASTE, 0, emoji, 3 };
	editor_key(&e, &k2);
	assert_int_equal(editor_count(&e), 3);
	t = editor_text(&e);
	assert_string_equal(t, "x\xf0\x9f\x94\xa5");
	free(t);
	editor_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_editor_counts_as_the_form),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
