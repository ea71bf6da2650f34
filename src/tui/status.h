/* status.h: what the header says about the case: its name and the next
 * deadline. */
#ifndef NIS2_TUI_STATUS_H
#define NIS2_TUI_STATUS_H

#include <stdbool.h>

#include "core/evaluation.h"

struct app;

/* The number of steps of the walk. */
#define STATUS_STEPS 9

/* The entity's name, else the case file's name, else "new case" (fresh). */
char *status_case_label(const struct app *a);
/* The next deadline in a form that always fits an 80-column header, in
 * every language: "EW 09:30 -3h12" (the stage's abbreviation, its Brussels
 * time, the time left), "FR Thu 09:30 -16d22h" beyond a day, "! EW 09:30
 * +1h04" once passed (fresh). */
char *status_deadline_brief(enum stage st, instant_t due, instant_t now);
/* The open case's next deadline in that form (fresh), or NULL when no
 * deadline runs. */
char *status_next_deadline(struct app *a);
/* The open deadline with a time that comes first, or NULL. */
const struct deadline *status_next(const struct app *a);
/* The next deadline has passed. */
bool status_next_overdue(struct app *a);

#endif
