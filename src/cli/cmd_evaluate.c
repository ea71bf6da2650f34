/* cmd_evaluate.c: --evaluate CASE [--format text|json] [--now TIME]: the
 * verdict, its reasons, what is missing and the deadlines of a case file
 * (nis2-notify(1), --evaluate). */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_case.h"
#include "cli/i18n.h"
#include "core/deadlines.h"
#include "core/rules.h"
#include "io/case_load.h"
#include "io/dataset.h"
#include "io/evaluation_render.h"
#include "io/message.h"
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
	if (!cli_load_case(o, &ds, &c, &lang))
		return 1;

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
