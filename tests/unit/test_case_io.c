/* test_case_io.c: the case file read strictly, written readably, and read
 * back the same (nis2-notify-case(5)). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/disruption.h"
#include <sys/stat.h>
#include <unistd.h>

#include "case_fixture.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/case_node.h"
#include "io/case_save.h"
#include "io/datafiles.h"
#include "io/facts_load.h"
#include "io/fileio.h"

static struct case_schema schema;

static int setup(void **state)
{
	fixture_schema_load(&schema);
	return 0;
}

static int teardown(void **state)
{
	fixture_schema_free(&schema);
	return 0;
}

static char *src_path(const char *rel)
{
	const char *top = getenv("TOP_SRCDIR");
	return xasprintf("%s/%s", top ? top : ".", rel);
}

static instant_t at(const char *s)
{
	instant_t t;
	assert_int_equal(clock_parse(s, &t), CLOCK_PARSE_OK);
	return t;
}

static void load_ok(const char *rel, struct case_file *c)
{
	char *path = src_path(rel), *err = NULL;
	if (!case_load_file(path, &schema, c, &err))
		fail_msg("%s", err);
	free(path);
}

static char *load_error(const char *text)
{
	struct case_file c;
	char *err = NULL;
	assert_false(case_load_buffer("t.yaml", text, strlen(text), &schema, &c, &err));
	assert_non_null(err);
	assert_int_equal(c.n_impact, 0);
	assert_null(c.entity.name);
	return err;
}

static void test_spec_example(void **state)
{
	struct case_file c;
	int64_t v;
	load_ok("tests/cases/good/spec-example.yaml", &c);
	assert_int_equal(c.version, 1);
	assert_true(c.language_set);
	assert_int_equal(c.language, LANG_NL);
	assert_string_equal(c.entity.name, "Waterbedrijf Voorbeeld NV");
	assert_int_equal(c.entity.nis2, NIS2_ESSENTIAL);
	assert_true(c.entity.type_set);
	assert_int_equal(c.entity.type, ET_GENERAL);
	assert_int_equal(c.entity.n_sectors, 1);
	assert_string_equal(c.entity.sectors[0], "drinking-water");
	assert_true(c.entity.dora.set);
	assert_false(c.entity.dora.v);
	assert_int_equal(c.entity.turnover_eur.v, 12000000);
	assert_int_equal(c.entity.users.v, 50000);
	assert_true(c.incident.aware.set);
	assert_true(c.incident.aware.t == at("2026-11-22T08:30:00Z"));
	assert_true(c.incident.gdpr_aware.t == at("2026-11-22T10:15:00+01:00"));
	assert_int_equal(c.incident.malicious, MAL_UNSURE);
	assert_true(c.incident.personal_data.v);
	assert_int_equal(c.n_impact, 3);
	assert_true(case_impact_get(&c, "outage_users", &v) && v == 12000);
	assert_true(case_impact_get(&c, "loss_eur", &v) && v == 40000);
	assert_false(case_impact_get(&c, "death", &v));
	assert_int_equal(c.n_related, 1);
	assert_true(c.related[0].aware.t == at("2026-10-02T12:00:00Z"));
	assert_true(c.related[0].significant.set);
	assert_false(c.related[0].outage_minutes.set);
	assert_int_equal(c.related[0].loss_eur.v, 5000);
	assert_true(c.reports[STAGE_EARLY_WARNING].set);
	assert_false(c.reports[STAGE_FINAL].set);
	assert_true(c.reports[STAGE_GDPR].t == at("2026-11-23T10:00:00+01:00"));
	assert_int_equal(c.n_form, 1);
	assert_string_equal(case_form_get(&c, "9-Incident_Description")->values[0], "...");
	case_free(&c);
}

static void round_trip(const struct case_file *c)
{
	char *yaml = case_to_yaml(c, schema.facts), *err = NULL;
	struct case_file back;
	if (!case_load_buffer("saved.yaml", yaml, strlen(yaml), &schema, &back, &err))
		fail_msg("%s\n%s", err, yaml);
	assert_true(strncmp(yaml, "# ", 2) == 0);
	fixture_assert_same_case(c, &back);
	/* saving again gives the same text: the order is stable */
	char *again = case_to_yaml(&back, schema.facts);
	assert_string_equal(yaml, again);
	free(again);
	free(yaml);
	case_free(&back);
}

