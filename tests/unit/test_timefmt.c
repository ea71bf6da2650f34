/* test_timefmt.c: Brussels times and durations for people, both ways (the
 * one module that --evaluate, drafts and the wizard use for them).  The
 * weekday's words in nl and fr come from the catalogues: test_evaluate.sh
 * and the wizard walks check them. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "io/timefmt.h"

static instant_t at(const char *s)
{
	instant_t t;
	assert_int_equal(clock_parse(s, &t), CLOCK_PARSE_OK);
	return t;
}

static void check(char *got, const char *want)
{
	assert_string_equal(got, want);
	free(got);
}

static void test_durations(void **state)
{
	(void)state;
	check(timefmt_duration(0), "0 min");
	check(timefmt_duration(1), "1 min");          /* never shown earlier than it is */
	check(timefmt_duration(-30), "0 min");
	check(timefmt_duration(3600 + 61), "1 h 02 min");
	check(timefmt_duration(3600 * 25 + 61), "1 d 1 h 02 min");
	check(timefmt_left(at("2026-11-23T09:30:00+01:00"), at("2026-11-22T09:30:00+01:00")),
	      "in 1 d 0 h 00 min");
	check(timefmt_left(at("2026-11-22T09:30:00+01:00"), at("2026-11-22T09:40:00+01:00")),
	      "overdue by 10 min");
}

static void test_times(void **state)
{
	(void)state;
	check(timefmt_local(at("2026-10-25T09:00:00+01:00")), "Sun 2026-10-25 09:00 (+01:00)");
	/* the night the clocks go back: 02:30 twice, told apart by the offset */
	check(timefmt_local(at("2026-10-25T01:30:00Z")), "Sun 2026-10-25 02:30 (+01:00)");
	check(timefmt_local(at("2026-10-25T00:30:00Z")), "Sun 2026-10-25 02:30 (+02:00)");
	check(timefmt_short(at("2026-11-22T09:30:00+01:00")), "Sun 2026-11-22 09:30");
	check(timefmt_input(at("2026-11-22T09:30:00+01:00")), "2026-11-22 09:30");
}

static void test_parse(void **state)
{
	(void)state;
	instant_t t;
	char *err = NULL;
	/* 2026-11-22 09:30 Brussels is 08:30 UTC; a one-digit hour as typed */
	assert_true(timefmt_parse("2026-11-22 9:30", &t, &err));
	assert_int_equal(t, 1795336200);
	assert_true(timefmt_parse("2026-11-22 09:30 ", &t, &err));
	assert_int_equal(t, 1795336200);
	check(timefmt_input(t), "2026-11-22 09:30");
	assert_false(timefmt_parse("2026-02-30 10:00", &t, &err));
	check(err, "That date or time does not exist (check the day, month and hour).");
	err = NULL;
	assert_false(timefmt_parse("2027-03-28 02:30", &t, &err));
	assert_non_null(err);
	free(err);
	err = NULL;
	assert_false(timefmt_parse("tomorrow", &t, &err));
	check(err, "Type the date and time as YYYY-MM-DD HH:MM (Brussels time).");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
