/* dataset.c: loading the data files together. */
#include "config.h"

#include "io/dataset.h"
#include "io/facts_load.h"
#include "io/form_load.h"
#include "io/rules_load.h"
#include "io/sectors_load.h"

#include <string.h>

bool dataset_load(const struct datasource *src, struct dataset *ds, char **err)
{
	memset(ds, 0, sizeof(*ds));
	if (!facts_load(src, &ds->facts, err)) {
		dataset_free(ds);
		return false;
	}
	if (!rules_load(src, &ds->facts, &ds->rules, err)) {
		dataset_free(ds);
		return false;
	}
	if (!sectors_load(src, &ds->sectors, err)) {
		dataset_free(ds);
		return false;
	}
	if (!form_load(src, &ds->form, err)) {
		dataset_free(ds);
		return false;
	}
	form_attach_sectors(&ds->form, &ds->sectors);
	ds->form.edition = ds->rules.edition;
	return true;
}

void dataset_free(struct dataset *ds)
{
	facts_free(&ds->facts);
	ruleset_free(&ds->rules);
	sectors_free(&ds->sectors);
	form_def_free(&ds->form);
}

struct case_schema dataset_case_schema(const struct dataset *ds)
{
	struct case_schema s = { &ds->facts, &ds->sectors, (const char *const *)ds->form.keys };
	return s;
}
