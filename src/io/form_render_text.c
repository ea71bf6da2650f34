/* form_render_text.c: the draft for a terminal or a pipe, 80 columns. */
#include "config.h"

#include "io/form_render.h"
#include "io/form_render_parts.h"
#include "io/labels.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>

/* The notes before the fields: voluntary, DORA, the stage's guidance. */
static void text_head(struct sbuf *b, const struct form_def *def, const struct form_draft *d, enum lang l)
{
	/* TRANSLATORS: %s is the stage, "Incident notification" */
	char *title = xasprintf(_("Draft of the CCB notification form: %s"), form_render_stage_label(def, d->stage, l));
	form_render_put_wrapped(b, "", title);
	free(title);
	sbuf_puts(b, "https://notif.safeonweb.be\n");
	if (def->edition) {
		char *made = xasprintf("%s %s", _("Made with:"), def->edition);
		form_render_put_wrapped(b, "", made);
		free(made);
	}
	sbuf_putc(b, '\n');
	if (d->has_verdict) {
		char *v = xasprintf(_("Verdict: %s"), label_verdict(d->verdict));
		form_render_put_wrapped(b, "", v);
		free(v);
		sbuf_putc(b, '\n');
	}
	if (d->dora) {
		form_render_put_wrapped(b, "", _("DORA applies: the NIS2 notification procedure does not (guide A.3). Notify under DORA; this draft is for reference only."));
		sbuf_putc(b, '\n');
	}
	if (d->voluntary) {
		form_render_put_wrapped(b, "", _("VOLUNTARY NOTIFICATION (guide B): no mandatory notification applies to this incident; it can still be notified voluntarily, with the same form."));
		sbuf_putc(b, '\n');
	}
	const struct form_stage_guide *g = form_stage_guide(def, d->stage);
	if (g) {
		form_render_put_wrapped(b, "", _("What this stage should contain (guide A.6):"));
		form_render_put_wrapped(b, "  ", text3_get(&g->guidance, l));
		sbuf_putc(b, '\n');
	}
}

static void text_field(struct sbuf *b, const struct form_def *def, const struct form_value *v, enum lang l)
{
	const struct form_field *f = v->field;
	sbuf_printf(b, "%c  %s", f->letter, f->name);
	if (v->mandatory)
		sbuf_printf(b, "  [%s]", _("mandatory"));
	if (f->limit && v->n == 1)
		sbuf_printf(b, "  %zu/%zu", v->chars, f->limit);
	sbuf_putc(b, '\n');
	form_render_put_wrapped(b, "   ", text3_get(&f->label, l));
	if (!v->shown && f->when_field && v->problem == FORM_OK) {
		char *why = form_render_condition_text(def, f, l);
		/* the language's colon: "not shown: why", "non affiché : pourquoi" */
		char *line = xasprintf(_("%s: %s"), _("not shown"), why);
		sbuf_puts(b, "   (");
		form_render_put_safe(b, line, false);
		sbuf_puts(b, ")\n");
		free(line);
		free(why);
		return;
	}
	if (v->n == 0 || (v->n == 1 && !v->values[0][0])) {
		sbuf_puts(b, "   >\n");
	} else {
		char *val = render_field_value(def, v, l);
		form_render_put_wrapped(b, "   > ", val);
		free(val);
		/* 03/10/2026 is 10 March to the form, 3 October to a Belgian */
		if (f->kind == FORM_DATE)
			sbuf_printf(b, "   (%s)\n", _("MM/DD/YYYY, as the form asks"));
	}
	const char *src = render_source_text(v->source);
	if (src)
		sbuf_printf(b, "   (%s)\n", src);
	if (v->problem != FORM_OK) {
		sbuf_puts(b, "   !! ");
		form_render_put_safe(b, render_problem_text(v->problem), false);
		if (v->problem == FORM_TOO_LONG)
			sbuf_printf(b, " (%zu/%zu)", v->chars, f->limit);
		sbuf_putc(b, '\n');
	}
	if (v->note) {
		sbuf_puts(b, "   ");
		form_render_put_safe(b, _("Guide:"), false);
		sbuf_putc(b, '\n');
		form_render_put_wrapped(b, "     ", text3_get(v->note, l));
	}
}

static void text_tail(struct sbuf *b, const struct form_draft *d)
{
	if (d->n_missing) {
		char *h = xasprintf(P_("Still missing at this stage (%zu field):",
				       "Still missing at this stage (%zu fields):", d->n_missing),
				    d->n_missing);
		form_render_put_wrapped(b, "", h);
		free(h);
		for (size_t i = 0; i < d->n; i++) {
			const struct form_value *v = &d->values[i];
			if (v->problem != FORM_MISSING)
				continue;
			sbuf_printf(b, "  %c  %s\n", v->field->letter, v->field->name);
		}
		sbuf_putc(b, '\n');
	} else {
		form_render_put_wrapped(b, "", _("Every mandatory field of this stage is filled in."));
		sbuf_putc(b, '\n');
	}
	if (d->n_problems) {
		char *h = xasprintf(P_("To correct (%zu field):", "To correct (%zu fields):", d->n_problems),
				    d->n_problems);
		form_render_put_safe(b, h, false);
		sbuf_putc(b, '\n');
		free(h);
		for (size_t i = 0; i < d->n; i++) {
			const struct form_value *v = &d->values[i];
			if (v->problem == FORM_OK || v->problem == FORM_MISSING)
				continue;
			sbuf_printf(b, "  %c  %s: ", v->field->letter, v->field->name);
			form_render_put_safe(b, render_problem_text(v->problem), false);
			sbuf_putc(b, '\n');
		}
		sbuf_putc(b, '\n');
	}
	if (d->gdpr || d->gdpr_unknown) {
		struct sbuf g;
		sbuf_init(&g);
		form_render_gdpr_sentence(&g, d);
		form_render_put_wrapped(b, "", sbuf_str(&g));
		sbuf_free(&g);
	}
}

char *form_render_as_text(const struct form_def *def, const struct form_draft *d, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	text_head(&b, def, d, l);
	size_t section = (size_t)-1;
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		/* the hidden field (20-Anonymous) is not on the screen */
		if (!v->field->visible && v->problem == FORM_OK)
			continue;
		if (v->field->section != section) {
			section = v->field->section;
			const struct form_section *s = &def->sections[section];
			sbuf_puts(&b, "== ");
			form_render_put_safe(&b, text3_get(&s->label, l), false);
			sbuf_puts(&b, "  [");
			form_render_put_safe(&b, s->id, false);
			sbuf_puts(&b, "]\n\n");
		}
		text_field(&b, def, v, l);
		sbuf_putc(&b, '\n');
	}
	text_tail(&b, d);
	return sbuf_take(&b);
}

