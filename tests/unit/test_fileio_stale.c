/* test_fileio_stale.c: crashes do not accumulate temporary copies (review
 * M6c): after a save, the copies of that file an interrupted save left
 * (PATH.tmp.XXXXXX, older than a minute) are removed; a fresh one (a save
 * in progress elsewhere) and any other name are left alone. */
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
#include <sys/time.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "io/fileio.h"

static void make(const char *dir, const char *name, bool old)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs("nis2-notify: 1\n", f);
	fclose(f);
	if (old) {
		struct timeval tv[2];
		gettimeofday(&tv[0], NULL);
		tv[0].tv_sec -= 600;
		tv[1] = tv[0];
		assert_int_equal(utimes(p, tv), 0);
	}
	free(p);
}

static bool there(const char *dir, const char *name)
{
	char *p = xasprintf("%s/%s", dir, name);
	bool yes = access(p, F_OK) == 0;
	free(p);
	return yes;
}

static void test_stale_copies_removed(void **state)
{
	(void)state;
	const char *base = getenv("TMPDIR");
	char *d = xasprintf("%s/stale.XXXXXX", base && *base ? base : "/tmp");
	assert_non_null(mkdtemp(d));
	make(d, "k.yaml.tmp.Ab12Cd", true);
	make(d, "k.yaml.tmp.Zz99Yy", true);
	make(d, "k.yaml.tmp.Fresh1", false);
	make(d, "k.yaml.tmp.short", true);
	make(d, "other.yaml.tmp.Ab12Cd", true);
	char *path = xasprintf("%s/k.yaml", d), *err = NULL;
	assert_true(file_save_atomic(path, "nis2-notify: 1\n", 15, &err));
	assert_false(there(d, "k.yaml.tmp.Ab12Cd"));
	assert_false(there(d, "k.yaml.tmp.Zz99Yy"));
	assert_true(there(d, "k.yaml.tmp.Fresh1"));
	assert_true(there(d, "k.yaml.tmp.short"));
	assert_true(there(d, "other.yaml.tmp.Ab12Cd"));
	assert_true(there(d, "k.yaml"));
	char *cmd = xasprintf("rm -rf '%s'", d);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(path);
	free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stale_copies_removed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
