/* fuzz_editor.c: the wizard's text field (src/tui/editor.h) driven by any
 * sequence of key presses and bracketed pastes, at any wrap width: what a
 * handler types or pastes, including control characters, escape sequences,
 * surrogates and 64 K pastes.  No curses screen is needed: editing and
 * wrapping are pure; drawing is left to the screen tests.
 *
 * After every key it checks the field's promises: the cursor and length
 * stay within bounds, the text handed back is valid UTF-8 without control
 * characters (newlines only in a multi-line field), and it holds exactly the
 * characters the field counts (nothing lost or invented on the way out). */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/form.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "tui/editor.h"
#include "tui/keys.h"
#include "tui/text.h"
#include "fuzz_target.h"
#include "output_check.h"

struct input {
	const uint8_t *p;
	size_t left;
};

static unsigned byte(struct input *in)
{
	if (!in->left)
		return 0;
	in->left--;
	return *in->p++;
}

/* Any code point, surrogates and non-characters included. */
static wint_t code_point(struct input *in)
{
	unsigned v = byte(in) << 16;
	v |= byte(in) << 8;
	v |= byte(in);
	return (wint_t)(v % 0x110000);
}

static bool digits_only(wchar_t c)
{
	return c >= L'0' && c <= L'9';
}

static bool date_chars(wchar_t c)
{
	return digits_only(c) || c == L'-' || c == L':' || c == L'T' || c == L' ' || c == L'+';
}

static void check(const struct editor *e)
{
	/* A text longer than max may be opened (it is never cut: only the
	 * handler shortens it), so the bound is the buffer's. */
	if (e->len + 1 > e->cap || e->cur > e->len) {
		fprintf(stderr, "editor out of bounds: len %zu cur %zu cap %zu\n", e->len, e->cur, e->cap);
		abort();
	}
	char *text = editor_text(e);
	output_check("editor_text", text, false);
	if (!e->multiline && strchr(text, '\n')) {
		fprintf(stderr, "a newline in a one-line field\n");
		abort();
	}
	/* The count is the form's (UTF-16 units, a line break 2): the text it
	 * gives back must count the same. */
	if (form_chars(text) != editor_count(e)) {
		fprintf(stderr, "editor counts %zu but its text counts %zu\n",
			editor_count(e), form_chars(text));
		abort();
	}
	free(text);
}

static const int func_keys[] = {
	KEY_LEFT, KEY_RIGHT, KEY_UP, KEY_DOWN, KEY_HOME, KEY_END, KEY_DC,
	KEY_BACKSPACE, KEY_ENTER, KEY_NPAGE, KEY_PPAGE, KEY_RESIZE, KEY_F(1),
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in = { data, size };
	unsigned flags = byte(&in);
	size_t max = flags & 8 ? 1 + byte(&in) % 16 : 500;
	bool (*accept)(wchar_t) = NULL;
	if ((flags >> 1 & 3) == 1)
		accept = digits_only;
	else if ((flags >> 1 & 3) == 2)
		accept = date_chars;

	size_t n0 = byte(&in) % 64;
	if (n0 > in.left)
		n0 = in.left;
	char *initial = xstrndup((const char *)in.p, n0);
	in.p += n0;
	in.left -= n0;

	struct editor e;
	editor_init(&e, initial, max, flags & 1, accept);
	free(initial);
	e.width = 2 + (int)(byte(&in) % 120);
	check(&e);

	while (in.left) {
		struct key k = { KEY_KIND_NONE, 0, NULL, 0 };
		unsigned op = byte(&in) % 6;
		if (op == 0) {
			k.kind = KEY_KIND_CHAR;
			k.code = code_point(&in);
		} else if (op == 1) {
			k.kind = KEY_KIND_CHAR;
			k.code = byte(&in);   /* ASCII and control keys, Ctrl-K ... */
		} else if (op == 2) {
			k.kind = KEY_KIND_FUNC;
			k.code = (wint_t)func_keys[byte(&in) % (sizeof func_keys / sizeof *func_keys)];
		} else if (op == 3) {
			size_t n = byte(&in);
			if (byte(&in) & 1)
				n *= 257;    /* up to the 64 K a paste is cut to */
			k.kind = KEY_KIND_PASTE;
			k.text = xmalloc((n + 1) * sizeof(wchar_t));
			for (size_t i = 0; i < n; i++)
				k.text[i] = (wchar_t)(in.left ? code_point(&in) : L'x');
			k.text[n] = L'\0';
			k.len = n;
		} else if (op == 4) {
			e.width = 2 + (int)(byte(&in) % 120);   /* a resize */
			check(&e);
			continue;
		} else {
			size_t n = byte(&in) % 32;
			if (n > in.left)
				n = in.left;
			char *s = xstrndup((const char *)in.p, n);
			in.p += n;
			in.left -= n;
			editor_set(&e, s);
			free(s);
			check(&e);
			continue;
		}
		editor_key(&e, &k);
		key_free(&k);
		check(&e);
		struct text_lines l;
		text_wrap(e.buf, e.len, e.width - 1, &l);
		text_lines_free(&l);
	}
	editor_free(&e);
	return 0;
}
