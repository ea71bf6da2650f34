/* test_deadlines.c: the notification clock (nis2-notify-case(5), TIMES).
 * Each table is written out as one line per row, "stage due status
 * [submitted] [late]", so a failure shows the whole table. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/case.h"
#include "core/deadlines.h"
#include "core/evaluation.h"

static instant_t at(const char *s)
{
	instant_t t = 0;
	if (clock_parse(s, &t) != CLOCK_PARSE_OK)
		fail_msg("bad time in test: %s", s);
	return t;
}

static void set_time(struct opt_time *o, const char *s)
{
	o->set = true;
	o->t = at(s);
}

static void report(struct case_file *c, enum stage s, const char *when)
{
	set_time(&c->reports[s], when);
}

/* nis2-notify-case(5)'s example case, as far as the clock reads it. */
static void example_case(struct case_file *c)
{
	case_init(c);
	set_time(&c->incident.aware, "2026-11-22T09:30:00+01:00");
	set_time(&c->incident.restored, "2026-11-22T12:00:00+01:00");
	set_time(&c->incident.resolved, "2026-12-01T17:00:00+01:00");
	c->incident.personal_data = (struct opt_bool){ true, true };
	set_time(&c->incident.gdpr_aware, "2026-11-22T10:15:00+01:00");
	report(c, STAGE_EARLY_WARNING, "2026-11-22T11:00:00+01:00");
	report(c, STAGE_NOTIFICATION, "2026-11-24T16:00:00+01:00");
	report(c, STAGE_GDPR, "2026-11-23T10:00:00+01:00");
}

/* A significant incident, aware 2026-11-22 09:30, nothing reported yet. */
static void bare_case(struct case_file *c)
{
	case_init(c);
	set_time(&c->incident.aware, "2026-11-22T09:30:00+01:00");
}

static void assert_table(const struct case_file *c, enum verdict v, const char *now,
			 const char *const *expected, size_t n_expected)
{
	struct deadlines d;
	char got[STAGE_COUNT][160];
	/* the rules say 24 h for a listed trust service (test_rules.c) */
	struct evaluation ev = { .verdict = v };
	ev.notify_24h = case_entity_types(c) & (1u << ET_TRUST_SERVICE);
	deadlines_compute(c, &ev, at(now), &d);
	for (size_t i = 0; i < d.n; i++) {
		const struct deadline *x = &d.items[i];
		char due[CLOCK_FMT_LEN] = "null", sub[CLOCK_FMT_LEN + 1] = "";
		if (x->has_due)
			clock_format(x->due, due);
		if (x->submitted_set) {
			sub[0] = ' ';
			clock_format(x->submitted, sub + 1);
		}
		snprintf(got[i], sizeof got[i], "%s %s %s%s%s", stage_name(x->stage), due,
			 deadline_status_name(x->status), sub, x->late ? " late" : "");
	}
	for (size_t i = 0; i < d.n || i < n_expected; i++) {
		const char *g = i < d.n ? got[i] : "(none)";
		const char *e = i < n_expected ? expected[i] : "(none)";
		if (strcmp(g, e) != 0) {
			for (size_t j = 0; j < d.n; j++)
				print_message("# got: %s\n", got[j]);
			fail_msg("row %zu (now %s):\n got      %s\n expected %s", i, now, g, e);
		}
	}
}

#define TABLE(c, v, now, ...) do { \
		static const char *const rows_[] = { __VA_ARGS__ }; \
		assert_table(c, v, now, rows_, sizeof rows_ / sizeof rows_[0]); \
	} while (0)
#define NO_ROWS(c, v, now) assert_table(c, v, now, NULL, 0)

/* Exactly the "deadlines" of the spec's JSON example. */
static void test_spec_example(void **state)
{
	struct case_file c;
	example_case(&c);
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-12-02T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 done 2026-11-22T11:00:00+01:00",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "final 2026-12-24T16:00:00+01:00 due",
	      "recipients null no-deadline",
	      "gdpr 2026-11-25T10:15:00+01:00 done 2026-11-23T10:00:00+01:00");
	case_free(&c);
}

