/* test_evaluation_render.c: --evaluate's JSON is exactly the object of
 * nis2-notify-case(5), and its text says what a person needs. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "case_fixture.h"
#include "core/deadlines.h"
#include "core/xalloc.h"
#include "io/evaluation_render.h"
#include "io/timefmt.h"

static instant_t at(const char *s)
{
	instant_t t;
	assert_int_equal(clock_parse(s, &t), CLOCK_PARSE_OK);
	return t;
}

static void load_example(struct case_schema *s, struct case_file *c)
{
	const char *top = getenv("TOP_SRCDIR");
	char *path = xasprintf("%s/tests/cases/good/spec-example.yaml", top ? top : "."), *err = NULL;
	fixture_schema_load(s);
	if (!case_load_file(path, s, c, &err))
		fail_msg("%s", err);
	free(path);
}

/* The evaluation the engine gives for the spec's example (its text aside). */
static void example_evaluation(struct evaluation *e, struct case_schema *s)
{
	memset(e, 0, sizeof(*e));
	e->verdict = VERDICT_SIGNIFICANT;
	e->regime = REGIME_GUIDE;
	e->n_met = 1;
	e->met = xcalloc(1, sizeof(char *));
	e->met[0] = xstrdup("G2a");
	e->n_missing = 2;
	e->missing = xcalloc(2, sizeof(char *));
	e->missing[0] = xstrdup("excess_access");
	e->missing[1] = xstrdup("other_severe_impact");
	e->n_explanation = 1;
	e->explanation = xcalloc(1, sizeof(*e->explanation));
	e->explanation[0].id = xstrdup("G2a");
	e->explanation[0].text = xstrdup("24 % of the users \"without\" access for 150 min");
	/* a question from the registry, long enough to wrap */
	struct fact_def *f = (struct fact_def *)facts_find(s->facts, "other_severe_impact");
	free(f->question.s[LANG_EN]);
	f->question.s[LANG_EN] = xstrdup("Did the incident cause or could it cause severe operational disruption "
					 "of the service, financial loss, or considerable damage to others?");
}

static void test_json_spec_example(void **state)
{
	struct case_schema s;
	struct case_file c;
	struct evaluation e;
	struct deadlines d;
	load_example(&s, &c);
	example_evaluation(&e, &s);
	e.disruption = DISRUPTION_ENDED;
	deadlines_compute(&c, &e, at("2026-12-02T10:00:00+01:00"), &d);
	char *json = render_evaluation_json(&e, &d);
	assert_string_equal(json,
		"{\n"
		"  \"verdict\": \"significant\",\n"
		"  \"regime\": \"guide\",\n"
		"  \"met\": [\"G2a\"],\n"
		"  \"missing\": [\"excess_access\", \"other_severe_impact\"],\n"
		"  \"explanation\": [\n"
		"    {\"id\": \"G2a\", \"text\": \"24 % of the users \\\"without\\\" access for 150 min\"}\n"
		"  ],\n"
		"  \"warnings\": [],\n"
		"  \"disruption\": \"ended\",\n"
		"  \"near\": [],\n"
		"  \"deadlines\": [\n"
		"    {\"stage\": \"early-warning\", \"due\": \"2026-11-23T09:30:00+01:00\", \"status\": \"done\", "
		"\"submitted\": \"2026-11-22T11:00:00+01:00\"},\n"
		"    {\"stage\": \"notification\", \"due\": \"2026-11-25T09:30:00+01:00\", \"status\": \"done\", "
		"\"submitted\": \"2026-11-24T16:00:00+01:00\"},\n"
		"    {\"stage\": \"intermediate\", \"due\": null, \"status\": \"on-request\"},\n"
		"    {\"stage\": \"final\", \"due\": \"2026-12-24T16:00:00+01:00\", \"status\": \"due\"},\n"
		"    {\"stage\": \"recipients\", \"due\": null, \"status\": \"no-deadline\"},\n"
		"    {\"stage\": \"gdpr\", \"due\": \"2026-11-25T10:15:00+01:00\", \"status\": \"done\", "
		"\"submitted\": \"2026-11-23T10:00:00+01:00\"}\n"
		"  ]\n"
		"}\n");
	free(json);

	/* late reports say so; nothing else carries "late" */
	c.reports[STAGE_EARLY_WARNING].t = at("2026-11-23T09:30:01+01:00");
	deadlines_compute(&c, &e, at("2026-12-02T10:00:00+01:00"), &d);
	json = render_evaluation_json(&e, &d);
	assert_non_null(strstr(json, "\"submitted\": \"2026-11-23T09:30:01+01:00\", \"late\": true}"));
	char *late = strstr(json, "\"late\"");
	assert_null(strstr(late + 1, "\"late\""));
	free(json);
	evaluation_free(&e);
	case_free(&c);
	fixture_schema_free(&s);
}

