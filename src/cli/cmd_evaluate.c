/* cmd_evaluate.c: --evaluate CASE [--format text|json] [--now TIME]: the
 * verdict, its reasons, what is missing and the deadlines of a case file
 * (nis2-notify(1), --evaluate).  CASE may be a training scenario: its case
 * part (the truth) is evaluated, at the scenario's end unless --now is
 * given, as its `expected:` section must read. */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_case.h"
#include "cli/i18n.h"
#include "core/deadlines.h"
#include "core/rules.h"
#include "io/case_load.h"
#include "io/dataset.h"
#include "io/evaluation_render.h"
#include "io/fileio.h"
#include "io/message.h"
#include "io/scenario_load.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum format { FORMAT_TEXT, FORMAT_JSON };

static bool parse_format(const char *s, enum format *out)
{
	if (!s || strcmp(s, "text") == 0)
		*out = FORMAT_TEXT;
	else if (strcmp(s, "json") == 0)
		*out = FORMAT_JSON;
	else
		return false;
	return true;
}

/* A scenario's case part, taken out of it; *now becomes its end unless
 * --now was given.  1 on failure (message printed), else 0. */
static int load_scenario_truth(const struct options *o, const char *buf, size_t len,
			       struct dataset *ds, struct case_file *c, instant_t *now,
			       enum lang *lang)
{
	if (!cli_load_data(o, ds))
		return 1;
	char *err = NULL;
	struct case_schema schema = dataset_case_schema(ds);
	struct scenario s;
	if (!scenario_load_buffer(o->case_path, buf, len, &schema, &s, &err)) {
		msg_print(stderr, "%s\n", err);
		free(err);
		dataset_free(ds);
		return 1;
	}
	if (!o->now)
		*now = s.end;
	*c = s.truth;
	case_init(&s.truth);
	scenario_free(&s);
	if (!o->lang && c->language_set && c->language != *lang)
		*lang = i18n_use(c->language);
	return 0;
}

static int load_case_or_scenario(const struct options *o, struct dataset *ds,
				 struct case_file *c, instant_t *now, enum lang *lang)
{
	char *buf = NULL, *err = NULL;
	size_t len = 0;
	/* a file that cannot be read: the case loader says why, as always */
	if (file_read_all(o->case_path, &buf, &len, &err) && scenario_buffer_is_scenario(buf, len)) {
		int status = load_scenario_truth(o, buf, len, ds, c, now, lang);
		free(buf);
		return status;
	}
	free(buf);
	free(err);
	return cli_load_case(o, ds, c, lang) ? 0 : 1;
}

int cmd_evaluate(const struct options *o, enum lang lang)
{
	enum format format;
	instant_t now;

	if (!parse_format(o->format, &format)) {
		msg_print(stderr, _("%s: unknown format '%s' (use text or json)\n"), PACKAGE, o->format);
		return 2;
	}
	if (!cli_parse_now(o->now, &now))
		return 2;

	struct dataset ds;
	struct case_file c;
	int status = load_case_or_scenario(o, &ds, &c, &now, &lang);
	if (status != 0)
		return status;

	struct evaluation e;
	struct deadlines d;
	rules_evaluate(&ds.rules, &c, now, lang, &e);
	deadlines_compute(&c, &e, now, &d);
	char *out = format == FORMAT_JSON ? render_evaluation_json(&e, &d)
					  : render_evaluation_text(&e, &d, &ds.rules, &c, &ds.facts, now, lang);
	msg_output(stdout, out);
	free(out);
	evaluation_free(&e);
	case_free(&c);
	dataset_free(&ds);
	if (fflush(stdout) != 0) {
		perror(PACKAGE);
		return 1;
	}
	return 0;
}
