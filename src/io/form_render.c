/* form_render.c: the draft as text, markdown or JSON. */
#include "config.h"

#include "io/form_render.h"
#include "io/timefmt.h"
#include "io/labels.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define TEXT_WIDTH 78   /* fits an 80-column terminal */

/* Appends s sanitised (newlines kept when multiline). */
static void put_safe(struct sbuf *b, const char *s, bool multiline)
{
	char *t = utf8_sanitize(s ? s : "", multiline);
	sbuf_puts(b, t);
	free(t);
}

static void json_safe(struct sbuf *b, const char *s)
{
	char *t = utf8_sanitize(s ? s : "", true);
	sbuf_json_string(b, t);
	free(t);
}

/* Appends s wrapped to width, each line after `indent`. */
static void put_wrapped(struct sbuf *b, const char *indent, const char *s, size_t width)
{
	char *t = utf8_sanitize(s ? s : "", true);
	size_t off = 0, next, len;
	if (!t[0])
		sbuf_printf(b, "%s\n", indent);
	while ((len = wrap_line(t + off, width, &next)) > 0 || next > 0) {
		sbuf_puts(b, indent);
		sbuf_putn(b, t + off, len);
		sbuf_putc(b, '\n');
		off += next;
	}
	free(t);
}

static bool is_choice(const struct form_field *f)
{
	return f->kind == FORM_CHOICE || f->kind == FORM_MULTI;
}

/* The label of an option, or the id itself when it is none of the list's. */
static const char *option_text(const struct form_def *def, const struct form_field *f,
			       const char *id, enum lang l)
{
	const struct form_option *o = form_option_find(def, f, id);
	return o ? text3_get(&o->label, l) : id;
}

char *render_field_value(const struct form_def *def, const struct form_value *v, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < v->n; i++) {
		if (i)
			sbuf_putc(&b, '\n');
		put_safe(&b, is_choice(v->field) ? option_text(def, v->field, v->values[i], l) : v->values[i],
			 true);
	}
	return sbuf_take(&b);
}

static const char *stage_label(const struct form_def *def, enum stage s, enum lang l)
{
	const struct form_optlist *list = form_optlist_find(def, "notification-stage");
	for (size_t i = 0; list && i < list->n; i++)
		if (strcmp(list->opts[i].id, stage_name(s)) == 0)
			return text3_get(&list->opts[i].label, l);
	return label_stage(s);
}

static const char *problem_text(enum form_problem p)
{
	switch (p) {
	case FORM_MISSING: return _("mandatory at this stage, still empty");
	case FORM_TOO_LONG: return _("longer than the form accepts");
	case FORM_BAD_EMAIL: return _("not a valid e-mail address");
	case FORM_BAD_PHONE: return _("not a valid telephone number");
	case FORM_BAD_DATE: return _("not a date as the form takes it (MM/DD/YYYY)");
	case FORM_BAD_KBO: return _("the enterprise number (KBO/BCE) fails its checksum");
	case FORM_BAD_OPTION: return _("not one of the form's options");
	case FORM_NOT_SHOWN: return _("the form does not show this field now: the value will not be sent");
	case FORM_OK:
	case FORM_PROBLEM_COUNT: break;
	}
	return "";
}

static const char *source_text(enum form_source s)
{
	switch (s) {
	case FORM_PREFILL: return _("from the case");
	case FORM_PROPOSAL: return _("proposed: check it");
	case FORM_USER:
	case FORM_EMPTY: break;
	}
	return NULL;
}

/* The sentence that says why a conditional field is hidden. */
static char *condition_text(const struct form_def *def, const struct form_field *f, enum lang l)
{
	const struct form_field *w = form_field_find(def, f->when_field);
	if (!w)
		return xstrdup("");
	/* TRANSLATORS: "only when M (13-Cross_Border_Impact) is Yes" */
	return xasprintf(_("only when %c (%s) is %s"), w->letter, w->name,
			 option_text(def, w, f->when_is, l));
}

