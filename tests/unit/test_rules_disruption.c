/* test_rules_disruption.c: the four places where the engine must never say
 * "no notification" while the law still may require one (nis2-notify-case(5),
 * issue 15), each at and around its boundary, through the case loader:
 * the disruption's state (stated, derived, contradictions), durations typed
 * and computed as lower bounds while it goes on, the instant a running
 * disruption crosses a threshold, complete_outage, an absent entity type
 * per sector, several entity types, and DORA only with its sectors. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deadlines.h"
#include "core/disruption.h"
#include "core/rules.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/case_load.h"
#include "io/dataset.h"

#include "data_fixture.h"

static instant_t T(const char *s)
{
	instant_t t;
	assert_int_equal(clock_parse(s, &t), CLOCK_PARSE_OK);
	return t;
}

static bool load(const char *yaml, struct case_file *c, char **err)
{
	char *text = xasprintf("nis2-notify: 1\n%s", yaml);
	struct case_schema s = dataset_case_schema(&fixture_ds);
	bool ok = case_load_buffer("t.yaml", text, strlen(text), &s, c, err);
	free(text);
	return ok;
}

static void evaluate_at(const char *yaml, const char *now, struct evaluation *e)
{
	struct case_file c;
	char *err = NULL;
	if (!load(yaml, &c, &err))
		fail_msg("%s", err);
	rules_evaluate(&fixture_ds.rules, &c, T(now), LANG_EN, e);
	case_free(&c);
}

static char *joined(char **v, size_t n)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < n; i++)
		sbuf_printf(&b, "%s%s", i ? " " : "", v[i]);
	return sbuf_take(&b);
}

/* "verdict | met | missing" of yaml at now */
static void expect_at(const char *now, const char *yaml, const char *want)
{
	struct evaluation e;
	evaluate_at(yaml, now, &e);
	char *met = joined(e.met, e.n_met), *missing = joined(e.missing, e.n_missing);
	char *got = xasprintf("%s | %s | %s", verdict_name(e.verdict), met, missing);
	if (strcmp(got, want) != 0)
		fail_msg("\ncase:\n%s\nnow: %s\nexpected: %s\nactual:   %s", yaml, now, want, got);
	free(got);
	free(met);
	free(missing);
	evaluation_free(&e);
}

static void expect_error(const char *yaml, const char *want)
{
	struct case_file c;
	char *err = NULL;
	assert_false(load(yaml, &c, &err));
	if (!strstr(err, want))
		fail_msg("expected '%s' in '%s'", want, err);
	free(err);
}

#define NOW "2026-11-22T10:00:00+01:00"

/* A water company: every guide fact known and false but availability. */
#define WATER "entity: {nis2: essential, type: general, sectors: [drinking-water], dora: false, users: 40000, turnover_eur: 10000000}\n"
#define QUIET \
	"  excess_access: false\n  unauthorised_config: false\n  admin_lockout: false\n" \
	"  unlawful_change: false\n  abnormal_operation: false\n  prepositioning: false\n" \
	"  delivery_delay: false\n  loss_eur: 0\n  ip_loss: false\n  trade_secrets: false\n" \
	"  asset_destruction: false\n  infrastructure_delay: false\n  death: false\n" \
	"  bodily_harm: false\n  health_damage: false\n  others_financial: false\n" \
	"  other_severe_impact: false\n  users_unknown: false\n"
#define QUIET_NO_LOSS \
	"  excess_access: false\n  unauthorised_config: false\n  admin_lockout: false\n" \
	"  unlawful_change: false\n  abnormal_operation: false\n  prepositioning: false\n" \
	"  delivery_delay: false\n  ip_loss: false\n  trade_secrets: false\n" \
	"  asset_destruction: false\n  infrastructure_delay: false\n  death: false\n" \
	"  bodily_harm: false\n  health_damage: false\n  others_financial: false\n" \
	"  other_severe_impact: false\n  users_unknown: false\n  recurring_others_financial: false\n"
#define INC(extra) "incident: {aware: 2026-11-22T09:45:00+01:00, started: 2026-11-22T09:30:00+01:00, " \
	"annex_service: true, planned_maintenance: false, malicious: no" extra "}\n"

/* The water company's portal down for all its users for 30 minutes, still
 * down: undetermined, the clock running, never "not significant". */
