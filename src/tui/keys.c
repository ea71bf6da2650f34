/* keys.c: keys and bracketed pastes.
 *
 * The terminal wraps a paste in ESC [ 200 ~ ... ESC [ 201 ~ (we turn the
 * mode on in term.c); curses is told both markers as keys of their own, so
 * a paste arrives as one event and its newlines never act as Enter. */
#include "config.h"

#include "tui/keys.h"

#include <curses.h>
#include <stdlib.h>

#include "core/xalloc.h"

#define KEY_PASTE_BEGIN (KEY_MAX + 1)
#define KEY_PASTE_END (KEY_MAX + 2)

/* Cursor and editing keys as terminals send them in either cursor mode
 * (ESC [ A and ESC O A) and in the common Home/End/PgUp/PgDn/Delete
 * spellings: a terminal (or an SSH client) that ignores the keypad mode, or
 * a TERM that does not match the terminal, would otherwise deliver ESC,
 * which goes back a step, then two letters. */
static const struct {
	const char *seq;
	int code;
} alternatives[] = {
	{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
	{ "\033OA", KEY_UP }, { "\033OB", KEY_DOWN }, { "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
	{ "\033[H", KEY_HOME }, { "\033[F", KEY_END }, { "\033OH", KEY_HOME }, { "\033OF", KEY_END },
	{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
	{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE }, { "\033[3~", KEY_DC },
};

void keys_setup(void)
{
	define_key("\033[200~", KEY_PASTE_BEGIN);
	define_key("\033[201~", KEY_PASTE_END);
	for (size_t i = 0; i < sizeof(alternatives) / sizeof(alternatives[0]); i++)
		if (key_defined(alternatives[i].seq) == 0)
			define_key(alternatives[i].seq, alternatives[i].code);
}

static void read_paste(struct key *k)
{
	size_t cap = 256;
	k->kind = KEY_KIND_PASTE;
	k->text = xmalloc(cap * sizeof(wchar_t));
	k->len = 0;
	/* A paste arrives at once; a lost end marker must not hang the wizard. */
	timeout(500);
	for (;;) {
		wint_t ch;
		int r = get_wch(&ch);
		if (r == ERR)
			break;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_PASTE_END)
				break;
			continue;   /* arrows inside a paste mean nothing */
		}
		if (k->len >= KEYS_PASTE_MAX)
			continue;
		if (k->len + 1 >= cap) {
			cap *= 2;
			k->text = xrealloc(k->text, cap * sizeof(wchar_t));
		}
		k->text[k->len++] = (wchar_t)ch;
	}
	timeout(1000);
	k->text[k->len] = L'\0';
}

void keys_read(struct key *k)
{
	wint_t ch;
	k->kind = KEY_KIND_NONE;
	k->code = 0;
	k->text = NULL;
	k->len = 0;
	timeout(1000);
	int r = get_wch(&ch);
	if (r == ERR)
		return;
	if (r == KEY_CODE_YES) {
		if (ch == KEY_PASTE_BEGIN) {
			read_paste(k);
			return;
		}
		if (ch == KEY_PASTE_END)
			return;
		k->kind = KEY_KIND_FUNC;
		k->code = ch;
		return;
	}
	k->kind = KEY_KIND_CHAR;
	k->code = ch;
}

void key_free(struct key *k)
{
	free(k->text);
	k->text = NULL;
	k->len = 0;
}

bool key_is_char(const struct key *k, wint_t c)
{
	return k->kind == KEY_KIND_CHAR && k->code == c;
}

bool key_is_func(const struct key *k, int code)
{
	return k->kind == KEY_KIND_FUNC && k->code == (wint_t)code;
}

bool key_is_enter(const struct key *k)
{
	return key_is_char(k, '\r') || key_is_char(k, '\n') || key_is_func(k, KEY_ENTER);
}

bool key_is_backspace(const struct key *k)
{
	return key_is_char(k, 127) || key_is_char(k, CTRL_KEY('h')) ||
	       key_is_func(k, KEY_BACKSPACE);
}

bool key_is_escape(const struct key *k)
{
	return key_is_char(k, KEY_ESC_CODE);
}
