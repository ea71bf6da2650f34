/* test_rules.c: the significance rules of data/rules.yaml applied by
 * core/rules.c: every criterion at, below and above its threshold, the
 * "whichever is smaller" caps on both sides, routing, planned maintenance,
 * recurring incidents, three-valued cases with their exact `missing`, the
 * explanations and the warnings. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "core/rules.h"
#include "core/placeholder.h"
#include "core/deadlines.h"
#include "core/xalloc.h"
#include "io/facts_load.h"
#include "io/rules_load.h"

static struct fact_registry facts;
static struct ruleset rules;

static int setup(void **state)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir = xasprintf("%s/data", top ? top : ".");
	struct datasource src = { dir };
	char *err = NULL;
	if (!facts_load(&src, &facts, &err) || !rules_load(&src, &facts, &rules, &err)) {
		fprintf(stderr, "%s\n", err);
		free(err);
		free(dir);
		return -1;
	}
	free(dir);
	return 0;
}

static int teardown(void **state)
{
	ruleset_free(&rules);
	facts_free(&facts);
	return 0;
}

static instant_t T(const char *s)
{
	instant_t t;
	assert_int_equal(clock_parse(s, &t), CLOCK_PARSE_OK);
	return t;
}

#define NOW T("2026-12-02T10:00:00+01:00")

/* A case with every routing field set (no warnings from them). */
static void base_case(struct case_file *c, enum entity_type type)
{
	case_init(c);
	c->entity.nis2_set = true;
	c->entity.nis2 = NIS2_ESSENTIAL;
	c->entity.type_set = true;
	c->entity.type = type;
	c->entity.dora.set = true;
	c->entity.dora.v = false;
	c->incident.annex_service.set = true;
	c->incident.annex_service.v = true;
	c->incident.planned_maintenance.set = true;
	c->incident.planned_maintenance.v = false;
	c->incident.aware.set = true;
	c->incident.aware.t = T("2026-11-22T09:30:00+01:00");
	c->incident.malicious = MAL_NO;
	/* typed durations are final (test_rules_disruption.c tests the rest) */
	c->incident.disruption_set = true;
	c->incident.disruption = DISRUPTION_ENDED;
}

static void set_users(struct case_file *c, int64_t u)
{
	c->entity.users.set = true;
	c->entity.users.v = u;
}

static void set_turnover(struct case_file *c, int64_t t)
{
	c->entity.turnover_eur.set = true;
	c->entity.turnover_eur.v = t;
}

static bool has(char **v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return true;
	return false;
}

/* The value of criterion id in the evaluation's outcomes (-1: not looked at). */
static int outcome(const struct evaluation *e, const char *id)
{
	for (size_t i = 0; i < e->n_outcomes; i++)
		if (!strcmp(e->outcomes[i].id, id))
			return (int)e->outcomes[i].value;
	return -1;
}

static int eval_one(const struct case_file *c, const char *id)
{
	struct evaluation e;
	rules_evaluate(&rules, c, NOW, LANG_EN, &e);
	int v = outcome(&e, id);
	evaluation_free(&e);
	return v;
}

static void assert_list(char **v, size_t n, const char *const *want)
{
	size_t k = 0;
	for (; want[k]; k++) {
		if (k >= n)
			fail_msg("missing item %zu: %s", k, want[k]);
		assert_string_equal(v[k], want[k]);
	}
	if (k != n)
		fail_msg("%zu items, expected %zu (first extra: %s)", n, k, v[k]);
}

/* The example of nis2-notify-case(5). */
static void example_case(struct case_file *c)
{
	base_case(c, ET_GENERAL);
	c->incident.malicious = MAL_UNSURE;
	set_users(c, 50000);
	set_turnover(c, 12000000);
	case_impact_set(c, "outage_users", 12000);
	case_impact_set(c, "outage_minutes", 150);
	case_impact_set(c, "loss_eur", 40000);
	c->incident.personal_data.set = true;
	c->incident.personal_data.v = true;
}

