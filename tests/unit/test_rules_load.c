/* test_rules_load.c: a broken facts or rules file is a clear error at its
 * line and column, never a crash and never a half-loaded ruleset. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "io/facts_load.h"
#include "io/rules_load.h"

static struct fact_registry facts;

static int setup(void **state)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir = xasprintf("%s/data", top ? top : ".");
	struct datasource src = { dir };
	char *err = NULL;
	bool ok = facts_load(&src, &facts, &err);
	if (!ok)
		fprintf(stderr, "%s\n", err);
	free(err);
	free(dir);
	return ok ? 0 : -1;
}

static int teardown(void **state)
{
	facts_free(&facts);
	return 0;
}

#define TEXTS "{ en: a, nl: b, fr: c }"
#define TAIL TAIL0 "actions: []\n"
#define TAIL0 \
	"verdicts: { dora: " TEXTS ", out-of-scope: " TEXTS ", undetermined: " TEXTS ",\n" \
	"  not-an-incident: " TEXTS ", not-an-incident-ir: " TEXTS ", not-significant: " TEXTS ",\n" \
	"  not-significant-ir: " TEXTS " }\n" \
	"notes: { unsure-suspected: " TEXTS ", computed-minutes: " TEXTS ", crossing: " TEXTS ",\n" \
	"  lasts-more: " TEXTS ", lasts-one-more: " TEXTS ", maintenance-overrun: " TEXTS ",\n" \
	"  ir-may-decide: " TEXTS ", type-possible: " TEXTS ", trust-possible: " TEXTS ", minute: " TEXTS ", minutes: " TEXTS ", near-value: " TEXTS " }\n" \
	"warnings: { nis2-unknown: " TEXTS ", routing-default: " TEXTS ", dora-sector: " TEXTS ",\n" \
	"  dora-set-aside: " TEXTS ", dora-no-sector: " TEXTS ",\n" \
	"  time-order: " TEXTS ", telecom: " TEXTS " }\n" \
	"type_sectors: { cloud: [digital-infrastructure] }\n"
#define HEAD "format: 1\ntypes: [general]\ndora_sectors: [banking]\ncriteria:\n"
#define CRIT(when) \
	"  - id: X1\n    types: [general]\n    when: " when "\n    inputs: [death]\n" \
	"    ref: " TEXTS "\n    text: " TEXTS "\n"

static void expect_error(const char *yaml, const char *want)
{
	struct ruleset rs;
	char *err = NULL;
	assert_false(rules_load_buffer("rules.yaml", yaml, strlen(yaml), &facts, &rs, &err));
	assert_non_null(err);
	if (!strstr(err, want))
		fail_msg("expected '%s' in '%s'", want, err);
	assert_int_equal(rs.n, 0);
	free(err);
}

static void test_minimal_loads(void **state)
{
	const char *y = HEAD CRIT("{ fact: death }") TAIL;
	struct ruleset rs;
	char *err = NULL;
	if (!rules_load_buffer("rules.yaml", y, strlen(y), &facts, &rs, &err))
		fail_msg("%s", err);
	assert_int_equal(rs.n, 1);
	assert_string_equal(rs.crit[0].ids[ET_GENERAL], "X1");
	assert_null(rs.crit[0].ids[ET_CLOUD]);
	ruleset_free(&rs);
}

static void test_errors(void **state)
{
	expect_error(HEAD CRIT("{ fact: deaths }") TAIL, "rules.yaml:7:19: unknown fact 'deaths'");
	expect_error(HEAD CRIT("{ fact: loss_eur }") TAIL, "rules.yaml:7:19: 'loss_eur' is not a yes/no fact");
	expect_error(HEAD CRIT("{ maybe: death }") TAIL, "rules.yaml:7:13: unknown expression 'maybe'");
	expect_error(HEAD CRIT("{ gt: [loss_eur, -5] }") TAIL, "rules.yaml:7:28:");
	expect_error(HEAD CRIT("{ share: { count: outage_users, op: gt, percent: 101 } }") TAIL,
		     "rules.yaml:7:60: a percentage is at most 100");
	expect_error(HEAD CRIT("{ share: { count: outage_users, op: ge, percent: 5, cap: 10 } }") TAIL,
		     "rules.yaml:7:68: a cap goes with op: gt");
	expect_error(HEAD CRIT("{ all: [] }") TAIL, "rules.yaml:7:18: 'all' must not be empty");
	expect_error(HEAD CRIT("{ fact: death }") CRIT("{ fact: death }") TAIL,
		     "rules.yaml:11:5: criterion 'X1' appears twice");
	expect_error("format: 1\ntypes: [general, bank]\ndora_sectors: []\ncriteria: []\n" TAIL,
		     "rules.yaml:2:18: unknown entity type 'bank'");
	expect_error("format: 2\n", "rules.yaml:1:9: unsupported format version 2");
	expect_error(HEAD "  - id: X1\n    types: [general]\n    when: { fact: death }\n"
		     "    inputs: [death]\n    ref: { en: a, nl: b }\n    text: " TEXTS "\n" TAIL,
		     "rules.yaml:9:10: 'ref' needs a text in fr");
	expect_error(HEAD "  - id: X1\n    typo: [general]\n" TAIL, "rules.yaml:6:5: unknown key 'typo'");
	expect_error("[1, 2]\n", "rules.yaml:1:1:");
	expect_error("", "rules.yaml:1:1:");
}

/* What to do now: verdicts, conditions and stages are checked by name. */
static void test_action_errors(void **state)
{
	expect_error(HEAD CRIT("{ fact: death }") TAIL0 "actions:\n  - { verdicts: [bogus], text: " TEXTS " }\n",
		     "rules.yaml:22:18: unknown verdict 'bogus'");
	expect_error(HEAD CRIT("{ fact: death }") TAIL0
		     "actions:\n  - { verdicts: [dora], when: sometimes, text: " TEXTS " }\n",
		     "rules.yaml:22:31: unknown condition 'sometimes'");
	expect_error(HEAD CRIT("{ fact: death }") TAIL0
		     "actions:\n  - { verdicts: [dora], stage: later, text: " TEXTS " }\n",
		     "rules.yaml:22:32: unknown stage 'later'");
	expect_error(HEAD CRIT("{ fact: death }") TAIL0 "actions:\n  - { verdicts: [dora] }\n",
		     "rules.yaml:22:");
	expect_error(HEAD CRIT("{ fact: death }") TAIL0, "rules.yaml:");
}