static void test_round_trip_spec_example(void **state)
{
	struct case_file c;
	load_ok("tests/cases/good/spec-example.yaml", &c);
	round_trip(&c);
	case_free(&c);
	/* several types and a stated disruption survive a save */
	load_ok("tests/cases/good/several-types-running.yaml", &c);
	assert_int_equal(case_entity_types(&c), 1u << ET_CLOUD | 1u << ET_DATACENTRE);
	assert_int_equal(c.entity.type, ET_CLOUD);
	assert_true(c.incident.disruption_set);
	assert_int_equal(c.incident.disruption, DISRUPTION_ONGOING);
	round_trip(&c);
	case_free(&c);
}

/* The examples users start from all load, and survive a save. */
static void test_examples(void **state)
{
	char *dir = src_path("data"), **names = NULL;
	struct datasource src = { dir };
	size_t n = datafile_list(&src, "examples/", &names);
	assert_true(n >= 7);
	for (size_t i = 0; i < n; i++) {
		char *rel = xasprintf("data/%s", names[i]);
		struct case_file c;
		load_ok(rel, &c);
		round_trip(&c);
		case_free(&c);
		free(rel);
		free(names[i]);
	}
	free(names);
	free(dir);
}

static void test_round_trip_tricky_texts(void **state)
{
	struct case_file c;
	case_init(&c);
	c.entity.name = xstrdup("yes");
	const char *const list[] = { "", "~", "null", "true", "12", "- x", "a: b", "#c", "Ça va: «oui»" };
	case_form_set_list(&c, "7-Incident_Type", sizeof(list) / sizeof(list[0]), list);
	case_form_set_text(&c, "9-Incident_Description",
			   "Line one  with two spaces,\n\n  indented line\ttab\nlast line without newline");
	case_form_set_text(&c, "11-Assessment_Consequence",
			   "A long line that goes on and on, well beyond the width at which the emitter "
			   "folds plain text,  with a double space in the middle and a trailing space ");
	case_form_set_text(&c, "1-Submitter", "2026-11-22T09:30:00+01:00");
	case_form_set_text(&c, "24-Telephone", "+32 2 501 05 60");
	case_form_set_text(&c, "9-Assessment_Severity", "");
	round_trip(&c);

	/* the form keeps the form's order whatever the order of the edits */
	char *yaml = case_to_yaml(&c, schema.facts);
	char *p1 = strstr(yaml, "1-Submitter"), *p9 = strstr(yaml, "9-Incident_Description");
	char *p11 = strstr(yaml, "11-Assessment"), *p24 = strstr(yaml, "24-Telephone");
	assert_true(p1 && p9 && p11 && p24 && p1 < p9 && p9 < p11 && p11 < p24);
	free(yaml);
	case_free(&c);
}

static void test_round_trip_everything_set(void **state)
{
	struct case_file c;
	case_init(&c);
	c.language_set = true;
	c.language = LANG_FR;
	c.entity.nis2_set = true;
	c.entity.nis2 = NIS2_UNKNOWN;
	c.entity.type_set = true;
	c.entity.type = ET_TRUST_SERVICE;
	const char *const sectors[] = { "digital-infrastructure", "energy-gas" };
	case_set_sectors(&c, 2, sectors);
	c.entity.dora = (struct opt_bool){ true, true };
	c.entity.turnover_eur = (struct opt_i64){ true, 0 };
	c.entity.users = (struct opt_i64){ true, 1 };
	c.entity.public_telecom = (struct opt_bool){ true, true };
	struct opt_time *times[] = {
		&c.incident.aware, &c.incident.started, &c.incident.detected, &c.incident.logged,
		&c.incident.restored, &c.incident.resolved, &c.incident.gdpr_aware,
	};
	for (size_t i = 0; i < sizeof(times) / sizeof(times[0]); i++)
		*times[i] = (struct opt_time){ true, at("2026-10-25T02:30:00+01:00") + (instant_t)i * 3600 };
	c.incident.annex_service = (struct opt_bool){ true, false };
	c.incident.planned_maintenance = (struct opt_bool){ true, true };
	c.incident.personal_data = (struct opt_bool){ true, false };
	c.incident.malicious = MAL_NO;
	for (size_t i = 0; i < schema.facts->n; i++)
		if (schema.facts->defs[i].place == FACT_IN_IMPACT)
			case_impact_set(&c, schema.facts->defs[i].name,
				schema.facts->defs[i].kind == FACT_BOOL ? (int64_t)(i % 2) : (int64_t)i);
	case_impact_set(&c, "integrity_domains", 0);
	case_impact_set(&c, "limited_users", 1);
	case_impact_set(&c, "outage_users", 0);
	case_impact_set(&c, "integrity_users", 1);
	c.n_related = 2;
	c.related = xcalloc(2, sizeof(*c.related));
	c.related[0].aware = (struct opt_time){ true, at("2026-03-29T03:00:00+02:00") };
	c.related[1].aware = (struct opt_time){ true, at("2026-01-31T23:59:59+01:00") };
	c.related[1].started = (struct opt_time){ true, at("2026-01-31T23:00:00+01:00") };
	c.related[1].significant = (struct opt_bool){ true, true };
	c.related[1].users_unknown = (struct opt_bool){ true, false };
	c.related[1].loss_eur = (struct opt_i64){ true, FACT_NUMBER_MAX };
	c.related[1].outage_minutes = (struct opt_i64){ true, 0 };
	c.related[1].outage_users = (struct opt_i64){ true, 7 };
	for (int s = 0; s < STAGE_COUNT; s++)
		c.reports[s] = (struct opt_time){ true, at("2026-12-01T10:00:00Z") + s };
	round_trip(&c);
	case_free(&c);
}

