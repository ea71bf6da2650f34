/* clock.c: Europe/Brussels time from first principles (nis2-notify-case(5),
 * "Time").
 *
 * Why not localtime()/mktime(): their answer depends on TZ and on the tzdata
 * installed, and a jump host may have neither right.  Brussels has followed
 * the EU rule since 1996 (Directive 2000/84/EC): summer time (UTC+2) from the
 * last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+1
 * otherwise.  The rule is applied to every year, which is what a deadline
 * computed today for next month needs. */
#include "config.h"

#include "core/clock.h"

#include <stdio.h>
#include <string.h>

#define DAY 86400
#define HOUR 3600

/* Floor division and modulo: instants before 1970 are negative. */
static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static int64_t floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

/* Proleptic Gregorian calendar in 400-year eras of 146097 days, counting
 * years from March so that the leap day is the last day of a year. */
int64_t clock_days_from_civil(int year, int month, int day)
{
	int64_t y = (int64_t)year - (month <= 2);
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;                                   /* 0..399 */
	int64_t mp = (month + 9) % 12;                                 /* March = 0 */
	int64_t doy = (153 * mp + 2) / 5 + day - 1;                    /* 0..365 */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0..146096 */
	return era * 146097 + doe - 719468;
}

void clock_civil_from_days(int64_t days, int *year, int *month, int *day)
{
	int64_t z = days + 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

static bool is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int clock_days_in_month(int year, int month)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month < 1 || month > 12)
		return 0;
	return month == 2 && is_leap(year) ? 29 : len[month - 1];
}

int clock_weekday(int64_t days)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	return (int)floor_mod(days + 3, 7);
}

/* 01:00 UTC on the last Sunday of `month` of `year`: where the EU rule
 * changes the clocks. */
static instant_t last_sunday_0100_utc(int year, int month)
{
	int64_t last = clock_days_from_civil(year, month, clock_days_in_month(year, month));
	int64_t sunday = last - (clock_weekday(last) + 1) % 7;
	return sunday * DAY + HOUR;
}

static int utc_year(instant_t t)
{
	int y, m, d;
	clock_civil_from_days(floor_div(t, DAY), &y, &m, &d);
	return y;
}

int clock_offset_at(instant_t t)
{
	int y = utc_year(t);
	return t >= last_sunday_0100_utc(y, 3) && t < last_sunday_0100_utc(y, 10)
		? 2 * HOUR : HOUR;
}

struct civil clock_to_local(instant_t t, int *offset)
{
	int off = clock_offset_at(t);
	instant_t l = t + off;
	int64_t days = floor_div(l, DAY), secs = floor_mod(l, DAY);
	struct civil c;
	clock_civil_from_days(days, &c.year, &c.month, &c.day);
	c.hour = (int)(secs / HOUR);
	c.min = (int)(secs / 60 % 60);
	c.sec = (int)(secs % 60);
	if (offset)
		*offset = off;
	return c;
}

enum clock_local clock_from_local(const struct civil *c, instant_t *out)
{
	instant_t l = clock_days_from_civil(c->year, c->month, c->day) * DAY
		+ (instant_t)c->hour * HOUR + (instant_t)c->min * 60 + c->sec;
	/* The wall clock reads l either under summer time or under winter time;
	 * each reading is real only if that offset is in force at the instant. */
	instant_t summer = l - 2 * HOUR, winter = l - HOUR;
	bool summer_ok = clock_offset_at(summer) == 2 * HOUR;
	bool winter_ok = clock_offset_at(winter) == HOUR;
	if (summer_ok && winter_ok) {
		*out = summer;          /* the earlier: the safe side */
		return CLOCK_LOCAL_AMBIGUOUS;
	}
	if (summer_ok || winter_ok) {
		*out = summer_ok ? summer : winter;
		return CLOCK_LOCAL_OK;
	}
	/* Only the spring-forward hour is missing from the wall clock. */
	*out = last_sunday_0100_utc(c->year, 3);
	return CLOCK_LOCAL_NONEXISTENT;
}

