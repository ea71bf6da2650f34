/* form_fixture.c: loads the real form data once per test. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "form_fixture.h"
#include "io/form_load.h"
#include "io/sectors_load.h"
#include "core/xalloc.h"

void fixture_form_load(struct form_def *def)
{
	const char *top = getenv("TOP_SRCDIR");
	char *dir = top ? xasprintf("%s/data", top) : NULL;
	struct datasource src = { dir };
	struct sector_registry reg;
	char *err = NULL;
	if (!form_load(&src, def, &err))
		fail_msg("form.yaml: %s", err);
	if (!sectors_load(&src, &reg, &err))
		fail_msg("sectors.yaml: %s", err);
	form_attach_sectors(def, &reg);
	sectors_free(&reg);
	free(dir);
}
