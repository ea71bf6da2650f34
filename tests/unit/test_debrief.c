/* test_debrief.c: the debrief sets the trainee's answers, criteria and
 * reports against the scenario's, and counts what was right, late and
 * missing. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdbool.h>
#include <string.h>

#include "core/debrief.h"
#include "core/scenario.h"
#include "core/xalloc.h"

#define AWARE INT64_C(1795336200)
#define HOUR INT64_C(3600)

/* A scenario expecting G1 and G2a, early warning at +24 h, notification at
 * +72 h, and a trainee who found G1 and G4c, sent the early warning late and
 * the notification not at all. */
static void make_scenario(struct scenario *s)
{
	scenario_init(s);
	s->start = AWARE - HOUR;
	s->end = AWARE + 80 * HOUR;
	s->expected.verdict = VERDICT_SIGNIFICANT;
	s->expected.met = xcalloc(2, sizeof(char *));
	s->expected.met[0] = xstrdup("G1");
	s->expected.met[1] = xstrdup("G2a");
	s->expected.n_met = 2;
	s->expected.due[STAGE_EARLY_WARNING] = (struct opt_time){ true, AWARE + 24 * HOUR };
	s->expected.due[STAGE_NOTIFICATION] = (struct opt_time){ true, AWARE + 72 * HOUR };
	struct case_file *t = &s->truth;
	t->entity.nis2_set = true;
	t->entity.nis2 = NIS2_ESSENTIAL;
	t->entity.users = (struct opt_i64){ true, 50000 };
	t->incident.aware = (struct opt_time){ true, AWARE };
	t->incident.malicious = MAL_YES;
	case_impact_set(t, "outage_users", 12000);
	case_impact_set(t, "outage_minutes", 150);
}

static void make_trainee(struct case_file *c)
{
	case_init(c);
	c->entity.nis2_set = true;
	c->entity.nis2 = NIS2_IMPORTANT;
	c->entity.users = (struct opt_i64){ true, 50000 };
	c->incident.aware = (struct opt_time){ true, AWARE + HOUR };
	c->incident.malicious = MAL_YES;
	case_impact_set(c, "outage_users", 12000);
	case_impact_set(c, "death", 0);
	c->reports[STAGE_EARLY_WARNING] = (struct opt_time){ true, AWARE + 25 * HOUR };
	c->reports[STAGE_GDPR] = (struct opt_time){ true, AWARE + 2 * HOUR };
}

static void make_evaluation(struct evaluation *e, struct deadlines *dl)
{
	memset(e, 0, sizeof(*e));
	memset(dl, 0, sizeof(*dl));
	e->verdict = VERDICT_SIGNIFICANT;
	static char g1[] = "G1", g4c[] = "G4c";
	static char *met[] = { g1, g4c };
	e->met = met;
	e->n_met = 2;
	dl->items[0] = (struct deadline){ .stage = STAGE_EARLY_WARNING, .has_due = true,
					  .due = AWARE + 25 * HOUR };
	dl->items[1] = (struct deadline){ .stage = STAGE_NOTIFICATION, .has_due = true,
					  .due = AWARE + 73 * HOUR };
	dl->items[2] = (struct deadline){ .stage = STAGE_INTERMEDIATE, .has_due = false };
	dl->n = 3;
}

/* Lookups that never return NULL: a row that is absent comes back as a
 * blank one (field "absent", mark -1), which every assertion below rejects. */
static struct debrief_answer no_answer = { .field = (char *)"absent", .mark = (enum debrief_mark)-1 };
static struct debrief_stage no_stage = { .stage = STAGE_COUNT, .report = (enum debrief_report)-1 };

static const struct debrief_answer *answer(const struct debrief *d, const char *field)
{
	for (size_t i = 0; i < d->n_answers; i++)
		if (strcmp(d->answers[i].field, field) == 0)
			return &d->answers[i];
	return &no_answer;
}

static bool has_answer(const struct debrief *d, const char *field)
{
	return answer(d, field) != &no_answer;
}

