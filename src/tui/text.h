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
wchar_t *tx_widen(const char *s, bool keep_newlines);
/* A fresh UTF-8 string of ws[0..n). */
char *tx_narrow(const wchar_t *ws, size_t n);
/* Cells one character takes (0 for combining marks; never negative). */
int tx_cells(wchar_t c);
/* Cells of ws[0..n). */
int tx_width(const wchar_t *ws, size_t n);

/* Draws s at (y, x) on at most w cells with attribute attr; returns the
 * cells used.  A text too long ends in "…". */
int tx_draw(int y, int x, int w, const char *s, int attr);
/* The same for a wide string. */
int tx_draww(int y, int x, int w, const wchar_t *ws, size_t n, int attr);

/* Word wrap: line i of ws is ws[start[i] .. start[i] + len[i]). */
struct tx_lines {
	size_t n;
	size_t *start;
	size_t *len;
};
void tx_wrap(const wchar_t *ws, size_t n, int width, struct tx_lines *out);
void tx_lines_free(struct tx_lines *l);
/* Draws s wrapped into the rectangle; returns the rows used (at most h). */
int tx_draw_wrapped(int y, int x, int w, int h, const char *s, int attr);
/* Rows s takes when wrapped to width w. */
int tx_rows(const char *s, int w);

/* Where the terminal cursor should stand after this frame (a text field
 * being edited): set while drawing, (-1, -1) hides it. */
void tx_cursor(int y, int x);
bool tx_cursor_get(int *y, int *x);

#endif
