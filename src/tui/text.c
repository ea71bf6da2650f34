/* text.c: safe, width-aware text drawing. */
#include "config.h"

#include "tui/text.h"

#include <curses.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/message.h"

#define REPLACEMENT 0xFFFD

/* C0, DEL and C1: the characters that start or steer terminal escapes. */
static bool is_control(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

static wchar_t *widen(const char *s, bool keep_newlines);

wchar_t *text_widen(const char *s, bool keep_newlines)
{
	if (msg_terminal_utf8() || !s)
		return widen(s, keep_newlines);
	/* an 8-bit terminal: its share of UTF-8 (bytes 0x80-0x9F) would act
	 * as C1 controls, so it gets ASCII, transliterated ("é" -> "e") */
	char *ascii = msg_to_charset(s, "ASCII");
	wchar_t *ws = widen(ascii, keep_newlines);
	free(ascii);
	return ws;
}

static wchar_t *widen(const char *s, bool keep_newlines)
{
	size_t len = s ? strlen(s) : 0;
	/* a 3-byte hidden character is shown as the 8 characters "<U+202E>" */
	wchar_t *out = xmalloc((len * 3 + 1) * sizeof(wchar_t));
	size_t o = 0;
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	while (*p) {
		uint32_t cp;
		size_t n = utf8_decode(p, strnlen((const char *)p, 4), &cp);
		if (!n) {
			out[o++] = REPLACEMENT;
			p++;
			continue;
		}
		p += n;
		if (cp == '\n' || cp == '\t') {
			out[o++] = (cp == '\n' && keep_newlines) ? L'\n' : L' ';
			continue;
		}
		if (is_control(cp))
			continue;
		if (utf8_is_hidden_format(cp)) {
			/* bidi and zero-width characters shown, never obeyed */
			char m[9];
			utf8_hidden_marker(cp, m);
			for (int i = 0; m[i]; i++)
				out[o++] = (wchar_t)m[i];
			continue;
		}
		out[o++] = (wchar_t)cp;
	}
	out[o] = L'\0';
	return out;
}

static size_t encode(uint32_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	} else if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	} else if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

char *text_narrow(const wchar_t *ws, size_t n)
{
	char *out = xmalloc(n * 4 + 1);
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t c = (uint32_t)ws[i];
		if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			c = REPLACEMENT;
		o += encode(c, out + o);
	}
	out[o] = '\0';
	return out;
}

int text_cells(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

int text_width(const wchar_t *ws, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += text_cells(ws[i]);
	return w;
}

/* One character as the terminal will get it: a character curses cannot
 * print shows as U+FFFD. */
static void put_char(wchar_t c, int attr)
{
	wchar_t one[2] = { c, L'\0' };
	cchar_t cc;
	if (wcwidth(c) < 0)
		one[0] = REPLACEMENT;
	if (one[0] > 0x7E && !msg_terminal_utf8())
		one[0] = L'?';   /* what no transliteration reached */
	/* the colour pair goes in its own argument: setcchar sets the pair
	 * from it, so a pair left in the attributes would be dropped */
	setcchar(&cc, one, (attr_t)attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL);
	add_wch(&cc);
}

int text_draww(int y, int x, int w, const wchar_t *ws, size_t n, int attr)
{
	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + w > COLS)
		w = COLS - x;
	int total = text_width(ws, n);
	int used = 0;
	move(y, x);
	for (size_t i = 0; i < n; i++) {
		int cw = text_cells(ws[i]);
		if (ws[i] == L'\n')
			break;
		/* Keep one cell for the ellipsis when the text does not fit. */
		if (total > w && used + cw > w - 1) {
			put_char(L'\x2026', attr);
			return used + 1;
		}
		if (used + cw > w)
			break;
		put_char(ws[i], attr);
		used += cw;
	}
	return used;
}

int text_draw(int y, int x, int w, const char *s, int attr)
{
	wchar_t *ws = text_widen(s, false);
	int used = text_draww(y, x, w, ws, wcslen(ws), attr);
	free(ws);
	return used;
}

static void lines_add(struct text_lines *l, size_t *cap, size_t start, size_t len)
{
	if (l->n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		l->start = xrealloc(l->start, *cap * sizeof(size_t));
		l->len = xrealloc(l->len, *cap * sizeof(size_t));
	}
	l->start[l->n] = start;
	l->len[l->n] = len;
	l->n++;
}

void text_wrap(const wchar_t *ws, size_t n, int width, struct text_lines *out)
{
	size_t cap = 0;
	out->n = 0;
	out->start = NULL;
	out->len = NULL;
	if (width < 1)
		width = 1;
	size_t pos = 0;
	for (;;) {
		size_t i = pos, last_space = SIZE_MAX;
		int used = 0;
		while (i < n && ws[i] != L'\n') {
			int cw = text_cells(ws[i]);
			if (used + cw > width)
				break;
			if (ws[i] == L' ')
				last_space = i;
			used += cw;
			i++;
		}
		if (i >= n) {
			lines_add(out, &cap, pos, n - pos);
			return;
		}
		if (ws[i] == L'\n') {
			lines_add(out, &cap, pos, i - pos);
			pos = i + 1;
			continue;
		}
		/* The line is full: break after the last space, if any. */
		size_t end = (last_space != SIZE_MAX && last_space > pos) ? last_space + 1 : i;
		if (end == pos)
			end = pos + 1;   /* a character wider than the line */
		lines_add(out, &cap, pos, end - pos);
		pos = end;
	}
}

void text_lines_free(struct text_lines *l)
{
	free(l->start);
	free(l->len);
	l->start = l->len = NULL;
	l->n = 0;
}

int text_draw_wrapped(int y, int x, int w, int h, const char *s, int attr)
{
	wchar_t *ws = text_widen(s, true);
	struct text_lines l;
	text_wrap(ws, wcslen(ws), w, &l);
	int rows = 0;
	for (size_t i = 0; i < l.n && rows < h; i++, rows++) {
		size_t len = l.len[i];
		/* A trailing break space is not drawn. */
		while (len && ws[l.start[i] + len - 1] == L' ')
			len--;
		text_draww(y + rows, x, w, ws + l.start[i], len, attr);
	}
	text_lines_free(&l);
	free(ws);
	return rows;
}

int text_rows(const char *s, int w)
{
	wchar_t *ws = text_widen(s, true);
	struct text_lines l;
	text_wrap(ws, wcslen(ws), w, &l);
	int rows = (int)l.n;
	text_lines_free(&l);
	free(ws);
	return rows;
}

/* The frame is drawn by one thread, once a second at most: a file-local
 * position is all the state the cursor needs. */
static int cursor_y = -1, cursor_x = -1;

void text_cursor(int y, int x)
{
	cursor_y = y;
	cursor_x = x;
}

bool text_cursor_get(int *y, int *x)
{
	*y = cursor_y;
	*x = cursor_x;
	return cursor_y >= 0;
}