/* The notes before the fields: voluntary, DORA, the stage's guidance. */
static void text_head(struct sbuf *b, const struct form_def *def, const struct form_draft *d, enum lang l)
{
	/* TRANSLATORS: %s is the stage, "Incident notification" */
	char *title = xasprintf(_("Draft of the CCB notification form: %s"), stage_label(def, d->stage, l));
	put_wrapped(b, "", title, TEXT_WIDTH);
	free(title);
	sbuf_puts(b, "https://notif.safeonweb.be\n\n");
	if (d->dora) {
		put_wrapped(b, "", _("DORA applies: the NIS2 notification procedure does not (guide A.3). Notify under DORA; this draft is for reference only."), TEXT_WIDTH);
		sbuf_putc(b, '\n');
	}
	if (d->voluntary) {
		put_wrapped(b, "", _("VOLUNTARY NOTIFICATION (guide B): no mandatory notification applies to this incident; it can still be notified voluntarily, with the same form."), TEXT_WIDTH);
		sbuf_putc(b, '\n');
	}
	const struct form_stage_guide *g = form_stage_guide(def, d->stage);
	if (g) {
		put_wrapped(b, "", _("What this stage should contain (guide A.6):"), TEXT_WIDTH);
		put_wrapped(b, "  ", text3_get(&g->guidance, l), TEXT_WIDTH - 2);
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
	put_wrapped(b, "   ", text3_get(&f->label, l), TEXT_WIDTH - 3);
	if (!v->shown && f->when_field && v->problem == FORM_OK) {
		char *why = condition_text(def, f, l);
		sbuf_puts(b, "   (");
		put_safe(b, _("not shown"), false);
		sbuf_puts(b, ": ");
		put_safe(b, why, false);
		sbuf_puts(b, ")\n");
		free(why);
		return;
	}
	if (v->n == 0 || (v->n == 1 && !v->values[0][0])) {
		sbuf_puts(b, "   >\n");
	} else {
		char *val = render_field_value(def, v, l);
		put_wrapped(b, "   > ", val, TEXT_WIDTH - 5);
		free(val);
	}
	const char *src = source_text(v->source);
	if (src)
		sbuf_printf(b, "   (%s)\n", src);
	if (v->problem != FORM_OK) {
		sbuf_puts(b, "   !! ");
		put_safe(b, problem_text(v->problem), false);
		if (v->problem == FORM_TOO_LONG)
			sbuf_printf(b, " (%zu/%zu)", v->chars, f->limit);
		sbuf_putc(b, '\n');
	}
	if (v->note) {
		sbuf_puts(b, "   ");
		put_safe(b, _("Guide:"), false);
		sbuf_putc(b, '\n');
		put_wrapped(b, "     ", text3_get(v->note, l), TEXT_WIDTH - 5);
	}
}

static void gdpr_sentence(struct sbuf *b, const struct form_draft *d, bool markdown)
{
	put_safe(b, _("Personal data are involved: a separate notification to the data protection authority (GBA/APD) is due, apart from this one (guide D)."), false);
	if (d->gdpr_has_due) {
		char *when = timefmt_local(d->gdpr_due);
		sbuf_putc(b, ' ');
		/* TRANSLATORS: %s is a date and time */
		char *s = xasprintf(_("At the latest: %s"), when);
		put_safe(b, s, false);
		free(s);
		free(when);
		if (d->gdpr_status_set)
			sbuf_printf(b, " (%s)", label_status(d->gdpr_status));
		sbuf_putc(b, '.');
	}
	(void)markdown;
}

static void text_tail(struct sbuf *b, const struct form_draft *d)
{
	if (d->n_missing) {
		char *h = xasprintf(P_("Still missing at this stage (%zu field):",
				       "Still missing at this stage (%zu fields):", d->n_missing),
				    d->n_missing);
		put_wrapped(b, "", h, TEXT_WIDTH);
		free(h);
		for (size_t i = 0; i < d->n; i++) {
			const struct form_value *v = &d->values[i];
			if (v->problem != FORM_MISSING)
				continue;
			sbuf_printf(b, "  %c  %s\n", v->field->letter, v->field->name);
		}
		sbuf_putc(b, '\n');
	} else {
		put_wrapped(b, "", _("Every mandatory field of this stage is filled in."), TEXT_WIDTH);
		sbuf_putc(b, '\n');
	}
	if (d->n_problems) {
		char *h = xasprintf(P_("To correct (%zu field):", "To correct (%zu fields):", d->n_problems),
				    d->n_problems);
		put_safe(b, h, false);
		sbuf_putc(b, '\n');
		free(h);
		for (size_t i = 0; i < d->n; i++) {
			const struct form_value *v = &d->values[i];
			if (v->problem == FORM_OK || v->problem == FORM_MISSING)
				continue;
			sbuf_printf(b, "  %c  %s: ", v->field->letter, v->field->name);
			put_safe(b, problem_text(v->problem), false);
			sbuf_putc(b, '\n');
		}
		sbuf_putc(b, '\n');
	}
	if (d->gdpr) {
		struct sbuf g;
		sbuf_init(&g);
		gdpr_sentence(&g, d, false);
		put_wrapped(b, "", sbuf_str(&g), TEXT_WIDTH);
		sbuf_free(&g);
	}
}

static char *render_text(const struct form_def *def, const struct form_draft *d, enum lang l)
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
			put_safe(&b, text3_get(&s->label, l), false);
			sbuf_puts(&b, "  [");
			put_safe(&b, s->id, false);
			sbuf_puts(&b, "]\n\n");
		}
		text_field(&b, def, v, l);
		sbuf_putc(&b, '\n');
	}
	text_tail(&b, d);
	return sbuf_take(&b);
}

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

