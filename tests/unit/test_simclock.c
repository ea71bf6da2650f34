/* test_simclock.c: the exercise clock runs from the scenario's start, at its
 * speed, jumps forward on request, pauses, and never runs backwards. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/simclock.h"

#define START INT64_C(1795336200)   /* an exercise start, any instant */
#define WALL INT64_C(1000000)

static void test_real_time(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, WALL, 1);
	assert_int_equal(simclock_now(&c, WALL), START);
	assert_int_equal(simclock_now(&c, WALL + 90), START + 90);
}

static void test_speed(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, WALL, 60);
	/* One wall minute is one exercise hour. */
	assert_int_equal(simclock_now(&c, WALL + 60), START + 3600);
	simclock_set_speed(&c, WALL + 60, 1);
	assert_int_equal(simclock_now(&c, WALL + 70), START + 3610);
}

static void test_advance(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, WALL, 10);
	simclock_advance(&c, WALL + 6, 3600);
	assert_int_equal(simclock_now(&c, WALL + 6), START + 60 + 3600);
	assert_int_equal(simclock_now(&c, WALL + 7), START + 70 + 3600);
	/* To a time in the past: nothing happens. */
	simclock_advance_to(&c, WALL + 7, START);
	assert_int_equal(simclock_now(&c, WALL + 7), START + 70 + 3600);
	simclock_advance_to(&c, WALL + 7, START + 86400);
	assert_int_equal(simclock_now(&c, WALL + 8), START + 86400 + 10);
	/* A negative jump is no jump. */
	simclock_advance(&c, WALL + 8, -500);
	assert_int_equal(simclock_now(&c, WALL + 8), START + 86400 + 10);
}

static void test_pause(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, WALL, 2);
	simclock_pause(&c, WALL + 5, true);
	assert_int_equal(simclock_now(&c, WALL + 500), START + 10);
	simclock_pause(&c, WALL + 500, false);
	assert_int_equal(simclock_now(&c, WALL + 501), START + 12);
}

static void test_wall_clock_steps_back(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, WALL, 1);
	assert_int_equal(simclock_now(&c, WALL + 100), START + 100);
	assert_int_equal(simclock_now(&c, WALL + 50), START + 100);
	assert_int_equal(simclock_now(&c, WALL - 1000), START + 100);
	assert_int_equal(simclock_now(&c, WALL + 101), START + 101);
}

static void test_huge_values(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, 0, SIMCLOCK_SPEED_MAX);
	instant_t t = simclock_now(&c, INT64_MAX);
	assert_true(t > START);
	simclock_init(&c, START, WALL, 0);
	assert_int_equal(c.speed, 1);
	simclock_init(&c, START, WALL, SIMCLOCK_SPEED_MAX + 1);
	assert_int_equal(c.speed, SIMCLOCK_SPEED_MAX);
}

static void test_parse_speed(void **state)
{
	(void)state;
	int v = 0;
	assert_true(simclock_parse_speed("60", &v));
	assert_int_equal(v, 60);
	assert_true(simclock_parse_speed("1", &v));
	assert_int_equal(v, 1);
	assert_true(simclock_parse_speed("10000", &v));
	assert_false(simclock_parse_speed("10001", &v));
	assert_false(simclock_parse_speed("0", &v));
	assert_false(simclock_parse_speed("", &v));
	assert_false(simclock_parse_speed(NULL, &v));
	assert_false(simclock_parse_speed("-3", &v));
	assert_false(simclock_parse_speed("2.5", &v));
	assert_false(simclock_parse_speed("99999999999999999999", &v));
}

/* An explicit rewind goes back, and from there the clock runs on; a wall
 * clock stepping back afterwards still does not move it back further. */
static void test_rewind(void **state)
{
	(void)state;
	struct simclock c;
	simclock_init(&c, START, WALL, 60);
	assert_int_equal(simclock_now(&c, WALL + 60), START + 3600);
	simclock_set(&c, WALL + 60, START + 3000);
	assert_int_equal(simclock_now(&c, WALL + 60), START + 3000);
	assert_int_equal(simclock_now(&c, WALL + 61), START + 3060);
	/* the wall clock steps back: exercise time stands, never goes back */
	assert_int_equal(simclock_now(&c, WALL + 30), START + 3060);
	/* rewinding while paused stays paused at the new time */
	simclock_pause(&c, WALL + 61, true);
	simclock_set(&c, WALL + 62, START + 600);
	assert_int_equal(simclock_now(&c, WALL + 500), START + 600);
	assert_true(c.paused);
	simclock_pause(&c, WALL + 500, false);
	assert_int_equal(simclock_now(&c, WALL + 501), START + 660);
	/* and forward again */
	simclock_set(&c, WALL + 501, START + 7200);
	assert_int_equal(simclock_now(&c, WALL + 501), START + 7200);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_time),
		cmocka_unit_test(test_speed),
		cmocka_unit_test(test_advance),
		cmocka_unit_test(test_pause),
		cmocka_unit_test(test_wall_clock_steps_back),
		cmocka_unit_test(test_huge_values),
		cmocka_unit_test(test_parse_speed),
		cmocka_unit_test(test_rewind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
