/* test_scenario_load.c: every shipped scenario loads; a bad scenario is an
 * error at its line and column; SCENARIO is a file or a shipped name. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "case_fixture.h"
#include "core/xalloc.h"
#include "io/scenario_load.h"

static struct case_schema schema;
static struct datasource data;
static char *data_dir;

static int setup(void **state)
{
	(void)state;
	fixture_schema_load(&schema);
	const char *top = getenv("TOP_SRCDIR");
	data_dir = top ? xasprintf("%s/data", top) : NULL;
	data.dir = data_dir;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fixture_schema_free(&schema);
	free(data_dir);
	return 0;
}

/* A valid scenario; each bad case below replaces one line of it. */
static const char good[] =
	"nis2-notify: 1\n"                                          /* 1 */
	"entity: { nis2: essential, type: general, users: 100 }\n"  /* 2 */
	"incident: { aware: 2026-03-10T07:25:00+01:00, malicious: yes }\n"
	"impact: { excess_access: true }\n"                         /* 4 */
	"scenario:\n"                                               /* 5 */
	"  title: { en: T, nl: T, fr: T }\n"                        /* 6 */
	"  briefing: { en: B, nl: B, fr: B }\n"                     /* 7 */
	"  lesson: { en: L, nl: L, fr: L }\n"                       /* 8 */
	"  start: 2026-03-10T07:00:00+01:00\n"                      /* 9 */
	"  end: 2026-03-11T07:00:00+01:00\n"                        /* 10 */
	"  injects:\n"                                              /* 11 */
	"    - { at: 2026-03-10T07:20:00+01:00, text: { en: A, nl: A, fr: A } }\n"
	"    - { at: 2026-03-10T08:00:00+01:00, text: { en: C, nl: C, fr: C } }\n"
	"  expected:\n"                                             /* 14 */
	"    verdict: significant\n"                                /* 15 */
	"    met: [G1]\n"                                           /* 16 */
	"    deadlines: { early-warning: 2026-03-11T07:25:00+01:00 }\n"
	"  guide:\n"                                                /* 18 */
	"    - { section: A.4, text: { en: R, nl: R, fr: R } }\n";  /* 19 */

/* good with line `line` (1-based) replaced by `with` (a whole line). */
static char *variant(int line, const char *with)
{
	char *out = xmalloc(sizeof(good) + strlen(with) + 2);
	const char *p = good;
	size_t o = 0;
	for (int l = 1; *p; l++) {
		const char *nl = strchr(p, '\n');
		size_t len = (size_t)(nl - p) + 1;
		if (l == line) {
			memcpy(out + o, with, strlen(with));
			o += strlen(with);
		} else {
			memcpy(out + o, p, len);
			o += len;
		}
		p += len;
	}
	out[o] = '\0';
	return out;
}

static void test_good(void **state)
{
	(void)state;
	struct scenario s;
	char *err = NULL;
	assert_true(scenario_load_buffer("good.yaml", good, strlen(good), &schema, &s, &err));
	assert_null(err);
	assert_string_equal(text3_get(&s.title, LANG_FR), "T");
	assert_int_equal(s.n_injects, 2);
	assert_string_equal(text3_get(&s.injects[1].text, LANG_NL), "C");
	assert_int_equal(s.expected.verdict, VERDICT_SIGNIFICANT);
	assert_int_equal(s.expected.n_met, 1);
	assert_true(s.expected.due[STAGE_EARLY_WARNING].set);
	assert_false(s.expected.due[STAGE_NOTIFICATION].set);
	assert_int_equal(s.expected.due[STAGE_EARLY_WARNING].t - s.truth.incident.aware.t, 86400);
	assert_int_equal(s.n_refs, 1);
	assert_string_equal(text3_get(&s.refs[0].section, LANG_NL), "A.4");
	assert_true(s.truth.incident.aware.set);
	scenario_free(&s);
}

struct bad {
	int line;
	const char *with;
	const char *where;   /* "origin:LINE:COL" prefix expected */
	const char *says;    /* a part of the message */
};

