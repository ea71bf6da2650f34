/* dataset.c: loading the data files together. */
#include "config.h"

#include "io/dataset.h"
#include "io/sectors_load.h"

#include <string.h>

bool dataset_load(const struct datasource *src, struct dataset *ds, char **err)
{
	memset(ds, 0, sizeof(*ds));
	if (!sectors_load(src, &ds->sectors, err)) {
		dataset_free(ds);
		return false;
	}
	return true;
}

void dataset_free(struct dataset *ds)
{
	facts_free(&ds->facts);
	sectors_free(&ds->sectors);
}

struct case_schema dataset_case_schema(const struct dataset *ds)
{
	struct case_schema s = { &ds->facts, &ds->sectors, NULL };
	return s;
}
