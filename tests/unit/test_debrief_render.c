/* test_debrief_render.c: the debrief as text keeps to 80 columns and says
 * what differs; as markdown it is tables; data texts come in the chosen
 * language. */
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
#include "io/debrief_render.h"

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
	s->refs[0].section = xstrdup("A.4");
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
	debrief_build(s, c, &e, &dl, s->end, d);
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
	struct fact_registry facts = { 0 };
	facts.defs = xcalloc(1, sizeof(*facts.defs));
	facts.defs[0].name = xstrdup("excess_access");
	facts.defs[0].kind = FACT_BOOL;
	facts.n = 1;

	char *out = render_debrief(&d, &s, &facts, LANG_EN, DEBRIEF_TEXT);
	assert_lines_fit(out, 80);
	assert_non_null(strstr(out, "Debrief: Ransomware | water"));
	assert_non_null(strstr(out, "Answers: 1 of 3 as expected."));
	assert_non_null(strstr(out, "Reports: 0 on time, 1 late, 0 missing."));
	assert_non_null(strstr(out, "G1"));
	assert_non_null(strstr(out, "expected, but missed"));
	assert_non_null(strstr(out, "sent late"));
	/* Both times, with the offset of the day. */
	assert_non_null(strstr(out, "2026-11-23 09:30 +01:00"));
	assert_non_null(strstr(out, "2026-11-23 11:30 +01:00"));
	assert_non_null(strstr(out, "! incident.malicious"));
	assert_non_null(strstr(out, "! incident.aware\n      expected: 2026-11-22 09:30 +01:00\n"
				    "      yours: 2026-11-22 10:30 +01:00  (differs)\n"));
	assert_non_null(strstr(out, "expected: yes;  yours: unsure"));
	assert_non_null(strstr(out, "impact.excess_access\n      expected: yes;  yours: yes"));
	assert_non_null(strstr(out, "A.4\n    Early warning within 24 hours."));
	assert_non_null(strstr(out, "loses water"));
	free(out);

	out = render_debrief(&d, &s, &facts, LANG_FR, DEBRIEF_TEXT);
	assert_non_null(strstr(out, "Rançongiciel"));
	assert_non_null(strstr(out, "Alerte précoce dans les 24 heures."));
	free(out);

	facts_free(&facts);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

static void test_markdown(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct debrief d;
	make(&s, &c, &d);
	char *out = render_debrief(&d, &s, NULL, LANG_NL, DEBRIEF_MARKDOWN);
	assert_non_null(strstr(out, "# Debrief: Ransomware bij water\n"));
	assert_non_null(strstr(out, "\n## Verdict\n\n"));
	assert_non_null(strstr(out, "|---|---|---|\n"));
	assert_non_null(strstr(out, "| G1 | expected, but missed |\n"));
	assert_non_null(strstr(out, "| incident.malicious | yes | unsure | differs |\n"));
	/* Without a registry a fact is shown as its number. */
	assert_non_null(strstr(out, "| impact.excess_access | 1 | 1 | as expected |\n"));
	assert_non_null(strstr(out, "- **A.4**: Vroegtijdige waarschuwing binnen 24 uur.\n"));
	free(out);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_markdown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
