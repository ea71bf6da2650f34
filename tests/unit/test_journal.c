/* test_journal.c: the decision journal (issue 21): a line read back is the
 * entry written; a changed byte, a cut-short last line or a gap in the
 * numbering is found and the other lines still read; appends go after a
 * torn line on a line of their own; the tracker writes one entry per change
 * and a verdict entry only when the verdict changes; and the wizard's save
 * writes the journal before the case: when the journal cannot be written,
 * the case on disk does not change. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/journal.h"
#include "core/journal_track.h"
#include "core/rules.h"
#include "core/deadlines.h"
#include "core/xalloc.h"
#include "io/casepaths.h"
#include "io/fileio.h"
#include "io/journal_file.h"
#include "tui/app.h"
#include "data_fixture.h"

#define T0 INT64_C(1795336200)   /* 2026-11-22T09:30:00+01:00 */

static char *tmp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *t = xasprintf("%s/journal.XXXXXX", base && *base ? base : "/tmp");
	assert_non_null(mkdtemp(t));
	return t;
}

static void sample(struct journal_entry *e, uint64_t seq)
{
	journal_entry_init(e, JK_ANSWER, T0 + (instant_t)seq * 60);
	e->seq = seq;
	journal_entry_add(e, "fact", "form.9-Incident_Description");
	journal_entry_add(e, "old", NULL);
	journal_entry_add(e, "new", "Versleuteling \"Ryuk\"\nop 2 servers\t\xe2\x82\xac 40\x01");
	const char *met[] = { "G2a", "G3b" };
	journal_entry_add_list(e, "met", 2, met);
	journal_entry_add_list(e, "none", 0, NULL);
}

static void test_round_trip(void **state)
{
	(void)state;
	struct journal_entry e, back;
	sample(&e, 7);
	char *line = journal_format_line(&e);
	size_t len = strlen(line);
	assert_true(len > 0 && line[len - 1] == '\n');
	assert_null(memchr(line, '\n', len - 1));   /* one line, whatever the values */
	enum journal_damage_kind kind;
	size_t col;
	assert_true(journal_parse_line(line, len - 1, &back, &kind, &col));
	assert_int_equal(back.seq, 7);
	assert_int_equal(back.at, e.at);
	assert_string_equal(back.kind, "answer");
	assert_int_equal(back.n_fields, e.n_fields);
	assert_string_equal(journal_entry_str(&back, "new"), journal_entry_str(&e, "new"));
	assert_true(journal_entry_field(&back, "old")->is_null);
	const struct journal_field *m = journal_entry_field(&back, "met");
	assert_true(m->is_list);
	assert_int_equal(m->n, 2);
	assert_string_equal(m->values[1], "G3b");
	assert_true(journal_entry_field(&back, "none")->is_list);
	assert_int_equal(journal_entry_field(&back, "none")->n, 0);
	/* The checksum is zlib's CRC-32 of the bytes before ,"crc". */
	assert_int_equal(journal_crc32("123456789", 9), 0xCBF43926u);
	journal_entry_free(&back);
	journal_entry_free(&e);
	free(line);
}

static void test_damage_found(void **state)
{
	(void)state;
	struct journal_entry e;
	char *lines[4];
	for (int i = 0; i < 4; i++) {
		sample(&e, (uint64_t)i + 1);
		lines[i] = journal_format_line(&e);
		journal_entry_free(&e);
	}
	/* line 2 changed by hand, line 3 dropped, line 4 cut short */
	char *l2 = xstrdup(lines[1]);
	char *p = strstr(l2, "Ryuk");
	p[0] = 'r';
	size_t cut = strlen(lines[3]) / 2;
	char *text = xasprintf("%s%s%.*s", lines[0], l2, (int)cut, lines[3]);
	struct journal j;
	journal_parse(text, strlen(text), &j);
	assert_int_equal(j.n, 1);
	assert_int_equal(j.entries[0].seq, 1);
	assert_int_equal(j.n_damaged, 2);
	assert_int_equal(j.damaged[0].line, 2);
	assert_int_equal(j.damaged[0].kind, JD_CHECKSUM);
	assert_int_equal(j.damaged[1].line, 3);
	assert_int_equal(j.damaged[1].kind, JD_TORN);
	assert_false(j.ends_cleanly);
	assert_int_equal(j.next_seq, 2);
	journal_free(&j);
	free(text);

	/* a line left out: the next one is read, and the gap reported */
	text = xasprintf("%s%s%s", lines[0], lines[2], lines[3]);
	journal_parse(text, strlen(text), &j);
	assert_int_equal(j.n, 3);
	assert_int_equal(j.n_damaged, 1);
	assert_int_equal(j.damaged[0].line, 2);
	assert_int_equal(j.damaged[0].kind, JD_SEQUENCE);
	assert_int_equal(j.next_seq, 5);
	assert_true(j.ends_cleanly);
	char *msg = journal_damage_text("x.journal", &j.damaged[0]);
	assert_non_null(strstr(msg, "x.journal:2:"));
	free(msg);
	journal_free(&j);
	free(text);

	/* not JSON at all, and an extra field after the checksum */
	text = xasprintf("garbage\n%.*s,\"x\":\"y\"}\n", (int)(strlen(lines[0]) - 2), lines[0]);
	journal_parse(text, strlen(text), &j);
	assert_int_equal(j.n, 0);
	assert_int_equal(j.n_damaged, 2);
	assert_int_equal(j.damaged[0].kind, JD_SYNTAX);
	assert_int_equal(j.damaged[0].column, 1);
	assert_int_equal(j.damaged[1].kind, JD_SYNTAX);
	journal_free(&j);
	free(text);
	free(l2);
	for (int i = 0; i < 4; i++)
		free(lines[i]);
}

