/* time_order.c: the moments of an incident in their order.  One table of
 * pairs that must come in that order, rather than one if per field. */
#include "config.h"

#include "core/time_order.h"

#include <stddef.h>

struct order_pair { enum time_moment earlier, later; };

static const struct order_pair pairs[] = {
	{ TM_STARTED, TM_DETECTED },
	{ TM_STARTED, TM_AWARE },
	{ TM_DETECTED, TM_AWARE },
	{ TM_LOGGED, TM_DETECTED },
	{ TM_STARTED, TM_RESTORED },
	{ TM_STARTED, TM_RESOLVED },
	{ TM_RESTORED, TM_RESOLVED },
};

struct opt_time time_order_moment(const struct incident *in, enum time_moment m)
{
	switch (m) {
	case TM_AWARE: return in->aware;
	case TM_STARTED: return in->started;
	case TM_DETECTED: return in->detected;
	case TM_LOGGED: return in->logged;
	case TM_RESTORED: return in->restored;
	case TM_RESOLVED: return in->resolved;
	}
	return (struct opt_time){ false, 0 };
}

enum time_order time_order_future(instant_t t, instant_t now)
{
	return t > now + TIME_ORDER_SKEW_SECONDS ? TIME_ORDER_FUTURE : TIME_ORDER_OK;
}

enum time_order time_order_check(const struct incident *in, enum time_moment which, instant_t t,
				 instant_t now, enum time_moment *other)
{
	if (time_order_future(t, now) != TIME_ORDER_OK)
		return TIME_ORDER_FUTURE;
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		const struct order_pair *p = &pairs[i];
		if (p->later == which) {
			struct opt_time e = time_order_moment(in, p->earlier);
			if (e.set && t < e.t) {
				*other = p->earlier;
				return TIME_ORDER_BEFORE;
			}
		} else if (p->earlier == which) {
			struct opt_time l = time_order_moment(in, p->later);
			if (l.set && t > l.t) {
				*other = p->later;
				return TIME_ORDER_AFTER;
			}
		}
	}
	return TIME_ORDER_OK;
}