static void test_running_outage(void **state)
{
	(void)state;
	const char *y = WATER INC("") "impact:\n" QUIET "  outage_users: 40000\n";
	expect_at(NOW, y, "undetermined |  | incident.restored");
	struct evaluation e;
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.disruption, DISRUPTION_ONGOING);   /* derived: started given */
	/* >= 60 minutes: start + 59 min + 1 s */
	assert_int_equal(e.n_near, 1);
	assert_string_equal(e.near[0].id, "G2a");
	assert_string_equal(e.near[0].fact, "outage_minutes");
	assert_int_equal(e.near[0].needed, 60);
	assert_true(e.near[0].has_at);
	assert_int_equal(e.near[0].at, T("2026-11-22T10:29:01+01:00"));
	assert_string_equal(e.near[0].text, "G2a: met at 10:29:01 if the service is still unavailable");
	/* the clock runs */
	struct case_file c;
	char *err = NULL;
	assert_true(load(y, &c, &err));
	struct deadlines d;
	deadlines_compute(&c, &e, T(NOW), &d);
	assert_true(d.n >= 2);
	assert_int_equal(d.items[1].due, T("2026-11-25T09:45:00+01:00"));
	case_free(&c);
	evaluation_free(&e);
	/* one second before the instant: not yet; at it: met */
	expect_at("2026-11-22T10:29:00+01:00", y, "undetermined |  | incident.restored");
	expect_at("2026-11-22T10:29:01+01:00", y, "significant | G2a | ");
	/* restored after 59 minutes: not significant; one second more: met */
	expect_at(NOW, WATER INC(", restored: 2026-11-22T10:29:00+01:00") "impact:\n" QUIET "  outage_users: 40000\n",
		  "not-significant |  | ");
	expect_at(NOW, WATER INC(", restored: 2026-11-22T10:29:01+01:00") "impact:\n" QUIET "  outage_users: 40000\n",
		  "significant | G2a | ");
	/* a lower bound beside a count that rules it out: not met */
	expect_at(NOW, WATER INC("") "impact:\n" QUIET "  outage_users: 7999\n", "not-significant |  | ");
	/* 20 % exactly (8 000 of 40 000) is at least 20 % */
	expect_at(NOW, WATER INC("") "impact:\n" QUIET "  outage_users: 8000\n", "undetermined |  | incident.restored");
}

/* A typed duration of a disruption still going on is a lower bound: met
 * when it already meets, unknown otherwise, without an instant. */
static void test_typed_lower_bound(void **state)
{
	(void)state;
	const char *y = WATER INC(", disruption: ongoing") "impact:\n" QUIET "  outage_users: 40000\n  outage_minutes: 45\n";
	expect_at(NOW, y, "undetermined |  | incident.restored");
	struct evaluation e;
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.n_near, 1);
	assert_false(e.near[0].has_at);
	assert_int_equal(e.near[0].needed, 60);
	assert_string_equal(e.near[0].text, "G2a: met if it lasts 15 minutes more");
	evaluation_free(&e);
	evaluate_at(WATER INC(", disruption: ongoing") "impact:\n" QUIET "  outage_users: 40000\n  outage_minutes: 59\n",
		    NOW, &e);
	assert_string_equal(e.near[0].text, "G2a: met if it lasts 1 minute more");
	evaluation_free(&e);
	expect_at(NOW, WATER INC(", disruption: ongoing") "impact:\n" QUIET "  outage_users: 40000\n  outage_minutes: 60\n",
		  "significant | G2a | ");
	/* ended: typed minutes are final */
	expect_at(NOW, WATER INC(", disruption: ended") "impact:\n" QUIET "  outage_users: 40000\n  outage_minutes: 59\n",
		  "not-significant |  | ");
}

/* No disruption at all: nothing is computed from the times, and the
 * availability values are 0 (a breach with uncountable users is not G2b). */