/* Reads exactly n digits; false if any is missing. */
static bool digits(const char **p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		char ch = (*p)[i];
		if (ch < '0' || ch > '9')
			return false;
		v = v * 10 + (ch - '0');
	}
	*p += n;
	*out = v;
	return true;
}

static bool expect(const char **p, char ch)
{
	if (**p != ch)
		return false;
	(*p)++;
	return true;
}

enum clock_parse_error clock_parse(const char *s, instant_t *out)
{
	struct civil c = { 0 };
	const char *p = s;
	int sign = 0, oh = 0, om = 0;

	if (!s)
		return CLOCK_PARSE_SYNTAX;
	if (!digits(&p, 4, &c.year) || !expect(&p, '-') || !digits(&p, 2, &c.month)
	    || !expect(&p, '-') || !digits(&p, 2, &c.day))
		return CLOCK_PARSE_SYNTAX;
	if (*p != 'T' && *p != 't' && *p != ' ')
		return CLOCK_PARSE_SYNTAX;
	p++;
	if (!digits(&p, 2, &c.hour) || !expect(&p, ':') || !digits(&p, 2, &c.min))
		return CLOCK_PARSE_SYNTAX;
	if (*p == ':') {
		p++;
		if (!digits(&p, 2, &c.sec))
			return CLOCK_PARSE_SYNTAX;
		/* Fractions of a second are allowed by RFC 3339; instants are
		 * whole seconds, so they are dropped. */
		if (*p == '.') {
			p++;
			if (*p < '0' || *p > '9')
				return CLOCK_PARSE_SYNTAX;
			while (*p >= '0' && *p <= '9')
				p++;
		}
	}
	if (*p == 'Z' || *p == 'z') {
		sign = 1;
		p++;
	} else if (*p == '+' || *p == '-') {
		sign = *p == '+' ? 1 : -1;
		p++;
		if (!digits(&p, 2, &oh) || !expect(&p, ':') || !digits(&p, 2, &om))
			return CLOCK_PARSE_SYNTAX;
	}
	if (*p != '\0')
		return CLOCK_PARSE_SYNTAX;

	if (c.year < 1900 || c.month < 1 || c.month > 12
	    || c.day < 1 || c.day > clock_days_in_month(c.year, c.month)
	    || c.hour > 23 || c.min > 59 || c.sec > 59 || oh > 23 || om > 59)
		return CLOCK_PARSE_RANGE;

	if (sign) {
		instant_t l = clock_days_from_civil(c.year, c.month, c.day) * DAY
			+ (instant_t)c.hour * HOUR + (instant_t)c.min * 60 + c.sec;
		*out = l - sign * ((instant_t)oh * HOUR + (instant_t)om * 60);
		return CLOCK_PARSE_OK;
	}
	instant_t t;
	if (clock_from_local(&c, &t) == CLOCK_LOCAL_NONEXISTENT)
		return CLOCK_PARSE_NONEXISTENT;
	*out = t;
	return CLOCK_PARSE_OK;
}

void clock_format(instant_t t, char buf[CLOCK_FMT_LEN])
{
	int off;
	struct civil c = clock_to_local(t, &off);
	snprintf(buf, CLOCK_FMT_LEN, "%04d-%02d-%02dT%02d:%02d:%02d+%02d:00",
		 c.year, c.month, c.day, c.hour, c.min, c.sec, off / HOUR);
}

instant_t clock_add_hours(instant_t t, int hours)
{
	return t + (instant_t)hours * HOUR;
}

instant_t clock_add_months(instant_t t, int months)
{
	struct civil c = clock_to_local(t, NULL);
	int64_t m0 = (int64_t)c.year * 12 + (c.month - 1) + months;
	c.year = (int)floor_div(m0, 12);
	c.month = (int)floor_mod(m0, 12) + 1;
	int last = clock_days_in_month(c.year, c.month);
	if (c.day > last)
		c.day = last;
	instant_t r;
	/* Nonexistent: r is the jump; ambiguous: r is the earlier instant. */
	clock_from_local(&c, &r);
	return r;
}
