/* test_rules_cases.c: the significance rules of data/rules.yaml as core/rules.c
 * applies them to case files (nis2-notify-case(5), CRITERIA): routing, thresholds at their
 * edges, three-valued logic, recurrence, what is missing, warnings.  Written
 * by part caseio for an earlier evaluator; kept as an independent check of
 * the engine through the case loader (test_rules.c builds cases in C). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/rules.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/case_load.h"
#include "io/dataset.h"
#include "io/fileio.h"

#include "data_fixture.h"

#include <stdio.h>

static const char *const NOW = "2026-12-02T10:00:00+01:00";

/* Evaluates a case given as YAML (the version line is added). */
static void evaluate(const char *yaml, struct evaluation *e)
{
	char *text = xasprintf("nis2-notify: 1\n%s", yaml), *err = NULL;
	struct case_schema s = dataset_case_schema(&fixture_ds);
	struct case_file c;
	instant_t now;
	assert_int_equal(clock_parse(NOW, &now), CLOCK_PARSE_OK);
	if (!case_load_buffer("t.yaml", text, strlen(text), &s, &c, &err))
		fail_msg("%s", err);
	rules_evaluate(&fixture_ds.rules, &c, now, LANG_EN, e);
	case_free(&c);
	free(text);
}

static char *joined(char **v, size_t n)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < n; i++)
		sbuf_printf(&b, "%s%s", i ? " " : "", v[i]);
	return sbuf_take(&b);
}

/* verdict, met and missing, as one line: "significant | G2a | a b c" */
static void expect(const char *yaml, const char *want)
{
	struct evaluation e;
	evaluate(yaml, &e);
	char *met = joined(e.met, e.n_met), *missing = joined(e.missing, e.n_missing);
	char *got = xasprintf("%s | %s | %s", verdict_name(e.verdict), met, missing);
	if (strcmp(got, want) != 0)
		fail_msg("\ncase:\n%s\nexpected: %s\nactual:   %s", yaml, want, got);
	free(got);
	free(met);
	free(missing);
	evaluation_free(&e);
}

#define ROUTED "entity: {nis2: essential, type: general, dora: false, users: 1000, turnover_eur: 1000000}\n" \
	"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
#define ROUTED_ENDED "entity: {nis2: essential, type: general, dora: false, users: 1000, turnover_eur: 1000000}\n" \
	"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: ended}\n"
/* every guide fact known and false, so one changed value decides */
#define QUIET "  excess_access: false\n  unauthorised_config: false\n  admin_lockout: false\n" \
	"  unlawful_change: false\n  abnormal_operation: false\n  prepositioning: false\n" \
	"  users_unknown: false\n  delivery_delay: false\n  ip_loss: false\n  trade_secrets: false\n" \
	"  asset_destruction: false\n  infrastructure_delay: false\n  death: false\n" \
	"  bodily_harm: false\n  health_damage: false\n  others_financial: false\n" \
	"  other_severe_impact: false\n"

/* s with its first `from` replaced by `to` (a fresh string) */
static char *replaced(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	assert_non_null(p);
	return xasprintf("%.*s%s%s", (int)(p - s), s, to, p + strlen(from));
}

static void test_spec_example(void **state)
{
	const char *top = getenv("TOP_SRCDIR");
	char *path = xasprintf("%s/tests/cases/good/spec-example.yaml", top ? top : "."), *buf, *err;
	size_t len;
	assert_true(file_read_all(path, &buf, &len, &err));
	expect(strstr(buf, "\nlanguage") + 1,
	       "significant | G2a | excess_access unauthorised_config admin_lockout unlawful_change "
	       "abnormal_operation prepositioning users_unknown delivery_delay ip_loss trade_secrets "
	       "asset_destruction infrastructure_delay death bodily_harm health_damage others_financial "
	       "other_severe_impact");
	free(buf);
	free(path);
}

