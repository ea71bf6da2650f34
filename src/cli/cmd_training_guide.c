/* cmd_training_guide.c: --training-guide SCENARIO [--format
 * text|markdown]: the facilitator's guide of a scenario, printable, in the
 * current language (io/training_guide_render.h).  A scenario not in that
 * language is refused as --training refuses it, naming its languages. */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_scenario.h"
#include "io/message.h"
#include "io/training_guide_render.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_training_guide(const struct options *o, enum lang lang)
{
	bool markdown = o->format && strcmp(o->format, "markdown") == 0;
	if (o->format && !markdown && strcmp(o->format, "text") != 0) {
		msg_print(stderr, _("%s: unknown format '%s' (use text or markdown)\n"), PACKAGE,
			  o->format);
		return 2;
	}
	struct dataset ds;
	struct scenario s;
	if (!cli_load_scenario(o, o->case_path, &ds, &s))
		return 1;
	int status = 0;
	if (!cli_scenario_offered(o->case_path, &s, lang)) {
		status = 2;
	} else {
		char *out = render_training_guide(&s, &ds.rules, &ds.facts, lang, markdown);
		msg_output(stdout, out);
		free(out);
		if (fflush(stdout) != 0) {
			perror(PACKAGE);
			status = 1;
		}
	}
	scenario_free(&s);
	dataset_free(&ds);
	return status;
}