static void test_rows_and_statuses(void **state)
{
	struct case_file c;
	bare_case(&c);
	/* undetermined runs the same clock ("if significant") */
	TABLE(&c, VERDICT_UNDETERMINED, "2026-11-22T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 due",
	      "notification 2026-11-25T09:30:00+01:00 due",
	      "intermediate null on-request",
	      "final 2026-12-25T09:30:00+01:00 due",
	      "recipients null no-deadline");
	/* at the due instant still due, one second later overdue */
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-11-23T09:30:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 due",
	      "notification 2026-11-25T09:30:00+01:00 due",
	      "intermediate null on-request",
	      "final 2026-12-25T09:30:00+01:00 due",
	      "recipients null no-deadline");
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-11-23T09:30:01+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 due",
	      "intermediate null on-request",
	      "final 2026-12-25T09:30:00+01:00 due",
	      "recipients null no-deadline");
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-11-25T09:30:01+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 overdue",
	      "intermediate null on-request",
	      "final 2026-12-25T09:30:00+01:00 due",
	      "recipients null no-deadline");
	/* every report recorded: all done, in time at the due instant, late a
	 * second after */
	report(&c, STAGE_EARLY_WARNING, "2026-11-23T09:30:00+01:00");
	report(&c, STAGE_NOTIFICATION, "2026-11-25T09:30:01+01:00");
	report(&c, STAGE_INTERMEDIATE, "2026-11-30T12:00:00+01:00");
	report(&c, STAGE_FINAL, "2026-12-20T12:00:00+01:00");
	report(&c, STAGE_RECIPIENTS, "2026-11-22T10:00:00+01:00");
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-12-30T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 done 2026-11-23T09:30:00+01:00",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-25T09:30:01+01:00 late",
	      "intermediate null done 2026-11-30T12:00:00+01:00",
	      "final 2026-12-25T09:30:01+01:00 done 2026-12-20T12:00:00+01:00",
	      "recipients null done 2026-11-22T10:00:00+01:00");
	case_free(&c);
}

static void test_other_verdicts_have_no_nis2_rows(void **state)
{
	struct case_file c;
	bare_case(&c);
	enum verdict none[] = { VERDICT_DORA, VERDICT_OUT_OF_SCOPE, VERDICT_NOT_AN_INCIDENT,
				VERDICT_NOT_SIGNIFICANT };
	for (size_t i = 0; i < sizeof none / sizeof *none; i++)
		NO_ROWS(&c, none[i], "2026-11-22T10:00:00+01:00");
	/* but a personal-data breach is notified to the GBA/APD whatever the
	 * NIS2 verdict */
	c.incident.personal_data = (struct opt_bool){ true, true };
	for (size_t i = 0; i < sizeof none / sizeof *none; i++)
		TABLE(&c, none[i], "2026-11-22T10:00:00+01:00",
		      "gdpr 2026-11-25T09:30:00+01:00 due");
	c.incident.personal_data = (struct opt_bool){ true, false };
	NO_ROWS(&c, VERDICT_NOT_SIGNIFICANT, "2026-11-22T10:00:00+01:00");
	case_free(&c);
}

static void test_gdpr(void **state)
{
	struct case_file c;
	bare_case(&c);
	c.incident.personal_data = (struct opt_bool){ true, true };
	/* from aware without gdpr_aware, 72 h across the autumn change */
	set_time(&c.incident.aware, "2026-10-23T12:00:00+02:00");
	TABLE(&c, VERDICT_OUT_OF_SCOPE, "2026-10-26T10:59:59+01:00",
	      "gdpr 2026-10-26T11:00:00+01:00 due");
	TABLE(&c, VERDICT_OUT_OF_SCOPE, "2026-10-26T11:00:01+01:00",
	      "gdpr 2026-10-26T11:00:00+01:00 overdue");
	/* from gdpr_aware when given */
	set_time(&c.incident.gdpr_aware, "2026-10-24T08:00:00+02:00");
	TABLE(&c, VERDICT_NOT_SIGNIFICANT, "2026-10-26T11:00:01+01:00",
	      "gdpr 2026-10-27T07:00:00+01:00 due");
	report(&c, STAGE_GDPR, "2026-10-27T07:00:01+01:00");
	TABLE(&c, VERDICT_NOT_SIGNIFICANT, "2026-10-26T11:00:01+01:00",
	      "gdpr 2026-10-27T07:00:00+01:00 done 2026-10-27T07:00:01+01:00 late");
	case_free(&c);
}

