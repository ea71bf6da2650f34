/* form_render.c: what the renderings share, and the choice of one. */
#include "config.h"

#include "io/form_render.h"
#include "io/form_render_parts.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

/* Appends s sanitised (newlines kept when multiline). */
void form_render_put_safe(struct sbuf *b, const char *s, bool multiline)
{
	char *t = utf8_sanitize(s ? s : "", multiline);
	sbuf_puts(b, t);
	free(t);
}

void form_render_json_safe(struct sbuf *b, const char *s)
{
	char *t = utf8_sanitize(s ? s : "", true);
	sbuf_json_string(b, t);
	free(t);
}

/* Appends s (from a file: cleaned) in lines of TEXT_WIDTH, each after
 * `indent`. */
void form_render_put_wrapped(struct sbuf *b, const char *indent, const char *s)
{
	char *t = utf8_sanitize(s ? s : "", true);
	wrap_append(b, indent, indent, t, TEXT_WIDTH);
	free(t);
}

bool form_render_is_choice(const struct form_field *f)
{
	return f->kind == FORM_CHOICE || f->kind == FORM_MULTI;
}

/* The label of an option, or the id itself when it is none of the list's. */
const char *form_render_option_text(const struct form_def *def, const struct form_field *f,
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
		form_render_put_safe(&b, form_render_is_choice(v->field) ? form_render_option_text(def, v->field, v->values[i], l) : v->values[i],
			 true);
	}
	return sbuf_take(&b);
}

const char *form_render_stage_label(const struct form_def *def, enum stage s, enum lang l)
{
	const struct form_optlist *list = form_optlist_find(def, "notification-stage");
	for (size_t i = 0; list && i < list->n; i++)
		if (strcmp(list->opts[i].id, stage_name(s)) == 0)
			return text3_get(&list->opts[i].label, l);
	return label_stage(s);
}

const char *render_problem_text(enum form_problem p)
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

const char *render_source_text(enum form_source s)
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
char *form_render_condition_text(const struct form_def *def, const struct form_field *f, enum lang l)
{
	const struct form_field *w = form_field_find(def, f->when_field);
	if (!w)
		return xstrdup("");
	/* TRANSLATORS: "only when M (13-Cross_Border_Impact) is Yes" */
	return xasprintf(_("only when %c (%s) is %s"), w->letter, w->name,
			 form_render_option_text(def, w, f->when_is, l));
}

void form_render_gdpr_sentence(struct sbuf *b, const struct form_draft *d)
{
	if (d->gdpr_unknown) {
		form_render_put_safe(b, _("Personal data involved? Not answered yet: if so, a personal-data breach has its own notification to the data protection authority (GBA/APD), without undue delay and where feasible within 72 hours of becoming aware of it (GDPR art. 33(1); guide D)."), false);
		return;
	}
	if (d->gdpr_status_set && d->gdpr_status == DL_DONE) {
		form_render_put_safe(b, _("Personal data are involved: the separate notification to the data protection authority (GBA/APD, guide D) is recorded as made."), false);
		return;
	}
	form_render_put_safe(b, _("Personal data are involved: a separate notification to the data protection authority (GBA/APD) is due without undue delay and where feasible within 72 hours of becoming aware of the breach (GDPR art. 33(1)), with its own deadline, apart from this one (guide D)."), false);
	if (d->gdpr_has_due) {
		char *when = timefmt_local(d->gdpr_due);
		sbuf_putc(b, ' ');
		/* TRANSLATORS: %s is a date and time */
		char *s = xasprintf(_("At the latest: %s"), when);
		form_render_put_safe(b, s, false);
		free(s);
		free(when);
		if (d->gdpr_status_set)
			sbuf_printf(b, " (%s)", label_status(d->gdpr_status));
		sbuf_putc(b, '.');
	}
	sbuf_putc(b, ' ');
	form_render_put_safe(b, _("It is not needed when the breach is unlikely to result in a risk to people's rights and freedoms (GDPR art. 33(1)); a processor informs its controller instead."), false);
}

char *render_draft(const struct form_def *def, const struct form_draft *d, enum lang l,
		   enum draft_format f)
{
	switch (f) {
	case DRAFT_MARKDOWN: return form_render_as_markdown(def, d, l);
	case DRAFT_JSON: return form_render_as_json(def, d, l);
	case DRAFT_TEXT:
	case DRAFT_FORMAT_COUNT: break;
	}
	return form_render_as_text(def, d, l);
}
