/* load_scenario.c: the data and the scenario of a scenario command. */
#include "config.h"

#include "cli/load_scenario.h"

#include "cli/load_case.h"

#include "io/message.h"
#include "io/scenario_load.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>

bool cli_load_scenario(const struct options *o, const char *name, struct dataset *ds,
		       struct scenario *s)
{
	if (!cli_load_data(o, ds))
		return false;
	struct datasource src = { o->data_dir };
	char *err = NULL;
	struct case_schema schema = dataset_case_schema(ds);
	if (!scenario_load(name, &src, &schema, s, &err)) {
		msg_print(stderr, "%s\n", err);
		free(err);
		dataset_free(ds);
		return false;
	}
	return true;
}

bool cli_scenario_offered(const char *name, const struct scenario *s, enum lang l)
{
	if (scenario_has_lang(s, l))
		return true;
	char codes[SCENARIO_LANGS_LEN];
	scenario_lang_codes(s, codes);
	msg_print(stderr, _("%s: the scenario '%s' is in %s only, not in %s; choose one of its "
			    "languages with --lang\n"), PACKAGE, name, codes, lang_code(l));
	return false;
}

int cli_training_lang_check(const struct options *o, enum lang l)
{
	struct datasource src = { o->data_dir };
	struct dataset ds;
	struct scenario s;
	char *err = NULL;
	if (!dataset_load(&src, &ds, &err)) {
		free(err);
		return 0;
	}
	struct case_schema schema = dataset_case_schema(&ds);
	bool loaded = scenario_load(o->training, &src, &schema, &s, &err);
	free(err);
	int status = loaded && !cli_scenario_offered(o->training, &s, l) ? 2 : 0;
	if (loaded)
		scenario_free(&s);
	dataset_free(&ds);
	return status;
}
