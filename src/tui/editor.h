/* editor.h: a text field of at most `max` characters (the CCB form's 500),
 * UTF-8 in and out, word-wrapped, with cursor keys and bracketed paste.
 * The same widget, on one line and with a character filter, edits numbers
 * and dates.  A one-line field opened on a value (a date offered as now,
 * a number already given) is replaced by what is typed, as a selected
 * value in a browser is; moving the cursor first edits it instead.  Ctrl-U
 * clears the whole field.  A text longer than max (from a case file) opens
 * whole, over the limit: only the handler cuts it. */
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
	size_t cap;              /* characters buf holds, max or the longer text */
	bool fresh;              /* a one-line value not yet touched: typing replaces it */
	size_t cur;              /* cursor, in characters */
	int top;                 /* first wrapped row shown */
	int width;               /* wrap width of the last draw */
	bool multiline;          /* newlines allowed (Ctrl-J, paste) */
	bool (*accept)(wchar_t c);  /* which characters may be typed; NULL: all */
	bool truncated;          /* the last key or paste did not fit */
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
/* The text is longer than max (the handler has to shorten it). */
bool editor_over(const struct editor *e);
/* Draws the text wrapped into r and places the terminal cursor. */
void editor_draw(struct editor *e, const struct rect *r, int attr);

#endif
