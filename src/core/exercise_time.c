/* exercise_time.c: "Tue 09:10" and friends into an exercise instant. */
#include "config.h"

#include "core/exercise_time.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* Day names, Monday first, in en, nl and fr (ASCII: the accents of the
 * French names are not in their first letters, and "mer" is how a French
 * trainee types mercredi). */
static const char *const day_names[7][3] = {
	{ "monday", "maandag", "lundi" },   { "tuesday", "dinsdag", "mardi" },
	{ "wednesday", "woensdag", "mercredi" }, { "thursday", "donderdag", "jeudi" },
	{ "friday", "vrijdag", "vendredi" }, { "saturday", "zaterdag", "samedi" },
	{ "sunday", "zondag", "dimanche" },
};

/* The weekday (0 = Monday) whose name in any language starts with the word
 * w[0..n) (at least 2 letters, the dot of "mar." allowed); -1 when none or
 * more than one weekday fits. */
static int weekday_of(const char *w, size_t n)
{
	if (n && w[n - 1] == '.')
		n--;
	if (n < 2)
		return -1;
	/* Dutch days are written with two letters; "ma" and "di" would
	 * otherwise be ambiguous (mardi, dimanche). */
	static const char *const nl2[7] = { "ma", "di", "wo", "do", "vr", "za", "zo" };
	if (n == 2)
		for (int d = 0; d < 7; d++)
			if (tolower((unsigned char)w[0]) == nl2[d][0] && tolower((unsigned char)w[1]) == nl2[d][1])
				return d;
	int found = -1;
	for (int d = 0; d < 7; d++) {
		for (int l = 0; l < 3; l++) {
			const char *name = day_names[d][l];
			if (strlen(name) < n)
				continue;
			size_t i = 0;
			while (i < n && tolower((unsigned char)w[i]) == name[i])
				i++;
			if (i == n) {
				if (found != -1 && found != d)
					return -1;
				found = d;
			}
		}
	}
	return found;
}

/* "HH:MM" (or "HHhMM", "HH.MM", as a room might write it) at the end. */
static bool parse_hhmm(const char *s, int *h, int *m)
{
	if (!isdigit((unsigned char)s[0]))
		return false;
	int hh = 0, i = 0;
	while (isdigit((unsigned char)s[i]) && i < 2)
		hh = hh * 10 + (s[i++] - '0');
	if (s[i] != ':' && s[i] != 'h' && s[i] != '.')
		return false;
	i++;
	if (!isdigit((unsigned char)s[i]) || !isdigit((unsigned char)s[i + 1]))
		return false;
	int mm = (s[i] - '0') * 10 + (s[i + 1] - '0');
	i += 2;
	while (s[i] == ' ')
		i++;
	if (s[i] != '\0' || hh > 23 || mm > 59)
		return false;
	*h = hh;
	*m = mm;
	return true;
}

enum exercise_time_error exercise_time_parse(const char *s, instant_t start, instant_t end,
					     instant_t now, instant_t *out)
{
	instant_t t;
	while (*s == ' ')
		s++;
	if (clock_parse(s, &t) == CLOCK_PARSE_OK) {
		if (t < start || t > end)
			return EXTIME_OUTSIDE;
		*out = t;
		return EXTIME_OK;
	}
	size_t n = 0;
	while (s[n] && s[n] != ' ' && !isdigit((unsigned char)s[n]))
		n++;
	int wd = -1;
	const char *rest = s;
	if (n) {
		wd = weekday_of(s, n);
		if (wd < 0)
			return EXTIME_SYNTAX;
		rest = s + n;
		while (*rest == ' ')
			rest++;
	}
	int h, m;
	if (!parse_hhmm(rest, &h, &m))
		return EXTIME_SYNTAX;
	struct civil c = clock_to_local(wd < 0 ? now : start, NULL);
	int64_t day = clock_days_from_civil(c.year, c.month, c.day);
	if (wd >= 0) {
		struct civil e = clock_to_local(end, NULL);
		int64_t last = clock_days_from_civil(e.year, e.month, e.day);
		while (day <= last && clock_weekday(day) != wd)
			day++;
		if (day > last)
			return EXTIME_NO_SUCH_DAY;
	}
	struct civil at = { 0 };
	clock_civil_from_days(day, &at.year, &at.month, &at.day);
	at.hour = h;
	at.min = m;
	clock_from_local(&at, &t);
	if (t < start || t > end)
		return EXTIME_OUTSIDE;
	*out = t;
	return EXTIME_OK;
}
