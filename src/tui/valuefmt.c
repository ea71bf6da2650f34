/* valuefmt.c: numbers and Brussels times for the wizard. */
#include "config.h"

#include "tui/valuefmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/facts.h"
#include "core/xalloc.h"
#include "nls.h"

char *vf_number(int64_t v)
{
	char digits[32], out[48];
	bool neg = v < 0;
	snprintf(digits, sizeof(digits), "%llu",
		 neg ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v);
	size_t n = strlen(digits), o = 0;
	if (neg)
		out[o++] = '-';
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			out[o++] = ' ';
		out[o++] = digits[i];
	}
	out[o] = '\0';
	return xstrdup(out);
}

static const char *weekday(int wd)
{
	switch (wd) {
	case 0: return _("Mon");
	case 1: return _("Tue");
	case 2: return _("Wed");
	case 3: return _("Thu");
	case 4: return _("Fri");
	case 5: return _("Sat");
	default: return _("Sun");
	}
}

char *vf_time(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	int64_t days = clock_days_from_civil(c.year, c.month, c.day);
	return xasprintf("%s %04d-%02d-%02d %02d:%02d", weekday(clock_weekday(days)),
			 c.year, c.month, c.day, c.hour, c.min);
}

char *vf_time_input(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	return xasprintf("%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.min);
}

bool vf_parse_number(const char *s, int64_t *out, char **err)
{
	int64_t v = 0;
	bool any = false;
	for (const char *p = s; *p; p++) {
		if (*p == ' ' || *p == '.' || *p == '\'')
			continue;
		if (*p < '0' || *p > '9') {
			*err = xstrdup(_("Type a whole number (digits only)."));
			return false;
		}
		v = v * 10 + (*p - '0');
		any = true;
		if (v > FACT_NUMBER_MAX) {
			*err = xstrdup(_("That number is too large."));
			return false;
		}
	}
	if (!any) {
		*err = xstrdup(_("Type a whole number (digits only)."));
		return false;
	}
	*out = v;
	return true;
}

bool vf_parse_time(const char *s, instant_t *out, char **err)
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

char *vf_duration(int64_t seconds)
{
	if (seconds < 0)
		seconds = 0;
	int64_t min = (seconds + 59) / 60;
	int64_t d = min / 1440, h = (min % 1440) / 60, m = min % 60;
	if (d > 0)
		return xasprintf(_("%lld d %lld h %02lld min"), (long long)d, (long long)h, (long long)m);
	if (h > 0)
		return xasprintf(_("%lld h %02lld min"), (long long)h, (long long)m);
	return xasprintf(_("%lld min"), (long long)m);
}
