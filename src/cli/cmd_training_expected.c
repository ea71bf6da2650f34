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
#include "io/message.h"
#include "io/scenario_check.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void due_times(const struct deadlines *dl, struct opt_time due[STAGE_COUNT])
{
	memset(due, 0, sizeof(*due) * STAGE_COUNT);
	for (size_t i = 0; i < dl->n; i++)
		if (dl->items[i].has_due) {
			due[dl->items[i].stage].set = true;
			due[dl->items[i].stage].t = dl->items[i].due;
		}
}

static void render_text(struct sbuf *b, const char *name, const struct scenario *s,
			const struct evaluation *ev, const struct opt_time due[STAGE_COUNT],
			const char *agrees)
{
	char at[CLOCK_FMT_LEN];
	clock_format(s->end, at);
	/* comments, so that the whole output can be pasted under scenario: */
	sbuf_printf(b, "# %s\n", name);
	sbuf_printf(b, "# ");
	sbuf_printf(b, _("What the rules compute from its case part at its end, %s:"), at);
	sbuf_printf(b, "\n# %s\n", agrees);
	sbuf_printf(b, "expected:\n  verdict: %s\n  met: [", verdict_name(ev->verdict));
	for (size_t i = 0; i < ev->n_met; i++)
		sbuf_printf(b, "%s%s", i ? ", " : "", ev->met[i]);
	sbuf_printf(b, "]\n");
	bool any = false;
	for (int st = 0; st < STAGE_COUNT; st++) {
		if (!due[st].set)
			continue;
		char t[CLOCK_FMT_LEN];
		clock_format(due[st].t, t);
		sbuf_printf(b, "%s    %s: %s\n", any ? "" : "  deadlines:\n", stage_name((enum stage)st), t);
		any = true;
	}
}

static void render_json(struct sbuf *b, const char *name, const struct scenario *s,
			const struct evaluation *ev, const struct opt_time due[STAGE_COUNT],
			bool agrees, const char *difference)
{
	char at[CLOCK_FMT_LEN];
	clock_format(s->end, at);
	sbuf_printf(b, "{\n  \"scenario\": ");
	sbuf_json_string(b, name);
	sbuf_printf(b, ",\n  \"version\": ");
	if (s->version)
		sbuf_json_string(b, s->version);
	else
		sbuf_printf(b, "null");
	sbuf_printf(b, ",\n  \"at\": ");
	sbuf_json_string(b, at);
	sbuf_printf(b, ",\n  \"verdict\": ");
	sbuf_json_string(b, verdict_name(ev->verdict));
	sbuf_printf(b, ",\n  \"met\": [");
	for (size_t i = 0; i < ev->n_met; i++) {
		sbuf_printf(b, "%s", i ? ", " : "");
		sbuf_json_string(b, ev->met[i]);
	}
	sbuf_printf(b, "],\n  \"deadlines\": {");
	bool any = false;
	for (int st = 0; st < STAGE_COUNT; st++) {
		if (!due[st].set)
			continue;
		char t[CLOCK_FMT_LEN];
		clock_format(due[st].t, t);
		sbuf_printf(b, "%s\n    ", any ? "," : "");
		sbuf_json_string(b, stage_name((enum stage)st));
		sbuf_printf(b, ": ");
		sbuf_json_string(b, t);
		any = true;
	}
	sbuf_printf(b, "%s},\n  \"expected_agrees\": %s,\n  \"difference\": ", any ? "\n  " : "",
		    agrees ? "true" : "false");
	if (difference)
		sbuf_json_string(b, difference);
	else
		sbuf_printf(b, "null");
	sbuf_printf(b, "\n}\n");
}

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
	due_times(&dl, due);
	/* what the scenario's own section says: the check's first difference */
	char *difference = NULL;
	bool agrees = scenario_check(s.id, &s, &ds.rules, &difference);
	struct sbuf b;
	sbuf_init(&b);
	if (json) {
		render_json(&b, s.id, &s, &ev, due, agrees, difference);
	} else {
		char *line = agrees ? xstrdup(_("The scenario's expected: section agrees."))
				    : xstrdup(difference);
		render_text(&b, s.id, &s, &ev, due, line);
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