static void test_bad(void **state)
{
	(void)state;
	static const struct bad cases[] = {
		{ 5, "senario:\n", "bad.yaml:5:1:", "senario" },
		{ 6, "  title: { en: T, nl: T }\n", "bad.yaml:7:33:", "'fr'" },
		{ 7, "  briefing: { en: B, nl: B, fr: '' }\n", "bad.yaml:7:33:", "empty" },
		{ 8, "  lessons: { en: L, nl: L, fr: L }\n", "bad.yaml:8:3:", "lessons" },
		{ 10, "  end: 2026-03-10T06:00:00+01:00\n", "bad.yaml:10:8:", "end after" },
		{ 12, "    - { at: 2026-03-10T09:00:00+01:00, text: { en: A, nl: A, fr: A } }\n",
		  "bad.yaml:13:13:", "order" },
		{ 12, "    - { at: 2026-03-12T09:00:00+01:00, text: { en: A, nl: A, fr: A } }\n",
		  "bad.yaml:12:13:", "between" },
		{ 12, "    - { at: 2026-03-10T07:20:00+01:00 }\n", "bad.yaml:12:7:", "'text'" },
		{ 15, "    verdict: significnt\n", "bad.yaml:15:14:", "significnt" },
		{ 16, "    met: [G1, G1]\n", "bad.yaml:16:15:", "twice" },
		{ 17, "    deadlines: { early-waring: 2026-03-11T07:25:00+01:00 }\n",
		  "bad.yaml:17:18:", "early-waring" },
		{ 17, "    deadlines: { final: tomorrow }\n", "bad.yaml:17:25:", "tomorrow" },
		{ 19, "    - { section: A.4 }\n", "bad.yaml:19:7:", "'text'" },
		/* The case part is checked as a case file is. */
		{ 4, "impact: { exces_access: true }\n", "bad.yaml:4:11:", "exces_access" },
		{ 15, "    # no verdict\n", "bad.yaml:16:5:", "'verdict'" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *buf = variant(cases[i].line, cases[i].with);
		struct scenario s;
		char *err = NULL;
		bool ok = scenario_load_buffer("bad.yaml", buf, strlen(buf), &schema, &s, &err);
		if (ok || !err || strncmp(err, cases[i].where, strlen(cases[i].where)) != 0 ||
		    !strstr(err, cases[i].says))
			fail_msg("case %zu: expected %s ...%s..., got %s", i, cases[i].where,
				 cases[i].says, ok ? "success" : err);
		assert_int_equal(s.n_injects, 0);
		free(err);
		free(buf);
	}
}

/* The three-language texts are read by io/ytext.c; each problem keeps the
 * scenario's own message, word for word, at its line and column. */
static void test_text_messages(void **state)
{
	(void)state;
	static const struct bad cases[] = {
		/* the title sets the languages; the briefing differs */
		{ 6, "  title: { en: T, nl: T }\n",
		  "bad.yaml:7:33:", "briefing: a text in 'fr', but the title is in en and nl only "
		  "(every text of a scenario is in the same languages)" },
		{ 7, "  briefing: { nl: B, fr: B }\n",
		  "bad.yaml:7:13:", "briefing: the text in 'en' is missing (the title is in en, nl and fr: "
		  "every text of a scenario is in the same languages)" },
		{ 6, "  title: {}\n", "bad.yaml:6:10:", "title: give the text in at least one of en, nl and fr" },
		{ 7, "  briefing: { en: B, nl: B, fr: '' }\n", "bad.yaml:7:33:", "briefing: the text is empty" },
		{ 8, "  lesson: { en: '', nl: L, fr: L }\n", "bad.yaml:8:17:", "lesson: the text is empty" },
		{ 8, "  lesson: just one text\n", "bad.yaml:8:11:", "'lesson' must be a mapping of keys and values" },
		{ 8, "  lesson: { en: L, nl: L, fr: L, de: L }\n", "bad.yaml:8:34:", "unknown key 'de'" },
		{ 8, "  lesson: { en: [L], nl: L, fr: L }\n", "bad.yaml:8:17:", "expected text" },
		{ 12, "    - { at: 2026-03-10T07:20:00+01:00, text: { en: A, nl: A } }\n",
		  "bad.yaml:12:46:", "text: the text in 'fr' is missing (the title is in en, nl and fr: "
		  "every text of a scenario is in the same languages)" },
		{ 12, "    - { at: 2026-03-10T07:20:00+01:00, text: { en: A, nl: A, fr: A }, action: { nl: X } }\n",
		  "bad.yaml:12:79:", "action: the text in 'en' is missing (the title is in en, nl and fr: "
		  "every text of a scenario is in the same languages)" },
		{ 19, "    - { section: A.4, text: { en: R, nl: '', fr: R } }\n",
		  "bad.yaml:19:42:", "text: the text is empty" },
		{ 19, "    - { section: { en: A.4, nl: A.4 }, text: { en: R, nl: R, fr: R } }\n",
		  "bad.yaml:19:18:", "section: the text in 'fr' is missing (the title is in en, nl and fr: "
		  "every text of a scenario is in the same languages)" },
		{ 19, "    - { section: '', text: { en: R, nl: R, fr: R } }\n",
		  "bad.yaml:19:18:", "section: the text is empty" },
		{ 10, "  end: 2026-03-11T07:00:00+01:00\n  self_paced: maybe\n",
		  "bad.yaml:11:15:", "expected true or false, found 'maybe'" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *buf = variant(cases[i].line, cases[i].with);
		struct scenario s;
		char *err = NULL;
		char *want = xasprintf("%s %s", cases[i].where, cases[i].says);
		bool ok = scenario_load_buffer("bad.yaml", buf, strlen(buf), &schema, &s, &err);
		if (ok || !err || strcmp(err, want) != 0)
			fail_msg("case %zu: expected \"%s\", got \"%s\"", i, want, ok ? "success" : err);
		free(want);
		free(err);
		free(buf);
	}
	/* a text over the limit, in bytes */
	char *longtext = xmalloc(SCENARIO_TEXT_MAX + 2);
	memset(longtext, 'x', SCENARIO_TEXT_MAX + 1);
	longtext[SCENARIO_TEXT_MAX + 1] = '\0';
	char *line = xasprintf("  lesson: { en: L, nl: %s, fr: L }\n", longtext);
	char *buf = variant(8, line);
	struct scenario s;
	char *err = NULL;
	assert_false(scenario_load_buffer("bad.yaml", buf, strlen(buf), &schema, &s, &err));
	if (strcmp(err, "bad.yaml:8:24: text too long (4001 bytes; at most 4000)") != 0)
		fail_msg("too long: got \"%s\"", err);
	free(err);
	free(buf);
	free(line);
	free(longtext);
}

/* A scenario in Dutch and French only: offered in those, its guide section
 * a plain string in both, an action per inject where given. */
static const char nl_fr[] =
	"nis2-notify: 1\n"
	"entity: { nis2: essential, type: general, users: 100 }\n"
	"incident: { aware: 2026-03-10T07:25:00+01:00, malicious: yes }\n"
	"impact: { excess_access: true }\n"
	"scenario:\n"
	"  title: { nl: T-nl, fr: T-fr }\n"
	"  briefing: { nl: B, fr: B }\n"
	"  lesson: { nl: L, fr: L }\n"
	"  self_paced: true\n"
	"  start: 2026-03-10T07:00:00+01:00\n"
	"  end: 2026-03-11T08:00:00+01:00\n"
	"  injects:\n"
	"    - at: 2026-03-10T07:20:00+01:00\n"
	"      text: { nl: A, fr: A }\n"
	"      action: { nl: Bel de CSIRT, fr: Appelez le CSIRT }\n"
	"    - { at: 2026-03-10T08:00:00+01:00, text: { nl: C, fr: C } }\n"
	"  expected:\n"
	"    verdict: significant\n"
	"    met: [G1]\n"
	"    deadlines: { early-warning: 2026-03-11T07:25:00+01:00 }\n"
	"  guide:\n"
	"    - { section: A.4, text: { nl: R, fr: R } }\n"
	"    - { section: { nl: 'Bijlage 3, art. 14', fr: 'Annexe 3, art. 14' }, text: { nl: R, fr: R } }\n";

static void test_language_subset(void **state)
{
	(void)state;
	struct scenario s;
	char *err = NULL;
	if (!scenario_load_buffer("nlfr.yaml", nl_fr, strlen(nl_fr), &schema, &s, &err))
		fail_msg("%s", err);
	assert_true(scenario_has_lang(&s, LANG_NL));
	assert_true(scenario_has_lang(&s, LANG_FR));
	assert_false(scenario_has_lang(&s, LANG_EN));
	char codes[SCENARIO_LANGS_LEN];
	scenario_lang_codes(&s, codes);
	assert_string_equal(codes, "nl, fr");
	assert_int_equal(scenario_first_lang(&s), LANG_NL);
	/* nothing in English is made up: the texts stay absent there */
	assert_null(s.title.s[LANG_EN]);
	assert_null(s.refs[0].section.s[LANG_EN]);
	assert_string_equal(scenario_text(&s, &s.title, LANG_FR), "T-fr");
	/* a caller that did not check gets a text, not NULL */
	assert_string_equal(scenario_text(&s, &s.title, LANG_EN), "T-nl");
	assert_true(s.self_paced);
	assert_string_equal(s.injects[0].action.s[LANG_FR], "Appelez le CSIRT");
	assert_null(scenario_text(&s, &s.injects[1].action, LANG_NL));
	assert_string_equal(scenario_text(&s, &s.refs[0].section, LANG_FR), "A.4");
	assert_string_equal(scenario_text(&s, &s.refs[1].section, LANG_NL), "Bijlage 3, art. 14");
	assert_string_equal(scenario_text(&s, &s.refs[1].section, LANG_FR), "Annexe 3, art. 14");
	scenario_free(&s);

	/* the full three languages: self_paced defaults to false */
	assert_true(scenario_load_buffer("good.yaml", good, strlen(good), &schema, &s, &err));
	assert_int_equal(s.langs, (1u << LANG_EN) | (1u << LANG_NL) | (1u << LANG_FR));
	assert_false(s.self_paced);
	scenario_free(&s);

	/* One language only is a scenario too. */
	char *one = xstrdup(nl_fr);
	static const char *const drop[] = { ", fr: T-fr", ", fr: B", ", fr: L", ", fr: A",
					    ", fr: Appelez le CSIRT", ", fr: C", ", fr: R",
					    ", fr: 'Annexe 3, art. 14'", ", fr: R", NULL };
	for (size_t i = 0; drop[i]; i++) {
		char *at = strstr(one, drop[i]);
		assert_non_null(at);
		memmove(at, at + strlen(drop[i]), strlen(at + strlen(drop[i])) + 1);
	}
	if (!scenario_load_buffer("nl.yaml", one, strlen(one), &schema, &s, &err))
		fail_msg("%s", err);
	assert_int_equal(s.langs, 1u << LANG_NL);
	scenario_free(&s);
	free(one);
}

static void test_not_a_scenario(void **state)
{
	(void)state;
	const char plain[] = "nis2-notify: 1\n";
	struct scenario s;
	char *err = NULL;
	assert_false(scenario_load_buffer("case.yaml", plain, strlen(plain), &schema, &s, &err));
	assert_non_null(strstr(err, "case.yaml:1:1:"));
	assert_non_null(strstr(err, "scenario:"));
	free(err);
}

/* Every shipped scenario loads, and has what a training run needs. */
static void test_shipped(void **state)
{
	(void)state;
	char **names = NULL;
	size_t n = scenario_list(&data, &names);
	assert_true(n >= 10);
	for (size_t i = 0; i < n; i++) {
		struct scenario s;
		char *err = NULL;
		if (!scenario_load(names[i], &data, &schema, &s, &err))
			fail_msg("%s", err);
		assert_true(s.truth.incident.aware.set || s.expected.verdict == VERDICT_DORA);
		assert_true(s.n_refs > 0);
		/* the shipped ones stay in the three languages */
		for (int l = 0; l < LANG_COUNT; l++) {
			assert_true(scenario_has_lang(&s, (enum lang)l));
			assert_non_null(s.briefing.s[l]);
		}
		scenario_free(&s);
		free(names[i]);
	}
	free(names);
}

static void test_by_name_or_file(void **state)
{
	(void)state;
	struct scenario s;
	char *err = NULL;
	assert_false(scenario_load("no-such-scenario", &data, &schema, &s, &err));
	assert_non_null(strstr(err, "no-such-scenario"));
	free(err);
	err = NULL;
	assert_false(scenario_load("./missing.yaml", &data, &schema, &s, &err));
	assert_non_null(strstr(err, "./missing.yaml"));
	free(err);

	char path[] = "/tmp/nis2-scenario-XXXXXX.yaml";
	int fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fputs(good, f);
	fclose(f);
	err = NULL;
	bool ok = scenario_load(path, &data, &schema, &s, &err);
	remove(path);
	if (!ok)
		fail_msg("%s", err);
	assert_int_equal(s.n_injects, 2);
	scenario_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_text_messages),
		cmocka_unit_test(test_language_subset),
		cmocka_unit_test(test_not_a_scenario),
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_by_name_or_file),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