static void test_trust_service(void **state)
{
	struct case_file c;
	bare_case(&c);
	c.entity.type = ET_TRUST_SERVICE;
	c.entity.type_set = true;
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-11-23T09:30:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 due",
	      "notification 2026-11-23T09:30:00+01:00 due",
	      "intermediate null on-request",
	      "final 2026-12-23T09:30:00+01:00 due",
	      "recipients null no-deadline");
	case_free(&c);
}

/* Guide A.4, 5: the four cases of final and progress. */
static void test_final_and_progress(void **state)
{
	struct case_file c;
	bare_case(&c);
	report(&c, STAGE_NOTIFICATION, "2026-11-24T16:00:00+01:00");   /* F = 2026-12-24 16:00 */

	/* 1. resolved, not after F: final at F (also when resolved exactly at F) */
	set_time(&c.incident.resolved, "2026-12-24T16:00:00+01:00");
	TABLE(&c, VERDICT_SIGNIFICANT, "2027-01-10T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "final 2026-12-24T16:00:00+01:00 overdue",
	      "recipients null no-deadline");

	/* 2. resolved after F: progress at F, final a month after resolved,
	 * here in the spring gap */
	set_time(&c.incident.resolved, "2027-02-28T02:30:00+01:00");
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-12-20T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "progress 2026-12-24T16:00:00+01:00 due",
	      "final 2027-03-28T03:00:00+02:00 due",
	      "recipients null no-deadline");

	/* 3. not resolved, now before F: final at F */
	c.incident.resolved.set = false;
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-12-24T15:59:59+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "final 2026-12-24T16:00:00+01:00 due",
	      "recipients null no-deadline");

	/* 4. not resolved, no final report, now at or after F: progress at F,
	 * final after resolution */
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-12-24T16:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "progress 2026-12-24T16:00:00+01:00 due",
	      "final null after-resolution",
	      "recipients null no-deadline");
	report(&c, STAGE_PROGRESS, "2026-12-24T16:30:00+01:00");
	TABLE(&c, VERDICT_SIGNIFICANT, "2027-01-05T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "progress 2026-12-24T16:00:00+01:00 done 2026-12-24T16:30:00+01:00 late",
	      "final null after-resolution",
	      "recipients null no-deadline");

	/* 3 again: not resolved, but a final report recorded, after F */
	report(&c, STAGE_FINAL, "2027-01-02T10:00:00+01:00");
	TABLE(&c, VERDICT_SIGNIFICANT, "2027-01-05T10:00:00+01:00",
	      "early-warning 2026-11-23T09:30:00+01:00 overdue",
	      "notification 2026-11-25T09:30:00+01:00 done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "progress 2026-12-24T16:00:00+01:00 done 2026-12-24T16:30:00+01:00 late",
	      "final 2026-12-24T16:00:00+01:00 done 2027-01-02T10:00:00+01:00 late",
	      "recipients null no-deadline");
	case_free(&c);
}

/* Without a recorded notification, F counts from the notification deadline. */
static void test_final_from_notification_deadline(void **state)
{
	struct case_file c;
	bare_case(&c);
	set_time(&c.incident.aware, "2027-01-28T23:30:00+01:00");   /* +72 h: 31 Jan */
	TABLE(&c, VERDICT_SIGNIFICANT, "2027-01-29T00:00:00+01:00",
	      "early-warning 2027-01-29T23:30:00+01:00 due",
	      "notification 2027-01-31T23:30:00+01:00 due",
	      "intermediate null on-request",
	      "final 2027-02-28T23:30:00+01:00 due",
	      "recipients null no-deadline");
	case_free(&c);
}

static void test_without_aware(void **state)
{
	struct case_file c;
	case_init(&c);
	TABLE(&c, VERDICT_SIGNIFICANT, "2026-11-22T10:00:00+01:00",
	      "early-warning null due",
	      "notification null due",
	      "intermediate null on-request",
	      "final null after-notification",   /* one month after the notification */
	      "recipients null no-deadline");
	/* a recorded notification still gives F */
	report(&c, STAGE_NOTIFICATION, "2026-11-24T16:00:00+01:00");
	c.incident.personal_data = (struct opt_bool){ true, true };
	TABLE(&c, VERDICT_UNDETERMINED, "2026-11-25T10:00:00+01:00",
	      "early-warning null due",
	      "notification null done 2026-11-24T16:00:00+01:00",
	      "intermediate null on-request",
	      "final 2026-12-24T16:00:00+01:00 due",
	      "recipients null no-deadline",
	      "gdpr null due");
	set_time(&c.incident.gdpr_aware, "2026-11-22T10:15:00+01:00");
	TABLE(&c, VERDICT_NOT_SIGNIFICANT, "2026-11-25T10:00:00+01:00",
	      "gdpr 2026-11-25T10:15:00+01:00 due");
	case_free(&c);
}