static void test_append(void **state)
{
	(void)state;
	char *dir = tmp_dir();
	char *path = xasprintf("%s/inc.journal", dir);
	struct journal_entry e[2];
	sample(&e[0], 1);
	sample(&e[1], 2);
	char *err = NULL;
	assert_true(journal_file_append(path, e, 2, NULL, &err));
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	/* a power cut in the middle of the next line */
	FILE *f = fopen(path, "a");
	fputs("{\"seq\":3,\"at\":\"2026-11-", f);
	fclose(f);
	struct journal j;
	bool exists;
	assert_true(journal_file_read(path, &j, &exists, &err));
	assert_true(exists);
	assert_int_equal(j.n, 2);
	assert_int_equal(j.n_damaged, 1);
	assert_int_equal(j.damaged[0].kind, JD_TORN);
	/* the next entry takes seq 3, on a line of its own */
	e[0].seq = j.next_seq;
	journal_free(&j);
	assert_true(journal_file_append(path, e, 1, NULL, &err));
	assert_true(journal_file_read(path, &j, &exists, &err));
	assert_int_equal(j.n, 3);
	assert_int_equal(j.entries[2].seq, 3);
	assert_int_equal(j.n_damaged, 1);
	assert_int_equal(j.damaged[0].line, 3);
	assert_int_equal(j.damaged[0].kind, JD_SYNTAX);
	assert_true(j.ends_cleanly);
	journal_free(&j);
	/* a missing journal is empty; a symbolic link is refused */
	char *none = xasprintf("%s/none.journal", dir);
	assert_true(journal_file_read(none, &j, &exists, &err));
	assert_false(exists);
	assert_int_equal(j.n, 0);
	journal_free(&j);
	char *link = xasprintf("%s/link.journal", dir);
	assert_int_equal(symlink(path, link), 0);
	assert_false(journal_file_append(link, e, 1, NULL, &err));
	assert_non_null(strstr(err, "link.journal"));
	free(err);
	journal_entry_free(&e[0]);
	journal_entry_free(&e[1]);
	unlink(link);
	unlink(path);
	rmdir(dir);
	free(link);
	free(none);
	free(path);
	free(dir);
}

static size_t count_kind(const struct journal_entry *e, size_t n, const char *kind)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += strcmp(e[i].kind, kind) == 0;
	return k;
}

static void evaluate(const struct case_file *c, struct evaluation *ev, struct deadlines *dl)
{
	rules_evaluate(&fixture_ds.rules, c, T0, LANG_EN, ev);
	deadlines_compute(c, ev, T0, dl);
}

