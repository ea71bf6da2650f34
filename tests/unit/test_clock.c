/* test_clock.c: Brussels time without TZ or tzdata (nis2-notify-case(5),
 * "Time").  tests/e2e/test_clock_tz.sh runs this under several TZ values:
 * every expectation here must hold whatever the machine's time zone. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "core/clock.h"

/* Parses s, which must be valid, and formats it back in Brussels time. */
static instant_t at(const char *s)
{
	instant_t t = 0;
	enum clock_parse_error e = clock_parse(s, &t);
	if (e != CLOCK_PARSE_OK)
		fail_msg("'%s' did not parse (error %d)", s, (int)e);
	return t;
}

static void assert_formats(instant_t t, const char *expected)
{
	char buf[CLOCK_FMT_LEN];
	clock_format(t, buf);
	assert_string_equal(buf, expected);
}

static void assert_parse_error(const char *s, enum clock_parse_error expected)
{
	instant_t t = 42;
	enum clock_parse_error e = clock_parse(s, &t);
	if (e != expected)
		fail_msg("'%s': error %d, expected %d", s ? s : "(null)", (int)e, (int)expected);
	assert_int_equal(t, 42);  /* untouched on error */
}

static void test_calendar(void **state)
{
	int y, m, d;
	assert_int_equal(clock_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(clock_days_from_civil(2000, 3, 1), 11017);
	assert_int_equal(clock_days_from_civil(1969, 12, 31), -1);
	assert_int_equal(clock_days_from_civil(1900, 1, 1), -25567);
	for (int64_t days = -25567; days < 2932897; days += 97) {
		clock_civil_from_days(days, &y, &m, &d);
		assert_int_equal(clock_days_from_civil(y, m, d), days);
	}
	clock_civil_from_days(clock_days_from_civil(2028, 2, 29), &y, &m, &d);
	assert_int_equal(y, 2028);
	assert_int_equal(m, 2);
	assert_int_equal(d, 29);

	assert_int_equal(clock_days_in_month(2026, 2), 28);
	assert_int_equal(clock_days_in_month(2028, 2), 29);
	assert_int_equal(clock_days_in_month(2000, 2), 29);
	assert_int_equal(clock_days_in_month(2100, 2), 28);
	assert_int_equal(clock_days_in_month(2026, 4), 30);
	assert_int_equal(clock_days_in_month(2026, 12), 31);
	assert_int_equal(clock_days_in_month(2026, 13), 0);

	assert_int_equal(clock_weekday(0), 3);                                   /* Thursday */
	assert_int_equal(clock_weekday(clock_days_from_civil(2026, 11, 25)), 2); /* Wednesday */
	assert_int_equal(clock_weekday(clock_days_from_civil(2026, 3, 29)), 6);  /* Sunday */
	assert_int_equal(clock_weekday(clock_days_from_civil(1969, 12, 29)), 0); /* Monday */
}

/* The offset changes exactly at 01:00 UTC of the last Sundays. */
static void test_offset_changes(void **state)
{
	static const char *const changes[] = {
		"2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z",
		"2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z",
	};
	for (int i = 0; i < 4; i++) {
		instant_t t = at(changes[i]);
		int before = i % 2 == 0 ? 3600 : 7200, after = i % 2 == 0 ? 7200 : 3600;
		assert_int_equal(clock_offset_at(t - 1), before);
		assert_int_equal(clock_offset_at(t), after);
	}
	assert_int_equal(at("2026-11-22T09:30:00+01:00"), 1795336200);
	assert_int_equal(at("2026-03-29T01:00:00Z"), 1774746000);
	assert_int_equal(clock_offset_at(at("2026-07-01T12:00:00Z")), 7200);
	assert_int_equal(clock_offset_at(at("2026-01-01T12:00:00Z")), 3600);
}

static void test_format_around_changes(void **state)
{
	/* spring 2026: 02:00 +01:00 becomes 03:00 +02:00 */
	assert_formats(at("2026-03-29T00:59:59Z"), "2026-03-29T01:59:59+01:00");
	assert_formats(at("2026-03-29T01:00:00Z"), "2026-03-29T03:00:00+02:00");
	/* autumn 2026: 03:00 +02:00 becomes 02:00 +01:00 */
	assert_formats(at("2026-10-25T00:59:59Z"), "2026-10-25T02:59:59+02:00");
	assert_formats(at("2026-10-25T01:00:00Z"), "2026-10-25T02:00:00+01:00");
	assert_formats(at("2027-03-28T00:59:59Z"), "2027-03-28T01:59:59+01:00");
	assert_formats(at("2027-03-28T01:00:00Z"), "2027-03-28T03:00:00+02:00");
	assert_formats(at("2027-10-31T00:59:59Z"), "2027-10-31T02:59:59+02:00");
	assert_formats(at("2027-10-31T01:00:00Z"), "2027-10-31T02:00:00+01:00");
	/* New Year in Brussels is still the old year in UTC */
	assert_formats(at("2026-12-31T23:30:00Z"), "2027-01-01T00:30:00+01:00");
	assert_formats(at("1900-01-01T00:00:00Z"), "1900-01-01T01:00:00+01:00");
	assert_formats(at("9999-12-31T22:59:59Z"), "9999-12-31T23:59:59+01:00");

	int off = 0;
	struct civil c = clock_to_local(at("2026-10-25T00:30:00Z"), &off);
	assert_int_equal(off, 7200);
	assert_int_equal(c.year, 2026);
	assert_int_equal(c.month, 10);
	assert_int_equal(c.day, 25);
	assert_int_equal(c.hour, 2);
	assert_int_equal(c.min, 30);
	assert_int_equal(c.sec, 0);
	c = clock_to_local(at("2026-10-25T01:30:00Z"), NULL);
	assert_int_equal(c.hour, 2);
	assert_int_equal(c.min, 30);
}

/* 24 hours are elapsed time, so the wall clock moves by 23 or 25. */
static void test_hours_across_changes(void **state)
{
	assert_formats(clock_add_hours(at("2026-03-28T12:00:00+01:00"), 24), "2026-03-29T13:00:00+02:00");
	assert_formats(clock_add_hours(at("2026-10-24T10:00:00+02:00"), 24), "2026-10-25T09:00:00+01:00");
	assert_formats(clock_add_hours(at("2027-03-27T12:00:00+01:00"), 24), "2027-03-28T13:00:00+02:00");
	assert_formats(clock_add_hours(at("2027-10-30T10:00:00+02:00"), 24), "2027-10-31T09:00:00+01:00");
	assert_formats(clock_add_hours(at("2026-03-27T09:30:00"), 72), "2026-03-30T10:30:00+02:00");
	assert_formats(clock_add_hours(at("2026-11-22T09:30:00"), 72), "2026-11-25T09:30:00+01:00");
	assert_formats(clock_add_hours(at("2026-11-22T09:30:00"), -24), "2026-11-21T09:30:00+01:00");
}

static void test_months(void **state)
{
	/* 31 January -> end of February, non-leap and leap years */
	assert_formats(clock_add_months(at("2026-01-31T10:00:00"), 1), "2026-02-28T10:00:00+01:00");
	assert_formats(clock_add_months(at("2027-01-31T23:59:00"), 1), "2027-02-28T23:59:00+01:00");
	assert_formats(clock_add_months(at("2028-01-31T10:00:00"), 1), "2028-02-29T10:00:00+01:00");
	assert_formats(clock_add_months(at("2000-01-31T10:00:00"), 1), "2000-02-29T10:00:00+01:00");
	assert_formats(clock_add_months(at("2100-01-31T10:00:00"), 1), "2100-02-28T10:00:00+01:00");
	assert_formats(clock_add_months(at("2026-03-31T10:00:00"), 1), "2026-04-30T10:00:00+02:00");
	assert_formats(clock_add_months(at("2026-12-31T10:00:00"), 1), "2027-01-31T10:00:00+01:00");
	assert_formats(clock_add_months(at("2026-02-28T10:00:00"), 1), "2026-03-28T10:00:00+01:00");
	assert_formats(clock_add_months(at("2026-01-31T10:00:00"), 13), "2027-02-28T10:00:00+01:00");
	assert_formats(clock_add_months(at("2026-03-31T10:00:00"), -1), "2026-02-28T10:00:00+01:00");
	assert_formats(clock_add_months(at("2026-01-15T10:00:00"), -1), "2025-12-15T10:00:00+01:00");
	/* the wall-clock time is kept across a change of offset */
	assert_formats(clock_add_months(at("2026-03-15T10:00:00"), 1), "2026-04-15T10:00:00+02:00");
	assert_formats(clock_add_months(at("2026-10-15T10:00:00"), 1), "2026-11-15T10:00:00+01:00");
	/* the example case's F: one month after the notification */
	assert_formats(clock_add_months(at("2026-11-24T16:00:00+01:00"), 1), "2026-12-24T16:00:00+01:00");
	/* landing in the spring gap: the instant of the jump */
	assert_formats(clock_add_months(at("2027-02-28T02:30:00"), 1), "2027-03-28T03:00:00+02:00");
	assert_formats(clock_add_months(at("2026-01-29T02:00:00"), 2), "2026-03-29T03:00:00+02:00");
	assert_int_equal(clock_add_months(at("2025-03-29T02:59:59"), 12), at("2026-03-29T01:00:00Z"));
	/* landing in the doubled autumn hour: the earlier instant */
	assert_formats(clock_add_months(at("2026-09-25T02:30:00"), 1), "2026-10-25T02:30:00+02:00");
	assert_int_equal(clock_add_months(at("2027-08-31T02:00:00"), 2), at("2027-10-31T00:00:00Z"));
	/* the later 02:30 of 25 October gives 25 November 02:30 */
	assert_formats(clock_add_months(at("2026-10-25T01:30:00Z"), 1), "2026-11-25T02:30:00+01:00");
}

static void test_local_input(void **state)
{
	/* ambiguous: the earlier instant (summer time) */
	assert_formats(at("2026-10-25T02:30:00"), "2026-10-25T02:30:00+02:00");
	assert_int_equal(at("2026-10-25T02:00"), at("2026-10-25T00:00:00Z"));
	assert_formats(at("2027-10-31T02:59:59"), "2027-10-31T02:59:59+02:00");
	/* just outside the doubled hour */
	assert_int_equal(at("2026-10-25T01:59:59"), at("2026-10-24T23:59:59Z"));
	assert_int_equal(at("2026-10-25T03:00:00"), at("2026-10-25T02:00:00Z"));
	/* just outside the gap */
	assert_int_equal(at("2026-03-29T01:59:59"), at("2026-03-29T00:59:59Z"));
	assert_int_equal(at("2026-03-29T03:00:00"), at("2026-03-29T01:00:00Z"));
	assert_int_equal(at("2027-03-28T03:00"), at("2027-03-28T01:00:00Z"));
	/* the gap itself, with an explicit offset, is a real instant */
	assert_formats(at("2026-03-29T02:30:00+01:00"), "2026-03-29T03:30:00+02:00");

	struct civil c = { 2026, 10, 25, 2, 30, 0 };
	instant_t t;
	assert_int_equal(clock_from_local(&c, &t), CLOCK_LOCAL_AMBIGUOUS);
	assert_int_equal(t, at("2026-10-25T00:30:00Z"));
	c = (struct civil){ 2027, 10, 31, 2, 0, 0 };
	assert_int_equal(clock_from_local(&c, &t), CLOCK_LOCAL_AMBIGUOUS);
	assert_int_equal(t, at("2027-10-31T00:00:00Z"));
	c = (struct civil){ 2026, 3, 29, 2, 30, 0 };
	assert_int_equal(clock_from_local(&c, &t), CLOCK_LOCAL_NONEXISTENT);
	assert_int_equal(t, at("2026-03-29T01:00:00Z"));
	c = (struct civil){ 2027, 3, 28, 2, 0, 0 };
	assert_int_equal(clock_from_local(&c, &t), CLOCK_LOCAL_NONEXISTENT);
	assert_int_equal(t, at("2027-03-28T01:00:00Z"));
	c = (struct civil){ 2026, 7, 1, 12, 0, 0 };
	assert_int_equal(clock_from_local(&c, &t), CLOCK_LOCAL_OK);
	assert_int_equal(t, at("2026-07-01T10:00:00Z"));
	c = (struct civil){ 2026, 12, 1, 12, 0, 0 };
	assert_int_equal(clock_from_local(&c, &t), CLOCK_LOCAL_OK);
	assert_int_equal(t, at("2026-12-01T11:00:00Z"));
}

static void test_parse_forms(void **state)
{
	instant_t ref = at("2026-11-22T08:30:00Z");
	assert_int_equal(at("2026-11-22T09:30:00+01:00"), ref);
	assert_int_equal(at("2026-11-22T09:30:00"), ref);
	assert_int_equal(at("2026-11-22T09:30"), ref);
	assert_int_equal(at("2026-11-22 09:30"), ref);
	assert_int_equal(at("2026-11-22 09:30:00"), ref);
	assert_int_equal(at("2026-11-22t08:30:00z"), ref);
	assert_int_equal(at("2026-11-22T08:30:00-00:00"), ref);
	assert_int_equal(at("2026-11-22T03:30:00-05:00"), ref);
	assert_int_equal(at("2026-11-22T14:00:00+05:30"), ref);
	assert_int_equal(at("2026-11-22T09:30:00.999+01:00"), ref);
	assert_int_equal(at("2026-11-22T09:30+01:00"), ref);
	assert_int_equal(at("2028-02-29T00:00:00Z"), at("2028-02-28T23:00:00Z") + 3600);
	assert_int_equal(at("1900-01-01T00:00:00Z"), -2208988800LL);
	at("9999-12-31T23:59:59+01:00");
}

static void test_parse_errors(void **state)
{
	static const char *const syntax[] = {
		"", "2026-11-22", "2026-11-22T", "2026-11-22T09", "2026-11-22T09:3",
		"2026/11/22 09:30", "26-11-22T09:30", "2026-1-22T09:30", "2026-11-22T9:30",
		"2026-11-22T09:30:0", "2026-11-22T09:30:00.", "2026-11-22T09:30:00,5",
		"2026-11-22T09:30:00+0100", "2026-11-22T09:30:00+01", "2026-11-22T09:30:00+1:00",
		"2026-11-22T09:30:00 +01:00", "2026-11-22T09:30:00Zx", "2026-11-22T09:30:00 ",
		" 2026-11-22T09:30:00", "2026-11-22_09:30", "2026-11-22T09:30:00+01:00x",
		"yesterday", "2026-11-22T09:30:00UTC", "+2026-11-22T09:30", "2026-11-22T-9:30",
		"２026-11-22T09:30",
	};
	static const char *const range[] = {
		"2026-13-01T00:00", "2026-00-10T10:00", "2026-11-00T10:00", "2026-04-31T10:00",
		"2027-02-29T10:00", "2100-02-29T10:00", "2026-11-22T24:00", "2026-11-22T25:00",
		"2026-11-22T10:60", "2026-11-22T10:00:60", "1899-12-31T23:59:59Z", "0000-01-01T00:00",
		"2026-11-22T10:00+24:00", "2026-11-22T10:00+01:60", "2026-11-32T10:00:00+01:00",
	};
	static const char *const gap[] = {
		"2026-03-29T02:00", "2026-03-29T02:30:00", "2026-03-29T02:59:59",
		"2027-03-28T02:00:00", "2027-03-28 02:45",
	};
	for (size_t i = 0; i < sizeof syntax / sizeof *syntax; i++)
		assert_parse_error(syntax[i], CLOCK_PARSE_SYNTAX);
	assert_parse_error(NULL, CLOCK_PARSE_SYNTAX);
	for (size_t i = 0; i < sizeof range / sizeof *range; i++)
		assert_parse_error(range[i], CLOCK_PARSE_RANGE);
	for (size_t i = 0; i < sizeof gap / sizeof *gap; i++)
		assert_parse_error(gap[i], CLOCK_PARSE_NONEXISTENT);
}

static void test_format_round_trip(void **state)
{
	char buf[CLOCK_FMT_LEN];
	/* every quarter hour through both changes of 2026 parses back */
	for (instant_t t = at("2026-03-28T00:00:00Z"); t < at("2026-03-30T00:00:00Z"); t += 900) {
		clock_format(t, buf);
		assert_int_equal(at(buf), t);
	}
	for (instant_t t = at("2026-10-24T00:00:00Z"); t < at("2026-10-26T00:00:00Z"); t += 900) {
		clock_format(t, buf);
		assert_int_equal(at(buf), t);
		assert_int_equal(strlen(buf), 25);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_offset_changes),
		cmocka_unit_test(test_format_around_changes),
		cmocka_unit_test(test_hours_across_changes),
		cmocka_unit_test(test_months),
		cmocka_unit_test(test_local_input),
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_format_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