static void test_facts_errors(void **state)
{
	static const struct { const char *yaml, *want; } cases[] = {
		{ "format: 1\ngroups: []\nfacts:\n  - name: x\n    kind: number\n    group: g\n",
		  "facts.yaml:4:5: missing key 'unit'" },
		{ "format: 1\ngroups: [{ id: g, title: " TEXTS " }]\nfacts:\n  - name: x\n    kind: maybe\n",
		  "facts.yaml:5:11: 'kind' must be bool, number or choice" },
		{ "format: 1\ngroups: [{ id: g, title: " TEXTS " }]\nfacts:\n  - { name: x, kind: bool, group: h }\n",
		  "facts.yaml:4:35: unknown group 'h'" },
		{ "format: 1\ngroups: [{ id: g, earlier_incidents: maybe, title: " TEXTS " }]\nfacts: []\n",
		  "facts.yaml:2:38: expected true or false" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct fact_registry r;
		char *err = NULL;
		assert_false(facts_load_buffer("facts.yaml", cases[i].yaml, strlen(cases[i].yaml), &r, &err));
		if (!strstr(err, cases[i].want))
			fail_msg("expected '%s' in '%s'", cases[i].want, err);
		free(err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_minimal_loads),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_action_errors),
		cmocka_unit_test(test_facts_errors),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
