/* test_form_load.c: data/form.yaml says what annex 2 of the guide says, and
 * a broken form file is refused with FILE:LINE:COLUMN. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/form.h"
#include "io/form_load.h"
#include "form_fixture.h"

/* Annex 2, A to Y: technical names exactly as printed (two "9-", no "10-"). */
static const char *const names[25] = {
	"1-Submitter", "2-Submission_Type", "3-NIS_Type", "4-Sector", "5-NIS_Notification",
	"6-Malicious_Intent", "7-Incident_Type", "8-Incident_Date", "9-Incident_Description",
	"9-Assessment_Severity", "11-Assessment_Consequence", "12-Threat_Type_Root_Cause",
	"13-Cross_Border_Impact", "14-Cross_Border_Impact_Description", "15-Police_Involved",
	"16-Help_Needed", "17-Help_Type_Needed", "18-Actions_Taken", "19-Resolved",
	"20-Anonymous", "21-Contact_Person", "22-Organization", "23-Email", "24-Telephone",
	"25-Location",
};

static void test_fields_as_the_guide(void **state)
{
	(void)state;
	struct form_def def;
	fixture_form_load(&def);
	assert_int_equal(def.n_fields, 25);
	assert_int_equal(def.n_sections, 4);
	for (size_t i = 0; i < 25; i++) {
		assert_int_equal(def.fields[i].letter, 'A' + (int)i);
		assert_string_equal(def.fields[i].name, names[i]);
		assert_string_equal(def.keys[i], names[i]);
		for (int l = 0; l < LANG_COUNT; l++) {
			assert_true(def.fields[i].label.s[l] && def.fields[i].label.s[l][0]);
			assert_true(def.fields[i].help.s[l] && def.fields[i].help.s[l][0]);
		}
	}
	assert_null(def.keys[25]);
	/* the 500-character fields: I, J, K, L, Q, R */
	for (size_t i = 0; i < 25; i++) {
		bool limited = strchr("IJKLQR", def.fields[i].letter) != NULL;
		assert_int_equal(def.fields[i].limit, limited ? 500 : 0);
	}
	/* mandatory in every stage: A-G, I-M, P, Q, S, V, W, X (annex 2) */
	for (size_t i = 0; i < 25; i++) {
		bool m = strchr("ABCDEFGIJKLMPQSVWX", def.fields[i].letter) != NULL;
		assert_int_equal(def.fields[i].mandatory[STAGE_EARLY_WARNING], m);
		assert_int_equal(def.fields[i].mandatory[STAGE_PROGRESS], m);
		assert_false(def.fields[i].mandatory[STAGE_GDPR]);
	}
	const struct form_field *r = form_field_find(&def, "18-Actions_Taken");
	assert_true(r->mandatory[STAGE_FINAL]);
	assert_false(r->mandatory[STAGE_NOTIFICATION]);
	/* the Dutch labels are the guide's words */
	assert_string_equal(text3_get(&form_field_find(&def, "22-Organization")->label, LANG_NL),
			    "Naam organisatie - KBO");
	assert_string_equal(text3_get(&form_field_find(&def, "8-Incident_Date")->label, LANG_NL),
			    "Wanneer vond het incident plaats?");
	/* kinds, conditions and lists */
	assert_int_equal(form_field_find(&def, "4-Sector")->kind, FORM_MULTI);
	assert_int_equal(form_field_find(&def, "7-Incident_Type")->kind, FORM_MULTI);
	assert_int_equal(form_field_find(&def, "8-Incident_Date")->kind, FORM_DATE);
	assert_int_equal(form_field_find(&def, "23-Email")->kind, FORM_EMAIL);
	assert_int_equal(form_field_find(&def, "24-Telephone")->kind, FORM_PHONE);
	assert_string_equal(form_field_find(&def, "14-Cross_Border_Impact_Description")->when_field,
			    "13-Cross_Border_Impact");
	assert_string_equal(form_field_find(&def, "17-Help_Type_Needed")->when_field, "16-Help_Needed");
	assert_false(form_field_find(&def, "20-Anonymous")->visible);
	const struct form_field *sector = form_field_find(&def, "4-Sector");
	const struct form_option *o = form_option_find(&def, sector, "drinking-water");
	assert_non_null(o);
	assert_string_equal(text3_get(&o->label, LANG_NL), "Drinkwater");
	o = form_option_find(&def, sector, "energy-electricity");
	assert_string_equal(text3_get(&o->label, LANG_FR), "Énergie : Électricité");
	assert_null(form_option_find(&def, sector, "energy"));
	const struct form_optlist *stages = form_optlist_find(&def, "notification-stage");
	assert_int_equal(stages->n, 5);
	for (size_t i = 0; i < stages->n; i++) {
		enum stage s;
		assert_true(stage_from_name(stages->opts[i].id, &s));
		assert_true(form_stage_valid(s));
	}
	assert_int_equal(form_optlist_find(&def, "incident-type")->n, 39);
	form_def_free(&def);
}

