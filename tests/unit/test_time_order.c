/* test_time_order.c: a typed moment is refused when it is in the future
 * beyond the clock skew, or out of order with the moments already known,
 * and the conflicting moment is named. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/time_order.h"

#define NOW INT64_C(1796630400)   /* any instant */
#define HOUR INT64_C(3600)

static void test_future(void **state)
{
	(void)state;
	struct incident in;
	memset(&in, 0, sizeof(in));
	enum time_moment other;
	assert_int_equal(time_order_check(&in, TM_AWARE, NOW, NOW, &other), TIME_ORDER_OK);
	/* Two clocks a few minutes apart are no mistake ... */
	assert_int_equal(time_order_check(&in, TM_AWARE, NOW + 4 * 60, NOW, &other), TIME_ORDER_OK);
	/* ... a mistyped year or hour is. */
	assert_int_equal(time_order_check(&in, TM_AWARE, NOW + 365 * 24 * HOUR, NOW, &other),
			 TIME_ORDER_FUTURE);
	assert_int_equal(time_order_check(&in, TM_RESTORED, NOW + HOUR, NOW, &other), TIME_ORDER_FUTURE);
	assert_int_equal(time_order_future(NOW + 6 * 60, NOW), TIME_ORDER_FUTURE);
	assert_int_equal(time_order_future(NOW - HOUR, NOW), TIME_ORDER_OK);
}

static void test_order(void **state)
{
	(void)state;
	struct incident in;
	memset(&in, 0, sizeof(in));
	in.started = (struct opt_time){ true, NOW - 5 * HOUR };
	in.detected = (struct opt_time){ true, NOW - 4 * HOUR };
	enum time_moment other = TM_AWARE;
	/* Awareness before the detection it follows. */
	assert_int_equal(time_order_check(&in, TM_AWARE, NOW - 4 * HOUR - 60, NOW, &other), TIME_ORDER_BEFORE);
	assert_int_equal(other, TM_DETECTED);
	assert_int_equal(time_order_check(&in, TM_AWARE, NOW - 3 * HOUR, NOW, &other), TIME_ORDER_OK);
	/* The service restored before the incident started. */
	assert_int_equal(time_order_check(&in, TM_RESTORED, NOW - 6 * HOUR, NOW, &other), TIME_ORDER_BEFORE);
	assert_int_equal(other, TM_STARTED);
	/* A start typed after the detection already known. */
	assert_int_equal(time_order_check(&in, TM_STARTED, NOW - 3 * HOUR, NOW, &other), TIME_ORDER_AFTER);
	assert_int_equal(other, TM_DETECTED);
	/* An unknown moment is no conflict. */
	memset(&in, 0, sizeof(in));
	assert_int_equal(time_order_check(&in, TM_RESOLVED, NOW - 9 * HOUR, NOW, &other), TIME_ORDER_OK);
	/* The moment checked may equal its neighbour. */
	in.restored = (struct opt_time){ true, NOW - HOUR };
	assert_int_equal(time_order_check(&in, TM_RESOLVED, NOW - HOUR, NOW, &other), TIME_ORDER_OK);
	assert_int_equal(time_order_check(&in, TM_RESOLVED, NOW - 2 * HOUR, NOW, &other), TIME_ORDER_BEFORE);
	assert_int_equal(other, TM_RESTORED);
	assert_true(time_order_moment(&in, TM_RESTORED).set);
	assert_false(time_order_moment(&in, TM_LOGGED).set);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_future),
		cmocka_unit_test(test_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
