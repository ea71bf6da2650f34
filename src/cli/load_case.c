/* load_case.c: the data and the case of a batch command. */
#include "config.h"

#include "cli/load_case.h"

#include "cli/i18n.h"
#include "io/case_load.h"
#include "io/message.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

bool cli_load_data(const struct options *o, struct dataset *ds)
{
	struct datasource src = { o->data_dir };
	char *err = NULL;
	if (!dataset_load(&src, ds, &err)) {
		msg_print(stderr, "%s\n", err);
		free(err);
		return false;
	}
	return true;
}

bool cli_load_case(const struct options *o, struct dataset *ds, struct case_file *c, enum lang *lang)
{
	if (!cli_load_data(o, ds))
		return false;
	char *err = NULL;
	struct case_schema schema = dataset_case_schema(ds);
	if (!case_load_file(o->case_path, &schema, c, &err)) {
		msg_print(stderr, "%s\n", err);
		free(err);
		dataset_free(ds);
		return false;
	}
	/* --lang wins; else the case's own language; else the environment's */
	if (!o->lang && c->language_set && c->language != *lang) {
		*lang = i18n_use(c->language);
	}
	return true;
}

bool cli_parse_now(const char *s, instant_t *now)
{
	if (!s) {
		*now = (instant_t)time(NULL);
		return true;
	}
	if (clock_parse(s, now) == CLOCK_PARSE_OK)
		return true;
	msg_print(stderr, _("%s: --now: '%s' is not a valid time (use e.g. 2026-11-22T09:30:00+01:00)\n"),
		PACKAGE, s);
	return false;
}
