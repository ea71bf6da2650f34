/* test_debrief_json.c: the JSON debrief parses back (io/json_read.h)
 * with the stable keys nis2-notify(1) documents, and the strict reader
 * refuses what is not JSON at the right line and column. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/debrief.h"
#include "core/xalloc.h"
#include "io/dataset.h"
#include "io/debrief_json.h"
#include "io/debrief_render.h"
#include "io/json_read.h"

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

static const struct json *answer(const struct json *root, const char *field)
{
	const struct json *a = json_get(root, "answers");
	assert_non_null(a);
	for (size_t i = 0; i < a->n; i++)
		if (!strcmp(json_str(json_get(&a->items[i], "field")), field))
			return &a->items[i];
	fail_msg("no answer %s", field);
	return NULL;
}

static void test_parse_back(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct debrief d;
	make(&s, &c, &d);
	s.id = xstrdup("water \"quoted\"");
	s.version = xstrdup("2");
	d.trainee = "Équipe 3";

	char *out = render_debrief(&d, &s, &fixture_ds, LANG_FR, DEBRIEF_JSON);
	struct json root;
	size_t line = 0, col = 0;
	char *err = NULL;
	if (!json_parse(out, strlen(out), &root, &line, &col, &err))
		fail_msg("%zu:%zu: %s\n%s", line, col, err, out);
	assert_string_equal(json_str(json_get(&root, "format")), DEBRIEF_JSON_FORMAT);
	assert_int_equal(json_get(&root, "format_version")->i, DEBRIEF_JSON_VERSION);
	assert_string_equal(json_str(json_get(&root, "trainee")), "Équipe 3");
	const struct json *sc = json_get(&root, "scenario");
	assert_string_equal(json_str(json_get(sc, "id")), "water \"quoted\"");
	assert_string_equal(json_str(json_get(sc, "version")), "2");
	assert_string_equal(json_str(json_get(&root, "language")), "fr");
	assert_string_equal(json_str(json_get(&root, "exercise_end")), "2026-11-23T15:30:00+01:00");
	const struct json *v = json_get(&root, "verdict");
	assert_string_equal(json_str(json_get(v, "expected")), "significant");
	assert_string_equal(json_str(json_get(v, "given")), "undetermined");
	assert_false(json_get(v, "match")->b);

	/* Values as the case file writes them, the mark and where it was
	 * revealed. */
	const struct json *mal = answer(&root, "incident.malicious");
	assert_string_equal(json_str(json_get(mal, "expected")), "yes");
	assert_string_equal(json_str(json_get(mal, "given")), "unsure");
	assert_string_equal(json_str(json_get(mal, "mark")), "differs");
	assert_true(json_get(mal, "scored")->b);
	assert_false(json_get(mal, "right")->b);
	assert_int_equal(json_get(mal, "not_scored")->type, JSON_NULL);
	assert_true(json_get(json_get(mal, "revealed_by"), "briefing")->b);
	const struct json *ex = answer(&root, "impact.excess_access");
	assert_int_equal(json_get(ex, "expected")->type, JSON_BOOL);
	assert_true(json_get(ex, "given")->b);
	const struct json *aw = answer(&root, "incident.aware");
	assert_string_equal(json_str(json_get(aw, "given")), "2026-11-22T10:30:00+01:00");

	const struct json *cr = json_get(&root, "criteria");
	assert_int_equal(cr->n, 1);
	assert_string_equal(json_str(json_get(&cr->items[0], "id")), "G1");
	assert_string_equal(json_str(json_get(&cr->items[0], "mark")), "missed");

	const struct json *st = json_get(&root, "stages");
	assert_int_equal(st->n, d.n_stages);
	const struct json *ew = &st->items[0];
	assert_string_equal(json_str(json_get(ew, "stage")), "early-warning");
	assert_string_equal(json_str(json_get(ew, "status")), "late");
	assert_string_equal(json_str(json_get(ew, "sent")), "2026-11-23T11:30:00+01:00");
	assert_string_equal(json_str(json_get(ew, "expected_due")), "2026-11-23T09:30:00+01:00");
	assert_int_equal(json_get(ew, "trainee_due")->type, JSON_NULL);
	assert_int_equal(json_get(ew, "since_awareness_s")->i, 26 * HOUR);

	const struct json *n = json_get(&root, "counts");
	assert_int_equal(json_get(n, "answers_right")->i, (int64_t)d.answers_right);
	assert_int_equal(json_get(n, "answers_total")->i, (int64_t)d.answers_total);
	assert_int_equal(json_get(n, "reports_late")->i, 1);
	const struct json *t = json_get(&root, "times");
	assert_int_equal(json_get(t, "awareness_to_early_warning_s")->i, 26 * HOUR);
	assert_int_equal(json_get(t, "verdict_to_early_warning_s")->type, JSON_NULL);
	assert_int_equal(json_get(&root, "root_causes")->type, JSON_ARRAY);

	/* With a recorded verdict time, the time from it to the early warning. */
	d.verdict_at_set = true;
	d.verdict_at = AWARE + 2 * HOUR;
	json_free(&root);
	free(out);
	out = render_debrief(&d, &s, &fixture_ds, LANG_FR, DEBRIEF_JSON);
	assert_true(json_parse(out, strlen(out), &root, &line, &col, &err));
	assert_int_equal(json_get(json_get(&root, "times"), "verdict_to_early_warning_s")->i, 24 * HOUR);
	assert_string_equal(json_str(json_get(json_get(&root, "times"), "first_verdict_at")),
			    "2026-11-22T11:30:00+01:00");
	json_free(&root);
	free(out);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}


