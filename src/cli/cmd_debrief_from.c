/* cmd_debrief_from.c: --debrief-from CASE [--debrief FILE] [--format
 * text|markdown|json] [--trainee NAME]: the debrief of a saved exercise
 * case, rebuilt from its `exercise:` section (nis2-notify-case(5),
 * EXERCISE), as the wizard would have made it when the exercise ended (or,
 * for a run cut off, at the exercise time it was saved). */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_case.h"
#include "core/debrief.h"
#include "core/deadlines.h"
#include "core/rules.h"
#include "core/journal_timeline.h"
#include "io/casepaths.h"
#include "io/debrief_file.h"
#include "io/debrief_journal.h"
#include "io/journal_file.h"
#include "io/debrief_render.h"
#include "io/fileio.h"
#include "io/message.h"
#include "io/scenario_check.h"
#include "io/scenario_load.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

int cmd_debrief_from(const struct options *o, enum lang lang)
{
	enum debrief_format f;
	if (!debrief_format_pick(o->format, o->debrief, &f)) {
		msg_print(stderr, _("%s: the debrief's format is text, markdown or json, not '%s'\n"), PACKAGE,
			  o->format);
		return 2;
	}
	char *err = NULL;
	if (o->debrief && !debrief_path_ok(o->debrief, &err)) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return 2;
	}
	struct dataset ds;
	struct case_file c;
	if (!cli_load_case(o, &ds, &c, &lang))
		return 1;
	int rc = 1;
	struct scenario sc;
	scenario_init(&sc);
	if (!c.exercise.set) {
		msg_print(stderr, _("%s: %s: not an exercise case (it has no exercise: section)\n"), PACKAGE,
			  o->case_path);
		goto out;
	}
	struct datasource src = { o->data_dir };
	struct case_schema schema = dataset_case_schema(&ds);
	if (!scenario_load(c.exercise.scenario, &src, &schema, &sc, &err) ||
	    !scenario_check(c.exercise.scenario, &sc, &ds.rules, &err)) {
		msg_print(stderr, _("%s: %s: the exercise's scenario: %s\n"), PACKAGE, o->case_path, err);
		free(err);
		goto out;
	}
	/* The scenario may have changed since the exercise: the debrief then
	 * compares with the new one, and says so. */
	if (!same_str(sc.version, c.exercise.version))
		msg_print(stderr, _("%s: note: the exercise was played with version %s of %s; this is "
				    "version %s\n"),
			  PACKAGE, c.exercise.version ? c.exercise.version : "-", c.exercise.scenario,
			  sc.version ? sc.version : "-");
	instant_t end = c.exercise.ended.set ? c.exercise.ended.t : c.exercise.at;
	if (end > sc.end)
		end = sc.end;
	struct evaluation ev;
	struct deadlines dl;
	rules_evaluate(&ds.rules, &c, end, lang, &ev);
	deadlines_compute(&c, &ev, end, &dl);
	struct debrief d;
	debrief_build(&ds.rules, &sc, &c, &ev, &dl, end, &d);
	d.trainee = o->trainee ? o->trainee : c.exercise.trainee;
	char *note = NULL;
	if (!debrief_add_journal(o->case_path, end, &d, &note)) {
		msg_print(stderr, _("%s: note: %s; the timeline has no verdicts\n"), PACKAGE, note);
		free(note);
	}
	char *text = render_debrief(&d, &sc, &ds, lang, f);
	debrief_free(&d);
	evaluation_free(&ev);
	if (o->debrief) {
		if (file_save_atomic(o->debrief, text, strlen(text), &err)) {
			rc = 0;
		} else {
			msg_print(stderr, "%s: %s\n", PACKAGE, err);
			free(err);
		}
	} else {
		fputs(text, stdout);
		rc = fflush(stdout) == 0 ? 0 : 1;
		if (rc)
			perror(PACKAGE);
	}
	free(text);
out:
	scenario_free(&sc);
	case_free(&c);
	dataset_free(&ds);
	return rc;
}
