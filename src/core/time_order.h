/* time_order.h: whether a moment of the incident typed by the handler can
 * be right: not in the future (beyond a small clock skew) and in order
 * with the other moments already known (the start before the detection,
 * the detection before awareness, ...).  The wizard asks it where a time
 * is typed, so a mistyped year never drives a deadline.  Pure: the caller
 * words the reason. */
#ifndef NIS2_CORE_TIME_ORDER_H
#define NIS2_CORE_TIME_ORDER_H

#include "core/case.h"
#include "core/clock.h"

/* How far ahead of now a moment may be: two clocks a few minutes apart. */
#define TIME_ORDER_SKEW_SECONDS (5 * 60)

enum time_moment {
	TM_AWARE, TM_STARTED, TM_DETECTED, TM_LOGGED, TM_RESTORED, TM_RESOLVED,
};

enum time_order {
	TIME_ORDER_OK,
	TIME_ORDER_FUTURE,   /* later than now + the skew */
	TIME_ORDER_BEFORE,   /* earlier than *other, which must come first */
	TIME_ORDER_AFTER,    /* later than *other, which must come after */
};

/* Whether moment `which` of `in` may be t; on a conflict with another
 * moment, *other names it. */
enum time_order time_order_check(const struct incident *in, enum time_moment which, instant_t t,
				 instant_t now, enum time_moment *other);
/* The case's value of a moment. */
struct opt_time time_order_moment(const struct incident *in, enum time_moment m);
/* Only the future check, for a time with no order (a report's submission). */
enum time_order time_order_future(instant_t t, instant_t now);

#endif