/* The timeline: the reports sent (debrief_build) and the verdict changes of
 * a journal, in order of time; the first "significant" sets the times. */
static void test_timeline(void **state)
{
	(void)state;
	struct scenario s;
	struct case_file c;
	struct debrief d;
	make(&s, &c, &d);
	assert_int_equal(d.n_events, 1);
	assert_int_equal(d.events[0].kind, DBE_REPORT);
	debrief_add_verdict(&d, AWARE + 2 * HOUR, VERDICT_SIGNIFICANT);
	debrief_add_verdict(&d, AWARE + HOUR / 2, VERDICT_NOT_SIGNIFICANT);
	debrief_add_verdict(&d, AWARE + 3 * HOUR, VERDICT_SIGNIFICANT);
	assert_int_equal(d.n_events, 4);
	assert_int_equal(d.events[0].kind, DBE_VERDICT);
	assert_int_equal(d.events[0].verdict, VERDICT_NOT_SIGNIFICANT);
	assert_int_equal(d.events[1].at, AWARE + 2 * HOUR);
	assert_int_equal(d.events[3].kind, DBE_REPORT);
	assert_true(d.verdict_at_set);
	assert_int_equal(d.verdict_at, AWARE + 2 * HOUR);

	char *out = render_debrief(&d, &s, &fixture_ds, LANG_EN, DEBRIEF_JSON);
	struct json root;
	size_t line = 0, col = 0;
	char *err = NULL;
	if (!json_parse(out, strlen(out), &root, &line, &col, &err))
		fail_msg("%zu:%zu: %s", line, col, err);
	const struct json *t = json_get(&root, "timeline");
	assert_int_equal(t->n, 4);
	assert_string_equal(json_str(json_get(&t->items[0], "kind")), "verdict");
	assert_string_equal(json_str(json_get(&t->items[0], "verdict")), "not-significant");
	assert_string_equal(json_str(json_get(&t->items[3], "stage")), "early-warning");
	const struct json *times = json_get(&root, "times");
	assert_int_equal(json_get(times, "awareness_to_verdict_s")->i, 2 * HOUR);
	assert_int_equal(json_get(times, "verdict_to_early_warning_s")->i, 24 * HOUR);
	json_free(&root);
	free(out);

	out = render_debrief(&d, &s, &fixture_ds, LANG_EN, DEBRIEF_TEXT);
	assert_non_null(strstr(out, "Timeline: the news and your decisions\n"));
	assert_non_null(strstr(out, "  2026-11-22 10:00 +01:00  your verdict: not significant"));
	assert_non_null(strstr(out, "  2026-11-23 11:30 +01:00  you sent: early warning\n"));
	free(out);
	debrief_free(&d);
	case_free(&c);
	scenario_free(&s);
}

static void refused(const char *text, size_t want_line, size_t want_col)
{
	struct json j;
	size_t line = 0, col = 0;
	char *err = NULL;
	if (json_parse(text, strlen(text), &j, &line, &col, &err)) {
		json_free(&j);
		fail_msg("accepted: %s", text);
	}
	assert_non_null(err);
	if (line != want_line || col != want_col)
		fail_msg("%s: at %zu:%zu, not %zu:%zu (%s)", text, line, col, want_line, want_col, err);
	free(err);
}

static void test_strict(void **state)
{
	(void)state;
	refused("", 1, 1);
	refused("{\"a\": 1,}", 1, 9);
	refused("{\n  \"a\": tru\n}", 2, 8);
	refused("[1, 2] x", 1, 8);
	refused("{\"a\": 1, \"a\": 2}", 1, 10);
	refused("[01]", 1, 3);
	refused("[\"\\u0000\"]", 1, 3);
	refused("[\"\xc3\"]", 1, 3);
	refused("{\"é\": [1, }", 1, 11);
	refused("[\"tab\there\"]", 1, 6);

	struct json j;
	size_t line, col;
	char *err = NULL;
	const char *ok = " {\"s\": \"\\u00e9\\ud83d\\ude00\\n\", \"n\": -12, \"d\": 1.5e1, "
			 "\"a\": [true, false, null], \"o\": {}} ";
	assert_true(json_parse(ok, strlen(ok), &j, &line, &col, &err));
	assert_string_equal(json_str(json_get(&j, "s")), "é\xf0\x9f\x98\x80\n");
	assert_true(json_get(&j, "n")->integer);
	assert_int_equal(json_get(&j, "n")->i, -12);
	assert_false(json_get(&j, "d")->integer);
	assert_true(json_get(&j, "d")->d == 15.0);
	assert_int_equal(json_get(&j, "a")->n, 3);
	assert_int_equal(json_get(&j, "o")->type, JSON_OBJECT);
	assert_null(json_get(&j, "missing"));
	json_free(&j);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_back),
		cmocka_unit_test(test_strict),
		cmocka_unit_test(test_timeline),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
