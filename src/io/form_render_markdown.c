/* form_render_markdown.c: the draft for a ticket or an e-mail; free text
 * in fenced blocks, so that it is copied verbatim. */
#include "config.h"

#include "io/form_render.h"
#include "io/form_render_parts.h"
#include "io/labels.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

/* A fence longer than any run of backticks in s, so s stays verbatim. */
static size_t fence_len(const char *s)
{
	size_t best = 0, run = 0;
	for (; *s; s++) {
		run = *s == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best < 3 ? 3 : best + 1;
}

/* A value the form does not offer, as an inline code span: markdown and
 * HTML in it show as typed, never as a link, a heading or a tag.  Line
 * breaks become spaces (a code span cannot stop a new block starting). */
static void md_code_span(struct sbuf *b, const char *s)
{
	char *flat = xstrdup(s);
	for (char *p = flat; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	char *clean = utf8_sanitize(flat, false);
	free(flat);
	size_t best = 0, run = 0;
	for (const char *p = clean; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	for (size_t i = 0; i <= best; i++)
		sbuf_putc(b, '`');
	sbuf_putc(b, ' ');
	sbuf_puts(b, clean);
	sbuf_putc(b, ' ');
	for (size_t i = 0; i <= best; i++)
		sbuf_putc(b, '`');
	free(clean);
}

static void md_field(struct sbuf *b, const struct form_def *def, const struct form_value *v, enum lang l)
{
	const struct form_field *f = v->field;
	sbuf_printf(b, "**%c. ", f->letter);
	form_render_put_safe(b, text3_get(&f->label, l), false);
	sbuf_printf(b, "**  \n`%s`", f->name);
	if (v->mandatory)
		sbuf_printf(b, " · %s", _("mandatory"));
	if (f->limit && v->n == 1)
		sbuf_printf(b, " · %zu/%zu", v->chars, f->limit);
	const char *src = render_source_text(v->source);
	if (src)
		sbuf_printf(b, " · *%s*", src);
	/* 03/10/2026 is 10 March to the form, 3 October to a Belgian */
	if (f->kind == FORM_DATE)
		sbuf_printf(b, " · *%s*", _("MM/DD/YYYY, as the form asks"));
	sbuf_puts(b, "\n\n");
	if (!v->shown && f->when_field && v->problem == FORM_OK) {
		char *why = form_render_condition_text(def, f, l);
		char *line = xasprintf(_("%s: %s"), _("not shown"), why);
		sbuf_putc(b, '*');
		form_render_put_safe(b, line, false);
		sbuf_puts(b, "*\n\n");
		free(line);
		free(why);
		return;
	}
	char *val = render_field_value(def, v, l);
	if (!val[0]) {
		sbuf_puts(b, "*—*\n\n");
	} else if (form_render_is_choice(f)) {
		/* one option per list item; a value that is none of the form's
		 * options is shown as code */
		for (size_t i = 0; i < v->n; i++) {
			sbuf_puts(b, "- ");
			if (form_option_find(def, f, v->values[i]))
				form_render_put_safe(b, form_render_option_text(def, f, v->values[i], l), false);
			else
				md_code_span(b, v->values[i]);
			sbuf_putc(b, '\n');
		}
		sbuf_putc(b, '\n');
	} else {
		size_t n = fence_len(val);
		for (size_t i = 0; i < n; i++)
			sbuf_putc(b, '`');
		sbuf_puts(b, "text\n");
		sbuf_puts(b, val);
		sbuf_putc(b, '\n');
		for (size_t i = 0; i < n; i++)
			sbuf_putc(b, '`');
		sbuf_puts(b, "\n\n");
	}
	free(val);
	if (v->problem != FORM_OK) {
		sbuf_puts(b, "> **");
		form_render_put_safe(b, render_problem_text(v->problem), false);
		sbuf_puts(b, "**\n\n");
	}
	if (v->note) {
		sbuf_printf(b, "> *%s* ", _("Guide:"));
		form_render_put_safe(b, text3_get(v->note, l), false);
		sbuf_puts(b, "\n\n");
	}
}

char *form_render_as_markdown(const struct form_def *def, const struct form_draft *d, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	char *title = xasprintf(_("Draft of the CCB notification form: %s"), form_render_stage_label(def, d->stage, l));
	sbuf_puts(&b, "# ");
	form_render_put_safe(&b, title, false);
	free(title);
	sbuf_puts(&b, "\n\n<https://notif.safeonweb.be>\n\n");
	if (def->edition) {
		char *made = xasprintf("%s %s", _("Made with:"), def->edition);
		form_render_put_safe(&b, made, false);
		free(made);
		sbuf_puts(&b, "\n\n");
	}
	if (d->has_verdict) {
		char *v = xasprintf(_("Verdict: %s"), label_verdict(d->verdict));
		form_render_put_safe(&b, v, false);
		free(v);
		sbuf_puts(&b, "\n\n");
	}
	if (d->dora) {
		sbuf_puts(&b, "> **");
		form_render_put_safe(&b, _("DORA applies: the NIS2 notification procedure does not (guide A.3). Notify under DORA; this draft is for reference only."), false);
		sbuf_puts(&b, "**\n\n");
	}
	if (d->voluntary) {
		sbuf_puts(&b, "> **");
		form_render_put_safe(&b, _("VOLUNTARY NOTIFICATION (guide B): no mandatory notification applies to this incident; it can still be notified voluntarily, with the same form."), false);
		sbuf_puts(&b, "**\n\n");
	}
	const struct form_stage_guide *g = form_stage_guide(def, d->stage);
	if (g) {
		sbuf_puts(&b, "*");
		form_render_put_safe(&b, _("What this stage should contain (guide A.6):"), false);
		sbuf_puts(&b, "* ");
		form_render_put_safe(&b, text3_get(&g->guidance, l), false);
		sbuf_puts(&b, "\n\n");
	}
	size_t section = (size_t)-1;
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		if (!v->field->visible && v->problem == FORM_OK)
			continue;
		if (v->field->section != section) {
			section = v->field->section;
			/* the section in the draft's language, with the form's own
			 * (Dutch) technical name beside it, as each field has its own */
			const struct form_section *s = &def->sections[section];
			sbuf_puts(&b, "## ");
			form_render_put_safe(&b, text3_get(&s->label, l), false);
			sbuf_puts(&b, " `[");
			form_render_put_safe(&b, s->id, false);
			sbuf_puts(&b, "]`\n\n");
		}
		md_field(&b, def, v, l);
	}
	sbuf_puts(&b, "## ");
	form_render_put_safe(&b, _("Before sending"), false);
	sbuf_puts(&b, "\n\n");
	if (d->n_missing == 0 && d->n_problems == 0)
		sbuf_printf(&b, "- %s\n", _("Every mandatory field of this stage is filled in."));
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		if (v->problem == FORM_OK)
			continue;
		sbuf_printf(&b, "- [ ] %c `%s`: ", v->field->letter, v->field->name);
		form_render_put_safe(&b, render_problem_text(v->problem), false);
		sbuf_putc(&b, '\n');
	}
	if (d->gdpr || d->gdpr_unknown) {
		sbuf_puts(&b, "- [ ] ");
		form_render_gdpr_sentence(&b, d);
		sbuf_putc(&b, '\n');
	}
	return sbuf_take(&b);
}

