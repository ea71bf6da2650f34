/* test_scenarios.c: every shipped scenario is also a test.  Its expected
 * verdict, criteria met and due times must be what the engine computes from
 * the scenario's own case at the end of the exercise; a trainee who
 * answers exactly as the scenario would get a clean debrief; and the
 * debrief of a trainee who answered nothing reads as the wizard's questions
 * (never a case-file field name), points each difference to its criteria's
 * references, and fits an 80-column terminal, in en, nl and fr. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/debrief.h"
#include "core/deadlines.h"
#include "core/rules.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/answer_labels.h"
#include "io/dataset.h"
#include "io/debrief_render.h"
#include "io/scenario_check.h"
#include "io/scenario_load.h"

#include "data_fixture.h"


/* s with every run of white space made one space: wrapping does not
 * matter when looking for a phrase. */
static char *squeeze(const char *s)
{
	char *out = xmalloc(strlen(s) + 1);
	char *o = out;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n') {
			if (o == out || o[-1] != ' ')
				*o++ = ' ';
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
	return out;
}

static void assert_fits(const char *name, const char *text, size_t width)
{
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		assert_non_null(nl);
		char *line = xstrndup(p, (size_t)(nl - p));
		if (utf8_chars(line) > width)
			fail_msg("%s: debrief line wider than %zu: '%s'", name, width, line);
		free(line);
		p = nl + 1;
	}
}

static void check_blank_debrief(const char *name, const struct scenario *s)
{
	struct case_file blank;
	case_init(&blank);
	struct evaluation ev;
	rules_evaluate(&fixture_ds.rules, &blank, s->end, LANG_EN, &ev);
	struct deadlines dl;
	deadlines_compute(&blank, &ev, s->end, &dl);
	struct debrief d;
	debrief_build(&fixture_ds.rules, s, &blank, &ev, &dl, s->end, &d);
	for (int l = 0; l < LANG_COUNT; l++) {
		char *text = render_debrief(&d, s, &fixture_ds, (enum lang)l, DEBRIEF_TEXT);
		char *md = render_debrief(&d, s, &fixture_ds, (enum lang)l, DEBRIEF_MARKDOWN);
		assert_fits(name, text, 78);
		char *flat = squeeze(text);
		for (size_t i = 0; i < d.n_answers; i++) {
			const char *field = d.answers[i].field;
			const char *q = answer_question(field, &fixture_ds.facts, (enum lang)l);
			if (strcmp(q, field) == 0)
				fail_msg("%s: no question for %s", name, field);
			char *fq = squeeze(q);
			if (!strstr(flat, fq))
				fail_msg("%s: the debrief does not ask '%s'", name, fq);
			free(fq);
			if (strstr(text, field))
				fail_msg("%s: the text debrief shows the field name %s", name, field);
			char *code = xasprintf("`%s`", field);
			if (!strstr(md, code))
				fail_msg("%s: the markdown debrief lacks %s for the trainer", name, code);
			free(code);
			char *crit = answer_criteria(field, &fixture_ds.rules, d.type, (enum lang)l);
			enum debrief_mark m = d.answers[i].mark;
			bool wrong = m == DBM_DIFFERS || m == DBM_UNANSWERED;
			if (crit && wrong && strcmp(field, "incident.aware") != 0) {
				char *fc = squeeze(crit);
				if (!strstr(flat, fc))
					fail_msg("%s: %s differs but the debrief does not say it counts for %s",
						 name, field, fc);
				free(fc);
			}
			free(crit);
		}
		/* Every expected criterion with its reference. */
		for (size_t i = 0; i < d.n_criteria; i++) {
			char *ref = rules_reference(&fixture_ds.rules, d.criteria[i].type, d.criteria[i].id,
						    (enum lang)l);
			assert_non_null(ref);
			if (!strstr(flat, ref) || !strstr(md, ref))
				fail_msg("%s: criterion %s without its reference %s", name,
					 d.criteria[i].id, ref);
			free(ref);
		}
		free(flat);
		free(text);
		free(md);
	}
	debrief_free(&d);
	evaluation_free(&ev);
	case_free(&blank);
}

