/* expected_render.c: the expected: section of a scenario as the rules
 * compute it (--training-expected), as YAML to paste or as JSON. */
#include "config.h"

#include "io/expected_render.h"

#include "core/sbuf.h"
#include "nls.h"

void render_expected_text(struct sbuf *b, const char *name, const struct scenario *s,
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

void render_expected_json(struct sbuf *b, const char *name, const struct scenario *s,
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