static void test_no_disruption(void **state)
{
	(void)state;
	const char *breach = "entity: {nis2: essential, type: general, sectors: [drinking-water], dora: false, users: 40000, turnover_eur: 10000000}\n"
		"incident: {aware: 2026-11-20T09:45:00+01:00, detected: 2026-11-20T09:00:00+01:00, annex_service: true, "
		"planned_maintenance: false, malicious: no, disruption: none}\n"
		"impact:\n"
		"  excess_access: false\n  unauthorised_config: false\n  admin_lockout: false\n"
		"  unlawful_change: false\n  abnormal_operation: false\n  prepositioning: false\n"
		"  delivery_delay: false\n  loss_eur: 0\n  ip_loss: false\n  trade_secrets: false\n"
		"  asset_destruction: false\n  infrastructure_delay: false\n  death: false\n"
		"  bodily_harm: false\n  health_damage: false\n  others_financial: false\n"
		"  other_severe_impact: false\n";
	expect_at(NOW, breach, "not-significant |  | ");
	struct evaluation e;
	evaluate_at(breach, NOW, &e);
	assert_int_equal(e.disruption, DISRUPTION_NONE);
	evaluation_free(&e);
	/* derived none (no start, no count): not computed, still unknown */
	expect_at(NOW, WATER "incident: {aware: 2026-11-22T09:45:00+01:00, detected: 2026-11-22T09:00:00+01:00, "
		  "annex_service: true, planned_maintenance: false, malicious: no}\nimpact:\n"
		  "  excess_access: false\n  unauthorised_config: false\n  admin_lockout: false\n"
		  "  unlawful_change: false\n  abnormal_operation: false\n  prepositioning: false\n"
		  "  delivery_delay: false\n  loss_eur: 0\n  ip_loss: false\n  trade_secrets: false\n"
		  "  asset_destruction: false\n  infrastructure_delay: false\n  death: false\n"
		  "  bodily_harm: false\n  health_damage: false\n  others_financial: false\n"
		  "  other_severe_impact: false\n",
		  "undetermined |  | outage_users outage_minutes users_unknown");
}

/* Derived states, and the contradictions of a stated one. */
static void test_states_and_errors(void **state)
{
	(void)state;
	struct case_file c;
	char *err = NULL;
	static const struct { const char *yaml; enum disruption want; } d[] = {
		{ "incident: {restored: 2026-11-22T10:00:00+01:00}\n", DISRUPTION_ENDED },
		{ "incident: {started: 2026-11-22T10:00:00+01:00}\n", DISRUPTION_ONGOING },
		{ "impact: {users_unknown: true}\n", DISRUPTION_ONGOING },
		{ "impact: {limited_users: 1}\n", DISRUPTION_ONGOING },
		{ "impact: {outage_users: 0, outage_minutes: 0}\n", DISRUPTION_NONE },
		{ "incident: {detected: 2026-11-22T10:00:00+01:00}\n", DISRUPTION_NONE },
		{ "incident: {disruption: ended}\n", DISRUPTION_ENDED },
	};
	for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
		if (!load(d[i].yaml, &c, &err))
			fail_msg("%s", err);
		assert_int_equal(disruption_of(&c), d[i].want);
		case_free(&c);
	}
	expect_error("incident: {disruption: none}\nimpact: {outage_minutes: 1}\n",
		     "t.yaml:3:26: 'outage_minutes' says the service was disrupted, but 'incident.disruption' is 'none'");
	expect_error("incident: {disruption: none}\nimpact: {users_unknown: true}\n",
		     "'users_unknown' says the service was disrupted");
	expect_error("incident: {disruption: ongoing, restored: 2026-11-22T10:00:00+01:00}\n",
		     "t.yaml:2:43: 'incident.restored' is given, but 'incident.disruption' is 'ongoing' (say 'ended')");
	expect_error("incident: {disruption: over}\n", "'disruption' must be one of: none, ongoing, ended; found 'over'");
	expect_error("impact: {complete_outage: false, complete_outage_minutes: 5}\n",
		     "'complete_outage_minutes' is above 0, but 'complete_outage' is false");
	expect_error("impact: {complete_outage: true, complete_outage_minutes: 0}\n",
		     "'complete_outage_minutes' is 0, but 'complete_outage' is true");
	/* not contradictions */
	assert_true(load("incident: {disruption: none}\nimpact: {outage_users: 0, users_unknown: false}\n", &c, &err));
	case_free(&c);
	assert_true(load("incident: {disruption: ended}\n", &c, &err));
	case_free(&c);
}

#define IR_HEAD(type, extra) "entity: {nis2: essential, type: " type ", sectors: [digital-infrastructure], dora: false, users: 1000, turnover_eur: 0}\n" \
	"incident: {aware: 2026-11-22T09:45:00+01:00, started: 2026-11-22T09:40:00+01:00, annex_service: true, " \
	"planned_maintenance: false, malicious: no" extra "}\n" \
	"impact:\n  loss_eur: 0\n  trade_secrets: false\n  death: false\n  health_damage: false\n" \
	"  unauthorised_access: false\n  integrity_compromised: false\n  physical_access: false\n" \
	"  limited_users: 0\n  limited_minutes: 0\n  slow_minutes: 0\n  weekly_outage_minutes: 0\n"

