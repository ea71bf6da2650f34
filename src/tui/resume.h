/* resume.h: back where you were after a dropped link.  The step of the walk
 * and the question under the cursor (and whether it was being typed in)
 * are kept beside the case (casepaths_position(), 0600, never in the case
 * file); a case opened again goes straight there, the editor open on the
 * text that was being typed (the flush already put it in the case). */
#ifndef NIS2_TUI_RESUME_H
#define NIS2_TUI_RESUME_H

#include <stdbool.h>

struct app;

/* Writes where the handler is; quietly nothing when no case is open. */
void resume_save(struct app *a);
/* Goes to the step and field kept for the open case; false (and nothing
 * done) when none is kept. */
bool resume_restore(struct app *a);

#endif