static void test_round_trip_empty(void **state)
{
	struct case_file c;
	case_init(&c);
	char *yaml = case_to_yaml(&c, schema.facts);
	assert_non_null(strstr(yaml, "\nnis2-notify: 1\n"));
	assert_null(strstr(yaml, "entity"));
	free(yaml);
	round_trip(&c);
}

static void test_save_file_private(void **state)
{
	char tmpl[] = "/tmp/nis2-caseio.XXXXXX";
	assert_non_null(mkdtemp(tmpl));
	char *dir = xasprintf("%s/state", tmpl), *path = xasprintf("%s/case.yaml", dir), *err = NULL;
	struct case_file c, back;
	struct stat st;
	load_ok("tests/cases/good/spec-example.yaml", &c);
	if (!case_save_file(path, &c, schema.facts, &err))
		fail_msg("%s", err);
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	if (!case_load_file(path, &schema, &back, &err))
		fail_msg("%s", err);
	fixture_assert_same_case(&c, &back);
	/* saving over it again works, and leaves no temporary file behind */
	assert_true(case_save_file(path, &back, schema.facts, &err));
	char **names = NULL;
	struct datasource src = { tmpl };
	assert_int_equal(datafile_list(&src, "state/", &names), 1);
	free(names[0]);
	free(names);
	unlink(path);
	rmdir(dir);
	rmdir(tmpl);
	free(path);
	free(dir);
	case_free(&c);
	case_free(&back);
}

/* Every file in tests/cases/bad starts with "# expect: LINE:COLUMN: message":
 * the loader must say exactly that, prefixed with the file's name. */
static void test_bad_cases(void **state)
{
	char *dir = src_path("tests/cases/bad");
	DIR *d = opendir(dir);
	struct dirent *e;
	int count = 0, wrong = 0;
	assert_non_null(d);
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l < 6 || strcmp(e->d_name + l - 5, ".yaml"))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name), *buf = NULL, *err = NULL;
		size_t len;
		assert_true(file_read_all(path, &buf, &len, &err));
		char *nl = strchr(buf, '\n');
		if (strncmp(buf, "# expect: ", 10) != 0 || !nl)
			fail_msg("%s: the first line must be '# expect: LINE:COLUMN: message'", path);
		char *want = xasprintf("%s:%.*s", path, (int)(nl - buf - 10), buf + 10);
		struct case_file c;
		if (case_load_file(path, &schema, &c, &err))
			fail_msg("%s: loaded, but should fail with: %s", path, want);
		if (strcmp(err, want) != 0) {
			print_error("expected: %s\nactual:   %s\n", want, err);
			wrong++;
		}
		count++;
		free(want);
		free(err);
		free(buf);
		free(path);
	}
	closedir(d);
	free(dir);
	assert_int_equal(wrong, 0);
	assert_true(count >= 30);
}

