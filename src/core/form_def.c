/* form_def.c: the form definition's lifetime, look-ups and stage guidance. */
#include "config.h"

#include "core/form.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[FORM_KIND_COUNT] = {
	"choice", "multi-choice", "date", "text", "email", "phone",
};

const char *form_kind_name(enum form_kind k)
{
	return (unsigned)k < FORM_KIND_COUNT ? kind_names[k] : NULL;
}

bool form_kind_from_name(const char *s, enum form_kind *out)
{
	for (int i = 0; s && i < FORM_KIND_COUNT; i++) {
		if (strcmp(kind_names[i], s) == 0) {
			*out = (enum form_kind)i;
			return true;
		}
	}
	return false;
}

static void optlist_free(struct form_optlist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->opts[i].id);
		text3_free(&l->opts[i].label);
	}
	free(l->opts);
	free(l->id);
	memset(l, 0, sizeof *l);
}

void form_def_free(struct form_def *def)
{
	for (size_t i = 0; i < def->n_sections; i++) {
		free(def->sections[i].id);
		text3_free(&def->sections[i].label);
	}
	free(def->sections);
	for (size_t i = 0; i < def->n_fields; i++) {
		struct form_field *f = &def->fields[i];
		free(f->name);
		free(f->when_field);
		free(f->when_is);
		free(f->options);
		text3_free(&f->label);
		text3_free(&f->help);
	}
	free(def->fields);
	for (size_t i = 0; i < def->n_optlists; i++)
		optlist_free(&def->optlists[i]);
	free(def->optlists);
	for (size_t i = 0; i < def->n_stages; i++) {
		struct form_stage_guide *g = &def->stages[i];
		text3_free(&g->guidance);
		for (size_t j = 0; j < g->n_notes; j++) {
			free(g->notes[j].field);
			text3_free(&g->notes[j].note);
		}
		free(g->notes);
	}
	free(def->stages);
	for (size_t i = 0; i < def->n_proposals; i++) {
		struct form_proposal *p = &def->proposals[i];
		free(p->field);
		for (int v = 0; v < VERDICT_COUNT; v++)
			text3_free(&p->by_verdict[v]);
		for (size_t j = 0; j < p->n_parts; j++) {
			for (size_t k = 0; k < p->parts[j].n_needs; k++)
				free(p->parts[j].needs[k]);
			free(p->parts[j].needs);
			text3_free(&p->parts[j].text);
		}
		free(p->parts);
	}
	free(def->proposals);
	free(def->keys);   /* the names belong to the fields */
	memset(def, 0, sizeof *def);
}

void form_def_index(struct form_def *def)
{
	free(def->keys);
	def->keys = xcalloc(def->n_fields + 1, sizeof *def->keys);
	for (size_t i = 0; i < def->n_fields; i++)
		def->keys[i] = def->fields[i].name;
}

const struct form_field *form_field_find(const struct form_def *def, const char *name)
{
	for (size_t i = 0; name && i < def->n_fields; i++)
		if (strcmp(def->fields[i].name, name) == 0)
			return &def->fields[i];
	return NULL;
}

const struct form_optlist *form_optlist_find(const struct form_def *def, const char *id)
{
	for (size_t i = 0; id && i < def->n_optlists; i++)
		if (strcmp(def->optlists[i].id, id) == 0)
			return &def->optlists[i];
	return NULL;
}

const struct form_option *form_option_find(const struct form_def *def, const struct form_field *f,
					   const char *id)
{
	const struct form_optlist *l = form_optlist_find(def, f->options);
	for (size_t i = 0; l && id && i < l->n; i++)
		if (strcmp(l->opts[i].id, id) == 0)
			return &l->opts[i];
	return NULL;
}

void form_def_put_optlist(struct form_def *def, struct form_optlist *list)
{
	for (size_t i = 0; i < def->n_optlists; i++) {
		if (strcmp(def->optlists[i].id, list->id) == 0) {
			optlist_free(&def->optlists[i]);
			def->optlists[i] = *list;
			memset(list, 0, sizeof *list);
			return;
		}
	}
	def->optlists = xrealloc(def->optlists, (def->n_optlists + 1) * sizeof *def->optlists);
	def->optlists[def->n_optlists++] = *list;
	memset(list, 0, sizeof *list);
}

bool form_stage_valid(enum stage s)
{
	return s == STAGE_EARLY_WARNING || s == STAGE_NOTIFICATION || s == STAGE_INTERMEDIATE
		|| s == STAGE_PROGRESS || s == STAGE_FINAL;
}

enum stage form_current_stage(const struct case_file *c, const struct deadlines *d)
{
	if (!c->reports[STAGE_EARLY_WARNING].set)
		return STAGE_EARLY_WARNING;
	if (!c->reports[STAGE_NOTIFICATION].set)
		return STAGE_NOTIFICATION;
	if (c->reports[STAGE_FINAL].set)
		return STAGE_FINAL;
	/* The clock says a progress report is due when the incident is still
	 * unresolved at the final report's deadline (guide A.4, 5). */
	for (size_t i = 0; d && i < d->n; i++)
		if (d->items[i].stage == STAGE_PROGRESS && !c->reports[STAGE_PROGRESS].set)
			return STAGE_PROGRESS;
	return STAGE_FINAL;
}

const struct form_stage_guide *form_stage_guide(const struct form_def *def, enum stage s)
{
	for (size_t i = 0; i < def->n_stages; i++)
		if (def->stages[i].stage == s)
			return &def->stages[i];
	return NULL;
}

const struct text3 *form_field_note(const struct form_def *def, enum stage s, const char *name)
{
	const struct form_stage_guide *g = form_stage_guide(def, s);
	for (size_t i = 0; g && name && i < g->n_notes; i++)
		if (strcmp(g->notes[i].field, name) == 0)
			return &g->notes[i].note;
	return NULL;
}
