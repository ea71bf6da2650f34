/* load_case.c: the data and the case of a batch command. */
#include "config.h"

#include "cli/load_case.h"

#include "cli/i18n.h"
#include "io/case_load.h"

#include <stdio.h>
#include <stdlib.h>

bool cli_load_case(const struct options *o, struct dataset *ds, struct case_file *c, enum lang *lang)
{
	struct datasource src = { o->data_dir };
	char *err = NULL;
	if (!dataset_load(&src, ds, &err)) {
		fprintf(stderr, "%s\n", err);
		free(err);
		return false;
	}
	struct case_schema schema = dataset_case_schema(ds);
	if (!case_load_file(o->case_path, &schema, c, &err)) {
		fprintf(stderr, "%s\n", err);
		free(err);
		dataset_free(ds);
		return false;
	}
	/* --lang wins; else the case's own language; else the environment's */
	if (!o->lang && c->language_set && c->language != *lang) {
		*lang = c->language;
		i18n_switch(*lang);
	}
	return true;
}
