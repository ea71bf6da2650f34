/* text.h: drawing text that came from anywhere (a case file, a paste, a
 * translation) without letting it drive the terminal: control characters
 * and escapes are dropped, invalid UTF-8 shows as U+FFFD, widths are
 * counted in cells (wcwidth), never in bytes. */
#ifndef NIS2_TUI_TEXT_H
#define NIS2_TUI_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* A fresh wide string of s: invalid bytes become U+FFFD, control characters
 * are dropped (newlines kept as L'\n' when keep_newlines, else a space). */
wchar_t *text_widen(const char *s, bool keep_newlines);
/* A fresh UTF-8 string of ws[0..n). */
char *text_narrow(const wchar_t *ws, size_t n);
/* Cells one character takes (0 for combining marks; never negative). */
int text_cells(wchar_t c);
/* Cells of ws[0..n). */
int text_width(const wchar_t *ws, size_t n);

/* Draws s at (y, x) on at most w cells with attribute attr; returns the
 * cells used.  A text too long ends in "…". */
int text_draw(int y, int x, int w, const char *s, int attr);
/* The same for a wide string. */
int text_draww(int y, int x, int w, const wchar_t *ws, size_t n, int attr);

/* Word wrap: line i of ws is ws[start[i] .. start[i] + len[i]). */
struct text_lines {
	size_t n;
	size_t *start;
	size_t *len;
};
void text_wrap(const wchar_t *ws, size_t n, int width, struct text_lines *out);
void text_lines_free(struct text_lines *l);
/* Draws s wrapped into the rectangle; returns the rows used (at most h). */
int text_draw_wrapped(int y, int x, int w, int h, const char *s, int attr);
/* Rows s takes when wrapped to width w. */
int text_rows(const char *s, int w);

/* Where the terminal cursor should stand after this frame (a text field
 * being edited): set while drawing, (-1, -1) hides it. */
void text_cursor(int y, int x);
bool text_cursor_get(int *y, int *x);

#endif
