/* test_exercise_time.c: the time a facilitator gives the room ("Tue 09:10",
 * "di 09:10", "mar 09:10", ISO 8601) and its refusal outside the exercise. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/clock.h"
#include "core/exercise_time.h"

static instant_t at(const char *iso)
{
	instant_t t;
	assert_int_equal(clock_parse(iso, &t), CLOCK_PARSE_OK);
	return t;
}

/* 2026-03-10 is a Tuesday; the exercise runs to Wednesday 11 at 09:00. */
static void test_day_and_time(void **state)
{
	(void)state;
	instant_t start = at("2026-03-10T06:40:00+01:00"), end = at("2026-03-11T09:00:00+01:00");
	instant_t now = at("2026-03-10T08:00:00+01:00"), t = 0;
	assert_int_equal(exercise_time_parse("Tue 09:10", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-10T09:10:00+01:00"));
	assert_int_equal(exercise_time_parse("di 09:10", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-10T09:10:00+01:00"));
	assert_int_equal(exercise_time_parse("mar. 9h10", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-10T09:10:00+01:00"));
	assert_int_equal(exercise_time_parse("woensdag 08:15", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-11T08:15:00+01:00"));
	assert_int_equal(exercise_time_parse("mer 08:15", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-11T08:15:00+01:00"));
	/* no day: the day of the exercise clock now */
	assert_int_equal(exercise_time_parse("07:25", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-10T07:25:00+01:00"));
	assert_int_equal(exercise_time_parse("2026-03-10T10:00:00+01:00", start, end, now, &t), EXTIME_OK);
	assert_int_equal(t, at("2026-03-10T10:00:00+01:00"));
	assert_int_equal(exercise_time_parse("2026-03-10 10:00", start, end, now, &t), EXTIME_OK);
}

static void test_refused(void **state)
{
	(void)state;
	instant_t start = at("2026-03-10T06:40:00+01:00"), end = at("2026-03-11T09:00:00+01:00");
	instant_t now = start, t = 0;
	assert_int_equal(exercise_time_parse("Tue 06:00", start, end, now, &t), EXTIME_OUTSIDE);
	assert_int_equal(exercise_time_parse("Wed 09:01", start, end, now, &t), EXTIME_OUTSIDE);
	assert_int_equal(exercise_time_parse("Fri 09:10", start, end, now, &t), EXTIME_NO_SUCH_DAY);
	assert_int_equal(exercise_time_parse("2026-03-12T10:00:00+01:00", start, end, now, &t),
			 EXTIME_OUTSIDE);
	assert_int_equal(exercise_time_parse("Tue 25:10", start, end, now, &t), EXTIME_SYNTAX);
	assert_int_equal(exercise_time_parse("ma", start, end, now, &t), EXTIME_SYNTAX);
	assert_int_equal(exercise_time_parse("xyz 09:10", start, end, now, &t), EXTIME_SYNTAX);
	assert_int_equal(exercise_time_parse("", start, end, now, &t), EXTIME_SYNTAX);
	assert_int_equal(exercise_time_parse("Tue 09:10 extra", start, end, now, &t), EXTIME_SYNTAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_and_time),
		cmocka_unit_test(test_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
