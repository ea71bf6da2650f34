/* layout.h: the frame around every screen: the header (case, language, next
 * deadline), the step title, the body, the notice line and the help line,
 * and the "terminal too small" message instead of a frame below 80x24. */
#ifndef NIS2_TUI_LAYOUT_H
#define NIS2_TUI_LAYOUT_H

#include <stdbool.h>

#include "tui/screen.h"

#define LAYOUT_MIN_COLS 80
#define LAYOUT_MIN_LINES 24

struct app;

/* Draws the whole frame and the top screen's body, then refreshes. */
void layout_draw(struct app *a);

#endif
