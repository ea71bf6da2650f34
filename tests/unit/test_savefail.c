/* test_savefail.c: the notice of a failed save leads with the reason and
 * names the file by its base name, whatever the length of its path. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "tui/savefail.h"

static void expect(const char *path, const char *err, const char *want)
{
	char *got = save_failure_text(path, err);
	if (strcmp(got, want) != 0)
		fail_msg("expected \"%s\", got \"%s\"", want, got);
	free(got);
}

static void test_reason_first(void **state)
{
	(void)state;
	expect("/home/ann/cases/water.yaml", "/home/ann/cases/water.yaml: No space left on device",
	       "No space left on device. Not saved: water.yaml");
	/* a reason with its own colons and semicolons is kept whole */
	expect("/srv/c.yaml", "/srv/c.yaml: is a symbolic link; not replacing it",
	       "is a symbolic link; not replacing it. Not saved: c.yaml");
	expect("c.yaml", "c.yaml: Permission denied", "Permission denied. Not saved: c.yaml");
}

/* A 200-character path: the notice fits 80 columns with its reason. */
static void test_long_path(void **state)
{
	(void)state;
	char dir[201];
	memset(dir, 'd', sizeof dir - 1);
	dir[0] = '/';
	dir[100] = '/';
	dir[200] = '\0';
	char *path = xasprintf("%s/case-20261125-093000.yaml", dir);
	char *err = xasprintf("%s: Input/output error", path);
	char *got = save_failure_text(path, err);
	assert_string_equal(got, "Input/output error. Not saved: case-20261125-093000.yaml");
	assert_true(strlen(got) + 2 <= 78);   /* "! " and the notice's margins */
	free(got);
	free(err);
	/* a folder of the file could not be made: that folder by name */
	err = xasprintf("%s: Permission denied", dir);
	got = save_failure_text(path, err);
	char *want = xasprintf("%s: Permission denied. Not saved: case-20261125-093000.yaml", dir + 101);
	assert_string_equal(got, want);
	free(want);
	free(got);
	free(err);
	free(path);
}

/* A message that does not start with the path, or none at all. */
static void test_other_messages(void **state)
{
	(void)state;
	expect("/a/b.yaml", "no free case file name in the state folder",
	       "no free case file name in the state folder. Not saved: b.yaml");
	/* a path that only shares a beginning with the file's is not its folder */
	expect("/a/b.yaml", "/a/bb: Permission denied", "/a/bb: Permission denied. Not saved: b.yaml");
	expect("/a/b.yaml", NULL, "?. Not saved: b.yaml");
	expect("/a/b.yaml", "", "?. Not saved: b.yaml");
	expect(NULL, "x: y", "x: y. Not saved: ?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reason_first),
		cmocka_unit_test(test_long_path),
		cmocka_unit_test(test_other_messages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
