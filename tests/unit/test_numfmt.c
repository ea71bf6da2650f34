/* test_numfmt.c: numbers, euro and percentages in en, nl and fr. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "core/numfmt.h"

#define NBSP "\xc2\xa0"

typedef void (*fmt_fn)(struct sbuf *, int64_t, enum lang);

static void check(fmt_fn f, int64_t v, enum lang l, const char *want)
{
	struct sbuf b;
	sbuf_init(&b);
	f(&b, v, l);
	assert_string_equal(sbuf_str(&b), want);
	sbuf_free(&b);
}

static void check_pct(int64_t n, int64_t d, enum lang l, const char *want)
{
	struct sbuf b;
	sbuf_init(&b);
	numfmt_pct(&b, n, d, l);
	assert_string_equal(sbuf_str(&b), want);
	sbuf_free(&b);
}

static void test_int(void **state)
{
	check(numfmt_int, 0, LANG_EN, "0");
	check(numfmt_int, 999, LANG_NL, "999");
	check(numfmt_int, 1000, LANG_EN, "1,000");
	check(numfmt_int, 1000, LANG_NL, "1.000");
	check(numfmt_int, 1000, LANG_FR, "1" NBSP "000");
	check(numfmt_int, 1234567, LANG_EN, "1,234,567");
	check(numfmt_int, -1234567, LANG_NL, "-1.234.567");
	check(numfmt_int, INT64_MIN, LANG_EN, "-9,223,372,036,854,775,808");
	check(numfmt_int, 1000000000000000, LANG_NL, "1.000.000.000.000.000");
}

static void test_eur(void **state)
{
	check(numfmt_eur, 250000, LANG_EN, "€250,000");
	check(numfmt_eur, 250000, LANG_NL, "€" NBSP "250.000");
	check(numfmt_eur, 250000, LANG_FR, "250" NBSP "000" NBSP "€");
	check(numfmt_eur, 5, LANG_FR, "5" NBSP "€");
}

static void test_pct(void **state)
{
	check_pct(220, 1000, LANG_EN, "22%");
	check_pct(12000, 50000, LANG_NL, "24%");
	check_pct(12000, 50000, LANG_FR, "24" NBSP "%");
	check_pct(205, 1000, LANG_NL, "20,5%");
	check_pct(205, 1000, LANG_EN, "20.5%");
	/* 19.96% is shown as 19.9%, never as the 20% it does not reach */
	check_pct(1996, 10000, LANG_EN, "19.9%");
	check_pct(1, 3, LANG_EN, "33.3%");
	check_pct(2, 3, LANG_EN, "66.6%");
	check_pct(1000000000000000, 1000000000000000, LANG_EN, "100%");
	check_pct(5, 0, LANG_EN, "?%");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_int),
		cmocka_unit_test(test_eur),
		cmocka_unit_test(test_pct),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
