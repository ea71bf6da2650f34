/* exercise_time.h: the time a facilitator gives the room ("set the clock
 * to Tue 09:10"), read into an instant of the exercise.
 *
 * Accepted: an ISO 8601 / RFC 3339 date-time (clock_parse), "HH:MM" (on the
 * day of the exercise clock now), or a day name and "HH:MM" ("Tue 09:10",
 * "di 09:10", "mar 09:10": English, Dutch or French, 2 or 3 letters or the
 * whole word), the day being the first one of that name from the
 * scenario's start on.  The time must lie within the scenario's start..end. */
#ifndef NIS2_EXERCISE_TIME_H
#define NIS2_EXERCISE_TIME_H

#include "core/clock.h"

enum exercise_time_error {
	EXTIME_OK,
	EXTIME_SYNTAX,        /* neither a date-time nor "[DAY] HH:MM" */
	EXTIME_NO_SUCH_DAY,   /* no day of that name between start and end */
	EXTIME_OUTSIDE,       /* before the start or after the end */
};

enum exercise_time_error exercise_time_parse(const char *s, instant_t start, instant_t end,
					     instant_t now, instant_t *out);

#endif