/* complete_outage: true meets IR6a and IR8a by itself, and lets the
 * minutes run from the start; each type's threshold crosses at its own
 * instant (strict: > N minutes is start + N min + 1 s). */
static void test_complete_outage(void **state)
{
	(void)state;
	/* after: still missing once met (a slowness or weekly total that can
	 * still grow) */
	static const struct { const char *type, *id, *at, *after; } d[] = {
		{ "cloud", "IR7a", "2026-11-22T10:10:01+01:00", "" },          /* > 30 */
		{ "dns", "IR5a", "2026-11-22T10:10:01+01:00", "incident.restored" },
		{ "cdn", "IR9a", "2026-11-22T10:10:01+01:00", "" },
		{ "msp", "IR10a", "2026-11-22T10:10:01+01:00", "" },
		{ "trust-service", "IR14a", "2026-11-22T10:00:01+01:00", "incident.restored" }, /* > 20 */
	};
	char yaml[4096];
	for (size_t i = 0; i < sizeof d / sizeof d[0]; i++) {
		snprintf(yaml, sizeof yaml,
			 "entity: {nis2: essential, type: %s, sectors: [digital-infrastructure], dora: false, users: 1000, turnover_eur: 0}\n"
			 "incident: {aware: 2026-11-22T09:45:00+01:00, started: 2026-11-22T09:40:00+01:00, annex_service: true, "
			 "planned_maintenance: false, malicious: no}\n"
			 "impact:\n  loss_eur: 0\n  trade_secrets: false\n  death: false\n  health_damage: false\n"
			 "  unauthorised_access: false\n  integrity_compromised: false\n  physical_access: false\n"
			 "  limited_users: 0\n  limited_minutes: 0\n  slow_minutes: 0\n  weekly_outage_minutes: 0\n"
			 "  complete_outage: true\n", d[i].type);
		struct evaluation e;
		evaluate_at(yaml, "2026-11-22T09:55:00+01:00", &e);
		assert_int_equal(e.verdict, VERDICT_UNDETERMINED);
		int found = 0;
		for (size_t k = 0; k < e.n_near; k++)
			if (!strcmp(e.near[k].id, d[i].id)) {
				found = 1;
				assert_int_equal(e.near[k].at, T(d[i].at));
			}
		if (!found)
			fail_msg("%s: no crossing for %s", d[i].type, d[i].id);
		evaluation_free(&e);
		/* one second before: not yet; at it: met */
		expect_at("2026-11-22T09:55:00+01:00", yaml, "undetermined |  | incident.restored");
		char *met = xasprintf("significant | %s | %s", d[i].id, d[i].after);
		expect_at(d[i].at, yaml, met);
		free(met);
	}
	/* any complete outage of a TLD or a data centre, from its first second */
	expect_at("2026-11-22T09:40:00+01:00", IR_HEAD("tld", "") "  complete_outage: true\n",
		  "significant | IR6a | incident.restored");   /* slowness may still grow */
	expect_at("2026-11-22T09:40:00+01:00", IR_HEAD("datacentre", "") "  complete_outage: true\n",
		  "significant | IR8a | incident.restored");
	/* false: no complete outage, 0 minutes */
	expect_at(NOW, IR_HEAD("datacentre", ", disruption: ended") "  complete_outage: false\n", "not-significant |  | ");
	/* unknown: both asked */
	expect_at(NOW, IR_HEAD("datacentre", ", disruption: ended"), "undetermined |  | complete_outage complete_outage_minutes");
	/* ended without restoration: the minutes cannot be computed */
	expect_at(NOW, IR_HEAD("cloud", ", disruption: ended") "  complete_outage: true\n", "undetermined |  | incident.restored");
}

/* Several types: every listed type's criteria; a 20-minute complete
 * outage of a cloud that is also a data centre is significant (IR8a). */
