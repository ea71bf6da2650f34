/* cmd_list_scenarios.c: --list-scenarios: the names --training takes, one a
 * line, from the built-in data or --data DIR.  For people and for the bash
 * completion (data/bash-completion/nis2-notify), which must not guess them. */
#include "config.h"

#include "cli/commands.h"
#include "io/scenario_load.h"

#include <stdio.h>
#include <stdlib.h>

int cmd_list_scenarios(const struct options *o, enum lang lang)
{
	(void)lang;
	struct datasource src = { o->data_dir };
	char **names = NULL;
	size_t n = scenario_list(&src, &names);
	for (size_t i = 0; i < n; i++) {
		puts(names[i]);
		free(names[i]);
	}
	free(names);
	return 0;
}