static void test_routing(void **state)
{
	expect("entity: {dora: true, sectors: [banking]}\nimpact: {death: true}\n", "dora |  | ");
	expect("entity: {nis2: none}\nimpact: {death: true}\n", "out-of-scope |  | ");
	expect("incident: {annex_service: false, personal_data: true}\n", "out-of-scope |  | incident.aware");
	/* dora is decided before scope */
	/* DORA without its sector is set aside (guide A.3: both conditions) */
	expect("entity: {dora: true, nis2: none}\n", "out-of-scope |  | ");
	expect("entity: {dora: true, nis2: none, sectors: [banking]}\n", "dora |  | ");
}

static void test_g2a_edges(void **state)
{
	/* significant, and the loss still asked: it may add a reason */
	expect(ROUTED "impact:\n" QUIET "  outage_users: 200\n  outage_minutes: 60\n", "significant | G2a | loss_eur");
	expect(ROUTED "impact:\n" QUIET "  outage_users: 199\n  outage_minutes: 600\n  loss_eur: 0\n", "not-significant |  | ");
	/* users without access and no restoration: still going, 59 is a lower bound */
	expect(ROUTED "impact:\n" QUIET "  outage_users: 1000\n  outage_minutes: 59\n  loss_eur: 0\n",
	       "undetermined |  | incident.restored");
	expect(ROUTED_ENDED "impact:\n" QUIET "  outage_users: 1000\n  outage_minutes: 59\n  loss_eur: 0\n",
	       "not-significant |  | ");
	/* a count of 0 never meets a share, whatever the users */
	expect("entity: {nis2: essential, type: general, dora: false, turnover_eur: 0}\n"
	       "incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
	       "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 600\n  loss_eur: 0\n",
	       "not-significant |  | ");
	/* without users, any other count leaves G2a open and asks for users */
	expect("entity: {nis2: essential, type: general, dora: false, turnover_eur: 0}\n"
	       "incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
	       "impact:\n" QUIET "  outage_users: 5\n  outage_minutes: 600\n  loss_eur: 0\n",
	       "undetermined |  | users");
}

static void test_outage_minutes_computed(void **state)
{
	/* 07:10:00 to 08:10:01 is 61 minutes, rounded up */
	expect("entity: {nis2: essential, type: general, dora: false, users: 100, turnover_eur: 0}\n"
	       "incident: {aware: 2026-12-01T10:00:00+01:00, started: 2026-12-01T07:10:00+01:00,"
	       " restored: 2026-12-01T08:09:01+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
	       "impact:\n" QUIET "  outage_users: 20\n  loss_eur: 0\n", "significant | G2a | ");
	expect("entity: {nis2: essential, type: general, dora: false, users: 100, turnover_eur: 0}\n"
	       "incident: {aware: 2026-12-01T10:00:00+01:00, started: 2026-12-01T07:10:00+01:00,"
	       " restored: 2026-12-01T08:09:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
	       "impact:\n" QUIET "  outage_users: 20\n  loss_eur: 0\n", "not-significant |  | ");
}

static void test_g3a(void **state)
{
	const char *head = "entity: {nis2: essential, type: general, dora: false, users: 1000}\n"
			   "incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true,"
			   " planned_maintenance: false, malicious: no}\nimpact:\n" QUIET
			   "  outage_users: 0\n  outage_minutes: 0\n";
	char *t;
	t = xasprintf("%s  loss_eur: 250001\n", head);
	expect(t, "significant | G3a | ");  /* above 250 000 whatever the turnover */
	free(t);
	t = xasprintf("%s  loss_eur: 100000\n", head);
	expect(t, "undetermined |  | turnover_eur");
	free(t);
	t = xasprintf("%s  loss_eur: 0\n", head);
	expect(t, "not-significant |  | ");
	free(t);
	/* 5 % of 1 000 000 is 50 000: at least it (guide regime) */
	expect(ROUTED "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 49999\n",
	       "not-significant |  | ");
	expect(ROUTED "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 50000\n",
	       "significant | G3a | ");
	expect(ROUTED "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 50001\n",
	       "significant | G3a | ");
	/* no turnover: only the absolute amount */
	expect("entity: {nis2: essential, type: general, dora: false, users: 10, turnover_eur: 0}\n"
	       "incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
	       "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 200000\n",
	       "not-significant |  | ");
}