/* Each broken file: the message must name the place and the problem. */
static void expect_error(const char *yaml, const char *where, const char *what)
{
	struct form_def def;
	char *err = NULL;
	assert_false(form_load_buffer("t.yaml", yaml, strlen(yaml), &def, &err));
	assert_non_null(err);
	if (!strstr(err, where) || !strstr(err, what))
		fail_msg("expected '%s' and '%s' in: %s", where, what, err);
	free(err);
	assert_int_equal(def.n_fields, 0);
}

#define HEAD "format: 1\nsections:\n  - id: S\n    label: {en: s, nl: s, fr: s}\n    fields:\n"
#define FIELD(extra) \
	"      - letter: A\n        name: 1-X\n        kind: choice\n        options: yes-no\n" \
	"        mandatory: all\n" extra \
	"        label: {en: a, nl: a, fr: a}\n        help: {en: a, nl: a, fr: a}\n"
#define OPTS "options:\n  yes-no:\n    - {id: \"yes\", label: {en: Y, nl: J, fr: O}}\n"
#define TAIL "stages: []\nproposals: []\n"

static void test_errors(void **state)
{
	(void)state;
	/* the minimal file loads */
	struct form_def def;
	char *err = NULL;
	const char *good = HEAD FIELD("") OPTS TAIL;
	if (!form_load_buffer("t.yaml", good, strlen(good), &def, &err))
		fail_msg("%s", err);
	form_def_free(&def);
	/* with a choice proposed by verdict: the option id in every language */
	const char *choice = HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 1-X\n"
		"    verdicts: {significant: \"yes\", dora: \"yes\"}\n";
	if (!form_load_buffer("t.yaml", choice, strlen(choice), &def, &err))
		fail_msg("%s", err);
	assert_int_equal(def.n_proposals, 1);
	assert_true(def.proposals[0].has_verdict[VERDICT_SIGNIFICANT]);
	assert_true(def.proposals[0].has_verdict[VERDICT_DORA]);
	assert_false(def.proposals[0].has_verdict[VERDICT_UNDETERMINED]);
	for (int l = 0; l < LANG_COUNT; l++)
		assert_string_equal(text3_get(&def.proposals[0].by_verdict[VERDICT_SIGNIFICANT], (enum lang)l),
				    "yes");
	form_def_free(&def);

	expect_error(HEAD FIELD("        colour: red\n") OPTS TAIL, "t.yaml:11:9", "colour");
	expect_error(HEAD FIELD("") FIELD("") OPTS TAIL, "t.yaml:", "appears twice");
	expect_error(HEAD FIELD("        mandatory2: x\n") OPTS TAIL, "t.yaml:11:9", "mandatory2");
	expect_error(HEAD FIELD("        limit: -3\n") OPTS TAIL, "t.yaml:11:16", "");
	expect_error(HEAD FIELD("") "options: {}\n" TAIL, "t.yaml:1:1", "unknown option list 'yes-no'");
	expect_error("format: 2\n", "t.yaml:1:9", "format");
	expect_error(HEAD FIELD("") OPTS "stages:\n  - id: gdpr\n", "t.yaml:17:9", "not a stage of the form");
	/* a choice is proposed one of its options by verdict, nothing else */
	expect_error(HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 1-X\n", "t.yaml:18:5",
		     "missing key 'verdicts'");
	expect_error(HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 1-X\n"
		     "    verdicts: {significant: \"maybe\"}\n", "t.yaml:19:29",
		     "'maybe' is not an option of 1-X");
	expect_error(HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 1-X\n"
		     "    verdicts: {significant: \"yes\", significant: \"yes\"}\n", "t.yaml:19:",
		     "repeated verdict 'significant'");
	expect_error(HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 1-X\n"
		     "    verdicts: {sure: \"yes\"}\n", "t.yaml:19:16", "unknown or repeated verdict 'sure'");
	expect_error(HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 1-X\n"
		     "    verdicts: {significant: \"yes\"}\n    parts: []\n", "t.yaml:18:5",
		     "without parts");
	expect_error(HEAD FIELD("") OPTS "stages: []\nproposals:\n  - field: 9-Nothing\n", "t.yaml:18:5",
		     "not a text or choice field");
	expect_error(HEAD FIELD("        when: {field: 9-Nothing, is: \"yes\"}\n") OPTS TAIL, "t.yaml:11:15",
		     "earlier choice field");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields_as_the_guide),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