static void check_one(const char *name, size_t *warnings)
{
	struct case_schema schema = dataset_case_schema(&fixture_ds);
	struct scenario s;
	char *err = NULL;
	if (!scenario_load(name, &fixture_data, &schema, &s, &err))
		fail_msg("%s", err);

	struct evaluation ev;
	rules_evaluate(&fixture_ds.rules, &s.truth, s.end, LANG_EN, &ev);
	if (ev.verdict != s.expected.verdict)
		fail_msg("%s: the engine says %s, the scenario expects %s", name,
			 verdict_name(ev.verdict), verdict_name(s.expected.verdict));
	bool same_met = ev.n_met == s.expected.n_met;
	for (size_t i = 0; same_met && i < ev.n_met; i++)
		same_met = strcmp(ev.met[i], s.expected.met[i]) == 0;
	if (!same_met)
		fail_msg("%s: the engine meets %zu criteria (first %s), the scenario expects %zu (first %s)",
			 name, ev.n_met, ev.n_met ? ev.met[0] : "-", s.expected.n_met,
			 s.expected.n_met ? s.expected.met[0] : "-");

	struct deadlines dl;
	deadlines_compute(&s.truth, &ev, s.end, &dl);
	struct opt_time computed[STAGE_COUNT];
	memset(computed, 0, sizeof(computed));
	for (size_t i = 0; i < dl.n; i++)
		if (dl.items[i].has_due) {
			computed[dl.items[i].stage].set = true;
			computed[dl.items[i].stage].t = dl.items[i].due;
		}
	for (int st = 0; st < STAGE_COUNT; st++) {
		const struct opt_time *e = &s.expected.due[st];
		const struct opt_time *c = &computed[st];
		if (e->set != c->set || (e->set && e->t != c->t)) {
			char ebuf[CLOCK_FMT_LEN] = "-", cbuf[CLOCK_FMT_LEN] = "-";
			if (e->set)
				clock_format(e->t, ebuf);
			if (c->set)
				clock_format(c->t, cbuf);
			fail_msg("%s: %s due %s by the engine, %s in the scenario", name,
				 stage_name((enum stage)st), cbuf, ebuf);
		}
	}

	/* --training's own check agrees. */
	if (!scenario_check(name, &s, &fixture_ds.rules, &err))
		fail_msg("%s", err);
	/* Every expected answer is asked and revealed: a trainee can get all
	 * of them right. */
	char **warn = NULL;
	size_t n_warn = scenario_warnings(name, &s, &fixture_ds.rules, &warn);
	for (size_t i = 0; i < n_warn; i++) {
		print_message("%s\n", warn[i]);
		free(warn[i]);
	}
	free(warn);
	*warnings += n_warn;

	/* A trainee who answers as the scenario: nothing differs. */
	struct debrief d;
	debrief_build(&fixture_ds.rules, &s, &s.truth, &ev, &dl, s.end, &d);
	assert_true(d.verdict_match);
	for (size_t i = 0; i < d.n_criteria; i++)
		assert_int_equal(d.criteria[i].mark, DBC_BOTH);
	assert_int_equal(d.answers_right, d.answers_total);
	assert_true(d.answers_total > 0);
	debrief_free(&d);
	check_blank_debrief(name, &s);

	evaluation_free(&ev);
	scenario_free(&s);
}

static void test_shipped_scenarios(void **state)
{
	(void)state;
	char **names = NULL;
	size_t n = scenario_list(&fixture_data, &names);
	size_t warnings = 0;
	assert_true(n >= 10);
	for (size_t i = 0; i < n; i++) {
		check_one(names[i], &warnings);
		free(names[i]);
	}
	free(names);
	assert_int_equal(warnings, 0);
}

/* The check bites: a scenario whose expectation is wrong is caught. */
static void test_wrong_expectation_is_caught(void **state)
{
	(void)state;
	struct case_schema schema = dataset_case_schema(&fixture_ds);
	struct scenario s;
	char *err = NULL;
	if (!scenario_load("timestamping-service", &fixture_data, &schema, &s, &err))
		fail_msg("%s", err);
	struct deadlines dl;
	struct evaluation ev;
	rules_evaluate(&fixture_ds.rules, &s.truth, s.end, LANG_EN, &ev);
	assert_int_equal(ev.verdict, VERDICT_SIGNIFICANT);
	deadlines_compute(&s.truth, &ev, s.end, &dl);
	evaluation_free(&ev);
	/* A trust service's notification is due at +24 h, not +72 h. */
	for (size_t i = 0; i < dl.n; i++)
		if (dl.items[i].stage == STAGE_NOTIFICATION)
			assert_int_equal(dl.items[i].due, s.truth.incident.aware.t + 24 * 3600);
	assert_int_equal(s.expected.due[STAGE_NOTIFICATION].t, s.truth.incident.aware.t + 24 * 3600);

	/* --training refuses it, saying what differs. */
	s.expected.due[STAGE_NOTIFICATION].t += 48 * 3600;
	assert_false(scenario_check("trust", &s, &fixture_ds.rules, &err));
	assert_string_equal(err, "trust: the scenario expects the notification due at "
				 "2026-09-11T10:45:00+02:00, but the rules give 2026-09-09T10:45:00+02:00");
	free(err);
	s.expected.due[STAGE_NOTIFICATION].t -= 48 * 3600;
	free(s.expected.met[0]);
	s.expected.met[0] = xstrdup("IR14b");
	assert_false(scenario_check("trust", &s, &fixture_ds.rules, &err));
	assert_string_equal(err, "trust: the scenario expects the criteria met to be IR14b, but the "
				 "rules meet IR14a for its case at its end");
	free(err);
	s.expected.verdict = VERDICT_NOT_SIGNIFICANT;
	assert_false(scenario_check("trust", &s, &fixture_ds.rules, &err));
	assert_string_equal(err, "trust: the scenario expects the verdict not-significant, but the "
				 "rules give significant for its case at its end");
	free(err);
	scenario_free(&s);
}

