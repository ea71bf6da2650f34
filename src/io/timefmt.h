/* timefmt.h: Brussels times and durations worded for a person (and read
 * back from one), in the current language of the program's messages: the
 * one place for them, used by --evaluate, drafts, the debrief and the
 * wizard.  Numbers and amounts are core/numfmt.h. */
#ifndef NIS2_TIMEFMT_H
#define NIS2_TIMEFMT_H

#include <stdbool.h>

#include "core/clock.h"

/* "Mon 2026-11-23 09:30 (+01:00)", Brussels time. */
char *timefmt_local(instant_t t);
/* "Mon 2026-11-23 09:30": the same without the offset, where room is short
 * (the wizard's lists and status line). */
char *timefmt_short(instant_t t);
/* "2026-11-23 09:30": what a date field is prefilled with, as typed. */
char *timefmt_input(instant_t t);
/* A Brussels date and time as a person types it (clock_parse's forms, and
 * "2026-11-22 9:30" too).  On failure *err says why (fresh). */
bool timefmt_parse(const char *s, instant_t *out, char **err);
/* "2 d 3 h 05 min" for a number of seconds (rounded up to the minute: a
 * deadline is never shown later than it is; a negative one is 0 min). */
char *timefmt_duration(int64_t seconds);
/* "in 2 d 3 h 05 min" or "overdue by 10 min", from now to due. */
char *timefmt_left(instant_t due, instant_t now);

#endif