static void test_huge_list(void **state)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_puts(&b, "nis2-notify: 1\nrelated:\n");
	for (int i = 0; i < 100000; i++)
		sbuf_puts(&b, "  - {aware: 2026-01-01T00:00:00Z}\n");
	char *err = load_error(sbuf_str(&b));
	assert_string_equal(err, "t.yaml:3:3: 'related' has 100000 items; at most 1000 are allowed");
	free(err);
	sbuf_free(&b);
}

static void test_huge_map(void **state)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_puts(&b, "nis2-notify: 1\nform:\n");
	for (int i = 0; i < 100000; i++)
		sbuf_printf(&b, "  f%d: x\n", i);
	char *err = load_error(sbuf_str(&b));
	assert_string_equal(err, "t.yaml:3:3: 'form' has too many entries (at most 500)");
	free(err);
	sbuf_free(&b);
}

static void test_huge_text(void **state)
{
	size_t n = 10u * 1024 * 1024;
	char *buf = xmalloc(n + 100);
	int k = sprintf(buf, "nis2-notify: 1\nentity:\n  name: ");
	memset(buf + k, 'x', n);
	strcpy(buf + k + n, "\n");
	char *err = load_error(buf);
	assert_string_equal(err, "t.yaml:3:9: text too long (10485760 bytes; at most 1000)");
	free(err);
	free(buf);
}

/* Thousands of damaged copies of a good file: each one loads or is refused
 * with a positioned message, never a crash (run it under ASan too). */
static void test_damaged_copies(void **state)
{
	static const char junk[] = ":-[]{},#&*!|>'\"%@` \t\n0aZ\xc3\xa9\xff";
	char *path = src_path("tests/cases/good/spec-example.yaml"), *orig = NULL, *err = NULL;
	size_t len;
	uint32_t seed = 12345;
	int refused = 0;
	assert_true(file_read_all(path, &orig, &len, &err));
	char *buf = xmalloc(len + 64);
	for (int round = 0; round < 3000; round++) {
		memcpy(buf, orig, len);
		size_t n = len;
		for (int k = 0; k < 1 + round % 4; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t pos = (seed >> 8) % n;
			seed = seed * 1103515245u + 12345u;
			char ch = junk[(seed >> 8) % (sizeof(junk) - 1)];
			if (round % 3 == 0) {        /* replace a byte */
				buf[pos] = ch;
			} else if (round % 3 == 1) { /* delete a byte */
				memmove(buf + pos, buf + pos + 1, n - pos - 1);
				n--;
			} else {                     /* insert a byte */
				memmove(buf + pos + 1, buf + pos, n - pos);
				buf[pos] = ch;
				n++;
			}
		}
		buf[n] = '\0';
		struct case_file c;
		if (case_load_buffer("t.yaml", buf, n, &schema, &c, &err)) {
			case_free(&c);
			continue;
		}
		unsigned line, col;
		int used = 0;
		if (sscanf(err, "t.yaml:%u:%u: %n", &line, &col, &used) != 2 || used == 0 || !err[used])
			fail_msg("unpositioned message: %s", err);
		free(err);
		refused++;
	}
	assert_true(refused > 1000);
	free(buf);
	free(orig);
	free(path);
}

static void test_null_is_absent(void **state)
{
	const char *text = "nis2-notify: 1\nentity:\nincident:\n  restored: ~\n  malicious:\n"
			   "impact:\n  loss_eur: null\nform:\n  9-Incident_Description:\n";
	struct case_file c;
	char *err = NULL;
	if (!case_load_buffer("t.yaml", text, strlen(text), &schema, &c, &err))
		fail_msg("%s", err);
	assert_false(c.incident.restored.set);
	assert_int_equal(c.incident.malicious, MAL_UNKNOWN);
	assert_int_equal(c.n_impact, 0);
	assert_int_equal(c.n_form, 0);
	case_free(&c);
}