static void test_several_types(void **state)
{
	(void)state;
	const char *y = IR_HEAD("[cloud, datacentre]", ", restored: 2026-11-22T10:00:00+01:00") "  complete_outage: true\n";
	expect_at(NOW, y, "significant | IR8a | ");
	expect_at(NOW, IR_HEAD("cloud", ", restored: 2026-11-22T10:00:00+01:00") "  complete_outage: true\n",
		  "not-significant |  | ");
	struct evaluation e;
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.regime, REGIME_IR);
	assert_false(e.notify_24h);
	/* every type's outcome, in the order of the articles */
	char *ids = NULL;
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < e.n_outcomes; i++)
		sbuf_printf(&b, "%s%s", i ? " " : "", e.outcomes[i].id);
	ids = sbuf_take(&b);
	assert_string_equal(ids, "IR3a IR3b IR3c IR3d IR3e IR7a IR7b IR7c IR7d IR8a IR8b IR8c IR8d");
	free(ids);
	evaluation_free(&e);
	/* with general: both regimes; with a trust service: 24 h, if it is affected */
	evaluate_at(IR_HEAD("[general, trust-service]", ", restored: 2026-11-22T10:00:00+01:00"), NOW, &e);
	assert_int_equal(e.regime, REGIME_BOTH);
	assert_true(e.notify_24h);
	assert_true(e.notify_24h_if_trust);
	assert_string_equal(e.outcomes[0].id, "G1");
	evaluation_free(&e);
	evaluate_at(IR_HEAD("trust-service", ""), NOW, &e);
	assert_true(e.notify_24h);
	assert_false(e.notify_24h_if_trust);
	evaluation_free(&e);
	expect_error("entity: {type: [cloud, cloud]}\n", "'type' lists 'cloud' twice");
	expect_error("entity: {type: []}\n", "'type' lists no entity type");
	expect_error("entity: {type: [cloud, bank]}\n", "'type' must be one of");
}

#define NOTYPE(sectors) "entity: {nis2: essential, sectors: " sectors ", dora: false, users: 1000, turnover_eur: 10000000}\n" \
	"incident: {aware: 2026-11-22T09:45:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: none}\n" \
	"impact:\n" QUIET

/* An absent entity type: the guide's criteria, but undetermined while the
 * sectors allow an IR type, and 24 h while a trust service is possible. */
static void test_absent_type(void **state)
{
	(void)state;
	expect_at(NOW, NOTYPE("[drinking-water]"), "not-significant |  | ");
	expect_at(NOW, NOTYPE("[digital-infrastructure]"), "undetermined |  | entity.type");
	expect_at(NOW, NOTYPE("[ict-service-management]"), "undetermined |  | entity.type");
	expect_at(NOW, NOTYPE("[digital-providers]"), "undetermined |  | entity.type");
	expect_at(NOW, NOTYPE("[]"), "undetermined |  | entity.type");
	/* a guide criterion met: significant, the type still first in missing */
	const char *death = "entity: {nis2: essential, sectors: [digital-infrastructure], dora: false}\n"
		"incident: {aware: 2026-11-22T09:45:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: none}\n"
		"impact: {death: true}\n";
	struct evaluation e;
	evaluate_at(death, NOW, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_string_equal(e.missing[0], "entity.type");
	assert_non_null(strstr(e.explanation[0].text, "its closed list decides instead"));
	assert_true(e.notify_24h);
	assert_true(e.notify_24h_if_trust);
	evaluation_free(&e);
	evaluate_at(NOTYPE("[ict-service-management]"), NOW, &e);
	assert_false(e.notify_24h);   /* no trust service there */
	evaluation_free(&e);
	evaluate_at(NOTYPE("[drinking-water]"), NOW, &e);
	assert_false(e.notify_24h);
	assert_int_equal(e.n_missing, 0);
	evaluation_free(&e);
}

/* DORA only with the banking or financial-market-infrastructure sector. */
static void test_dora_sector(void **state)
{
	(void)state;
	const char *tail = "incident: {aware: 2026-11-22T09:45:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: none}\n"
		"impact: {death: true}\n";
	char *y = xasprintf("entity: {nis2: essential, type: general, sectors: [banking], dora: true}\n%s", tail);
	struct evaluation e;
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.verdict, VERDICT_DORA);
	assert_non_null(strstr(e.explanation[0].text, "the NBB or the FSMA"));
	evaluation_free(&e);
	free(y);
	y = xasprintf("entity: {nis2: essential, type: general, sectors: [financial-market-infrastructure], dora: true}\n%s", tail);
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.verdict, VERDICT_DORA);
	evaluation_free(&e);
	free(y);
	/* an ICT provider serving banks: set aside, the NIS2 criteria apply */
	y = xasprintf("entity: {nis2: essential, type: general, sectors: [ict-service-management], dora: true}\n%s", tail);
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_int_equal(e.n_warnings, 1);
	assert_string_equal(e.warnings[0].id, "dora-sector");
	assert_non_null(strstr(e.warnings[0].text, "set aside"));
	evaluation_free(&e);
	free(y);
	/* no sector: set aside, the sector asked first */
	y = xasprintf("entity: {nis2: essential, dora: true}\n%s", tail);
	evaluate_at(y, NOW, &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_string_equal(e.missing[0], "entity.sectors");
	assert_string_equal(e.missing[1], "entity.type");
	assert_non_null(strstr(e.warnings[1].text, "give entity.sectors"));
	evaluation_free(&e);
	free(y);
}

