/* test_debrief_render.c: the debrief as text keeps to 80 columns and says
 * what differs; as markdown it is tables; each answer is shown as the
 * question the wizard asks, each difference and criterion with its guide
 * reference; data texts come in the chosen language. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/debrief.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/answer_labels.h"
#include "io/dataset.h"
#include "io/debrief_render.h"

#include "data_fixture.h"

#define AWARE INT64_C(1795336200)   /* 2026-11-22T09:30:00+01:00 */
#define HOUR INT64_C(3600)


static void text3_set(struct text3 *t, const char *en, const char *nl, const char *fr)
{
	t->s[LANG_EN] = xstrdup(en);
	t->s[LANG_NL] = xstrdup(nl);
	t->s[LANG_FR] = xstrdup(fr);
}

static void make(struct scenario *s, struct case_file *c, struct debrief *d)
{
	scenario_init(s);
	text3_set(&s->title, "Ransomware | water", "Ransomware bij water", "Rançongiciel");
	text3_set(&s->lesson,
		  "A suspected malicious event that changes the configuration of the systems "
		  "supporting the service is significant on its own, even when no customer "
		  "loses water and the loss stays under 250 000 euro.",
		  "Een vermoedelijk kwaadwillige gebeurtenis is op zich significant.",
		  "Un événement suspecté d'être malveillant est significatif à lui seul.");
	s->refs = xcalloc(1, sizeof(*s->refs));
	s->n_refs = 1;
	text3_set(&s->refs[0].section, "A.4", "A.4", "A.4");
	text3_set(&s->refs[0].text, "Early warning within 24 hours.",
		  "Vroegtijdige waarschuwing binnen 24 uur.", "Alerte précoce dans les 24 heures.");
	s->start = AWARE;
	s->end = AWARE + 30 * HOUR;
	s->expected.verdict = VERDICT_SIGNIFICANT;
	s->expected.met = xcalloc(1, sizeof(char *));
	s->expected.met[0] = xstrdup("G1");
	s->expected.n_met = 1;
	s->expected.due[STAGE_EARLY_WARNING] = (struct opt_time){ true, AWARE + 24 * HOUR };
	s->truth.incident.aware = (struct opt_time){ true, AWARE };
	s->truth.incident.malicious = MAL_YES;
	case_impact_set(&s->truth, "excess_access", 1);

	case_init(c);
	c->incident.aware = (struct opt_time){ true, AWARE + HOUR };
	c->incident.malicious = MAL_UNSURE;
	case_impact_set(c, "excess_access", 1);
	c->reports[STAGE_EARLY_WARNING] = (struct opt_time){ true, AWARE + 26 * HOUR };

	struct evaluation e;
	struct deadlines dl;
	memset(&e, 0, sizeof(e));
	memset(&dl, 0, sizeof(dl));
	e.verdict = VERDICT_UNDETERMINED;
	debrief_build(NULL, s, c, &e, &dl, s->end, d);
}

static void assert_lines_fit(const char *text, size_t width)
{
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		assert_non_null(nl);
		char *line = xstrndup(p, (size_t)(nl - p));
		if (utf8_chars(line) > width)
			fail_msg("line wider than %zu: '%s'", width, line);
		free(line);
		p = nl + 1;
	}
}