static const struct debrief_answer *find(const struct debrief *d, const char *field)
{
	for (size_t i = 0; i < d->n_answers; i++)
		if (strcmp(d->answers[i].field, field) == 0)
			return &d->answers[i];
	fail_msg("no answer %s", field);
	return NULL;
}

/* Fair scores: only what was asked and revealed counts, and a different
 * answer on the same side of every threshold, or an awareness within the
 * scenario's tolerance, is right with its difference kept. */
static void test_fair_scoring(void **state)
{
	(void)state;
	struct case_schema schema = dataset_case_schema(&fixture_ds);
	struct scenario s;
	char *err = NULL;
	if (!scenario_load("timestamping-service", &fixture_data, &schema, &s, &err))
		fail_msg("%s", err);
	const struct ruleset *rs = &fixture_ds.rules;
	struct case_file c = s.truth;          /* shallow: impact replaced below */
	struct fact_value impact[64];
	assert_true(s.truth.n_impact <= 64);
	memcpy(impact, s.truth.impact, s.truth.n_impact * sizeof(*impact));
	c.impact = impact;
	c.incident.aware.t += 4 * 60;          /* 10:49: within 10 minutes */
	for (size_t i = 0; i < c.n_impact; i++)
		if (!strcmp(impact[i].name, "complete_outage_minutes"))
			impact[i].v = 26;          /* > 20 as 25 is */
		else if (!strcmp(impact[i].name, "loss_eur"))
			impact[i].v = 5;           /* a guess */
	c.entity.turnover_eur.set = false;
	/* The debrief at 11:00: the finance inject (11:30) has not come. */
	instant_t at = s.truth.incident.aware.t + 15 * 60;
	struct debrief d;
	debrief_build(rs, &s, &c, NULL, NULL, at, &d);
	const struct debrief_answer *a = find(&d, "incident.aware");
	assert_int_equal(a->mark, DBM_SAME_EFFECT);
	assert_int_equal(a->given.n - a->expected.n, 4 * 60);
	assert_int_equal(a->revealed_by, 0);
	assert_int_equal(find(&d, "impact.complete_outage_minutes")->mark, DBM_SAME_EFFECT);
	assert_int_equal(find(&d, "entity.turnover_eur")->mark, DBM_NOT_REVEALED);
	assert_int_equal(find(&d, "impact.loss_eur")->mark, DBM_NOT_REVEALED);
	assert_int_equal(find(&d, "entity.users")->revealed_by, REVEALED_BRIEFING);
	assert_false(d.wrong_aware);
	size_t scored = d.answers_total;
	assert_int_equal(d.answers_right, scored);
	debrief_free(&d);

	/* At the end the finance inject counts; 19 minutes is the other side
	 * of 20; 11 minutes off is beyond the tolerance. */
	for (size_t i = 0; i < c.n_impact; i++)
		if (!strcmp(impact[i].name, "complete_outage_minutes"))
			impact[i].v = 19;
	c.incident.aware.t += 7 * 60;
	debrief_build(rs, &s, &c, NULL, NULL, s.end, &d);
	assert_int_equal(find(&d, "impact.complete_outage_minutes")->mark, DBM_DIFFERS);
	assert_int_equal(find(&d, "incident.aware")->mark, DBM_DIFFERS);
	assert_true(d.wrong_aware);
	assert_int_equal(find(&d, "impact.loss_eur")->mark, DBM_SAME_EFFECT);
	assert_int_equal(find(&d, "impact.loss_eur")->revealed_by, 2);
	assert_int_equal(find(&d, "entity.turnover_eur")->mark, DBM_UNANSWERED);
	assert_int_equal(d.answers_total, scored + 5);  /* the finance inject's five */
	assert_int_equal(d.answers_right, d.answers_total - 3);
	debrief_free(&d);

	/* A trainee who took the entity for a general one was never asked
	 * the trust service's facts: they are not scored, the type is the
	 * root cause. */
	struct case_file g;
	case_init(&g);
	g.entity.type_set = true;
	g.entity.type = ET_GENERAL;
	debrief_build(rs, &s, &g, NULL, NULL, s.end, &d);
	assert_true(d.wrong_type);
	assert_int_equal(find(&d, "entity.type")->mark, DBM_DIFFERS);
	assert_int_equal(find(&d, "impact.complete_outage_minutes")->mark, DBM_NOT_ASKED);
	assert_int_equal(find(&d, "impact.loss_eur")->mark, DBM_UNANSWERED);
	char *text = render_debrief(&d, &s, &fixture_ds, LANG_EN, DEBRIEF_TEXT);
	char *flat = squeeze(text);
	assert_non_null(strstr(flat, "First, the root causes"));
	assert_true(strstr(flat, "root causes") < strstr(flat, "Verdict"));
	assert_non_null(strstr(flat, "not asked of you, not scored"));
	free(flat);
	free(text);
	debrief_free(&d);
	case_free(&g);
	scenario_free(&s);
}