static void test_facts_registry(void **state)
{
	const struct fact_registry *r = schema.facts;
	/* The 34 impact facts of rules.md, and users, turnover_eur and
	 * malicious, which have their own place in the case file. */
	size_t impact = 0;
	for (size_t i = 0; i < r->n; i++)
		impact += r->defs[i].place == FACT_IN_IMPACT;
	assert_int_equal(impact, 34);
	assert_int_equal(r->n, 37);
	/* the disruption's facts are facts of the registry */
	for (const char *const *f = disruption_facts; *f; f++)
		assert_non_null(facts_find(r, *f));
	assert_false(disruption_fact("loss_eur"));
	assert_int_equal(facts_find(r, "outage_users")->kind, FACT_NUMBER);
	assert_int_equal(facts_find(r, "outage_users")->unit, UNIT_USERS);
	assert_int_equal(facts_find(r, "loss_eur")->unit, UNIT_EUR);
	assert_int_equal(facts_find(r, "death")->kind, FACT_BOOL);
	assert_int_equal(facts_find(r, "users")->place, FACT_IN_ENTITY);
	assert_int_equal(facts_find(r, "malicious")->place, FACT_IN_INCIDENT);
	for (size_t i = 0; i < r->n; i++)
		for (int l = 0; l < LANG_COUNT; l++)
			if (!r->defs[i].question.s[l] || !*r->defs[i].question.s[l] || !r->defs[i].help.s[l] ||
			    !r->defs[i].label.s[l])
				fail_msg("%s: no question, help or label in %s", r->defs[i].name, lang_code((enum lang)l));
}

