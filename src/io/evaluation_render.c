/* evaluation_render.c: --evaluate's two output formats: JSON, and the
 * verdict's lines (verdict_lines.c) laid out as text. */
#include "config.h"

#include "io/evaluation_render.h"
#include "io/verdict_lines.h"
#include "io/labels.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

static void json_string_list(struct sbuf *b, size_t n, char *const *v)
{
	sbuf_putc(b, '[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			sbuf_puts(b, ", ");
		sbuf_json_string(b, v[i]);
	}
	sbuf_putc(b, ']');
}

static void json_id_texts(struct sbuf *b, size_t n, const struct id_text *v)
{
	sbuf_putc(b, '[');
	for (size_t i = 0; i < n; i++) {
		sbuf_puts(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
		sbuf_json_string(b, v[i].id);
		sbuf_puts(b, ", \"text\": ");
		sbuf_json_string(b, v[i].text);
		sbuf_putc(b, '}');
	}
	sbuf_puts(b, n ? "\n  ]" : "]");
}

/* "near": what would change the verdict (nis2-notify-case(5), CRITERIA): id, fact, the
 * value that would meet it, and the instant for a duration on the clock. */
static void json_near(struct sbuf *b, const struct evaluation *e)
{
	sbuf_puts(b, ",\n  \"near\": [");
	for (size_t i = 0; i < e->n_near; i++) {
		const struct near *n = &e->near[i];
		sbuf_puts(b, i ? ",\n    " : "\n    ");
		sbuf_puts(b, "{\"id\": ");
		sbuf_json_string(b, n->id);
		sbuf_puts(b, ", \"fact\": ");
		sbuf_json_string(b, n->fact);
		sbuf_printf(b, ", \"needed\": %lld, \"at\": ", (long long)n->needed);
		if (n->has_at) {
			char t[CLOCK_FMT_LEN];
			clock_format(n->at, t);
			sbuf_json_string(b, t);
		} else {
			sbuf_puts(b, "null");
		}
		sbuf_puts(b, ", \"text\": ");
		sbuf_json_string(b, n->text ? n->text : "");
		sbuf_puts(b, "}");
	}
	sbuf_puts(b, e->n_near ? "\n  ]" : "]");
}

char *render_evaluation_json(const struct evaluation *e, const struct deadlines *d)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_puts(&b, "{\n  \"verdict\": ");
	sbuf_json_string(&b, verdict_name(e->verdict));
	sbuf_puts(&b, ",\n  \"regime\": ");
	sbuf_json_string(&b, regime_name(e->regime));
	sbuf_puts(&b, ",\n  \"met\": ");
	json_string_list(&b, e->n_met, e->met);
	sbuf_puts(&b, ",\n  \"missing\": ");
	json_string_list(&b, e->n_missing, e->missing);
	sbuf_puts(&b, ",\n  \"explanation\": ");
	json_id_texts(&b, e->n_explanation, e->explanation);
	sbuf_puts(&b, ",\n  \"warnings\": ");
	json_id_texts(&b, e->n_warnings, e->warnings);
	sbuf_puts(&b, ",\n  \"disruption\": ");
	sbuf_json_string(&b, disruption_name(e->disruption));
	json_near(&b, e);
	sbuf_puts(&b, ",\n  \"deadlines\": [");
	for (size_t i = 0; i < d->n; i++) {
		const struct deadline *x = &d->items[i];
		char t[CLOCK_FMT_LEN];
		sbuf_puts(&b, i ? ",\n    {\"stage\": " : "\n    {\"stage\": ");
		sbuf_json_string(&b, stage_name(x->stage));
		sbuf_puts(&b, ", \"due\": ");
		if (x->has_due) {
			clock_format(x->due, t);
			sbuf_json_string(&b, t);
		} else {
			sbuf_puts(&b, "null");
		}
		sbuf_puts(&b, ", \"status\": ");
		sbuf_json_string(&b, deadline_status_name(x->status));
		if (x->submitted_set) {
			clock_format(x->submitted, t);
			sbuf_puts(&b, ", \"submitted\": ");
			sbuf_json_string(&b, t);
		}
		if (x->late)
			sbuf_puts(&b, ", \"late\": true");
		sbuf_putc(&b, '}');
	}
	sbuf_puts(&b, d->n ? "\n  ]\n}\n" : "]\n}\n");
	return sbuf_take(&b);
}

/* The verdict's lines (verdict_lines.c, the same as the wizard's verdict
 * step), laid out for a terminal or a pipe. */
char *render_evaluation_text(const struct evaluation *e, const struct deadlines *d,
			     const struct ruleset *rs, const struct case_file *c,
			     const struct fact_registry *facts, instant_t now, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	if (c->entity.name) {
		char *name = utf8_sanitize(c->entity.name, false);
		sbuf_printf(&b, "%s\n", name);
		free(name);
	}
	struct verdict_lines vl;
	verdict_lines_build(e, d, rs, c, facts, now, l, &vl);
	for (size_t i = 0; i < vl.n; i++) {
		const char *t = vl.v[i].text;
		switch (vl.v[i].kind) {
		case VL_BLANK:
			sbuf_putc(&b, '\n');
			break;
		case VL_ITEM:
			wrap_append(&b, "  - ", "    ", t, TEXT_WIDTH);
			break;
		case VL_SUBHEAD:
		case VL_STAGE:
			wrap_append(&b, "  ", "  ", t, TEXT_WIDTH);
			break;
		case VL_DETAIL:
			wrap_append(&b, "      ", "      ", t, TEXT_WIDTH);
			break;
		case VL_TITLE:
		case VL_TEXT:
		case VL_HEADING:
			wrap_append(&b, "", "", t, TEXT_WIDTH);
			break;
		}
	}
	verdict_lines_free(&vl);
	return sbuf_take(&b);
}