/* The check warns its author about an answer that is never revealed, and
 * about one the wizard never asks for the scenario's entity. */
static void test_warnings(void **state)
{
	(void)state;
	struct case_schema schema = dataset_case_schema(&fixture_ds);
	struct scenario s;
	char *err = NULL;
	if (!scenario_load("timestamping-service", &fixture_data, &schema, &s, &err))
		fail_msg("%s", err);
	char **w = NULL;
	assert_int_equal(scenario_warnings("trust", &s, &fixture_ds.rules, &w), 0);
	free(w);
	s.n_injects = 2;                       /* drop the finance inject */
	s.truth.entity.dora = (struct opt_bool){ true, false };
	size_t n = scenario_warnings("trust", &s, &fixture_ds.rules, &w);
	s.n_injects = 3;
	assert_int_equal(n, 6);
	assert_string_equal(w[0], "trust: the wizard never asks for entity.dora for this entity type "
				  "and these sectors; it is never scored");
	assert_string_equal(w[1], "trust: neither the briefing nor any inject reveals "
				  "entity.turnover_eur; it is never scored");
	for (size_t i = 0; i < n; i++)
		free(w[i]);
	free(w);
	scenario_free(&s);
}

/* The check's warnings do not depend on the scenario's languages nor on
 * its actions: a scenario in Dutch and French only, with an action per
 * inject, is checked and warned about as a three-language one. */
static void test_warnings_language_subset(void **state)
{
	(void)state;
	struct case_schema schema = dataset_case_schema(&fixture_ds);
	const char *top = getenv("TOP_SRCDIR");
	char *path = xasprintf("%s/tests/scenarios/e2e-nl-fr-drill.yaml", top ? top : ".");
	struct scenario s;
	char *err = NULL;
	if (!scenario_load(path, &fixture_data, &schema, &s, &err))
		fail_msg("%s", err);
	free(path);
	assert_false(scenario_has_lang(&s, LANG_EN));
	assert_non_null(s.injects[0].action.s[LANG_NL]);
	if (!scenario_check("drill", &s, &fixture_ds.rules, &err))
		fail_msg("%s", err);
	char **w = NULL;
	size_t n = scenario_warnings("drill", &s, &fixture_ds.rules, &w);
	for (size_t i = 0; i < n; i++)
		fail_msg("unexpected warning: %s", w[i]);
	free(w);
	/* without the finance inject the loss is never revealed */
	s.n_injects = 2;
	n = scenario_warnings("drill", &s, &fixture_ds.rules, &w);
	s.n_injects = 3;
	assert_int_equal(n, 1);
	assert_string_equal(w[0], "drill: neither the briefing nor any inject reveals impact.loss_eur; "
				  "it is never scored");
	free(w[0]);
	free(w);
	scenario_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_scenarios),
		cmocka_unit_test(test_wrong_expectation_is_caught),
		cmocka_unit_test(test_fair_scoring),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_warnings_language_subset),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
