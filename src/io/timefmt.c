/* timefmt.c: Brussels times and durations for people, both ways. */
#include "config.h"

#include "io/timefmt.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The weekday of a Brussels date, in the current language. */
static const char *weekday(const struct civil *c)
{
	static const char *const days[7] = {
		N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
	};
	return _(days[clock_weekday(clock_days_from_civil(c->year, c->month, c->day))]);
}

char *timefmt_local(instant_t t)
{
	int off;
	struct civil c = clock_to_local(t, &off);
	return xasprintf("%s %04d-%02d-%02d %02d:%02d (%s%02d:00)", weekday(&c), c.year, c.month,
			 c.day, c.hour, c.min, off >= 0 ? "+" : "-", abs(off) / 3600);
}

char *timefmt_short(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	return xasprintf("%s %04d-%02d-%02d %02d:%02d", weekday(&c), c.year, c.month, c.day,
			 c.hour, c.min);
}

char *timefmt_input(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	return xasprintf("%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.min);
}

bool timefmt_parse(const char *s, instant_t *out, char **err)
{
	/* Accept a one-digit hour ("9:30") by padding it, as people type it. */
	char buf[40];
	snprintf(buf, sizeof(buf), "%s", s);
	size_t n = strlen(buf);
	while (n && buf[n - 1] == ' ')
		buf[--n] = '\0';
	char *sp = strchr(buf, ' ');
	if (!sp)
		sp = strchr(buf, 'T');
	if (sp && sp[1] && sp[2] == ':' && n + 1 < sizeof(buf)) {
		memmove(sp + 2, sp + 1, strlen(sp + 1) + 1);
		sp[1] = '0';
	}
	switch (clock_parse(buf, out)) {
	case CLOCK_PARSE_OK:
		return true;
	case CLOCK_PARSE_RANGE:
		*err = xstrdup(_("That date or time does not exist (check the day, month and hour)."));
		return false;
	case CLOCK_PARSE_NONEXISTENT:
		*err = xstrdup(_("That time does not exist in Brussels: the clocks jump forward "
				 "that night. Type the time after the jump."));
		return false;
	case CLOCK_PARSE_SYNTAX:
		break;
	}
	*err = xstrdup(_("Type the date and time as YYYY-MM-DD HH:MM (Brussels time)."));
	return false;
}

char *timefmt_duration(int64_t seconds)
{
	if (seconds < 0)
		seconds = 0;
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
