/* time_reason.h: the reasons a typed moment is refused, worded for the
 * handler: core/time_order.c decides, this says why in the language of the
 * screen, where the time is typed. */
#ifndef NIS2_TUI_TIME_REASON_H
#define NIS2_TUI_TIME_REASON_H

#include <stdbool.h>

#include "core/time_order.h"
#include "tui/qlist.h"

/* The moment's name as the awareness step shows it, translated. */
const char *time_moment_label(enum time_moment m);
/* "This moment is in the future (now: ...)", fresh. */
char *time_reason_future(instant_t now);
struct app;
/* Whether moment `which` may be t (not in the future, in order with the
 * case's other moments); false with the reason, fresh, in *why. */
bool time_reason_order(struct app *a, enum time_moment which, instant_t t, char **why);
/* A qlist check for a time that only may not be in the future (ctx: the app). */
bool time_reason_check_future(void *ctx, const struct q_answer *ans, char **why);

#endif