/* Planned maintenance decides before any lower bound. */
static void test_planned_running(void **state)
{
	(void)state;
	struct evaluation e;
	evaluate_at(WATER "incident: {aware: 2026-11-22T09:45:00+01:00, started: 2026-11-22T09:30:00+01:00, "
		    "annex_service: true, planned_maintenance: true, malicious: no}\nimpact:\n" QUIET "  outage_users: 40000\n",
		    NOW, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_AN_INCIDENT);
	assert_int_equal(e.n_missing, 0);
	assert_int_equal(e.n_near, 0);
	assert_non_null(strstr(e.explanation[0].text, "If the work overruns its plan"));
	evaluation_free(&e);
}

/* What would change the verdict: counts and amounts below their threshold,
 * in the entity's own numbers; nothing once it is significant. */
static void test_near_values(void **state)
{
	(void)state;
	struct evaluation e;
	evaluate_at("entity: {nis2: essential, type: general, sectors: [drinking-water], dora: false, users: 40000, turnover_eur: 4000000}\n"
		    "incident: {aware: 2026-11-22T09:45:00+01:00, started: 2026-11-22T09:30:00+01:00, "
		    "restored: 2026-11-22T11:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
		    "impact:\n" QUIET_NO_LOSS "  outage_users: 6000\n  loss_eur: 40000\n", NOW, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_SIGNIFICANT);
	assert_int_equal(e.n_near, 2);
	/* 20 % of 40 000 is 8 000 */
	assert_string_equal(e.near[0].id, "G2a");
	assert_string_equal(e.near[0].fact, "outage_users");
	assert_int_equal(e.near[0].needed, 8000);
	assert_false(e.near[0].has_at);
	assert_string_equal(e.near[0].text, "G2a: met with 8,000 (users without access; now 6,000)");
	/* at least 5 % of 4 000 000 */
	assert_string_equal(e.near[1].id, "G3a");
	assert_int_equal(e.near[1].needed, 200000);
	assert_string_equal(e.near[1].text, "G3a: met with €200,000 (direct financial loss; now €40,000)");
	evaluation_free(&e);
	/* IR: more than 5 % of 1 000 users is 51; strict, so 50 is not */
	evaluate_at(IR_HEAD("cloud", ", disruption: ended") "  complete_outage: false\n  integrity_users: 10\n",
		    NOW, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_SIGNIFICANT);
	evaluation_free(&e);
	evaluate_at("entity: {nis2: essential, type: cloud, sectors: [digital-infrastructure], dora: false, users: 1000, turnover_eur: 0}\n"
		    "incident: {aware: 2026-11-22T09:45:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: ended}\n"
		    "impact:\n  loss_eur: 0\n  trade_secrets: false\n  death: false\n  health_damage: false\n"
		    "  unauthorised_access: false\n  integrity_compromised: false\n  complete_outage: true\n"
		    "  complete_outage_minutes: 20\n  limited_users: 40\n  limited_minutes: 90\n", NOW, &e);
	assert_int_equal(e.verdict, VERDICT_NOT_SIGNIFICANT);
	assert_int_equal(e.n_near, 2);
	assert_string_equal(e.near[0].id, "IR7a");
	assert_int_equal(e.near[0].needed, 31);
	assert_string_equal(e.near[1].id, "IR7b");
	assert_int_equal(e.near[1].needed, 51);
	evaluation_free(&e);
	/* significant: nothing near */
	evaluate_at(WATER INC("") "impact:\n" QUIET "  outage_users: 40000\n", "2026-11-22T11:00:00+01:00", &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_int_equal(e.n_near, 0);
	evaluation_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_running_outage),
		cmocka_unit_test(test_typed_lower_bound),
		cmocka_unit_test(test_no_disruption),
		cmocka_unit_test(test_states_and_errors),
		cmocka_unit_test(test_complete_outage),
		cmocka_unit_test(test_several_types),
		cmocka_unit_test(test_absent_type),
		cmocka_unit_test(test_dora_sector),
		cmocka_unit_test(test_planned_running),
		cmocka_unit_test(test_near_values),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
