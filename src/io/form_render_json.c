/* form_render_json.c: the draft as one JSON object keyed by technical
 * name, for other tools. */
#include "config.h"

#include "io/form_render.h"
#include "io/form_render_parts.h"
#include "core/sbuf.h"

static void json_value(struct sbuf *b, const struct form_def *def, const struct form_value *v, enum lang l)
{
	const struct form_field *f = v->field;
	if (f->kind == FORM_MULTI) {
		sbuf_puts(b, "\"value\": [");
		for (size_t i = 0; i < v->n; i++) {
			sbuf_puts(b, i ? ", " : "");
			form_render_json_safe(b, v->values[i]);
		}
		sbuf_puts(b, "], \"text\": [");
		for (size_t i = 0; i < v->n; i++) {
			sbuf_puts(b, i ? ", " : "");
			form_render_json_safe(b, form_render_option_text(def, f, v->values[i], l));
		}
		sbuf_puts(b, "]");
		return;
	}
	if (v->n == 0) {
		sbuf_puts(b, "\"value\": null");
		if (form_render_is_choice(f))
			sbuf_puts(b, ", \"text\": null");
		return;
	}
	sbuf_puts(b, "\"value\": ");
	form_render_json_safe(b, v->values[0]);
	if (form_render_is_choice(f)) {
		sbuf_puts(b, ", \"text\": ");
		form_render_json_safe(b, form_render_option_text(def, f, v->values[0], l));
	}
}

char *form_render_as_json(const struct form_def *def, const struct form_draft *d, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_printf(&b, "{\n  \"stage\": \"%s\",\n  \"language\": \"%s\",\n", stage_name(d->stage), lang_code(l));
	sbuf_puts(&b, "  \"rules\": ");
	if (def->edition)
		form_render_json_safe(&b, def->edition);
	else
		sbuf_puts(&b, "null");
	sbuf_puts(&b, ",\n");
	if (d->has_verdict)
		sbuf_printf(&b, "  \"verdict\": \"%s\",\n", verdict_name(d->verdict));
	else
		sbuf_puts(&b, "  \"verdict\": null,\n");
	sbuf_printf(&b, "  \"voluntary\": %s,\n  \"dora\": %s,\n  \"fields\": {\n",
		    d->voluntary ? "true" : "false", d->dora ? "true" : "false");
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		const struct form_field *f = v->field;
		sbuf_puts(&b, "    ");
		form_render_json_safe(&b, f->name);
		sbuf_printf(&b, ": {\"letter\": \"%c\", \"kind\": \"%s\", \"label\": ", f->letter, form_kind_name(f->kind));
		form_render_json_safe(&b, text3_get(&f->label, l));
		sbuf_puts(&b, ", ");
		json_value(&b, def, v, l);
		sbuf_printf(&b, ", \"source\": \"%s\", \"shown\": %s, \"mandatory\": %s",
			    form_source_name(v->source), v->shown ? "true" : "false",
			    v->mandatory ? "true" : "false");
		if (f->limit)
			sbuf_printf(&b, ", \"chars\": %zu, \"limit\": %zu", v->chars, f->limit);
		sbuf_printf(&b, ", \"status\": \"%s\"", form_problem_name(v->problem));
		if (v->note) {
			sbuf_puts(&b, ", \"guidance\": ");
			form_render_json_safe(&b, text3_get(v->note, l));
		}
		sbuf_printf(&b, "}%s\n", i + 1 < d->n ? "," : "");
	}
	sbuf_puts(&b, "  },\n  \"missing\": [");
	bool first = true;
	for (size_t i = 0; i < d->n; i++) {
		if (d->values[i].problem != FORM_MISSING)
			continue;
		sbuf_puts(&b, first ? "" : ", ");
		form_render_json_safe(&b, d->values[i].field->name);
		first = false;
	}
	sbuf_puts(&b, "],\n  \"problems\": [");
	first = true;
	for (size_t i = 0; i < d->n; i++) {
		enum form_problem p = d->values[i].problem;
		if (p == FORM_OK || p == FORM_MISSING)
			continue;
		sbuf_puts(&b, first ? "" : ", ");
		sbuf_puts(&b, "{\"field\": ");
		form_render_json_safe(&b, d->values[i].field->name);
		sbuf_printf(&b, ", \"problem\": \"%s\"}", form_problem_name(p));
		first = false;
	}
	/* whether personal data are involved: "unknown" leaves gdpr null but
	 * means a notification to the GBA/APD may still be due */
	sbuf_printf(&b, "],\n  \"personal_data\": \"%s\",\n  \"gdpr\": ",
		    d->gdpr ? "yes" : d->gdpr_unknown ? "unknown" : "no");
	if (!d->gdpr) {
		sbuf_puts(&b, "null");
	} else {
		char due[CLOCK_FMT_LEN];
		sbuf_puts(&b, "{\"due\": ");
		if (d->gdpr_has_due) {
			clock_format(d->gdpr_due, due);
			sbuf_printf(&b, "\"%s\"", due);
		} else {
			sbuf_puts(&b, "null");
		}
		if (d->gdpr_status_set)
			sbuf_printf(&b, ", \"status\": \"%s\"", deadline_status_name(d->gdpr_status));
		sbuf_puts(&b, "}");
	}
	sbuf_puts(&b, "\n}\n");
	return sbuf_take(&b);
}

