/* editor.c: the wrapping UTF-8 text field.
 *
 * The text is held as wide characters so that every cursor move counts
 * characters, never bytes, and the 500-character limit counts as the form
 * does (core/form.h: UTF-16 units, a line break 2); it is wrapped again at
 * every draw, so a resize just re-flows it. */
#include "config.h"

#include "tui/editor.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/form.h"
#include "core/xalloc.h"
#include "tui/text.h"

void editor_init(struct editor *e, const char *utf8, size_t max, bool multiline,
		 bool (*accept)(wchar_t c))
{
	memset(e, 0, sizeof(*e));
	e->max = max;
	e->multiline = multiline;
	e->accept = accept;
	e->width = 40;
	editor_set(e, utf8);
}

void editor_free(struct editor *e)
{
	free(e->buf);
	e->buf = NULL;
	e->cap = 0;
}

void editor_set(struct editor *e, const char *utf8)
{
	wchar_t *ws = text_widen(utf8 ? utf8 : "", e->multiline);
	size_t n = wcslen(ws);
	/* Never cut: a longer text gets the room it needs. */
	size_t cap = n > e->max ? n : e->max;
	if (cap + 1 > e->cap) {
		free(e->buf);
		e->buf = xmalloc((cap + 1) * sizeof(wchar_t));
		e->cap = cap + 1;
	}
	wmemcpy(e->buf, ws, n);
	e->buf[n] = L'\0';
	e->len = n;
	e->cur = n;
	e->top = 0;
	e->fresh = n > 0 && !e->multiline;
	free(ws);
}

char *editor_text(const struct editor *e)
{
	return text_narrow(e->buf, e->len);
}

/* The limit counts as the CCB form does (core/form.h): UTF-16 units, a
 * line break 2, so a field the counter accepts is never cut there. */
size_t editor_count(const struct editor *e)
{
	size_t n = 0;
	for (size_t i = 0; i < e->len; i++)
		n += form_char_units((uint32_t)e->buf[i]);
	return n;
}

bool editor_over(const struct editor *e)
{
	return editor_count(e) > e->max;
}

static void clear_all(struct editor *e)
{
	e->len = 0;
	e->cur = 0;
	e->top = 0;
	e->buf[0] = L'\0';
}

static bool insert(struct editor *e, wchar_t c)
{
	if (c == L'\t')
		c = L' ';
	if (c == L'\n' || c == L'\r') {
		if (!e->multiline)
			c = L' ';
		else
			c = L'\n';
	} else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
		return true;   /* control characters never enter the text */
	}
	if (e->accept && !e->accept(c))
		return true;
	if (editor_count(e) + form_char_units((uint32_t)c) > e->max || e->len + 1 >= e->cap)
		return false;
	wmemmove(e->buf + e->cur + 1, e->buf + e->cur, e->len - e->cur);
	e->buf[e->cur++] = c;
	e->len++;
	e->buf[e->len] = L'\0';
	return true;
}

static void delete_at(struct editor *e, size_t at)
{
	if (at >= e->len)
		return;
	wmemmove(e->buf + at, e->buf + at + 1, e->len - at - 1);
	e->len--;
	e->buf[e->len] = L'\0';
}

/* The wrapped row of the cursor and its column in cells. */
static void cursor_row(const struct editor *e, const struct text_lines *l, size_t *row, int *col)
{
	size_t r = 0;
	for (size_t i = 0; i < l->n; i++)
		if (l->start[i] <= e->cur)
			r = i;
	*row = r;
	*col = text_width(e->buf + l->start[r], e->cur - l->start[r]);
}

/* The character index in row r closest to column col. */
static size_t index_at(const struct editor *e, const struct text_lines *l, size_t r, int col)
{
	size_t i = l->start[r], end = l->start[r] + l->len[r];
	/* The break space of a wrapped row belongs to its end. */
	if (r + 1 < l->n && end > i && end == l->start[r + 1] && e->buf[end - 1] == L' ')
		end--;
	int used = 0;
	while (i < end && used + text_cells(e->buf[i]) <= col)
		used += text_cells(e->buf[i++]);
	return i;
}

static void move_vertical(struct editor *e, int delta)
{
	struct text_lines l;
	text_wrap(e->buf, e->len, e->width - 1, &l);
	size_t row;
	int col;
	cursor_row(e, &l, &row, &col);
	if (delta < 0 && row > 0)
		e->cur = index_at(e, &l, row - 1, col);
	else if (delta > 0 && row + 1 < l.n)
		e->cur = index_at(e, &l, row + 1, col);
	else if (delta < 0)
		e->cur = 0;
	else
		e->cur = e->len;
	text_lines_free(&l);
}

