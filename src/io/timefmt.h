/* timefmt.h: times and durations worded for a person, in the current
 * language (the program's messages). */
#ifndef NIS2_TIMEFMT_H
#define NIS2_TIMEFMT_H

#include "core/clock.h"

/* "Mon 2026-11-23 09:30 (+01:00)", Brussels time. */
char *timefmt_local(instant_t t);
/* "2 d 3 h 05 min" for a non-negative number of seconds (rounded up to the
 * minute: a deadline is never shown later than it is). */
char *timefmt_duration(int64_t seconds);
/* "in 2 d 3 h 05 min" or "overdue by 10 min", from now to due. */
char *timefmt_left(instant_t due, instant_t now);

#endif
