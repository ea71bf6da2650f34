/* layout.c: the frame of the wizard. */
#include "config.h"

#include "tui/layout.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <string.h>

#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/status.h"
#include "tui/term.h"
#include "tui/text.h"
#include "tui/training.h"

static void fill_row(int y, int attr)
{
	move(y, 0);
	for (int x = 0; x < COLS; x++)
		addch(' ' | (chtype)attr);
}

static void draw_too_small(void)
{
	char *msg = xasprintf(_("The terminal is too small: %dx%d. The wizard needs at least "
				"%dx%d. Make the window larger; nothing is lost."),
			      COLS, LINES, LAYOUT_MIN_COLS, LAYOUT_MIN_LINES);
	int w = COLS > 2 ? COLS - 2 : COLS;
	text_draw_wrapped(0, COLS > 2 ? 1 : 0, w, LINES, msg, A_BOLD);
	free(msg);
}

/* Cells a string takes on the terminal. */
static int cells(const char *s)
{
	wchar_t *ws = text_widen(s, false);
	int w = text_width(ws, wcslen(ws));
	free(ws);
	return w;
}

static void draw_header(struct app *a)
{
	int attr = term_attr(TC_HEADER, A_REVERSE);
	fill_row(0, attr);
	char *who = status_case_label(a);
	char *next = status_next_deadline(a);
	static const char *const upper[LANG_COUNT] = { "EN", "NL", "FR" };
	char *exercise = training_header(a);
	char *tail = exercise ? xasprintf(" | %s | %s", upper[a->lang], exercise)
			      : xasprintf(" | %s", upper[a->lang]);
	free(exercise);
	char *head = xasprintf(" %s | ", PACKAGE);
	/* The deadline is short (status.h) and always drawn whole, and so are
	 * the language and the exercise: the case's name gives way to them. */
	int nw = 0;
	wchar_t *wn = next ? text_widen(next, false) : NULL;
	if (wn)
		nw = text_width(wn, wcslen(wn));
	int room = (wn ? COLS - nw - 3 : COLS) - cells(head) - cells(tail);
	if (room < 8) {
		/* narrow (a projector): the program's name goes first, then the
		 * case's name, so that the exercise clock and the deadline stay */
		free(head);
		head = xstrdup(" ");
		room = (wn ? COLS - nw - 3 : COLS) - cells(head) - cells(tail);
		if (room < 0)
			room = 0;
	}
	int x = text_draw(0, 0, COLS, head, attr);
	x += text_draw(0, x, room, who, attr);
	text_draw(0, x, COLS - x, tail, attr);
	if (wn) {
		int nx = COLS - nw - 1;
		int attr_next = status_next_overdue(a) ? (attr | (int)A_BOLD) : attr;
		text_draww(0, nx, COLS - nx, wn, wcslen(wn), attr_next);
		free(wn);
	}
	free(head);
	free(tail);
	free(who);
	free(next);
}

static void draw_title(struct app *a, struct screen *s)
{
	const char *title = s->ops->title ? s->ops->title(s, a) : "";
	char *line;
	if (s->step > 0)
		line = xasprintf(_("Step %d of %d: %s"), s->step, STATUS_STEPS, title);
	else
		line = xstrdup(title);
	text_draw(1, 1, COLS - 2, line, A_BOLD);
	free(line);
}

static void draw_help(struct app *a, struct screen *s)
{
	bool typing = s->ops->typing && s->ops->typing(s, a);
	const char *own = s->ops->help ? s->ops->help(s, a) : "";
	const char *global = typing ? _("^L language  ^X save+quit")
				    : _("^L language  ? help  Esc back  q quit");
	/* The screen's own keys first; then the wizard's, each whole or not at
	 * all, so that a narrow line never ends in half a key. */
	char *line = xstrdup(own);
	int width = COLS;
	const char *p = global;
	while (*p) {
		const char *end = strstr(p, "  ");
		size_t n = end ? (size_t)(end - p) : strlen(p);
		char *more = xasprintf("%s%s%.*s", line, *line ? "  " : "", (int)n, p);
		if (cells(more) > width) {
			free(more);
			break;
		}
		free(line);
		line = more;
		p += n;
		while (*p == ' ')
			p++;
	}
	int attr = term_attr(TC_HEADER, A_REVERSE);
	fill_row(LINES - 1, attr);
	text_draw(LINES - 1, 0, COLS, line, attr);
	free(line);
	if (a->notice) {
		int na = a->notice_alert ? (term_attr(TC_ALERT, 0) | (int)A_BOLD) : (int)A_BOLD;
		char *text = a->notice_alert ? xasprintf("! %s", a->notice) : xstrdup(a->notice);
		text_draw(LINES - 2, 1, COLS - 2, text, na);
		free(text);
	}
}

void layout_draw(struct app *a)
{
	text_cursor(-1, -1);
	erase();
	if (COLS < LAYOUT_MIN_COLS || LINES < LAYOUT_MIN_LINES) {
		draw_too_small();
		a->too_small = true;
		curs_set(0);
		refresh();
		return;
	}
	a->too_small = false;
	struct screen *s = app_top(a);
	if (s && s->ops->bare) {
		struct rect all = { 0, 0, LINES, COLS };
		s->ops->draw(s, a, &all);
		curs_set(0);
		refresh();
		return;
	}
	draw_header(a);
	if (s) {
		draw_title(a, s);
		struct rect body = { 2, 1, LINES - 4, COLS - 2 };
		s->ops->draw(s, a, &body);
		draw_help(a, s);
	}
	int cursor_y, cursor_x;
	if (text_cursor_get(&cursor_y, &cursor_x)) {
		curs_set(1);
		move(cursor_y, cursor_x);
	} else {
		curs_set(0);
	}
	refresh();
}
