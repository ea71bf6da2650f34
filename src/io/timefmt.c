/* timefmt.c: times and durations for people. */
#include "config.h"

#include "io/timefmt.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>

char *timefmt_local(instant_t t)
{
	static const char *const days[7] = {
		N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
	};
	int off;
	struct civil c = clock_to_local(t, &off);
	int wd = clock_weekday(clock_days_from_civil(c.year, c.month, c.day));
	return xasprintf("%s %04d-%02d-%02d %02d:%02d (%s%02d:00)", _(days[wd]), c.year, c.month,
			 c.day, c.hour, c.min, off >= 0 ? "+" : "-", abs(off) / 3600);
}

char *timefmt_duration(int64_t seconds)
{
	int64_t mins = (seconds + 59) / 60;
	int64_t d = mins / (24 * 60), h = (mins / 60) % 24, m = mins % 60;
	if (d > 0)
		/* TRANSLATORS: days, hours, minutes */
		return xasprintf(_("%lld d %lld h %02lld min"), (long long)d, (long long)h, (long long)m);
	if (h > 0)
		/* TRANSLATORS: hours, minutes */
		return xasprintf(_("%lld h %02lld min"), (long long)h, (long long)m);
	return xasprintf(_("%lld min"), (long long)m);
}

char *timefmt_left(instant_t due, instant_t now)
{
	char *d = timefmt_duration(due >= now ? due - now : now - due);
	/* TRANSLATORS: %s is a duration such as "2 d 3 h 05 min" */
	char *s = due >= now ? xasprintf(_("in %s"), d) : xasprintf(_("overdue by %s"), d);
	free(d);
	return s;
}
