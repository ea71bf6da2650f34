/* cmd_training_expected.c: --training-expected SCENARIO [--format
 * text|json]: what the rules compute from the scenario's case part at its
 * end (verdict, criteria met, every stage's due time), so that its author can
 * write the `expected:` section (nis2-notify-case(5), "Writing a
 * scenario"); the text is that section itself, ready to paste, with what
 * the scenario's own section says of it. */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_scenario.h"
#include "core/deadlines.h"
#include "core/rules.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/expected_render.h"
#include "io/message.h"
#include "io/scenario_check.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_training_expected(const struct options *o, enum lang lang)
{
	(void)lang;
	bool json = o->format && strcmp(o->format, "json") == 0;
	if (o->format && !json && strcmp(o->format, "text") != 0) {
		msg_print(stderr, _("%s: unknown format '%s' (use text or json)\n"), PACKAGE, o->format);
		return 2;
	}
	struct dataset ds;
	struct scenario s;
	if (!cli_load_scenario(o, o->case_path, &ds, &s))
		return 1;
	struct evaluation ev;
	rules_evaluate(&ds.rules, &s.truth, s.end, LANG_EN, &ev);
	struct deadlines dl;
	deadlines_compute(&s.truth, &ev, s.end, &dl);
	struct opt_time due[STAGE_COUNT];
	deadlines_due_by_stage(&dl, due);
	/* what the scenario's own section says: the check's first difference */
	char *difference = NULL;
	bool agrees = scenario_check(s.id, &s, &ds.rules, &difference);
	struct sbuf b;
	sbuf_init(&b);
	if (json) {
		render_expected_json(&b, s.id, &s, &ev, due, agrees, difference);
	} else {
		char *line = agrees ? xstrdup(_("The scenario's expected: section agrees."))
				    : xstrdup(difference);
		render_expected_text(&b, s.id, &s, &ev, due, line);
		free(line);
	}
	char *out = sbuf_take(&b);
	msg_output(stdout, out);
	free(out);
	free(difference);
	evaluation_free(&ev);
	scenario_free(&s);
	dataset_free(&ds);
	if (fflush(stdout) != 0) {
		perror(PACKAGE);
		return 1;
	}
	return 0;
}