static const struct debrief_stage *stage_row(const struct debrief *d, enum stage st)
{
	for (size_t i = 0; i < d->n_stages; i++)
		if (d->stages[i].stage == st)
			return &d->stages[i];
	return &no_stage;
}

static bool has_stage(const struct debrief *d, enum stage st)
{
	return stage_row(d, st) != &no_stage;
}

static void test_answers(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct evaluation e;
	struct deadlines dl;
	struct debrief d;
	make_scenario(&s);
	make_trainee(&c);
	make_evaluation(&e, &dl);
	debrief_build(NULL, &s, &c, &e, &dl, s.end, &d);

	const struct debrief_answer *a = answer(&d, "entity.nis2");
	assert_int_equal(a->mark, DBM_DIFFERS);
	assert_string_equal(a->expected.word, "essential");
	assert_string_equal(a->given.word, "important");
	assert_int_equal(answer(&d, "entity.users")->mark, DBM_MATCH);
	a = answer(&d, "incident.aware");
	assert_int_equal(a->mark, DBM_DIFFERS);
	assert_int_equal(a->kind, DBV_TIME);
	assert_int_equal(a->given.n - a->expected.n, HOUR);
	assert_int_equal(answer(&d, "incident.malicious")->mark, DBM_MATCH);
	assert_int_equal(answer(&d, "impact.outage_users")->mark, DBM_MATCH);
	assert_int_equal(answer(&d, "impact.outage_minutes")->mark, DBM_UNANSWERED);
	assert_int_equal(answer(&d, "impact.death")->mark, DBM_EXTRA);
	/* Open on both sides: not listed. */
	assert_false(has_answer(&d, "entity.dora"));
	assert_false(has_answer(&d, "related"));
	/* nis2, users, aware, malicious, outage_users, outage_minutes. */
	assert_int_equal(d.answers_total, 6);
	assert_int_equal(d.answers_right, 3);

	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

static void test_verdict_and_criteria(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct evaluation e;
	struct deadlines dl;
	struct debrief d;
	make_scenario(&s);
	make_trainee(&c);
	make_evaluation(&e, &dl);
	debrief_build(NULL, &s, &c, &e, &dl, s.end, &d);
	assert_true(d.verdict_match);
	assert_int_equal(d.n_criteria, 3);
	assert_string_equal(d.criteria[0].id, "G1");
	assert_int_equal(d.criteria[0].mark, DBC_BOTH);
	assert_string_equal(d.criteria[1].id, "G2a");
	assert_int_equal(d.criteria[1].mark, DBC_MISSED);
	assert_string_equal(d.criteria[2].id, "G4c");
	assert_int_equal(d.criteria[2].mark, DBC_EXTRA);
	debrief_free(&d);

	e.verdict = VERDICT_NOT_SIGNIFICANT;
	debrief_build(NULL, &s, &c, &e, &dl, s.end, &d);
	assert_false(d.verdict_match);
	assert_int_equal(d.expected_verdict, VERDICT_SIGNIFICANT);
	assert_int_equal(d.given_verdict, VERDICT_NOT_SIGNIFICANT);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

static void test_reports(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct evaluation e;
	struct deadlines dl;
	struct debrief d;
	make_scenario(&s);
	make_trainee(&c);
	make_evaluation(&e, &dl);
	debrief_build(NULL, &s, &c, &e, &dl, s.end, &d);

	const struct debrief_stage *r = stage_row(&d, STAGE_EARLY_WARNING);
	assert_int_equal(r->report, DBR_LATE);
	assert_int_equal(r->trainee_due.t, AWARE + 25 * HOUR);
	r = stage_row(&d, STAGE_NOTIFICATION);
	assert_int_equal(r->report, DBR_MISSING);
	assert_int_equal(stage_row(&d, STAGE_INTERMEDIATE)->report, DBR_NO_DUE);
	assert_int_equal(stage_row(&d, STAGE_RECIPIENTS)->report, DBR_NO_DUE);
	assert_int_equal(stage_row(&d, STAGE_GDPR)->report, DBR_NOT_REQUIRED);
	assert_false(has_stage(&d, STAGE_FINAL));
	assert_int_equal(d.reports_on_time, 0);
	assert_int_equal(d.reports_late, 1);
	assert_int_equal(d.reports_missing, 1);
	debrief_free(&d);

	/* Ended before the notification was due: pending, not missing; sent
	 * exactly at the due time is on time. */
	c.reports[STAGE_EARLY_WARNING].t = AWARE + 24 * HOUR;
	debrief_build(NULL, &s, &c, &e, &dl, AWARE + 30 * HOUR, &d);
	assert_int_equal(stage_row(&d, STAGE_EARLY_WARNING)->report, DBR_ON_TIME);
	assert_int_equal(stage_row(&d, STAGE_NOTIFICATION)->report, DBR_PENDING);
	assert_int_equal(d.reports_on_time, 1);
	assert_int_equal(d.reports_missing, 0);
	debrief_free(&d);

	/* On time is not the whole story: 23 h 46 after awareness is late in
	 * the window ("without undue delay"); after the trainee's own due time
	 * it is late by their clock; 2 h after awareness is neither. */
	c.reports[STAGE_EARLY_WARNING].t = AWARE + 23 * HOUR + 46 * 60;
	dl.items[0].due = AWARE + 23 * HOUR;
	debrief_build(NULL, &s, &c, &e, &dl, AWARE + 30 * HOUR, &d);
	r = stage_row(&d, STAGE_EARLY_WARNING);
	assert_int_equal(r->report, DBR_ON_TIME);
	assert_true(r->has_since_aware);
	assert_int_equal(r->since_aware, 23 * HOUR + 46 * 60);
	assert_true(r->undue);
	assert_true(r->late_own);
	assert_false(stage_row(&d, STAGE_NOTIFICATION)->late_own);
	debrief_free(&d);
	c.reports[STAGE_EARLY_WARNING].t = AWARE + 2 * HOUR;
	debrief_build(NULL, &s, &c, &e, &dl, AWARE + 80 * HOUR, &d);
	r = stage_row(&d, STAGE_EARLY_WARNING);
	assert_false(r->undue);
	assert_false(r->late_own);
	/* The notification, never sent, passed the trainee's +73 h too. */
	assert_true(stage_row(&d, STAGE_NOTIFICATION)->late_own);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

/* Without an evaluation, answers and reports are still compared. */
static void test_without_evaluation(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct debrief d;
	make_scenario(&s);
	make_trainee(&c);
	debrief_build(NULL, &s, &c, NULL, NULL, s.end, &d);
	assert_false(d.given_set);
	assert_false(d.verdict_match);
	assert_int_equal(d.n_criteria, 0);
	assert_int_equal(d.answers_right, 3);
	assert_int_equal(stage_row(&d, STAGE_EARLY_WARNING)->report, DBR_LATE);
	assert_false(stage_row(&d, STAGE_EARLY_WARNING)->trainee_due.set);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

static void test_next_inject(void **state)
{
	(void)state;
	struct scenario s;
	scenario_init(&s);
	s.injects = xcalloc(2, sizeof(*s.injects));
	s.n_injects = 2;
	s.injects[0].at = AWARE;
	s.injects[1].at = AWARE + HOUR;
	assert_int_equal(scenario_next_inject(&s, 0, AWARE - 1), 2);
	assert_int_equal(scenario_next_inject(&s, 0, AWARE), 0);
	assert_int_equal(scenario_next_inject(&s, 1, AWARE + 10), 2);
	assert_int_equal(scenario_next_inject(&s, 1, AWARE + HOUR), 1);
	assert_int_equal(scenario_next_inject(&s, 2, AWARE + 9 * HOUR), 2);
	scenario_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_answers),
		cmocka_unit_test(test_verdict_and_criteria),
		cmocka_unit_test(test_reports),
		cmocka_unit_test(test_without_evaluation),
		cmocka_unit_test(test_next_inject),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
