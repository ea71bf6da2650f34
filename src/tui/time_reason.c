/* time_reason.c: a typed moment of the incident, checked where it is
 * typed (core/time_order.c) and the reason worded; the awareness, scope and
 * clock steps share it. */
#include "config.h"

#include "tui/time_reason.h"

#include <stdlib.h>

#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "io/timefmt.h"

char *time_reason_future(instant_t now)
{
	char *n = timefmt_short(now);
	char *why = xasprintf(_("This moment is in the future (now: %s). Is the year or the day mistyped?"), n);
	free(n);
	return why;
}

bool time_reason_check_future(void *ctx, const struct q_answer *ans, char **why)
{
	struct app *a = ctx;
	instant_t now = app_now(a);
	if (time_order_future(ans->time, now) == TIME_ORDER_OK)
		return true;
	*why = time_reason_future(now);
	return false;
}

/* The labels of the moments, as the list and the reasons name them. */
const char *time_moment_label(enum time_moment m)
{
	switch (m) {
	case TM_AWARE: return _("Aware of the significant incident");
	case TM_STARTED: return _("Start of the incident");
	case TM_DETECTED: return _("Detected");
	case TM_LOGGED: return _("First trace in the logs (if earlier)");
	case TM_RESTORED: return _("Service restored");
	case TM_RESOLVED: return _("Incident fully handled");
	}
	return "";
}

bool time_reason_order(struct app *a, enum time_moment which, instant_t t, char **why)
{
	enum time_moment other = TM_AWARE;
	instant_t now = app_now(a);
	enum time_order r = time_order_check(&a->kase.incident, which, t, now, &other);
	if (r == TIME_ORDER_OK)
		return true;
	if (r == TIME_ORDER_FUTURE) {
		*why = time_reason_future(now);
		return false;
	}
	char *o = timefmt_short(time_order_moment(&a->kase.incident, other).t);
	*why = xasprintf(r == TIME_ORDER_BEFORE
			 ? _("This moment is before \"%s\" (%s), which cannot be: correct one of the two.")
			 : _("This moment is after \"%s\" (%s), which cannot be: correct one of the two."),
			 time_moment_label(other), o);
	free(o);
	return false;
}