static void line_edge(struct editor *e, bool end)
{
	struct text_lines l;
	text_wrap(e->buf, e->len, e->width - 1, &l);
	size_t row;
	int col;
	cursor_row(e, &l, &row, &col);
	e->cur = end ? index_at(e, &l, row, 1 << 20) : l.start[row];
	text_lines_free(&l);
}

enum ed_result editor_key(struct editor *e, const struct key *k)
{
	bool fresh = e->fresh;
	e->fresh = false;
	/* Typing, pasting or Backspace on an untouched value replaces it. */
	if (fresh && (k->kind == KEY_KIND_PASTE || key_is_backspace(k) ||
		      (k->kind == KEY_KIND_CHAR && k->code >= 0x20 && k->code != 0x7F))) {
		clear_all(e);
		if (key_is_backspace(k))
			return ED_USED;
	}
	if (key_is_char(k, CTRL_KEY('u'))) {
		clear_all(e);
		e->truncated = false;
		return ED_USED;
	}
	if (k->kind == KEY_KIND_PASTE) {
		e->truncated = false;
		for (size_t i = 0; i < k->len; i++)
			if (!insert(e, k->text[i])) {
				e->truncated = true;
				break;
			}
		return ED_USED;
	}
	if (key_is_enter(k))
		return ED_DONE;
	if (key_is_escape(k))
		return ED_LEAVE;
	if (key_is_backspace(k)) {
		if (e->cur > 0)
			delete_at(e, --e->cur);
		e->truncated = false;
		return ED_USED;
	}
	if (k->kind == KEY_KIND_FUNC) {
		switch (k->code) {
		case KEY_LEFT: if (e->cur) e->cur--; return ED_USED;
		case KEY_RIGHT: if (e->cur < e->len) e->cur++; return ED_USED;
		case KEY_UP: move_vertical(e, -1); return ED_USED;
		case KEY_DOWN: move_vertical(e, 1); return ED_USED;
		case KEY_HOME: line_edge(e, false); return ED_USED;
		case KEY_END: line_edge(e, true); return ED_USED;
		case KEY_DC: delete_at(e, e->cur); e->truncated = false; return ED_USED;
		default: return ED_IGNORED;
		}
	}
	if (k->kind != KEY_KIND_CHAR)
		return ED_IGNORED;
	switch (k->code) {
	case CTRL_KEY('a'): line_edge(e, false); return ED_USED;
	case CTRL_KEY('e'): line_edge(e, true); return ED_USED;
	case CTRL_KEY('d'): delete_at(e, e->cur); e->truncated = false; return ED_USED;
	case CTRL_KEY('k'):   /* delete to the end of the row */
		{
			size_t from = e->cur;
			line_edge(e, true);
			size_t to = e->cur;
			e->cur = from;
			while (to-- > from)
				delete_at(e, from);
			e->truncated = false;
			return ED_USED;
		}
	case CTRL_KEY('j'):   /* a new line (Enter confirms the field) */
		if (!e->multiline)
			return ED_USED;
		e->truncated = !insert(e, L'\n');
		return ED_USED;
	default:
		break;
	}
	if (k->code < 0x20 || (k->code >= 0x7F && k->code < 0xA0))
		return ED_IGNORED;
	e->truncated = !insert(e, (wchar_t)k->code);
	return ED_USED;
}

void editor_draw(struct editor *e, const struct rect *r, int attr)
{
	if (r->w < 2 || r->h < 1)
		return;
	e->width = r->w;
	struct text_lines l;
	/* One cell to spare so the cursor fits after a full row. */
	text_wrap(e->buf, e->len, r->w - 1, &l);
	size_t row;
	int col;
	cursor_row(e, &l, &row, &col);
	if ((int)row < e->top)
		e->top = (int)row;
	if ((int)row >= e->top + r->h)
		e->top = (int)row - r->h + 1;
	for (int i = 0; i < r->h; i++) {
		size_t li = (size_t)(e->top + i);
		move(r->y + i, r->x);
		for (int c = 0; c < r->w; c++)
			addch(' ' | (chtype)attr);
		if (li < l.n)
			text_draww(r->y + i, r->x, r->w, e->buf + l.start[li], l.len[li], attr);
	}
	text_cursor(r->y + (int)row - e->top, r->x + col);
	text_lines_free(&l);
}