static void test_facts_file_errors(void **state)
{
	static const struct { const char *text, *want; } cases[] = {
		{ "format: 1\ngroups: [{id: g, title: {en: t, nl: t, fr: t}}]\nfacts:\n"
		  "  - {name: a, kind: bool, group: g, label: {en: l, nl: l, fr: l}, question: {en: q, nl: q, fr: q},"
		  " help: {en: h, nl: h, fr: h}}\n  - {name: a, kind: bool}\n",
		  "f.yaml:5:12: fact 'a' appears twice" },
		{ "format: 1\ngroups: []\nfacts:\n  - {name: n, kind: number, group: g}\n",
		  "f.yaml:4:5: missing key 'unit'" },
		{ "format: 1\ngroups: []\nfacts:\n  - {name: n, kind: text}\n",
		  "f.yaml:4:21: 'kind' must be bool, number or choice" },
		{ "format: 1\ngroups: [{id: g, title: {en: t, nl: t, fr: t}}]\nfacts:\n"
		  "  - {name: n, kind: bool, group: g, label: {en: l, nl: l, fr: l}, question: {en: q, nl: q}}\n",
		  "f.yaml:4:77: 'question' needs a text in fr" },
		{ "format: 2\nfacts: []\n", "f.yaml:1:9: unsupported format version 2 (this program reads version 1)" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fact_registry r;
		char *err = NULL;
		assert_false(facts_load_buffer("f.yaml", cases[i].text, strlen(cases[i].text), &r, &err));
		assert_string_equal(err, cases[i].want);
		assert_int_equal(r.n, 0);
		free(err);
	}
}

static void test_scenario_section(void **state)
{
	const char *text = "nis2-notify: 1\nscenario:\n  title: x\nlanguage: fr\n";
	static const char *const extra[] = { "scenario", NULL };
	struct ydoc d;
	struct yerr e = { NULL };
	struct case_file c;
	assert_true(ydoc_load(&d, "s.yaml", text, strlen(text), &e));
	assert_true(case_from_node(&d, ydoc_root(&d), extra, &schema, &c, &e));
	assert_int_equal(c.language, LANG_FR);
	case_free(&c);
	/* without the extra key, a scenario is not a case file */
	assert_false(case_from_node(&d, ydoc_root(&d), NULL, &schema, &c, &e));
	assert_string_equal(e.msg, "s.yaml:2:1: unknown key 'scenario'");
	yerr_free(&e);
	ydoc_free(&d);
}

/* The exercise section (nis2-notify-case(5), EXERCISE) comes back as saved,
 * free news included, and a bad one is refused at its line. */
static void test_exercise_section(void **state)
{
	(void)state;
	const char *text =
		"nis2-notify: 1\n"
		"exercise:\n"
		"  scenario: water-scada-alert\n"
		"  version: \"2\"\n"
		"  trainee: Team B\n"
		"  at: 2026-03-10T07:25:00+01:00\n"
		"  speed: 60\n"
		"  paused: true\n"
		"  shown: 2\n"
		"  facilitator: true\n"
		"  news:\n"
		"  - at: 2026-03-10T07:20:00+01:00\n"
		"    text: \"The mayor calls: 'is the water safe?'\"\n";
	struct case_file c;
	char *err = NULL;
	if (!case_load_buffer("x.yaml", text, strlen(text), &schema, &c, &err))
		fail_msg("%s", err);
	assert_true(c.exercise.set);
	assert_string_equal(c.exercise.scenario, "water-scada-alert");
	assert_string_equal(c.exercise.version, "2");
	assert_string_equal(c.exercise.trainee, "Team B");
	assert_int_equal(c.exercise.speed, 60);
	assert_true(c.exercise.paused);
	assert_true(c.exercise.facilitator);
	assert_int_equal(c.exercise.shown, 2);
	assert_false(c.exercise.ended.set);
	assert_int_equal(c.exercise.n_news, 1);
	assert_string_equal(c.exercise.news[0].text, "The mayor calls: 'is the water safe?'");
	char *yaml = case_to_yaml(&c, schema.facts);
	struct case_file back;
	if (!case_load_buffer("saved.yaml", yaml, strlen(yaml), &schema, &back, &err))
		fail_msg("%s\n%s", err, yaml);
	assert_int_equal(back.exercise.at, c.exercise.at);
	assert_string_equal(back.exercise.version, "2");
	char *again = case_to_yaml(&back, schema.facts);
	assert_string_equal(yaml, again);
	free(again);
	free(yaml);
	case_free(&back);
	case_free(&c);

	const char *bad = "nis2-notify: 1\nexercise:\n  scenario: x\n  at: 2026-03-10T07:25:00+01:00\n"
			  "  speed: 0\n";
	assert_false(case_load_buffer("b.yaml", bad, strlen(bad), &schema, &c, &err));
	assert_string_equal(err, "b.yaml:5:10: 'speed' must be a whole number from 1 to 10000");
	free(err);
	const char *noat = "nis2-notify: 1\nexercise:\n  scenario: x\n";
	assert_false(case_load_buffer("b.yaml", noat, strlen(noat), &schema, &c, &err));
	assert_non_null(strstr(err, "'exercise' needs 'at'"));
	free(err);
}

static void test_form_keys_schema(void **state)
{
	static const char *const keys[] = { "9-Incident_Description", NULL };
	struct case_schema s = schema;
	s.form_keys = keys;
	const char *text = "nis2-notify: 1\nform:\n  9-Incident_Description: a\n  9-Incident_Descripton: b\n";
	struct case_file c;
	char *err = NULL;
	assert_false(case_load_buffer("t.yaml", text, strlen(text), &s, &c, &err));
	assert_string_equal(err, "t.yaml:4:3: unknown form field '9-Incident_Descripton'");
	free(err);
}

/* The wizard's page of earlier incidents adds and removes entries. */
static void test_related_add_remove(void **state)
{
	(void)state;
	struct case_file c;
	case_init(&c);
	for (int i = 0; i < 3; i++) {
		struct related *r = case_related_add(&c);
		assert_non_null(r);
		assert_false(r->loss_eur.set);
		r->loss_eur.set = true;
		r->loss_eur.v = 1000 * (i + 1);
	}
	assert_int_equal(c.n_related, 3);
	case_related_remove(&c, 1);
	assert_int_equal(c.n_related, 2);
	assert_int_equal(c.related[0].loss_eur.v, 1000);
	assert_int_equal(c.related[1].loss_eur.v, 3000);
	case_related_remove(&c, 5);          /* no such entry: nothing happens */
	assert_int_equal(c.n_related, 2);
	while (c.n_related < CASE_RELATED_MAX)
		assert_non_null(case_related_add(&c));
	assert_null(case_related_add(&c));  /* never more than the loader takes */
	case_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spec_example),
		cmocka_unit_test(test_exercise_section),
		cmocka_unit_test(test_related_add_remove),
		cmocka_unit_test(test_round_trip_spec_example),
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_round_trip_tricky_texts),
		cmocka_unit_test(test_round_trip_everything_set),
		cmocka_unit_test(test_round_trip_empty),
		cmocka_unit_test(test_save_file_private),
		cmocka_unit_test(test_bad_cases),
		cmocka_unit_test(test_huge_list),
		cmocka_unit_test(test_huge_map),
		cmocka_unit_test(test_huge_text),
		cmocka_unit_test(test_damaged_copies),
		cmocka_unit_test(test_null_is_absent),
		cmocka_unit_test(test_facts_registry),
		cmocka_unit_test(test_facts_file_errors),
		cmocka_unit_test(test_scenario_section),
		cmocka_unit_test(test_form_keys_schema),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
