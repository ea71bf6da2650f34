/* test_core_basics.c: language codes, three-language texts and the case
 * model's accessors. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "core/case.h"
#include "core/lang.h"
#include "core/xalloc.h"

static void test_lang_codes(void **state)
{
	enum lang l;
	assert_true(lang_from_code("nl", &l));
	assert_int_equal(l, LANG_NL);
	assert_true(lang_from_code("fr", &l));
	assert_int_equal(l, LANG_FR);
	assert_false(lang_from_code("de", &l));
	assert_false(lang_from_code(NULL, &l));
	assert_string_equal(lang_code(LANG_EN), "en");
}

static void test_lang_from_locale(void **state)
{
	enum lang l;
	assert_true(lang_from_locale("nl_BE.UTF-8", &l));
	assert_int_equal(l, LANG_NL);
	assert_true(lang_from_locale("fr_BE.UTF-8", &l));
	assert_int_equal(l, LANG_FR);
	assert_true(lang_from_locale("de_DE.UTF-8", &l));
	assert_int_equal(l, LANG_EN);
	assert_true(lang_from_locale("C.UTF-8", &l));
	assert_int_equal(l, LANG_EN);
	assert_false(lang_from_locale("", &l));
}

static void test_text3_fallback(void **state)
{
	struct text3 t = { { xstrdup("Yes"), NULL, xstrdup("Oui") } };
	assert_string_equal(text3_get(&t, LANG_FR), "Oui");
	assert_string_equal(text3_get(&t, LANG_NL), "Yes");
	text3_free(&t);
	assert_null(t.s[0]);
}

static void test_names_round_trip(void **state)
{
	for (int t = 0; t < ET_COUNT; t++) {
		enum entity_type back;
		assert_true(entity_type_from_name(entity_type_name((enum entity_type)t), &back));
		assert_int_equal(back, t);
	}
	for (int s = 0; s < STAGE_COUNT; s++) {
		enum stage back;
		assert_true(stage_from_name(stage_name((enum stage)s), &back));
		assert_int_equal(back, s);
	}
	enum malicious m;
	assert_false(malicious_from_name("unknown", &m));
	assert_true(malicious_from_name("unsure", &m));
	assert_int_equal(m, MAL_UNSURE);
	enum nis2_status n;
	assert_false(nis2_status_from_name("Essential", &n));
	assert_true(nis2_status_from_name("important", &n));
	assert_int_equal(n, NIS2_IMPORTANT);
}

static void test_impact_and_form(void **state)
{
	struct case_file c;
	case_init(&c);
	int64_t v = -1;
	assert_false(case_impact_get(&c, "loss_eur", &v));
	case_impact_set(&c, "loss_eur", 5000);
	case_impact_set(&c, "death", 0);
	case_impact_set(&c, "loss_eur", 7000);
	assert_int_equal(c.n_impact, 2);
	assert_true(case_impact_get(&c, "loss_eur", &v));
	assert_int_equal(v, 7000);
	case_impact_unset(&c, "loss_eur");
	assert_false(case_impact_get(&c, "loss_eur", &v));
	assert_true(case_impact_get(&c, "death", &v));
	assert_int_equal(v, 0);

	case_form_set_text(&c, "9-Incident_Description", "first");
	case_form_set_text(&c, "9-Incident_Description", "second");
	const char *types[] = { "ransomware", "data-leak" };
	case_form_set_list(&c, "7-Incident_Type", 2, types);
	assert_int_equal(c.n_form, 2);
	const struct form_entry *e = case_form_get(&c, "9-Incident_Description");
	assert_non_null(e);
	assert_string_equal(e->values[0], "second");
	e = case_form_get(&c, "7-Incident_Type");
	assert_true(e->is_list);
	assert_int_equal(e->n, 2);
	case_form_unset(&c, "7-Incident_Type");
	assert_null(case_form_get(&c, "7-Incident_Type"));

	const char *sectors[] = { "health", "drinking-water" };
	case_set_sectors(&c, 2, sectors);
	assert_true(case_has_sector(&c, "drinking-water"));
	assert_false(case_has_sector(&c, "banking"));
	case_free(&c);
	assert_int_equal(c.n_form, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_codes),
		cmocka_unit_test(test_lang_from_locale),
		cmocka_unit_test(test_text3_fallback),
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_impact_and_form),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