static void md_field(struct sbuf *b, const struct form_def *def, const struct form_value *v, enum lang l)
{
	const struct form_field *f = v->field;
	sbuf_printf(b, "**%c. ", f->letter);
	put_safe(b, text3_get(&f->label, l), false);
	sbuf_printf(b, "**  \n`%s`", f->name);
	if (v->mandatory)
		sbuf_printf(b, " · %s", _("mandatory"));
	if (f->limit && v->n == 1)
		sbuf_printf(b, " · %zu/%zu", v->chars, f->limit);
	const char *src = source_text(v->source);
	if (src)
		sbuf_printf(b, " · *%s*", src);
	sbuf_puts(b, "\n\n");
	if (!v->shown && f->when_field && v->problem == FORM_OK) {
		char *why = condition_text(def, f, l);
		sbuf_printf(b, "*%s: ", _("not shown"));
		put_safe(b, why, false);
		sbuf_puts(b, "*\n\n");
		free(why);
		return;
	}
	char *val = render_field_value(def, v, l);
	if (!val[0]) {
		sbuf_puts(b, "*—*\n\n");
	} else if (is_choice(f)) {
		/* one option per list item */
		for (const char *p = val; *p;) {
			size_t len = strcspn(p, "\n");
			sbuf_puts(b, "- ");
			sbuf_putn(b, p, len);
			sbuf_putc(b, '\n');
			p += len + (p[len] == '\n');
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
		put_safe(b, problem_text(v->problem), false);
		sbuf_puts(b, "**\n\n");
	}
	if (v->note) {
		sbuf_printf(b, "> *%s* ", _("Guide:"));
		put_safe(b, text3_get(v->note, l), false);
		sbuf_puts(b, "\n\n");
	}
}

static char *render_markdown(const struct form_def *def, const struct form_draft *d, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	char *title = xasprintf(_("Draft of the CCB notification form: %s"), stage_label(def, d->stage, l));
	sbuf_puts(&b, "# ");
	put_safe(&b, title, false);
	free(title);
	sbuf_puts(&b, "\n\n<https://notif.safeonweb.be>\n\n");
	if (d->dora) {
		sbuf_puts(&b, "> **");
		put_safe(&b, _("DORA applies: the NIS2 notification procedure does not (guide A.3). Notify under DORA; this draft is for reference only."), false);
		sbuf_puts(&b, "**\n\n");
	}
	if (d->voluntary) {
		sbuf_puts(&b, "> **");
		put_safe(&b, _("VOLUNTARY NOTIFICATION (guide B): no mandatory notification applies to this incident; it can still be notified voluntarily, with the same form."), false);
		sbuf_puts(&b, "**\n\n");
	}
	const struct form_stage_guide *g = form_stage_guide(def, d->stage);
	if (g) {
		sbuf_puts(&b, "*");
		put_safe(&b, _("What this stage should contain (guide A.6):"), false);
		sbuf_puts(&b, "* ");
		put_safe(&b, text3_get(&g->guidance, l), false);
		sbuf_puts(&b, "\n\n");
	}
	size_t section = (size_t)-1;
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		if (!v->field->visible && v->problem == FORM_OK)
			continue;
		if (v->field->section != section) {
			section = v->field->section;
			sbuf_puts(&b, "## ");
			put_safe(&b, text3_get(&def->sections[section].label, l), false);
			sbuf_puts(&b, "\n\n");
		}
		md_field(&b, def, v, l);
	}
	sbuf_puts(&b, "## ");
	put_safe(&b, _("Before sending"), false);
	sbuf_puts(&b, "\n\n");
	if (d->n_missing == 0 && d->n_problems == 0)
		sbuf_printf(&b, "- %s\n", _("Every mandatory field of this stage is filled in."));
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		if (v->problem == FORM_OK)
			continue;
		sbuf_printf(&b, "- [ ] %c `%s`: ", v->field->letter, v->field->name);
		put_safe(&b, problem_text(v->problem), false);
		sbuf_putc(&b, '\n');
	}
	if (d->gdpr) {
		sbuf_puts(&b, "- [ ] ");
		gdpr_sentence(&b, d, true);
		sbuf_putc(&b, '\n');
	}
	return sbuf_take(&b);
}

