/* editor.h: a text field of at most `max` characters (the CCB form's 500),
 * UTF-8 in and out, word-wrapped, with cursor keys and bracketed paste.
 * The same widget, on one line and with a character filter, edits numbers
 * and dates. */
#ifndef NIS2_TUI_EDITOR_H
#define NIS2_TUI_EDITOR_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "tui/keys.h"
#include "tui/screen.h"

struct editor {
	wchar_t *buf;
	size_t len, max;
	size_t cur;              /* cursor, in characters */
	int top;                 /* first wrapped row shown */
	int width;               /* wrap width of the last draw */
	bool multiline;          /* newlines allowed (Ctrl-J, paste) */
	bool (*accept)(wchar_t c);  /* which characters may be typed; NULL: all */
	bool truncated;          /* the last paste did not fit */
};

enum ed_result {
	ED_IGNORED,   /* not an editing key */
	ED_USED,      /* moved or changed */
	ED_DONE,      /* Enter */
	ED_LEAVE,     /* Esc: leave the field (the caller keeps the text) */
};

void editor_init(struct editor *e, const char *utf8, size_t max, bool multiline,
		 bool (*accept)(wchar_t c));
void editor_free(struct editor *e);
void editor_set(struct editor *e, const char *utf8);
enum ed_result editor_key(struct editor *e, const struct key *k);
/* The text as a fresh UTF-8 string. */
char *editor_text(const struct editor *e);
size_t editor_count(const struct editor *e);
/* Draws the text wrapped into r and places the terminal cursor. */
void editor_draw(struct editor *e, const struct rect *r, int attr);

#endif
