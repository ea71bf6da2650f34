/* test_case_save_limits.c: a save never makes a case file too large to be
 * read back (review L1): raw tabs in list items are written as "\t", so a
 * case that loads can grow past FILE_READ_MAX when saved.  Such a save is
 * refused with the reason and the file on disk is left as it was. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "case_fixture.h"
#include "core/xalloc.h"
#include "io/case_save.h"
#include "io/fileio.h"

static void test_too_large_is_refused(void **state)
{
	(void)state;
	struct case_schema schema;
	fixture_schema_load(&schema);
	struct case_file c;
	case_init(&c);
	/* 100 items of 50 000 tabs: 5 MB in memory, about 10 MB as YAML */
	char *tabs = xmalloc(50001);
	memset(tabs, '\t', 50000);
	tabs[50000] = '\0';
	const char *items[100];
	for (int i = 0; i < 100; i++)
		items[i] = tabs;
	case_form_set_list(&c, "4-Sector", 100, items);

	const char *base = getenv("TMPDIR");
	char *dir = xasprintf("%s/limits.XXXXXX", base && *base ? base : "/tmp");
	assert_non_null(mkdtemp(dir));
	char *path = xasprintf("%s/big.yaml", dir);
	FILE *f = fopen(path, "w");
	fputs("nis2-notify: 1\n", f);
	fclose(f);

	char *err = NULL;
	assert_false(case_save_file(path, &c, schema.facts, &err));
	assert_non_null(strstr(err, "more than can be read back"));
	free(err);
	char *buf;
	size_t len;
	assert_true(file_read_all(path, &buf, &len, &err));
	assert_string_equal(buf, "nis2-notify: 1\n");
	free(buf);

	/* a case within the limit is saved and loads */
	case_form_set_list(&c, "4-Sector", 10, items);
	assert_true(case_save_file(path, &c, schema.facts, &err));
	struct case_file back;
	if (!case_load_file(path, &schema, &back, &err))
		fail_msg("%s", err);
	case_free(&back);

	unlink(path);
	rmdir(dir);
	free(path);
	free(dir);
	free(tabs);
	case_free(&c);
	fixture_schema_free(&schema);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_too_large_is_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