static void json_value(struct sbuf *b, const struct form_def *def, const struct form_value *v, enum lang l)
{
	const struct form_field *f = v->field;
	if (f->kind == FORM_MULTI) {
		sbuf_puts(b, "\"value\": [");
		for (size_t i = 0; i < v->n; i++) {
			sbuf_puts(b, i ? ", " : "");
			json_safe(b, v->values[i]);
		}
		sbuf_puts(b, "], \"text\": [");
		for (size_t i = 0; i < v->n; i++) {
			sbuf_puts(b, i ? ", " : "");
			json_safe(b, option_text(def, f, v->values[i], l));
		}
		sbuf_puts(b, "]");
		return;
	}
	if (v->n == 0) {
		sbuf_puts(b, "\"value\": null");
		if (is_choice(f))
			sbuf_puts(b, ", \"text\": null");
		return;
	}
	sbuf_puts(b, "\"value\": ");
	json_safe(b, v->values[0]);
	if (is_choice(f)) {
		sbuf_puts(b, ", \"text\": ");
		json_safe(b, option_text(def, f, v->values[0], l));
	}
}

static char *render_json(const struct form_def *def, const struct form_draft *d, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_printf(&b, "{\n  \"stage\": \"%s\",\n  \"language\": \"%s\",\n", stage_name(d->stage), lang_code(l));
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
		json_safe(&b, f->name);
		sbuf_printf(&b, ": {\"letter\": \"%c\", \"kind\": \"%s\", \"label\": ", f->letter, form_kind_name(f->kind));
		json_safe(&b, text3_get(&f->label, l));
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
			json_safe(&b, text3_get(v->note, l));
		}
		sbuf_printf(&b, "}%s\n", i + 1 < d->n ? "," : "");
	}
	sbuf_puts(&b, "  },\n  \"missing\": [");
	bool first = true;
	for (size_t i = 0; i < d->n; i++) {
		if (d->values[i].problem != FORM_MISSING)
			continue;
		sbuf_puts(&b, first ? "" : ", ");
		json_safe(&b, d->values[i].field->name);
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
		json_safe(&b, d->values[i].field->name);
		sbuf_printf(&b, ", \"problem\": \"%s\"}", form_problem_name(p));
		first = false;
	}
	sbuf_puts(&b, "],\n  \"gdpr\": ");
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

char *render_draft(const struct form_def *def, const struct form_draft *d, enum lang l,
		   enum draft_format f)
{
	switch (f) {
	case DRAFT_MARKDOWN: return render_markdown(def, d, l);
	case DRAFT_JSON: return render_json(def, d, l);
	case DRAFT_TEXT:
	case DRAFT_FORMAT_COUNT: break;
	}
	return render_text(def, d, l);
}
