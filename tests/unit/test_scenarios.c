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
	debrief_build(s, &blank, &ev, &dl, s->end, &d);
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
			if (crit && d.answers[i].mark != DBM_MATCH) {
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
			if (!strstr(text, ref) || !strstr(md, ref))
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

static void check_one(const char *name)
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

	/* A trainee who answers as the scenario: nothing differs. */
	struct debrief d;
	debrief_build(&s, &s.truth, &ev, &dl, s.end, &d);
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
	assert_true(n >= 10);
	for (size_t i = 0; i < n; i++) {
		check_one(names[i]);
		free(names[i]);
	}
	free(names);
}

/* The check bites: a scenario whose expectation is wrong is caught. */
static void test_wrong_expectation_is_caught(void **state)
{
	(void)state;
	struct case_schema schema = dataset_case_schema(&fixture_ds);
	struct scenario s;
	char *err = NULL;
	if (!scenario_load("trust-service-25min", &fixture_data, &schema, &s, &err))
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
				 "2026-09-11T10:55:00+02:00, but the rules give 2026-09-09T10:55:00+02:00");
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_scenarios),
		cmocka_unit_test(test_wrong_expectation_is_caught),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
