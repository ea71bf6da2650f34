/* form_draft.c: every field of the form resolved and checked for one case
 * at one stage. */
#include "config.h"

#include "core/form.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const source_names[] = { "empty", "user", "prefill", "proposal" };

const char *form_source_name(enum form_source s)
{
	return (unsigned)s < sizeof source_names / sizeof source_names[0] ? source_names[s] : NULL;
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

static bool value_empty(const struct form_value *v)
{
	for (size_t i = 0; i < v->n; i++)
		if (!blank(v->values[i]))
			return false;
	return true;
}

/* The user's value wins, even an empty one: clearing a field is a choice. */
static void resolve(const struct form_def *def, const struct case_file *c,
		    const struct evaluation *ev, enum stage s, enum lang l,
		    struct form_value *v)
{
	const struct form_entry *e = case_form_get(c, v->field->name);
	if (e) {
		v->source = FORM_USER;
		v->n = e->n;
		v->values = xcalloc(e->n ? e->n : 1, sizeof *v->values);
		for (size_t i = 0; i < e->n; i++)
			v->values[i] = xstrdup(e->values[i]);
		return;
	}
	v->n = form_prefill(c, s, v->field->name, &v->values);
	if (v->n) {
		v->source = FORM_PREFILL;
		return;
	}
	char *text = form_propose(def, c, ev, v->field->name, l);
	if (text) {
		v->source = FORM_PROPOSAL;
		v->n = 1;
		v->values = xmalloc(sizeof *v->values);
		v->values[0] = text;
	}
}

static bool holds(const struct form_value *v, const char *id)
{
	for (size_t i = 0; v && i < v->n; i++)
		if (strcmp(v->values[i], id) == 0)
			return true;
	return false;
}

static bool verdict_voluntary(enum verdict v)
{
	return v == VERDICT_OUT_OF_SCOPE || v == VERDICT_NOT_SIGNIFICANT || v == VERDICT_NOT_AN_INCIDENT;
}

void form_draft_build(const struct form_def *def, const struct case_file *c,
		      const struct evaluation *ev, const struct deadlines *d,
		      enum stage s, enum lang l, struct form_draft *out)
{
	memset(out, 0, sizeof *out);
	out->stage = s;
	if (ev) {
		out->has_verdict = true;
		out->verdict = ev->verdict;
		out->voluntary = verdict_voluntary(ev->verdict);
		out->dora = ev->verdict == VERDICT_DORA;
	}
	if (c->incident.personal_data.set && c->incident.personal_data.v) {
		out->gdpr = true;
		for (size_t i = 0; d && i < d->n; i++) {
			if (d->items[i].stage != STAGE_GDPR)
				continue;
			out->gdpr_has_due = d->items[i].has_due;
			out->gdpr_due = d->items[i].due;
			out->gdpr_status_set = true;
			out->gdpr_status = d->items[i].status;
		}
	} else if (!c->incident.personal_data.set) {
		/* unknown is not "no": a breach would have its own clock (rules.md) */
		out->gdpr_unknown = true;
	}
	out->n = def->n_fields;
	out->values = xcalloc(def->n_fields ? def->n_fields : 1, sizeof *out->values);
	for (size_t i = 0; i < def->n_fields; i++) {
		struct form_value *v = &out->values[i];
		v->field = &def->fields[i];
		resolve(def, c, ev, s, l, v);
		if (v->n == 1 && v->field->kind != FORM_CHOICE && v->field->kind != FORM_MULTI)
			v->chars = form_chars(v->values[0]);
		v->note = form_field_note(def, s, v->field->name);
	}
	/* Conditions look at the other field's resolved value: a field that
	 * depends on one appearing later in the form is not supported (the
	 * guide has none), so one pass in form order suffices. */
	for (size_t i = 0; i < out->n; i++) {
		struct form_value *v = &out->values[i];
		const struct form_field *f = v->field;
		v->shown = f->visible;
		if (f->when_field) {
			const struct form_value *w = form_draft_get(out, f->when_field);
			v->shown = v->shown && w && w->shown && holds(w, f->when_is);
		}
		v->mandatory = v->shown && form_stage_valid(s) && f->mandatory[s];
		bool empty = value_empty(v);
		if (!v->shown)
			v->problem = empty || v->source != FORM_USER ? FORM_OK : FORM_NOT_SHOWN;
		else if (empty)
			v->problem = v->mandatory ? FORM_MISSING : FORM_OK;
		else
			v->problem = form_check_value(def, f, v->n, (const char *const *)v->values);
		if (v->problem == FORM_MISSING)
			out->n_missing++;
		else if (v->problem != FORM_OK)
			out->n_problems++;
	}
}

void form_draft_free(struct form_draft *d)
{
	for (size_t i = 0; i < d->n; i++) {
		for (size_t j = 0; j < d->values[i].n; j++)
			free(d->values[i].values[j]);
		free(d->values[i].values);
	}
	free(d->values);
	memset(d, 0, sizeof *d);
}

const struct form_value *form_draft_get(const struct form_draft *d, const char *name)
{
	for (size_t i = 0; name && i < d->n; i++)
		if (strcmp(d->values[i].field->name, name) == 0)
			return &d->values[i];
	return NULL;
}