static void test_g1_malicious(void **state)
{
	struct evaluation e;
	evaluate("entity: {nis2: essential, type: general, dora: false}\n"
		 "incident: {malicious: unsure, annex_service: true, planned_maintenance: false, aware: 2026-12-01T10:00:00+01:00}\n"
		 "impact: {prepositioning: true}\n", &e);
	assert_int_equal(e.verdict, VERDICT_SIGNIFICANT);
	assert_string_equal(e.met[0], "G1");
	assert_non_null(strstr(e.explanation[0].text, "counts as suspected"));
	evaluation_free(&e);
	/* malicious: no rules G1 out, the facts need not be asked */
	expect(ROUTED "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 0\n",
	       "not-significant |  | ");
	/* absent malicious with one fact true: G1 needs malicious */
	char *t = replaced("entity: {nis2: essential, type: general, dora: false, users: 10, turnover_eur: 0}\n"
			   "incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false}\n"
			   "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 0\n",
			   "excess_access: false", "excess_access: true");
	expect(t, "undetermined |  | malicious");
	free(t);
}

static void test_planned_maintenance(void **state)
{
	const char *m = "entity: {nis2: essential, type: general, dora: false, users: 100, turnover_eur: 0}\n"
			"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: true, malicious: no}\n"
			"impact:\n" QUIET "  outage_users: 100\n  outage_minutes: 600\n  loss_eur: 0\n";
	expect(m, "not-an-incident |  | ");
	/* ransomware in a maintenance window is still significant */
	char *t1 = replaced(m, "malicious: no", "malicious: yes");
	char *t = replaced(t1, "unlawful_change: false", "unlawful_change: true");
	expect(t, "significant | G1 | ");
	free(t);
	free(t1);
	/* IR types say so with the IR's article */
	struct evaluation e;
	evaluate("entity: {nis2: essential, type: cloud, dora: false, users: 100, turnover_eur: 0}\n"
		 "incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: true, malicious: no}\n"
		 "impact: {complete_outage_minutes: 600, limited_users: 100, limited_minutes: 600, loss_eur: 0,"
		 " trade_secrets: false, death: false, health_damage: false, unauthorised_access: false,"
		 " integrity_compromised: false}\n", &e);
	assert_int_equal(e.verdict, VERDICT_NOT_AN_INCIDENT);
	assert_non_null(strstr(e.explanation[0].text, "IR art. 3(2)"));
	evaluation_free(&e);
}

#define CLOUD_QUIET "  loss_eur: 0\n  trade_secrets: false\n  death: false\n  health_damage: false\n" \
	"  unauthorised_access: false\n  integrity_compromised: false\n"
#define CLOUD_HEAD "entity: {nis2: essential, type: %s, dora: false, users: %s, turnover_eur: 0}\n" \
	"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: %s}\n" \
	"impact:\n" CLOUD_QUIET

