/* data_fixture.c: loads the shipped data once per test group. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "core/xalloc.h"
#include "data_fixture.h"

struct datasource fixture_data;
struct dataset fixture_ds;
static char *data_dir;

int fixture_data_setup(void **state)
{
	(void)state;
	const char *top = getenv("TOP_SRCDIR");
	data_dir = top ? xasprintf("%s/data", top) : NULL;
	fixture_data.dir = data_dir;
	char *err = NULL;
	if (!dataset_load(&fixture_data, &fixture_ds, &err)) {
		fprintf(stderr, "%s\n", err ? err : "?");
		free(err);
		return -1;
	}
	return 0;
}

int fixture_data_teardown(void **state)
{
	(void)state;
	dataset_free(&fixture_ds);
	free(data_dir);
	data_dir = NULL;
	return 0;
}