static void test_tracker(void **state)
{
	(void)state;
	struct case_file c;
	case_init(&c);
	c.entity.type_set = true;
	c.entity.type = ET_GENERAL;
	c.entity.nis2_set = true;
	c.entity.nis2 = NIS2_ESSENTIAL;
	c.incident.aware = (struct opt_time){ true, T0 };
	struct journal_track t;
	journal_track_init(&t);
	struct evaluation ev;
	struct deadlines dl;
	evaluate(&c, &ev, &dl);
	struct journal_entry *e;
	size_t n;
	journal_track_changes(&t, &c, &fixture_ds.facts, &ev, &dl, "ed", T0, &e, &n);
	evaluation_free(&ev);
	/* three answers and the first verdict, numbered from 1 */
	assert_int_equal(count_kind(e, n, JK_ANSWER), 3);
	assert_int_equal(count_kind(e, n, JK_VERDICT), 1);
	assert_int_equal(e[0].seq, 1);
	assert_int_equal(e[n - 1].seq, n);
	assert_string_equal(journal_entry_str(&e[n - 1], "rules"), "ed");
	assert_string_equal(journal_entry_str(&e[n - 1], "verdict"), "undetermined");
	journal_track_apply(&t, e, n);
	journal_entries_free(e, n);

	/* nothing changed: nothing to write */
	evaluate(&c, &ev, &dl);
	journal_track_changes(&t, &c, &fixture_ds.facts, &ev, &dl, "ed", T0, &e, &n);
	evaluation_free(&ev);
	assert_int_equal(n, 0);
	free(e);

	/* a fact that makes it significant: one answer (old unknown), one verdict */
	case_impact_set(&c, "outage_minutes", 600);
	case_impact_set(&c, "outage_users", 20);
	c.entity.users = (struct opt_i64){ true, 100 };
	c.reports[STAGE_EARLY_WARNING] = (struct opt_time){ true, T0 + 3600 };
	evaluate(&c, &ev, &dl);
	journal_track_changes(&t, &c, &fixture_ds.facts, &ev, &dl, "ed", T0 + 60, &e, &n);
	bool significant = ev.verdict == VERDICT_SIGNIFICANT;
	evaluation_free(&ev);
	assert_true(significant);
	assert_int_equal(count_kind(e, n, JK_ANSWER), 3);
	assert_int_equal(count_kind(e, n, JK_REPORT), 1);
	assert_int_equal(count_kind(e, n, JK_VERDICT), 1);
	assert_string_equal(journal_entry_str(&e[n - 1], "verdict"), "significant");
	assert_non_null(journal_entry_str(&e[n - 1], "due-early-warning"));
	journal_track_apply(&t, e, n);
	journal_entries_free(e, n);

	/* a value removed: new is null; replaying the journal knows the same */
	c.entity.users.set = false;
	evaluate(&c, &ev, &dl);
	journal_track_changes(&t, &c, &fixture_ds.facts, NULL, NULL, "ed", T0 + 120, &e, &n);
	evaluation_free(&ev);
	assert_int_equal(n, 1);
	assert_string_equal(journal_entry_str(&e[0], "fact"), "entity.users");
	assert_string_equal(journal_entry_str(&e[0], "old"), "100");
	assert_true(journal_entry_field(&e[0], "new")->is_null);
	journal_track_apply(&t, e, n);
	journal_entries_free(e, n);
	journal_track_free(&t);
	case_free(&c);
}

static instant_t fixed_now(void *ctx)
{
	(void)ctx;
	return T0;
}

static char *read_text(const char *path)
{
	char *buf, *err = NULL;
	size_t len;
	if (!file_read_all(path, &buf, &len, &err)) {
		free(err);
		return NULL;
	}
	return buf;
}

/* The wizard's save: journal first, case second. */
static void test_save_order(void **state)
{
	(void)state;
	char *dir = tmp_dir();
	struct app a;
	memset(&a, 0, sizeof(a));
	a.ds = fixture_ds;
	a.clock.now = fixed_now;
	a.lang = LANG_EN;
	a.case_open = true;
	case_init(&a.kase);
	a.case_path = xasprintf("%s/inc.yaml", dir);
	char *jpath = casepaths_journal(a.case_path);
	char *err = NULL;
	a.kase.entity.name = xstrdup("Waterbedrijf");
	assert_true(app_save(&a, &err));
	char *j1 = read_text(jpath), *c1 = read_text(a.case_path);
	assert_non_null(j1);
	assert_non_null(strstr(j1, "\"fact\":\"entity.name\",\"old\":null,\"new\":\"Waterbedrijf\""));
	assert_non_null(c1);

	/* The journal cannot be written (its name is now a folder): the case
	 * on disk keeps its old content. */
	assert_int_equal(rename(jpath, a.case_path), 0);   /* keep j1's text out of the way */
	assert_int_equal(mkdir(jpath, 0700), 0);
	free(a.kase.entity.name);
	a.kase.entity.name = xstrdup("Other");
	app_journal_close(&a);
	assert_false(app_save(&a, &err));
	free(err);
	err = NULL;
	char *c2 = read_text(a.case_path);
	assert_string_equal(c2, j1);       /* untouched: still what we put there */
	assert_null(strstr(c2, "Other"));
	rmdir(jpath);
	unlink(a.case_path);

	free(j1);
	free(c1);
	free(c2);
	app_journal_close(&a);
	case_free(&a.kase);
	free(a.case_path);
	free(a.save_err);       /* the failed save's reason, kept for the quit page */
	app_eval_free(&a);
	rmdir(dir);
	free(jpath);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_damage_found),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_tracker),
		cmocka_unit_test(test_save_order),
	};
	return cmocka_run_group_tests(tests, fixture_data_setup, fixture_data_teardown);
}