static void expectf(const char *want, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void expectf(const char *want, const char *fmt, ...)
{
	va_list ap;
	char buf[4096];
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	expect(buf, want);
}

static void test_ir_thresholds(void **state)
{
	expectf("significant | IR7a | ", CLOUD_HEAD "  complete_outage_minutes: 31\n  limited_users: 0\n", "cloud", "100", "ended");
	/* 30 typed minutes of a disruption not restored: a lower bound */
	expectf("not-significant |  | ", CLOUD_HEAD "  complete_outage_minutes: 30\n  limited_users: 0\n", "cloud", "100", "ended");
	expectf("undetermined |  | incident.restored", CLOUD_HEAD "  complete_outage_minutes: 30\n  limited_users: 0\n", "cloud", "100", "ongoing");
	/* 5 % or 1 000 000, whichever is smaller: without users, above 1 000 000 decides */
	expectf("significant | IR7b | ", "entity: {nis2: essential, type: cloud, dora: false, turnover_eur: 0}\n"
		"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: ended}\n"
		"impact:\n" CLOUD_QUIET "  complete_outage_minutes: 0\n  limited_users: 1000001\n  limited_minutes: 61\n%s", "");
	expectf("undetermined |  | users", "entity: {nis2: essential, type: cloud, dora: false, turnover_eur: 0}\n"
		"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: ended}\n"
		"impact:\n" CLOUD_QUIET "  complete_outage_minutes: 0\n  limited_users: 1000000\n  limited_minutes: 61\n%s", "");
	expectf("significant | IR7b | ", CLOUD_HEAD "  complete_outage_minutes: 0\n  limited_users: 6\n  limited_minutes: 61\n", "cloud", "100", "ended");
	expectf("not-significant |  | ", CLOUD_HEAD "  complete_outage_minutes: 0\n  limited_users: 5\n  limited_minutes: 61\n", "cloud", "100", "ended");
	/* a datacentre: any complete outage */
	expectf("significant | IR8a | ", CLOUD_HEAD "  complete_outage_minutes: 1\n  limited_minutes: 0\n  physical_access: false\n", "datacentre", "10", "ended");
	/* a trust service: 0.1 % or 100 */
	expectf("significant | IR14e | ", "entity: {nis2: essential, type: trust-service, dora: false, users: 1000000, turnover_eur: 0}\n"
		"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no, disruption: ended}\n"
		"impact:\n  loss_eur: 0\n  trade_secrets: false\n  death: false\n  health_damage: false\n"
		"  unauthorised_access: false\n  integrity_compromised: true\n  integrity_users: 101\n"
		"  complete_outage_minutes: 0\n  weekly_outage_minutes: 0\n  limited_users: 0\n  physical_access: false\n%s", "");
	/* IR3e: unauthorised access needs suspicion */
	expectf("undetermined |  | malicious", "entity: {nis2: essential, type: cdn, dora: false, users: 10, turnover_eur: 0}\n"
		"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false}\n"
		"impact: {loss_eur: 0, trade_secrets: false, death: false, health_damage: false, unauthorised_access: true,"
		" complete_outage_minutes: 0, limited_users: 0, integrity_compromised: false}\n%s", "");
}

static void test_dns_exception(void **state)
{
#define h "entity: {nis2: essential, type: dns, dora: false, users: 10, turnover_eur: 0}\n" \
	"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n" \
	"impact: {loss_eur: 0, trade_secrets: false, death: false, health_damage: false," \
	" unauthorised_access: false, complete_outage_minutes: 0, slow_minutes: 0," \
	" integrity_compromised: true, misconfiguration: true, %s}\n"
	expectf("not-significant |  | ", h, "integrity_domains: 10, domains_total: 1000");
	expectf("significant | IR5c | ", h, "integrity_domains: 11, domains_total: 1000");
	expectf("significant | IR5c | ", h, "integrity_domains: 1000, domains_total: 1000000");
	/* a known 1000 or more rules the exception out at once */
	expectf("significant | IR5c | ", h, "integrity_domains: 1000");
	expectf("undetermined |  | domains_total", h, "integrity_domains: 999");
#undef h
}

static void test_recurring(void **state)
{
#define h ROUTED "impact:\n" QUIET "  outage_users: 0\n  outage_minutes: 0\n  loss_eur: 30000\n" \
	"  recurring_others_financial: false\nrelated:\n%s"
	/* 30 000 + 25 000 > 50 000 (5 % of the turnover) */
	expectf("significant | G5 | ", h, "  - {aware: 2026-07-01T10:00:00+02:00, loss_eur: 25000, outage_minutes: 0, outage_users: 0}\n");
	/* older than six months: not counted */
	expectf("not-significant |  | ", h, "  - {aware: 2026-05-31T10:00:00+02:00, loss_eur: 25000, outage_minutes: 0, outage_users: 0}\n");
	/* the same day and time six months earlier is inside */
	expectf("significant | G5 | ", h, "  - {aware: 2026-06-01T10:00:00+02:00, loss_eur: 25000, outage_minutes: 0, outage_users: 0}\n");
	/* significant on its own: not counted */
	expectf("not-significant |  | ", h, "  - {aware: 2026-07-01T10:00:00+02:00, significant: true, loss_eur: 25000}\n");
	/* an unknown loss leaves G5 open */
	expectf("undetermined |  | related", h, "  - {aware: 2026-07-01T10:00:00+02:00, outage_minutes: 0, outage_users: 0}\n");
	/* availability: two episodes of 30 minutes at 20 % of the users */
	expectf("significant | G5 | ", ROUTED_ENDED "impact:\n" QUIET "  outage_users: 200\n  outage_minutes: 30\n"
		"  loss_eur: 0\n  recurring_others_financial: false\nrelated:\n"
		"  - {aware: 2026-11-01T10:00:00+01:00, loss_eur: 0, outage_minutes: 30, outage_users: 300}\n%s", "");
	/* IR4: the financial criterion only, 500 000 or 5 % */
	expectf("significant | IR4 | ", "entity: {nis2: essential, type: msp, dora: false, users: 10, turnover_eur: 100000000}\n"
		"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
		"impact:\n" CLOUD_QUIET "  complete_outage_minutes: 0\n  limited_users: 0\n"
		"related:\n  - {aware: 2026-10-01T10:00:00+02:00, loss_eur: 500001}\n%s", "");
	/* exactly 500 000 is not above it */
	expectf("not-significant |  | ", "entity: {nis2: essential, type: msp, dora: false, users: 10, turnover_eur: 100000000}\n"
		"incident: {aware: 2026-12-01T10:00:00+01:00, annex_service: true, planned_maintenance: false, malicious: no}\n"
		"impact:\n" CLOUD_QUIET "  complete_outage_minutes: 0\n  limited_users: 0\n"
		"related:\n  - {aware: 2026-10-01T10:00:00+02:00, loss_eur: 500000}\n%s", "");
#undef h
}

static void test_warnings(void **state)
{
	struct evaluation e;
	evaluate("entity: {dora: false, sectors: [banking], public_telecom: true}\n"
		 "incident: {aware: 2026-12-03T10:00:00+01:00, detected: 2026-12-03T11:00:00+01:00}\n", &e);
	char *ids = NULL;
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < e.n_warnings; i++)
		sbuf_printf(&b, "%s%s", i ? " " : "", e.warnings[i].id);
	ids = sbuf_take(&b);
	assert_string_equal(ids, "nis2-unknown routing-default dora-sector time-order telecom");
	assert_non_null(strstr(e.warnings[1].text, "entity.type: general, incident.annex_service: true, incident.planned_maintenance: false"));
	assert_non_null(strstr(e.warnings[3].text, "incident.detected > incident.aware, incident.aware > now"));
	free(ids);
	evaluation_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spec_example),
		cmocka_unit_test(test_routing),
		cmocka_unit_test(test_g2a_edges),
		cmocka_unit_test(test_outage_minutes_computed),
		cmocka_unit_test(test_g3a),
		cmocka_unit_test(test_g1_malicious),
		cmocka_unit_test(test_planned_maintenance),
		cmocka_unit_test(test_ir_thresholds),
		cmocka_unit_test(test_dns_exception),
		cmocka_unit_test(test_recurring),
		cmocka_unit_test(test_warnings),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