static void test_spec_example(void **state)
{
	struct case_file c;
	struct evaluation e;
	example_case(&c);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_int_equal(e.regime, REGIME_GUIDE);
	static const char *const met[] = { "G2a", NULL };
	assert_list(e.met, e.n_met, met);
	static const char *const missing[] = {
		"excess_access", "unauthorised_config", "admin_lockout", "unlawful_change",
		"abnormal_operation", "prepositioning", "users_unknown", "delivery_delay",
		"ip_loss", "trade_secrets", "asset_destruction", "infrastructure_delay",
		"death", "bodily_harm", "health_damage", "others_financial",
		"other_severe_impact", NULL,
	};
	assert_list(e.missing, e.n_missing, missing);
	assert_int_equal(e.n_explanation, 1);
	assert_string_equal(e.explanation[0].id, "G2a");
	assert_string_equal(e.explanation[0].text,
			    "24% of users (12,000 of 50,000) had no access for 150 minutes: "
			    "at least 20% for at least one hour (guide A.2, 2)");
	assert_int_equal(outcome(&e, "G5"), -1);   /* not evaluated: G2a is met */
	assert_int_equal(outcome(&e, "G3a"), TRI_FALSE);
	evaluation_free(&e);

	/* The same in Dutch and French, numbers written their way. */
	rules_evaluate(&rules, &c, NOW, LANG_NL, &e);
	assert_string_equal(e.explanation[0].text,
			    "24% van de gebruikers (12.000 van 50.000) had 150 minuten geen toegang: "
			    "minstens 20% gedurende minstens één uur (gids A.2, 2)");
	evaluation_free(&e);
	rules_evaluate(&rules, &c, NOW, LANG_FR, &e);
	assert_non_null(strstr(e.explanation[0].text, "12\xc2\xa0" "000 sur 50\xc2\xa0" "000"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_g2a_thresholds(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	set_users(&c, 1000);
	case_impact_set(&c, "outage_minutes", 60);
	case_impact_set(&c, "outage_users", 199);
	assert_int_equal(eval_one(&c, "G2a"), TRI_FALSE);
	case_impact_set(&c, "outage_users", 200);
	assert_int_equal(eval_one(&c, "G2a"), TRI_TRUE);
	case_impact_set(&c, "outage_users", 201);
	assert_int_equal(eval_one(&c, "G2a"), TRI_TRUE);
	case_impact_set(&c, "outage_minutes", 59);
	assert_int_equal(eval_one(&c, "G2a"), TRI_FALSE);
	case_impact_set(&c, "outage_minutes", 61);
	assert_int_equal(eval_one(&c, "G2a"), TRI_TRUE);
	/* A count of 0 never meets a share, with or without users. */
	case_impact_set(&c, "outage_users", 0);
	assert_int_equal(eval_one(&c, "G2a"), TRI_FALSE);
	c.entity.users.set = false;
	assert_int_equal(eval_one(&c, "G2a"), TRI_FALSE);
	case_impact_set(&c, "outage_users", 5);
	assert_int_equal(eval_one(&c, "G2a"), TRI_UNKNOWN);
	case_free(&c);
}

static void test_g2b_g2c(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	case_impact_set(&c, "users_unknown", 1);
	case_impact_set(&c, "outage_minutes", 59);
	assert_int_equal(eval_one(&c, "G2b"), TRI_FALSE);
	case_impact_set(&c, "outage_minutes", 60);
	assert_int_equal(eval_one(&c, "G2b"), TRI_TRUE);
	case_impact_set(&c, "users_unknown", 0);
	assert_int_equal(eval_one(&c, "G2b"), TRI_FALSE);
	assert_int_equal(eval_one(&c, "G2c"), TRI_UNKNOWN);
	case_impact_set(&c, "delivery_delay", 1);
	assert_int_equal(eval_one(&c, "G2c"), TRI_TRUE);
	case_free(&c);
}

static void test_outage_minutes_from_times(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	set_users(&c, 100);
	case_impact_set(&c, "outage_users", 50);
	c.incident.started.set = true;
	c.incident.started.t = T("2026-11-22T10:00:00+01:00");
	c.incident.restored.set = true;
	c.incident.restored.t = T("2026-11-22T10:59:01+01:00");
	/* 59 min 1 s rounds up to 60: met */
	assert_int_equal(eval_one(&c, "G2a"), TRI_TRUE);
	c.incident.restored.t = T("2026-11-22T10:59:00+01:00");
	assert_int_equal(eval_one(&c, "G2a"), TRI_FALSE);
	/* Without a start: the earlier of detection and the logs. */
	c.incident.started.set = false;
	c.incident.detected.set = true;
	c.incident.detected.t = T("2026-11-22T10:30:00+01:00");
	c.incident.logged.set = true;
	c.incident.logged.t = T("2026-11-22T09:58:00+01:00");
	assert_int_equal(eval_one(&c, "G2a"), TRI_TRUE);
	/* Not restored, still going: up to now, a lower bound. */
	c.incident.restored.set = false;
	c.incident.disruption = DISRUPTION_ONGOING;
	struct evaluation e;
	rules_evaluate(&rules, &c, T("2026-11-22T10:30:00+01:00"), LANG_EN, &e);
	assert_int_equal(outcome(&e, "G2a"), TRI_UNKNOWN);   /* 32 minutes so far */
	/* met at 09:58 + 59 min + 1 s, if still down */
	assert_int_equal(e.n_near, 1);
	assert_string_equal(e.near[0].id, "G2a");
	assert_true(e.near[0].has_at);
	assert_int_equal(e.near[0].at, T("2026-11-22T10:57:01+01:00"));
	evaluation_free(&e);
	rules_evaluate(&rules, &c, T("2026-11-22T11:00:00+01:00"), LANG_EN, &e);
	assert_int_equal(outcome(&e, "G2a"), TRI_TRUE);    /* 62 minutes */
	assert_non_null(strstr(e.explanation[0].text, "computed from the incident's times"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_g3a_cap(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	/* 5% of 4 000 000 = 200 000, below 250 000: that one applies, and
	 * exactly 5 % meets it (the guide writes "meer dan" only before the
	 * amount) */
	set_turnover(&c, 4000000);
	case_impact_set(&c, "loss_eur", 199999);
	assert_int_equal(eval_one(&c, "G3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 200000);
	assert_int_equal(eval_one(&c, "G3a"), TRI_TRUE);
	/* 5% of 4 000 001 is 200 000.05: 200 000 is below it */
	set_turnover(&c, 4000001);
	assert_int_equal(eval_one(&c, "G3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 200001);
	assert_int_equal(eval_one(&c, "G3a"), TRI_TRUE);
	/* the IR stays strict on both: IR3a, 5% of 4 000 000 exactly is not met */
	struct case_file ir;
	base_case(&ir, ET_CLOUD);
	set_turnover(&ir, 4000000);
	case_impact_set(&ir, "loss_eur", 200000);
	assert_int_equal(eval_one(&ir, "IR3a"), TRI_FALSE);
	case_impact_set(&ir, "loss_eur", 200001);
	assert_int_equal(eval_one(&ir, "IR3a"), TRI_TRUE);
	case_free(&ir);
	/* 5% of 10 000 000 = 500 000, above 250 000: 250 000 applies */
	set_turnover(&c, 10000000);
	case_impact_set(&c, "loss_eur", 250000);
	assert_int_equal(eval_one(&c, "G3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 250001);
	assert_int_equal(eval_one(&c, "G3a"), TRI_TRUE);
	/* Both equal: 5% of 5 000 000 is 250 000, and at least 5 % meets */
	set_turnover(&c, 5000000);
	case_impact_set(&c, "loss_eur", 250000);
	assert_int_equal(eval_one(&c, "G3a"), TRI_TRUE);
	case_impact_set(&c, "loss_eur", 249999);
	assert_int_equal(eval_one(&c, "G3a"), TRI_FALSE);
	/* No turnover (0): only the amount */
	set_turnover(&c, 0);
	case_impact_set(&c, "loss_eur", 250000);
	assert_int_equal(eval_one(&c, "G3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 250001);
	assert_int_equal(eval_one(&c, "G3a"), TRI_TRUE);
	/* Turnover unknown: a known value decides wherever it can */
	c.entity.turnover_eur.set = false;
	case_impact_set(&c, "loss_eur", 300000);
	assert_int_equal(eval_one(&c, "G3a"), TRI_TRUE);
	case_impact_set(&c, "loss_eur", 0);
	assert_int_equal(eval_one(&c, "G3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 100000);
	assert_int_equal(eval_one(&c, "G3a"), TRI_UNKNOWN);
	struct evaluation e;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_true(has(e.missing, e.n_missing, "turnover_eur"));
	assert_false(has(e.missing, e.n_missing, "loss_eur"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_g3a_explanation_and_threshold(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	set_turnover(&c, 4000000);
	case_impact_set(&c, "loss_eur", 210000);
	struct evaluation e;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_string_equal(e.explanation[0].text,
			    "A direct financial loss of €210,000: more than €200,000, the lower of "
			    "EUR 250,000 and 5% of the annual turnover (guide A.2, 3)");
	evaluation_free(&e);
	struct sbuf b;
	sbuf_init(&b);
	assert_true(rules_threshold_text(&rules, &c, "G3a", LANG_NL, &b));
	assert_string_equal(sbuf_str(&b), "uw drempel: €\xc2\xa0" "200.000, het laagste van € 250.000 en 5% van uw omzet");
	sbuf_free(&b);
	case_free(&c);
}

static void test_others_and_g6(void **state)
{
	static const char *const one[][2] = {
		{ "ip_loss", "G3b" }, { "trade_secrets", "G3c" }, { "asset_destruction", "G4a" },
		{ "infrastructure_delay", "G4b" }, { "death", "G4c" }, { "bodily_harm", "G4c" },
		{ "health_damage", "G4c" }, { "others_financial", "G4d" },
		{ "other_severe_impact", "G6" },
	};
	for (size_t i = 0; i < sizeof one / sizeof one[0]; i++) {
		struct case_file c;
		base_case(&c, ET_GENERAL);
		case_impact_set(&c, one[i][0], 0);
		int v = eval_one(&c, one[i][1]);
		assert_true(v == TRI_FALSE || v == TRI_UNKNOWN);
		case_impact_set(&c, one[i][0], 1);
		assert_int_equal(eval_one(&c, one[i][1]), TRI_TRUE);
		case_free(&c);
	}
}

static void test_g1_suspected(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	case_impact_set(&c, "prepositioning", 1);
	c.incident.malicious = MAL_NO;
	assert_int_equal(eval_one(&c, "G1"), TRI_FALSE);
	c.incident.malicious = MAL_YES;
	assert_int_equal(eval_one(&c, "G1"), TRI_TRUE);
	c.incident.malicious = MAL_UNKNOWN;
	assert_int_equal(eval_one(&c, "G1"), TRI_UNKNOWN);
	c.incident.malicious = MAL_UNSURE;
	struct evaluation e;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(outcome(&e, "G1"), TRI_TRUE);
	assert_string_equal(e.explanation[0].text,
			    "A suspected malicious event that compromises the systems supporting the service: "
			    "an attacker positioned in the systems; malicious intent is unsure, which counts "
			    "as suspected (the safe side) (guide A.2, 1)");
	evaluation_free(&e);
	case_free(&c);
}

static void test_routing(void **state)
{
	struct case_file c;
	struct evaluation e;
	base_case(&c, ET_GENERAL);
	case_impact_set(&c, "death", 1);
	c.entity.dora.v = true;
	c.entity.nis2 = NIS2_NONE;
	const char *banking[] = { "banking" };
	case_set_sectors(&c, 1, banking);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_DORA);   /* dora is decided first */
	assert_int_equal(e.n_met, 0);
	assert_int_equal(e.n_missing, 0);
	assert_int_equal(e.n_explanation, 1);
	assert_string_equal(e.explanation[0].id, "dora");
	evaluation_free(&e);

	c.entity.dora.v = false;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_OUT_OF_SCOPE);
	assert_string_equal(e.explanation[0].id, "out-of-scope");
	evaluation_free(&e);

	c.entity.nis2 = NIS2_IMPORTANT;
	c.incident.annex_service.v = false;
	c.incident.aware.set = false;
	c.incident.personal_data.set = true;
	c.incident.personal_data.v = true;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_OUT_OF_SCOPE);
	static const char *const aware[] = { "incident.aware", NULL };
	assert_list(e.missing, e.n_missing, aware);
	evaluation_free(&e);

	/* nis2 unknown: evaluated as an NIS2 entity, with a warning */
	c.incident.annex_service.v = true;
	c.entity.nis2 = NIS2_UNKNOWN;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_string_equal(e.warnings[0].id, "nis2-unknown");
	evaluation_free(&e);
	case_free(&c);
}

static void test_undetermined_and_not_significant(void **state)
{
	struct case_file c;
	struct evaluation e;
	base_case(&c, ET_GENERAL);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_UNDETERMINED);
	/* malicious: no, so G1's facts are not needed; no related: G5 is not met */
	static const char *const missing[] = {
		"outage_users", "users", "outage_minutes", "users_unknown", "delivery_delay",
		"loss_eur", "turnover_eur", "ip_loss", "trade_secrets", "asset_destruction",
		"infrastructure_delay", "death", "bodily_harm", "health_damage",
		"others_financial", "other_severe_impact", NULL,
	};
	assert_list(e.missing, e.n_missing, missing);
	assert_string_equal(e.explanation[0].id, "undetermined");
	evaluation_free(&e);

	static const char *const no[] = {
		"users_unknown", "delivery_delay", "ip_loss", "trade_secrets", "asset_destruction",
		"infrastructure_delay", "death", "bodily_harm", "health_damage", "others_financial",
		"other_severe_impact",
	};
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		case_impact_set(&c, no[i], 0);
	case_impact_set(&c, "outage_users", 0);
	case_impact_set(&c, "outage_minutes", 0);
	case_impact_set(&c, "loss_eur", 0);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_SIGNIFICANT);
	assert_int_equal(e.n_missing, 0);
	assert_non_null(strstr(e.explanation[0].text, "G6"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_planned_maintenance(void **state)
{
	struct case_file c;
	struct evaluation e;
	base_case(&c, ET_GENERAL);
	set_users(&c, 100);
	c.incident.planned_maintenance.v = true;
	static const char *const no[] = {
		"users_unknown", "delivery_delay", "ip_loss", "trade_secrets", "asset_destruction",
		"infrastructure_delay", "death", "bodily_harm", "health_damage", "others_financial",
		"other_severe_impact",
	};
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		case_impact_set(&c, no[i], 0);
	case_impact_set(&c, "outage_users", 100);
	case_impact_set(&c, "outage_minutes", 600);
	case_impact_set(&c, "loss_eur", 0);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_AN_INCIDENT);
	assert_int_equal(outcome(&e, "G2a"), TRI_FALSE);
	evaluation_free(&e);
	/* Ransomware in a maintenance window is still significant. */
	c.incident.malicious = MAL_YES;
	case_impact_set(&c, "unlawful_change", 1);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	static const char *const met[] = { "G1", NULL };
	assert_list(e.met, e.n_met, met);
	evaluation_free(&e);
	case_free(&c);

	/* IR types: not significant (IR art. 3(2)), same id */
	base_case(&c, ET_CLOUD);
	c.incident.planned_maintenance.v = true;
	case_impact_set(&c, "complete_outage_minutes", 120);
	static const char *const irno[] = {
		"loss_eur", "trade_secrets", "death", "health_damage", "unauthorised_access",
		"integrity_compromised", "limited_users", "limited_minutes",
	};
	for (size_t i = 0; i < sizeof irno / sizeof irno[0]; i++)
		case_impact_set(&c, irno[i], 0);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_AN_INCIDENT);
	assert_non_null(strstr(e.explanation[0].text, "IR art. 3(2)"));
	evaluation_free(&e);
	case_free(&c);
}

static void add_related(struct case_file *c, const char *aware, int64_t loss, int64_t minutes, int64_t users)
{
	c->related = xrealloc(c->related, (c->n_related + 1) * sizeof(*c->related));
	struct related *r = &c->related[c->n_related++];
	memset(r, 0, sizeof(*r));
	r->aware.set = true;
	r->aware.t = T(aware);
	if (loss >= 0) {
		r->loss_eur.set = true;
		r->loss_eur.v = loss;
	}
	if (minutes >= 0) {
		r->outage_minutes.set = true;
		r->outage_minutes.v = minutes;
	}
	if (users >= 0) {
		r->outage_users.set = true;
		r->outage_users.v = users;
	}
}

static void recurring_case(struct case_file *c)
{
	base_case(c, ET_GENERAL);
	set_users(c, 1000);
	set_turnover(c, 100000000);
	static const char *const no[] = {
		"users_unknown", "delivery_delay", "ip_loss", "trade_secrets", "asset_destruction",
		"infrastructure_delay", "death", "bodily_harm", "health_damage", "others_financial",
		"other_severe_impact", "recurring_others_financial",
	};
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		case_impact_set(c, no[i], 0);
	c->incident.started.set = true;
	c->incident.started.t = T("2026-11-22T09:00:00+01:00");
	case_impact_set(c, "outage_users", 300);
	case_impact_set(c, "outage_minutes", 40);
	case_impact_set(c, "loss_eur", 150000);
}

static void test_g5_recurring(void **state)
{
	struct case_file c;
	struct evaluation e;
	recurring_case(&c);
	/* Alone: nothing met. */
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_SIGNIFICANT);
	assert_int_equal(outcome(&e, "G5"), TRI_FALSE);
	evaluation_free(&e);
	/* Financial: 150 000 + 100 001 > 250 000 */
	add_related(&c, "2026-10-02T14:00:00+02:00", 100001, 0, 0);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	static const char *const met[] = { "G5", NULL };
	assert_list(e.met, e.n_met, met);
	assert_string_equal(e.explanation[0].text,
			    "2 incidents with the same root cause within 6 months, together: a direct "
			    "financial loss of €250,001, more than €250,000 (guide A.2, 5)");
	evaluation_free(&e);
	c.related[0].loss_eur.v = 100000;
	assert_int_equal(eval_one(&c, "G5"), TRI_FALSE);
	/* Availability: 40 + 20 minutes, each episode at >= 20% of users */
	c.related[0].outage_minutes.v = 20;
	c.related[0].outage_users.v = 200;
	assert_int_equal(eval_one(&c, "G5"), TRI_TRUE);
	c.related[0].outage_users.v = 199;   /* that episode did not reach the share */
	assert_int_equal(eval_one(&c, "G5"), TRI_FALSE);
	c.related[0].users_unknown.set = true;
	c.related[0].users_unknown.v = true;
	assert_int_equal(eval_one(&c, "G5"), TRI_TRUE);
	/* Significant on its own: not counted. */
	c.related[0].significant.set = true;
	c.related[0].significant.v = true;
	assert_int_equal(eval_one(&c, "G5"), TRI_FALSE);
	case_free(&c);
}

static void test_g5_window(void **state)
{
	struct case_file c;
	recurring_case(&c);
	/* This one started 2026-11-22 09:00 (+01:00): the window opens at
	 * 2026-05-22 09:00 Brussels time (+02:00 then). */
	add_related(&c, "2026-05-22T09:00:00+02:00", 100001, -1, -1);
	c.related[0].outage_minutes.set = true;   /* 0 minutes */
	c.related[0].outage_users.set = true;
	assert_int_equal(eval_one(&c, "G5"), TRI_TRUE);
	c.related[0].aware.t = T("2026-05-22T08:59:59+02:00");
	assert_int_equal(eval_one(&c, "G5"), TRI_FALSE);
	/* The start, when known, dates an earlier incident. */
	c.related[0].started.set = true;
	c.related[0].started.t = T("2026-06-01T00:00:00+02:00");
	assert_int_equal(eval_one(&c, "G5"), TRI_TRUE);
	/* Not after this one. */
	c.related[0].started.t = T("2026-11-22T09:00:01+01:00");
	assert_int_equal(eval_one(&c, "G5"), TRI_FALSE);
	case_free(&c);
}

static void test_g5_unknown_and_missing(void **state)
{
	struct case_file c;
	struct evaluation e;
	recurring_case(&c);
	add_related(&c, "2026-10-02T14:00:00+02:00", -1, 10, 500);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(outcome(&e, "G5"), TRI_UNKNOWN);
	static const char *const missing[] = { "related", NULL };
	assert_list(e.missing, e.n_missing, missing);
	evaluation_free(&e);
	/* Doubtful episodes that cannot reach 60 minutes do not keep it open. */
	c.related[0].loss_eur.set = true;
	c.related[0].loss_eur.v = 0;
	c.related[0].outage_users.set = false;
	assert_int_equal(eval_one(&c, "G5"), TRI_FALSE);     /* 40 + at most 10 < 60 */
	c.related[0].outage_minutes.v = 25;
	assert_int_equal(eval_one(&c, "G5"), TRI_UNKNOWN);   /* 40 + maybe 25 */
	case_free(&c);
}

static void test_ir_common(void **state)
{
	struct case_file c;
	base_case(&c, ET_MSP);
	set_turnover(&c, 20000000);   /* 5% = 1 000 000: 500 000 applies */
	case_impact_set(&c, "loss_eur", 500000);
	assert_int_equal(eval_one(&c, "IR3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 500001);
	assert_int_equal(eval_one(&c, "IR3a"), TRI_TRUE);
	set_turnover(&c, 2000000);    /* 5% = 100 000 */
	case_impact_set(&c, "loss_eur", 100000);
	assert_int_equal(eval_one(&c, "IR3a"), TRI_FALSE);
	case_impact_set(&c, "loss_eur", 100001);
	assert_int_equal(eval_one(&c, "IR3a"), TRI_TRUE);
	case_impact_set(&c, "unauthorised_access", 1);
	c.incident.malicious = MAL_NO;
	assert_int_equal(eval_one(&c, "IR3e"), TRI_FALSE);
	c.incident.malicious = MAL_UNSURE;
	assert_int_equal(eval_one(&c, "IR3e"), TRI_TRUE);
	/* msp uses art. 10 ids; the guide's criteria are not looked at */
	case_impact_set(&c, "complete_outage_minutes", 31);
	struct evaluation e;
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.regime, REGIME_IR);
	assert_true(has(e.met, e.n_met, "IR10a"));
	assert_int_equal(outcome(&e, "G1"), -1);
	assert_int_equal(outcome(&e, "IR7a"), -1);
	evaluation_free(&e);
	case_free(&c);
}

static void test_ir_share_caps(void **state)
{
	struct case_file c;
	base_case(&c, ET_CLOUD);
	case_impact_set(&c, "limited_minutes", 61);
	/* 5% of 100 = 5 */
	set_users(&c, 100);
	case_impact_set(&c, "limited_users", 5);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_FALSE);
	case_impact_set(&c, "limited_users", 6);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_TRUE);
	case_impact_set(&c, "limited_minutes", 60);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_FALSE);
	case_impact_set(&c, "limited_minutes", 61);
	/* 5% of 100 000 000 = 5 000 000: the cap of 1 000 000 is smaller */
	set_users(&c, 100000000);
	case_impact_set(&c, "limited_users", 1000000);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_FALSE);
	case_impact_set(&c, "limited_users", 1000001);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_TRUE);
	/* Without users: above the cap met, 0 not, anything else unknown */
	c.entity.users.set = false;
	assert_int_equal(eval_one(&c, "IR7b"), TRI_TRUE);
	case_impact_set(&c, "limited_users", 0);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_FALSE);
	case_impact_set(&c, "limited_users", 5);
	assert_int_equal(eval_one(&c, "IR7b"), TRI_UNKNOWN);
	case_free(&c);

	/* Marketplace outage share, search engine, social network ids */
	base_case(&c, ET_SOCIAL_NETWORK);
	set_users(&c, 1000);
	case_impact_set(&c, "outage_users", 50);
	assert_int_equal(eval_one(&c, "IR13a"), TRI_FALSE);
	case_impact_set(&c, "outage_users", 51);
	assert_int_equal(eval_one(&c, "IR13a"), TRI_TRUE);
	case_impact_set(&c, "integrity_compromised", 1);
	case_impact_set(&c, "integrity_users", 51);
	assert_int_equal(eval_one(&c, "IR13d"), TRI_TRUE);
	case_free(&c);
}

static void test_ir_durations(void **state)
{
	static const struct { enum entity_type t; const char *fact, *id; int64_t limit; } d[] = {
		{ ET_DNS, "complete_outage_minutes", "IR5a", 30 },
		{ ET_DNS, "slow_minutes", "IR5b", 60 },
		{ ET_TLD, "complete_outage_minutes", "IR6a", 0 },
		{ ET_TLD, "slow_minutes", "IR6b", 60 },
		{ ET_CDN, "complete_outage_minutes", "IR9a", 30 },
		{ ET_MSSP, "complete_outage_minutes", "IR10a", 30 },
		{ ET_DATACENTRE, "complete_outage_minutes", "IR8a", 0 },
		{ ET_DATACENTRE, "limited_minutes", "IR8b", 60 },
		{ ET_TRUST_SERVICE, "complete_outage_minutes", "IR14a", 20 },
		{ ET_TRUST_SERVICE, "weekly_outage_minutes", "IR14b", 60 },
	};
	for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
		struct case_file c;
		base_case(&c, d[i].t);
		bool complete = !strcmp(d[i].fact, "complete_outage_minutes");
		if (complete)
			case_impact_set(&c, "complete_outage", d[i].limit > 0);
		case_impact_set(&c, d[i].fact, d[i].limit);
		assert_int_equal(eval_one(&c, d[i].id), TRI_FALSE);
		if (complete)
			case_impact_set(&c, "complete_outage", 1);
		case_impact_set(&c, d[i].fact, d[i].limit + 1);
		assert_int_equal(eval_one(&c, d[i].id), TRI_TRUE);
		case_free(&c);
	}
}

static void test_ir5c_exception(void **state)
{
	struct case_file c;
	base_case(&c, ET_DNS);
	case_impact_set(&c, "integrity_compromised", 1);
	case_impact_set(&c, "misconfiguration", 1);
	case_impact_set(&c, "domains_total", 100000);
	case_impact_set(&c, "integrity_domains", 999);    /* 0.999%, < 1000 */
	assert_int_equal(eval_one(&c, "IR5c"), TRI_FALSE);
	case_impact_set(&c, "integrity_domains", 1000);
	assert_int_equal(eval_one(&c, "IR5c"), TRI_TRUE);
	case_impact_set(&c, "domains_total", 99000);      /* 999 is 1.009% */
	case_impact_set(&c, "integrity_domains", 999);
	assert_int_equal(eval_one(&c, "IR5c"), TRI_TRUE);
	case_impact_set(&c, "domains_total", 99900);      /* exactly 1% */
	assert_int_equal(eval_one(&c, "IR5c"), TRI_FALSE);
	case_impact_set(&c, "misconfiguration", 0);
	assert_int_equal(eval_one(&c, "IR5c"), TRI_TRUE);
	/* A known count of 1000 or more rules the exception out at once. */
	case_impact_set(&c, "misconfiguration", 1);
	case_impact_unset(&c, "domains_total");
	case_impact_set(&c, "integrity_domains", 1000);
	assert_int_equal(eval_one(&c, "IR5c"), TRI_TRUE);
	case_impact_set(&c, "integrity_domains", 10);
	assert_int_equal(eval_one(&c, "IR5c"), TRI_UNKNOWN);
	case_free(&c);
}

static void test_ir14(void **state)
{
	struct case_file c;
	base_case(&c, ET_TRUST_SERVICE);
	case_impact_set(&c, "integrity_compromised", 1);
	set_users(&c, 1000000);              /* 0.1% = 1000; the cap 100 is smaller */
	case_impact_set(&c, "integrity_users", 100);
	assert_int_equal(eval_one(&c, "IR14e"), TRI_FALSE);
	case_impact_set(&c, "integrity_users", 101);
	assert_int_equal(eval_one(&c, "IR14e"), TRI_TRUE);
	set_users(&c, 50000);                /* 0.1% = 50 */
	case_impact_set(&c, "integrity_users", 50);
	assert_int_equal(eval_one(&c, "IR14e"), TRI_FALSE);
	case_impact_set(&c, "integrity_users", 51);
	assert_int_equal(eval_one(&c, "IR14e"), TRI_TRUE);
	set_users(&c, 100000000);            /* 1% = 1 000 000; cap 200 000 */
	case_impact_set(&c, "limited_users", 200000);
	assert_int_equal(eval_one(&c, "IR14c"), TRI_FALSE);
	case_impact_set(&c, "limited_users", 200001);
	assert_int_equal(eval_one(&c, "IR14c"), TRI_TRUE);
	case_impact_set(&c, "physical_access", 1);
	assert_int_equal(eval_one(&c, "IR14d"), TRI_TRUE);
	case_free(&c);
}

static void test_ir4_recurring(void **state)
{
	struct case_file c;
	base_case(&c, ET_CLOUD);
	set_turnover(&c, 100000000);
	static const char *const no[] = {
		"trade_secrets", "death", "health_damage", "unauthorised_access",
		"integrity_compromised", "limited_users", "limited_minutes", "complete_outage_minutes",
	};
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		case_impact_set(&c, no[i], 0);
	case_impact_set(&c, "loss_eur", 300000);
	add_related(&c, "2026-09-01T10:00:00+02:00", 200000, -1, -1);
	assert_int_equal(eval_one(&c, "IR4"), TRI_FALSE);   /* 500 000 is not more */
	c.related[0].loss_eur.v = 200001;
	struct evaluation e;
	rules_evaluate(&rules, &c, NOW, LANG_FR, &e);
	static const char *const met[] = { "IR4", NULL };
	assert_list(e.met, e.n_met, met);
	assert_non_null(strstr(e.explanation[0].text, "500\xc2\xa0" "001\xc2\xa0€"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_warnings(void **state)
{
	struct case_file c;
	struct evaluation e;
	case_init(&c);
	const char *dora[] = { "banking" };
	case_set_sectors(&c, 1, dora);
	c.entity.public_telecom.set = true;
	c.entity.public_telecom.v = true;
	c.incident.aware.set = true;
	c.incident.aware.t = T("2026-12-03T10:00:00+01:00");   /* after now */
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	static const char *const ids[] = { "nis2-unknown", "routing-default", "dora-sector", "time-order", "telecom" };
	assert_int_equal(e.n_warnings, 5);
	for (int i = 0; i < 5; i++)
		assert_string_equal(e.warnings[i].id, ids[i]);
	assert_string_equal(e.warnings[1].text,
			    "not given, taken on the safe side: entity.type: general, entity.dora: false, "
			    "incident.annex_service: true, incident.planned_maintenance: false");
	assert_non_null(strstr(e.warnings[3].text, "incident.aware > now"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_aware_missing(void **state)
{
	struct case_file c;
	struct evaluation e;
	base_case(&c, ET_GENERAL);
	c.incident.aware.set = false;
	case_impact_set(&c, "death", 1);
	rules_evaluate(&rules, &c, NOW, LANG_EN, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_true(has(e.missing, e.n_missing, "incident.aware"));
	evaluation_free(&e);
	case_free(&c);
}

static void test_wizard_helpers(void **state)
{
	const char *names[64];
	size_t n = rules_facts_for(&rules, 1u << ET_TRUST_SERVICE, names, 64);
	assert_true(n > 5);
	assert_string_equal(names[0], "loss_eur");
	for (size_t i = 0; i < n; i++)
		assert_true(strcmp(names[i], "outage_minutes") != 0);  /* not an IR14 fact */
	assert_int_equal(rules_facts_for(&rules, 1u << ET_TRUST_SERVICE, NULL, 0), n);
	const char *ids[64];
	size_t k = rules_criteria_for(&rules, 1u << ET_GENERAL, ids, 64);
	assert_int_equal(k, 13);
	assert_string_equal(ids[0], "G1");
	assert_string_equal(ids[12], "G6");
	char *ref = rules_reference(&rules, ET_MSSP, "IR10b", LANG_NL);
	assert_string_equal(ref, "art. 10, b), van de uitvoeringsverordening");
	free(ref);
	/* The values of earlier incidents each regime reads: G5 three, IR4
	 * only the loss, and none for a type whose rules have no recurrence. */
	const char *reads[8];
	assert_int_equal(rules_related_reads(&rules, 1u << ET_GENERAL, reads, 8), 3);
	assert_string_equal(reads[0], "loss_eur");
	assert_int_equal(rules_related_reads(&rules, 1u << ET_CLOUD, reads, 8), 1);
	assert_string_equal(reads[0], "loss_eur");
	assert_int_equal(rules_related_reads(&rules, 1u << ET_GENERAL, NULL, 0), 3);
}

/* The threshold the wizard shows under a question: the criteria that
 * measure that fact, worded for this entity; none for a fact no criterion
 * measures, and none while the users it is a share of are unknown. */
static void test_fact_threshold(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	set_turnover(&c, 4000000);
	struct sbuf b;
	sbuf_init(&b);
	assert_true(rules_fact_threshold(&rules, &c, "loss_eur", LANG_EN, &b));
	assert_non_null(strstr(sbuf_str(&b), "200,000"));
	sbuf_free(&b);
	sbuf_init(&b);
	assert_false(rules_fact_threshold(&rules, &c, "outage_users", LANG_EN, &b));
	assert_false(rules_fact_threshold(&rules, &c, "users", LANG_EN, &b));
	assert_false(rules_fact_threshold(&rules, &c, "death", LANG_EN, &b));
	set_users(&c, 50000);
	assert_true(rules_fact_threshold(&rules, &c, "outage_users", LANG_NL, &b));
	assert_string_equal(sbuf_str(&b), "minstens 20% van uw gebruikers (10.000) minstens 60 minuten zonder toegang");
	sbuf_free(&b);
	case_free(&c);
	/* Another regime, another threshold: a cloud provider's is capped. */
	base_case(&c, ET_CLOUD);
	set_users(&c, 50000000);
	sbuf_init(&b);
	assert_true(rules_fact_threshold(&rules, &c, "limited_users", LANG_EN, &b));
	assert_non_null(strstr(sbuf_str(&b), "1,000,000"));
	sbuf_free(&b);
	case_free(&c);
}

/* What to do now comes from rules.yaml in the data's order: a significant
 * incident with personal data and a suspected attack gets both reports,
 * the GDPR notification, the emergency number, the recipients and the
 * police; a DORA bank gets DORA and the police; awareness is asked for
 * only while it is missing. */
/* The rows of the clock for case c under verdict v, at `now`. */
static void rows(const struct case_file *c, enum verdict v, instant_t now, struct deadlines *d)
{
	struct evaluation e = { .verdict = v };
	e.notify_24h = case_entity_types(c) & (1u << ET_TRUST_SERVICE);
	deadlines_compute(c, &e, now, d);
}

static void test_actions(void **state)
{
	struct case_file c;
	struct deadlines d;
	base_case(&c, ET_GENERAL);
	c.incident.personal_data.set = true;
	c.incident.personal_data.v = true;
	c.incident.malicious = MAL_UNSURE;
	const struct action *acts[16];
	instant_t now = T("2026-11-22T10:00:00+01:00");
	rows(&c, VERDICT_SIGNIFICANT, now, &d);
	size_t n = rules_actions(&rules, &c, VERDICT_SIGNIFICANT, &d, acts, 16);
	assert_int_equal(n, 7);
	assert_true(acts[0]->has_stage && acts[0]->stage == STAGE_EARLY_WARNING);
	assert_true(acts[1]->has_stage && acts[1]->stage == STAGE_NOTIFICATION);
	/* not resolved: the final report, and that a progress report may take
	 * its place; no progress report before it is due */
	assert_true(acts[2]->has_stage && acts[2]->stage == STAGE_FINAL);
	assert_non_null(strstr(text3_get(&acts[2]->text, LANG_EN), "a progress report takes its place"));
	assert_true(acts[3]->has_stage && acts[3]->stage == STAGE_GDPR);
	assert_non_null(strstr(text3_get(&acts[3]->text, LANG_EN), "where feasible within 72 hours"));
	assert_non_null(strstr(text3_get(&acts[4]->text, LANG_NL), "+32 (0)2 501 05 60"));
	assert_non_null(strstr(text3_get(&acts[6]->text, LANG_FR), "police"));
	/* a report already submitted is not asked again */
	c.reports[STAGE_EARLY_WARNING].set = true;
	c.reports[STAGE_EARLY_WARNING].t = T("2026-11-22T09:50:00+01:00");
	rows(&c, VERDICT_SIGNIFICANT, now, &d);
	n = rules_actions(&rules, &c, VERDICT_SIGNIFICANT, &d, acts, 16);
	assert_int_equal(n, 6);
	assert_true(acts[0]->has_stage && acts[0]->stage == STAGE_NOTIFICATION);
	/* still unresolved a month after the notification: the progress report */
	instant_t later = T("2026-12-26T10:00:00+01:00");
	rows(&c, VERDICT_SIGNIFICANT, later, &d);
	n = rules_actions(&rules, &c, VERDICT_SIGNIFICANT, &d, acts, 16);
	bool progress = false;
	for (size_t i = 0; i < n; i++)
		progress |= acts[i]->has_stage && acts[i]->stage == STAGE_PROGRESS;
	assert_true(progress);
	c.reports[STAGE_EARLY_WARNING].set = false;
	rows(&c, VERDICT_DORA, now, &d);
	n = rules_actions(&rules, &c, VERDICT_DORA, &d, acts, 16);
	assert_int_equal(n, 3);
	assert_non_null(strstr(text3_get(&acts[0]->text, LANG_EN), "the NBB or the FSMA"));
	c.incident.personal_data.v = false;
	c.incident.malicious = MAL_NO;
	rows(&c, VERDICT_NOT_SIGNIFICANT, now, &d);
	assert_int_equal(rules_actions(&rules, &c, VERDICT_NOT_SIGNIFICANT, &d, NULL, 0), 1);
	/* personal data not answered: the reminder of the GDPR's own notification */
	c.incident.personal_data.set = false;
	assert_int_equal(rules_actions(&rules, &c, VERDICT_NOT_SIGNIFICANT, &d, acts, 16), 2);
	assert_non_null(strstr(text3_get(&acts[1]->text, LANG_EN), "GBA/APD"));
	c.incident.personal_data.set = true;
	rows(&c, VERDICT_UNDETERMINED, now, &d);
	n = rules_actions(&rules, &c, VERDICT_UNDETERMINED, &d, acts, 16);
	assert_true(acts[0]->heading);
	c.incident.aware.set = false;
	rows(&c, VERDICT_UNDETERMINED, now, &d);
	assert_int_equal(rules_actions(&rules, &c, VERDICT_UNDETERMINED, &d, NULL, 0), n + 1);
	case_free(&c);
}

/* The wizard shows the minutes the engine computes from the incident's
 * times while the question is not answered. */
static void test_fact_computed(void **state)
{
	struct case_file c;
	base_case(&c, ET_GENERAL);
	int64_t v = -1;
	c.incident.started.set = true;
	c.incident.started.t = T("2026-11-22T08:00:00+01:00");
	c.incident.restored.set = true;
	c.incident.restored.t = T("2026-11-22T09:30:30+01:00");
	assert_true(rules_fact_computed(&rules, &c, "outage_minutes", NOW, &v));
	assert_int_equal(v, 91);               /* 90.5 minutes: rounded up */
	assert_false(rules_fact_computed(&rules, &c, "loss_eur", NOW, &v));
	case_impact_set(&c, "outage_minutes", 30);
	assert_false(rules_fact_computed(&rules, &c, "outage_minutes", NOW, &v));  /* answered */
	case_impact_unset(&c, "outage_minutes");
	c.incident.started.set = false;
	assert_false(rules_fact_computed(&rules, &c, "outage_minutes", NOW, &v));  /* no start */
	case_free(&c);
}

/* The placeholders of the data's texts, as rules.c and the form read them. */
static void test_placeholder(void **state)
{
	char name[PLACEHOLDER_NAME_MAX];
	const char *end = NULL;
	const char *t = "{pct:outage_users} of";
	assert_int_equal(placeholder_at(t, name, &end), PH_NAME);
	assert_string_equal(name, "pct:outage_users");
	assert_ptr_equal(end, t + 17);
	assert_int_equal(placeholder_at("plain {x}", name, &end), PH_TEXT);
	assert_int_equal(placeholder_at("{unclosed", name, &end), PH_TEXT);
	char longer[100];
	memset(longer, 'a', sizeof longer);
	longer[0] = '{';
	longer[98] = '}';
	longer[99] = '\0';
	assert_int_equal(placeholder_at(longer, name, &end), PH_TOO_LONG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spec_example),
		cmocka_unit_test(test_g2a_thresholds),
		cmocka_unit_test(test_g2b_g2c),
		cmocka_unit_test(test_outage_minutes_from_times),
		cmocka_unit_test(test_g3a_cap),
		cmocka_unit_test(test_g3a_explanation_and_threshold),
		cmocka_unit_test(test_others_and_g6),
		cmocka_unit_test(test_g1_suspected),
		cmocka_unit_test(test_routing),
		cmocka_unit_test(test_undetermined_and_not_significant),
		cmocka_unit_test(test_planned_maintenance),
		cmocka_unit_test(test_g5_recurring),
		cmocka_unit_test(test_g5_window),
		cmocka_unit_test(test_g5_unknown_and_missing),
		cmocka_unit_test(test_ir_common),
		cmocka_unit_test(test_ir_share_caps),
		cmocka_unit_test(test_ir_durations),
		cmocka_unit_test(test_ir5c_exception),
		cmocka_unit_test(test_ir14),
		cmocka_unit_test(test_ir4_recurring),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_aware_missing),
		cmocka_unit_test(test_wizard_helpers),
		cmocka_unit_test(test_fact_threshold),
		cmocka_unit_test(test_actions),
		cmocka_unit_test(test_fact_computed),
		cmocka_unit_test(test_placeholder),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