static void test_text_example(void **state)
{
	struct case_schema s;
	struct case_file c;
	struct evaluation e;
	struct deadlines d;
	instant_t now = at("2026-12-02T10:00:00+01:00");
	load_example(&s, &c);
	example_evaluation(&e, &s);
	e.n_warnings = 1;
	e.warnings = xcalloc(1, sizeof(*e.warnings));
	e.warnings[0].id = xstrdup("time-order");
	e.warnings[0].text = xstrdup("a note\x1b[31m with an escape");
	deadlines_compute(&c, &e, now, &d);
	char *text = render_evaluation_text(&e, &d, NULL, &c, s.facts, now, LANG_EN);
	assert_non_null(strstr(text, "Waterbedrijf Voorbeeld NV\nVerdict: significant incident: notify the CCB\n"));
	assert_non_null(strstr(text, "  - G2a: 24 % of the users"));
	assert_non_null(strstr(text, "  - Did someone obtain more access rights than intended to the"));
	assert_non_null(strstr(text, "supporting the service? [excess_access]\n"));
	assert_non_null(strstr(text, "Each report without undue delay, and at the latest at the time shown."));
	assert_non_null(strstr(text, "  final report\n      at the latest Thu 2026-12-24 16:00 (+01:00)\n      due: in 22 d 6 h 00 min\n"));
	assert_non_null(strstr(text, "  early warning\n      at the latest Mon 2026-11-23 09:30 (+01:00)\n      done Sun 2026-11-22 11:00 (+01:00)\n"));
	assert_non_null(strstr(text, "GBA/APD"));
	/* every line fits 80 columns */
	for (const char *p = text, *nl; (nl = strchr(p, '\n')); p = nl + 1)
		if (nl - p > 80)
			fail_msg("too wide: %.*s", (int)(nl - p), p);
	/* text from a file never reaches the terminal with its escapes */
	assert_null(strchr(text, '\x1b'));
	assert_non_null(strstr(text, "  - Did the incident cause or could it cause severe operational disruption of\n"
				     "    the service, financial loss, or considerable damage to others?\n"
				     "    [other_severe_impact]\n"));
	assert_non_null(strstr(text, "Notes:\n  - a note[31m with an escape\n"));
	free(text);

	/* undetermined: the deadlines hold "if significant" */
	e.verdict = VERDICT_UNDETERMINED;
	c.reports[STAGE_NOTIFICATION].set = false;
	deadlines_compute(&c, &e, now, &d);
	text = render_evaluation_text(&e, &d, NULL, &c, s.facts, now, LANG_EN);
	assert_non_null(strstr(text, "Deadlines if the incident is significant (Brussels time):"));
	assert_non_null(strstr(text, "OVERDUE: overdue by 7 d 0 h 30 min"));
	free(text);
	evaluation_free(&e);
	case_free(&c);
	fixture_schema_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_spec_example),
		cmocka_unit_test(test_text_example),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