static void test_names(void **state)
{
	assert_string_equal(verdict_name(VERDICT_DORA), "dora");
	assert_string_equal(verdict_name(VERDICT_OUT_OF_SCOPE), "out-of-scope");
	assert_string_equal(verdict_name(VERDICT_SIGNIFICANT), "significant");
	assert_string_equal(verdict_name(VERDICT_UNDETERMINED), "undetermined");
	assert_string_equal(verdict_name(VERDICT_NOT_AN_INCIDENT), "not-an-incident");
	assert_string_equal(verdict_name(VERDICT_NOT_SIGNIFICANT), "not-significant");
	assert_null(verdict_name(VERDICT_COUNT));
	assert_string_equal(regime_name(REGIME_GUIDE), "guide");
	assert_string_equal(regime_name(REGIME_IR), "ir");
	assert_string_equal(regime_name(REGIME_BOTH), "both");
	assert_int_equal(regime_for_types(1u << ET_GENERAL), REGIME_GUIDE);
	for (int t = ET_DNS; t < ET_COUNT; t++) {
		assert_int_equal(regime_for_types(1u << t), REGIME_IR);
		assert_int_equal(regime_for_types(1u << t | 1u << ET_GENERAL), REGIME_BOTH);
	}
	assert_int_equal(regime_for_types(1u << ET_CLOUD | 1u << ET_DATACENTRE), REGIME_IR);
	assert_string_equal(deadline_status_name(DL_DONE), "done");
	assert_string_equal(deadline_status_name(DL_DUE), "due");
	assert_string_equal(deadline_status_name(DL_OVERDUE), "overdue");
	assert_string_equal(deadline_status_name(DL_ON_REQUEST), "on-request");
	assert_string_equal(deadline_status_name(DL_NO_DEADLINE), "no-deadline");
	assert_string_equal(deadline_status_name(DL_AFTER_RESOLUTION), "after-resolution");
	assert_string_equal(deadline_status_name(DL_AFTER_NOTIFICATION), "after-notification");
	assert_null(deadline_status_name((enum deadline_status)99));
}

static void test_evaluation_free(void **state)
{
	struct evaluation e = { 0 };
	evaluation_free(&e);            /* zeroed: nothing to free */
	e.n_met = 1;
	e.met = calloc(1, sizeof *e.met);
	e.met[0] = strdup("G2a");
	e.n_missing = 2;
	e.missing = calloc(2, sizeof *e.missing);
	e.missing[0] = strdup("loss_eur");
	e.missing[1] = strdup("users");
	e.n_explanation = 1;
	e.explanation = calloc(1, sizeof *e.explanation);
	e.explanation[0].id = strdup("G2a");
	e.explanation[0].text = strdup("outage");
	e.n_warnings = 1;
	e.warnings = calloc(1, sizeof *e.warnings);
	e.warnings[0].id = strdup("nis2-unknown");
	e.warnings[0].text = strdup("assumed");
	e.n_outcomes = 1;
	e.outcomes = calloc(1, sizeof *e.outcomes);
	e.outcomes[0].id = strdup("G2a");
	evaluation_free(&e);            /* the leak checkers say whether all went */
	assert_int_equal(e.n_met, 0);
	assert_null(e.met);
	evaluation_free(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spec_example),
		cmocka_unit_test(test_rows_and_statuses),
		cmocka_unit_test(test_other_verdicts_have_no_nis2_rows),
		cmocka_unit_test(test_gdpr),
		cmocka_unit_test(test_trust_service),
		cmocka_unit_test(test_final_and_progress),
		cmocka_unit_test(test_final_from_notification_deadline),
		cmocka_unit_test(test_without_aware),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_evaluation_free),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