static void test_text(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct debrief d;
	make(&s, &c, &d);

	char *out = render_debrief(&d, &s, &fixture_ds, LANG_EN, DEBRIEF_TEXT);
	assert_lines_fit(out, 78);
	assert_non_null(strstr(out, "Debrief: Ransomware | water"));
	assert_non_null(strstr(out, "Answers: 1 of 3 as expected."));
	assert_non_null(strstr(out, "Reports: 0 on time, 1 late, 0 missing."));
	/* A criterion with its reference in the guide. */
	assert_non_null(strstr(out, "  G1      expected, but missed  (guide A.2, 1)\n"));
	assert_non_null(strstr(out, "  early warning: sent late\n"
				    "    due (expected)  2026-11-23 09:30 +01:00\n"
				    "    due (yours)     -\n"
				    "    sent            2026-11-23 11:30 +01:00\n"));
	/* A report without any time takes one line. */
	assert_non_null(strstr(out, "\n  intermediate report: no computed time\n"
				    "  informing the recipients of the service: no computed time\n\n"));
	/* Both times, with the offset of the day. */
	assert_non_null(strstr(out, "2026-11-23 09:30 +01:00"));
	assert_non_null(strstr(out, "2026-11-23 11:30 +01:00"));
	/* The answers as the wizard asked them, not as the case file names
	 * them; the words of a value in the reader's language. */
	assert_null(strstr(out, "incident.malicious"));
	assert_null(strstr(out, "impact.excess_access"));
	assert_non_null(strstr(out, "  ! Do you think the incident is the result of malicious intent (yes, no,\n"
				    "    unsure)?\n"
				    "      expected: yes;  yours: unsure  (differs)\n"
				    "      counts for: G1 (guide A.2, 1)\n"
				    "      revealed by: the briefing\n"));
	/* Two values too long for one line: one above the other. */
	assert_non_null(strstr(out, "  ! Aware of the significant incident\n"
				    "      expected: 2026-11-22 09:30 +01:00\n"
				    "      yours: 2026-11-22 10:30 +01:00  (differs)\n"
				    "      counts for: your deadlines (guide A.4)\n"));
	/* As expected: no "!", no criteria. */
	assert_non_null(strstr(out, "    Did someone obtain more access rights than intended to the networks,\n"
				    "    systems or information supporting the service?\n"
				    "      expected: yes;  yours: yes  (as expected)\n\n"));
	assert_non_null(strstr(out, "A.4\n    Early warning within 24 hours."));
	assert_non_null(strstr(out, "loses water"));
	free(out);

	/* The data's words in French: the question and the reference. */
	out = render_debrief(&d, &s, &fixture_ds, LANG_FR, DEBRIEF_TEXT);
	assert_lines_fit(out, 78);
	assert_non_null(strstr(out, "Rançongiciel"));
	assert_non_null(strstr(out, "Pensez-vous que l'incident résulte d'une intention malveillante"));
	assert_non_null(strstr(out, "Quelqu'un a-t-il obtenu plus de droits d'accès que prévu"));
	assert_non_null(strstr(out, "(guide A.2, 1)"));
	assert_non_null(strstr(out, "Alerte précoce dans les 24 heures."));
	free(out);

	out = render_debrief(&d, &s, &fixture_ds, LANG_NL, DEBRIEF_TEXT);
	assert_non_null(strstr(out, "Denkt u dat het incident het gevolg is van kwaad opzet"));
	assert_non_null(strstr(out, "(gids A.2, 1)"));
	free(out);

	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

/* The words a field is shown with: the registry's question for a fact
 * wherever the case keeps it, the wizard's wording for the rest. */
static void test_questions(void **state)
{
	(void)state;
	assert_string_equal(answer_question("impact.outage_users", &fixture_ds.facts, LANG_EN),
			    text3_get(&facts_find(&fixture_ds.facts, "outage_users")->question, LANG_EN));
	assert_string_equal(answer_question("entity.users", &fixture_ds.facts, LANG_NL),
			    text3_get(&facts_find(&fixture_ds.facts, "users")->question, LANG_NL));
	assert_string_equal(answer_question("incident.malicious", &fixture_ds.facts, LANG_FR),
			    text3_get(&facts_find(&fixture_ds.facts, "malicious")->question, LANG_FR));
	assert_string_equal(answer_question("entity.nis2", &fixture_ds.facts, LANG_EN), "Status under the NIS2 law");
	assert_string_equal(answer_question("incident.planned_maintenance", &fixture_ds.facts, LANG_EN),
			    "Only the planned effects of scheduled maintenance?");
	/* A fact in the wrong place, or none, keeps its field name. */
	assert_string_equal(answer_question("impact.users", &fixture_ds.facts, LANG_EN), "impact.users");
	assert_string_equal(answer_question("impact.outage_users", NULL, LANG_EN), "impact.outage_users");

	/* The criteria that read a fact, per entity type, with references. */
	char *g = answer_criteria("impact.outage_users", &fixture_ds.rules, ET_GENERAL, LANG_EN);
	assert_non_null(g);
	assert_non_null(strstr(g, "G2a (guide A.2, 2)"));
	free(g);
	g = answer_criteria("entity.turnover_eur", &fixture_ds.rules, ET_GENERAL, LANG_NL);
	assert_non_null(g);
	assert_non_null(strstr(g, "(gids A.2, 3)"));
	free(g);
	g = answer_criteria("impact.complete_outage_minutes", &fixture_ds.rules, ET_CLOUD, LANG_EN);
	assert_non_null(g);
	assert_non_null(strstr(g, "IR"));
	free(g);
	assert_null(answer_criteria("entity.nis2", &fixture_ds.rules, ET_GENERAL, LANG_EN));
	assert_null(answer_criteria("impact.outage_users", NULL, ET_GENERAL, LANG_EN));
}

static void test_markdown(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct debrief d;
	make(&s, &c, &d);
	char *out = render_debrief(&d, &s, &fixture_ds, LANG_NL, DEBRIEF_MARKDOWN);
	assert_non_null(strstr(out, "# Debrief: Ransomware bij water\n"));
	assert_non_null(strstr(out, "\n## Verdict\n\n"));
	assert_non_null(strstr(out, "|---|---|---|\n"));
	assert_non_null(strstr(out, "| G1 | gids A.2, 1 | expected, but missed |\n"));
	/* The question in the data's language, the field's name for the
	 * trainer, and the criterion the difference touches. */
	assert_non_null(strstr(out, "| Denkt u dat het incident het gevolg is van kwaad opzet (ja, nee, "
				    "onzeker)? `incident.malicious` | yes | unsure | differs | "
				    "G1 (gids A.2, 1) | the briefing |\n"));
	assert_non_null(strstr(out, "`impact.excess_access` | yes | yes | as expected |  | the briefing |\n"));
	assert_non_null(strstr(out, "- **A.4**: Vroegtijdige waarschuwing binnen 24 uur.\n"));
	free(out);

	/* Without the data: the field names, numbers as they are. */
	out = render_debrief(&d, &s, NULL, LANG_NL, DEBRIEF_MARKDOWN);
	assert_non_null(strstr(out, "| G1 |  | expected, but missed |\n"));
	assert_non_null(strstr(out, "| `incident.malicious` | yes | unsure | differs |  | the briefing |\n"));
	assert_non_null(strstr(out, "| `impact.excess_access` | 1 | 1 | as expected |  | the briefing |\n"));
	free(out);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_questions),
		cmocka_unit_test(test_markdown),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
