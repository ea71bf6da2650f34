/* test_numfmt.c: numbers, euro and percentages in en, nl and fr, written
 * and (numbers) read back as a person types them in each language. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "core/facts.h"

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

/* The figures of the review: the same values in each language. */
static void test_per_language(void **state)
{
	char *s;
	s = numfmt_int_str(12000, LANG_NL); assert_string_equal(s, "12.000"); free(s);
	s = numfmt_int_str(12000, LANG_FR); assert_string_equal(s, "12" NBSP "000"); free(s);
	s = numfmt_int_str(12000, LANG_EN); assert_string_equal(s, "12,000"); free(s);
	s = numfmt_eur_str(250000, LANG_NL); assert_string_equal(s, "€" NBSP "250.000"); free(s);
	s = numfmt_eur_str(250000, LANG_FR); assert_string_equal(s, "250" NBSP "000" NBSP "€"); free(s);
	s = numfmt_eur_str(250000, LANG_EN); assert_string_equal(s, "€250,000"); free(s);
	check_pct(20, 100, LANG_NL, "20%");
	check_pct(20, 100, LANG_FR, "20" NBSP "%");
	check_pct(20, 100, LANG_EN, "20%");
}

static int64_t parsed(const char *s, enum lang l)
{
	int64_t v = -1;
	assert_int_equal(numfmt_parse(s, l, FACT_NUMBER_MAX, &v), NUMFMT_OK);
	return v;
}

static void test_parse(void **state)
{
	int64_t v;
	/* what each language shows reads back as the same number */
	for (enum lang l = 0; l < LANG_COUNT; l++) {
		char *shown = numfmt_int_str(1234567, l);
		assert_int_equal(parsed(shown, l), 1234567);
		free(shown);
		shown = numfmt_eur_str(250000, l);
		assert_int_equal(parsed(shown, l), 250000);
		free(shown);
		assert_int_equal(parsed("200 000", l), 200000);
		assert_int_equal(parsed("1'500", l), 1500);
	}
	assert_int_equal(parsed("12.000", LANG_NL), 12000);
	assert_int_equal(parsed("12.000", LANG_FR), 12000);
	assert_int_equal(parsed("12" "\xe2\x80\xaf" "000", LANG_FR), 12000);   /* U+202F */
	assert_int_equal(parsed("12,000", LANG_EN), 12000);
	/* a decimal separator is refused, never dropped */
	assert_int_equal(numfmt_parse("12,5", LANG_NL, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse("12,5", LANG_FR, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse("12.5", LANG_EN, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse("12a", LANG_EN, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse("", LANG_EN, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse(" . ", LANG_NL, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse("-5", LANG_EN, FACT_NUMBER_MAX, &v), NUMFMT_NOT_WHOLE);
	assert_int_equal(numfmt_parse("99999999999999999999", LANG_EN, FACT_NUMBER_MAX, &v),
			 NUMFMT_TOO_LARGE);
	assert_int_equal(parsed("1000000000000000", LANG_EN), FACT_NUMBER_MAX);
	assert_int_equal(numfmt_parse("1000000000000001", LANG_EN, FACT_NUMBER_MAX, &v),
			 NUMFMT_TOO_LARGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_int),
		cmocka_unit_test(test_eur),
		cmocka_unit_test(test_pct),
		cmocka_unit_test(test_per_language),
		cmocka_unit_test(test_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
