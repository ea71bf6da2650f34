/* test_casepaths.c: the state folder, draft names, the resume list, and
 * what forgetting a case deletes: exactly its files, never a look-alike,
 * never through a symbolic link. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "io/casepaths.h"
#include "tui/autosave.h"
#include "core/xalloc.h"

static char *tmp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *t = xasprintf("%s/casepaths.XXXXXX", base && *base ? base : "/tmp");
	assert_non_null(mkdtemp(t));
	return t;
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(p);
}

static bool exists(const char *dir, const char *name)
{
	char *p = xasprintf("%s/%s", dir, name);
	struct stat st;
	bool e = lstat(p, &st) == 0;
	free(p);
	return e;
}

static void remove_tree(const char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

static void test_state_dir(void **state)
{
	(void)state;
	char *err = NULL;
	setenv("XDG_STATE_HOME", "/x/state", 1);
	setenv("HOME", "/home/h", 1);
	char *d = casepaths_state_dir(&err);
	assert_string_equal(d, "/x/state/nis2-notify");
	free(d);
	setenv("XDG_STATE_HOME", "relative/state", 1);   /* invalid: ignored */
	d = casepaths_state_dir(&err);
	assert_string_equal(d, "/home/h/.local/state/nis2-notify");
	free(d);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	assert_null(casepaths_state_dir(&err));
	assert_non_null(err);
	free(err);

	char *t = tmp_dir();
	setenv("XDG_STATE_HOME", t, 1);
	char *parent = xasprintf("%s/nis2-notify", t);
	assert_int_equal(mkdir(parent, 0755), 0);    /* made with a lax umask */
	d = casepaths_state_dir_ensure(&err);
	assert_non_null(d);
	struct stat st;
	assert_int_equal(stat(d, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	free(d);
	free(parent);
	unsetenv("XDG_STATE_HOME");
	remove_tree(t);
	free(t);
}

static void test_draft_names(void **state)
{
	(void)state;
	char *p = casepaths_draft("/s/incident.yaml", STAGE_NOTIFICATION, DRAFT_MARKDOWN);
	assert_string_equal(p, "/s/incident.draft-notification.md");
	free(p);
	p = casepaths_draft("incident.yml", STAGE_EARLY_WARNING, DRAFT_TEXT);
	assert_string_equal(p, "incident.draft-early-warning.txt");
	free(p);
	p = casepaths_draft("a.b/case", STAGE_FINAL, DRAFT_JSON);
	assert_string_equal(p, "a.b/case.draft-final.json");
	free(p);
	enum draft_format f;
	assert_true(draft_format_from_name("markdown", &f));
	assert_int_equal(f, DRAFT_MARKDOWN);
	assert_false(draft_format_from_name("md", &f));
}

static void test_list(void **state)
{
	(void)state;
	char *t = tmp_dir();
	write_file(t, "old.yaml", "nis2-notify: 1\n");
	write_file(t, "new.yaml", "nis2-notify: 1\n");
	write_file(t, "new.draft-final.txt", "draft\n");
	write_file(t, "notes.txt", "x\n");
	write_file(t, "new.yaml.tmp.AbC123", "partial\n");
	char *target = xasprintf("%s/new.yaml", t), *link = xasprintf("%s/link.yaml", t);
	assert_int_equal(symlink(target, link), 0);
	/* old.yaml saved an hour before new.yaml */
	struct timeval tv[2] = { { 1000000, 0 }, { 1000000, 0 } };
	char *old = xasprintf("%s/old.yaml", t);
	assert_int_equal(utimes(old, tv), 0);

	struct saved_case *l;
	size_t n;
	char *err = NULL;
	assert_true(casepaths_list(t, &l, &n, &err));
	assert_int_equal(n, 2);
	assert_string_equal(l[0].name, "new");
	assert_string_equal(l[1].name, "old");
	assert_string_equal(l[1].path, old);
	casepaths_list_free(l, n);

	char *missing = xasprintf("%s/none", t);
	assert_true(casepaths_list(missing, &l, &n, &err));
	assert_int_equal(n, 0);
	free(missing);
	free(old);
	free(target);
	free(link);
	remove_tree(t);
	free(t);
}

static void test_forget_exactly(void **state)
{
	(void)state;
	static const char *const mine[] = {
		"inc.yaml", "inc.draft-early-warning.txt", "inc.draft-notification.md",
		"inc.draft-final.json", "inc.draft-gdpr.txt", "inc.yaml.tmp.x1Y2z3",
		/* an interrupted draft save (review M6a), the lock, the copy of a
		 * hand-edited file and their leftovers */
		"inc.draft-final.txt.tmp.cCymEq", "inc.yaml.lock", "inc.yaml.orig",
		"inc.yaml.lock.tmp.Ab12Cd",
		"inc.journal", "inc.sent-early-warning.txt",
	};
	static const char *const others[] = {
		"inc2.yaml", "xinc.yaml", "inc.yaml.orig2", "inc.draft-final.txt.bak",
		"inc.draft-final.txt.tmp.short", "inc.draft-bogus.txt.tmp.cCymEq",
		"inc.draft-bogus.txt", "inc.draft-final.pdf", "Inc.draft-final.md",
		"inc.yaml.tmp.short", "inc.yaml.tmp.toolong1", "inc2.draft-final.txt",
		"inc.draft-.txt", ".inc.draft-final.txt", "inc.journal.bak", "inc.sent-bogus.txt",
		"inc2.journal",
	};
	char *t = tmp_dir();
	char *outside = tmp_dir();
	for (size_t i = 0; i < sizeof(mine) / sizeof(mine[0]); i++)
		write_file(t, mine[i], i == 0 ? "# a case\nnis2-notify: 1\n" : "x\n");
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		write_file(t, others[i], "nis2-notify: 1\n");
	/* A draft name that is a symbolic link out of the folder. */
	write_file(outside, "precious.txt", "keep\n");
	char *target = xasprintf("%s/precious.txt", outside), *link = xasprintf("%s/inc.draft-progress.txt", t);
	assert_int_equal(symlink(target, link), 0);
	/* A draft name that is a folder. */
	char *sub = xasprintf("%s/inc.draft-intermediate.md", t);
	assert_int_equal(mkdir(sub, 0700), 0);

	char *case_path = xasprintf("%s/inc.yaml", t);
	struct forget_plan plan;
	char *err = NULL;
	assert_true(casepaths_forget_plan(case_path, &plan, &err));
	assert_int_equal(plan.n_files, sizeof(mine) / sizeof(mine[0]));
	assert_string_equal(plan.files[0], "inc.yaml");
	assert_int_equal(plan.n_skipped, 2);
	assert_string_equal(plan.skipped[0], "inc.draft-intermediate.md");
	assert_string_equal(plan.skipped[1], "inc.draft-progress.txt");
	size_t deleted;
	assert_true(casepaths_forget(&plan, &deleted, &err));
	assert_int_equal(deleted, sizeof(mine) / sizeof(mine[0]));
	casepaths_forget_plan_free(&plan);

	for (size_t i = 0; i < sizeof(mine) / sizeof(mine[0]); i++)
		if (exists(t, mine[i]))
			fail_msg("%s was not deleted", mine[i]);
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		if (!exists(t, others[i]))
			fail_msg("%s was deleted", others[i]);
	assert_true(exists(t, "inc.draft-progress.txt"));
	assert_true(exists(t, "inc.draft-intermediate.md"));
	assert_true(exists(outside, "precious.txt"));

	free(case_path);
	free(target);
	free(link);
	free(sub);
	remove_tree(t);
	remove_tree(outside);
	free(t);
	free(outside);
}

static void test_forget_refuses(void **state)
{
	(void)state;
	char *t = tmp_dir();
	write_file(t, "real.yaml", "nis2-notify: 1\n");
	write_file(t, "report.yaml", "title: not a case\n");
	char *target = xasprintf("%s/real.yaml", t), *link = xasprintf("%s/link.yaml", t);
	assert_int_equal(symlink(target, link), 0);
	struct forget_plan plan;
	char *err = NULL;

	assert_false(casepaths_forget_plan(link, &plan, &err));   /* a link */
	assert_non_null(strstr(err, "link.yaml"));
	free(err);
	char *report = xasprintf("%s/report.yaml", t);
	assert_false(casepaths_forget_plan(report, &plan, &err)); /* not a case */
	free(err);
	char *missing = xasprintf("%s/gone.yaml", t);
	assert_false(casepaths_forget_plan(missing, &plan, &err));
	free(err);
	assert_false(casepaths_forget_plan(t, &plan, &err));      /* a folder */
	free(err);
	assert_true(exists(t, "real.yaml"));
	assert_true(exists(t, "report.yaml"));
	assert_true(exists(t, "link.yaml"));
	free(target);
	free(link);
	free(report);
	free(missing);
	remove_tree(t);
	free(t);
}

/* Two wizards naming a new case in the same second get two files: the
 * name is created (O_EXCL), not probed and then written. */
static void test_new_case_names_are_created(void **state)
{
	(void)state;
	char *t = tmp_dir(), *err = NULL;
	setenv("XDG_STATE_HOME", t, 1);
	instant_t now = 1795000000;
	char *a = autosave_new_path(now, &err);
	char *b = autosave_new_path(now, &err);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_not_equal(a, b);
	struct stat st;
	assert_int_equal(lstat(a, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(lstat(b, &st), 0);
	unsetenv("XDG_STATE_HOME");
	free(a);
	free(b);
	remove_tree(t);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_dir),
		cmocka_unit_test(test_draft_names),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_forget_exactly),
		cmocka_unit_test(test_forget_refuses),
		cmocka_unit_test(test_new_case_names_are_created),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
