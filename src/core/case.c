/* case.c: the case model's names, lifetime and small accessors. */
#include "config.h"

#include "core/case.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const nis2_names[] = { "unknown", "essential", "important", "none" };
static const char *const type_names[ET_COUNT] = {
	"general", "dns", "tld", "cloud", "datacentre", "cdn", "msp", "mssp",
	"marketplace", "search-engine", "social-network", "trust-service",
};
static const char *const malicious_names[] = { "unknown", "yes", "no", "unsure" };
static const char *const disruption_names[DISRUPTION_COUNT] = { "none", "ongoing", "ended" };
static const char *const stage_names[STAGE_COUNT] = {
	"early-warning", "notification", "intermediate", "progress", "final",
	"recipients", "gdpr",
};

static bool name_lookup(const char *const *names, int n, const char *s, int *out)
{
	if (!s)
		return false;
	for (int i = 0; i < n; i++) {
		if (strcmp(names[i], s) == 0) {
			*out = i;
			return true;
		}
	}
	return false;
}

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

const char *nis2_status_name(enum nis2_status s)
{
	return (unsigned)s < (unsigned)COUNT(nis2_names) ? nis2_names[s] : NULL;
}

bool nis2_status_from_name(const char *s, enum nis2_status *out)
{
	int i;
	if (!name_lookup(nis2_names, COUNT(nis2_names), s, &i))
		return false;
	*out = (enum nis2_status)i;
	return true;
}

const char *entity_type_name(enum entity_type t)
{
	return (unsigned)t < ET_COUNT ? type_names[t] : NULL;
}

bool entity_type_from_name(const char *s, enum entity_type *out)
{
	int i;
	if (!name_lookup(type_names, ET_COUNT, s, &i))
		return false;
	*out = (enum entity_type)i;
	return true;
}

const char *malicious_name(enum malicious m)
{
	return (unsigned)m < (unsigned)COUNT(malicious_names) ? malicious_names[m] : NULL;
}

bool malicious_from_name(const char *s, enum malicious *out)
{
	int i;
	/* "unknown" is the absent value, never written in a file */
	if (!name_lookup(malicious_names, COUNT(malicious_names), s, &i) || i == MAL_UNKNOWN)
		return false;
	*out = (enum malicious)i;
	return true;
}

const char *disruption_name(enum disruption d)
{
	return (unsigned)d < DISRUPTION_COUNT ? disruption_names[d] : NULL;
}

bool disruption_from_name(const char *s, enum disruption *out)
{
	int i;
	if (!name_lookup(disruption_names, DISRUPTION_COUNT, s, &i))
		return false;
	*out = (enum disruption)i;
	return true;
}

unsigned case_entity_types(const struct case_file *c)
{
	return case_entity_types_of(&c->entity);
}

unsigned case_entity_types_of(const struct entity *e)
{
	if (!e->type_set)
		return 0;
	unsigned one = 1u << e->type;
	return (e->types & one) ? e->types : one;
}

void case_set_types(struct case_file *c, unsigned mask)
{
	for (int t = 0; t < ET_COUNT; t++)
		if (mask & (1u << t)) {
			c->entity.type = (enum entity_type)t;
			break;
		}
	c->entity.types = mask;
	c->entity.type_set = mask != 0;
}

int entity_types_count(unsigned mask)
{
	int n = 0;
	for (int t = 0; t < ET_COUNT; t++)
		n += (mask >> t) & 1u;
	return n;
}

const char *stage_name(enum stage s)
{
	return (unsigned)s < STAGE_COUNT ? stage_names[s] : NULL;
}

bool stage_from_name(const char *s, enum stage *out)
{
	int i;
	if (!name_lookup(stage_names, STAGE_COUNT, s, &i))
		return false;
	*out = (enum stage)i;
	return true;
}

void case_init(struct case_file *c)
{
	memset(c, 0, sizeof(*c));
	c->version = CASE_FORMAT_VERSION;
	c->language = LANG_EN;
	c->entity.nis2 = NIS2_UNKNOWN;
	c->entity.type = ET_GENERAL;
	c->incident.malicious = MAL_UNKNOWN;
}

static void free_strings(size_t n, char **v)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void form_entry_free(struct form_entry *e)
{
	free(e->key);
	free_strings(e->n, e->values);
}

void case_free(struct case_file *c)
{
	free(c->entity.name);
	free_strings(c->entity.n_sectors, c->entity.sectors);
	for (size_t i = 0; i < c->n_impact; i++)
		free(c->impact[i].name);
	free(c->impact);
	free(c->related);
	for (size_t i = 0; i < c->n_form; i++)
		form_entry_free(&c->form[i]);
	free(c->form);
	for (int s = 0; s < STAGE_COUNT; s++)
		free(c->submissions[s].reference);
	exercise_free(&c->exercise);
	case_init(c);
}

bool exercise_add_news(struct exercise *x, instant_t at, const char *text)
{
	if (x->n_news >= EXERCISE_NEWS_MAX)
		return false;
	x->news = xrealloc(x->news, (x->n_news + 1) * sizeof(*x->news));
	x->news[x->n_news].at = at;
	x->news[x->n_news].text = xstrdup(text);
	x->n_news++;
	return true;
}

void exercise_free(struct exercise *x)
{
	free(x->scenario);
	free(x->version);
	free(x->trainee);
	for (size_t i = 0; i < x->n_news; i++)
		free(x->news[i].text);
	free(x->news);
	memset(x, 0, sizeof(*x));
}

const char *report_channel_name(enum report_channel ch)
{
	switch (ch) {
	case CHANNEL_FORM: return "form";
	case CHANNEL_PHONE: return "phone";
	case CHANNEL_UNKNOWN: break;
	}
	return NULL;
}

bool report_channel_from_name(const char *s, enum report_channel *out)
{
	if (s && strcmp(s, "form") == 0)
		*out = CHANNEL_FORM;
	else if (s && strcmp(s, "phone") == 0)
		*out = CHANNEL_PHONE;
	else
		return false;
	return true;
}

struct related *case_related_add(struct case_file *c)
{
	if (c->n_related >= CASE_RELATED_MAX)
		return NULL;
	c->related = xrealloc(c->related, (c->n_related + 1) * sizeof(*c->related));
	struct related *r = &c->related[c->n_related++];
	memset(r, 0, sizeof(*r));
	return r;
}

void case_related_remove(struct case_file *c, size_t i)
{
	if (i >= c->n_related)
		return;
	memmove(c->related + i, c->related + i + 1, (c->n_related - i - 1) * sizeof(*c->related));
	c->n_related--;
}

bool case_impact_get(const struct case_file *c, const char *name, int64_t *v)
{
	for (size_t i = 0; i < c->n_impact; i++) {
		if (strcmp(c->impact[i].name, name) == 0) {
			if (v)
				*v = c->impact[i].v;
			return true;
		}
	}
	return false;
}

void case_impact_set(struct case_file *c, const char *name, int64_t v)
{
	for (size_t i = 0; i < c->n_impact; i++) {
		if (strcmp(c->impact[i].name, name) == 0) {
			c->impact[i].v = v;
			return;
		}
	}
	c->impact = xrealloc(c->impact, (c->n_impact + 1) * sizeof(*c->impact));
	c->impact[c->n_impact].name = xstrdup(name);
	c->impact[c->n_impact].v = v;
	c->n_impact++;
}

void case_impact_unset(struct case_file *c, const char *name)
{
	for (size_t i = 0; i < c->n_impact; i++) {
		if (strcmp(c->impact[i].name, name) == 0) {
			free(c->impact[i].name);
			memmove(&c->impact[i], &c->impact[i + 1],
				(c->n_impact - i - 1) * sizeof(*c->impact));
			c->n_impact--;
			return;
		}
	}
}

const struct form_entry *case_form_get(const struct case_file *c, const char *key)
{
	for (size_t i = 0; i < c->n_form; i++)
		if (strcmp(c->form[i].key, key) == 0)
			return &c->form[i];
	return NULL;
}

static struct form_entry *form_slot(struct case_file *c, const char *key)
{
	for (size_t i = 0; i < c->n_form; i++) {
		if (strcmp(c->form[i].key, key) == 0) {
			free_strings(c->form[i].n, c->form[i].values);
			c->form[i].values = NULL;
			c->form[i].n = 0;
			return &c->form[i];
		}
	}
	c->form = xrealloc(c->form, (c->n_form + 1) * sizeof(*c->form));
	struct form_entry *e = &c->form[c->n_form++];
	memset(e, 0, sizeof(*e));
	e->key = xstrdup(key);
	return e;
}

void case_form_set_text(struct case_file *c, const char *key, const char *value)
{
	struct form_entry *e = form_slot(c, key);
	e->is_list = false;
	e->n = 1;
	e->values = xmalloc(sizeof(char *));
	e->values[0] = xstrdup(value);
}

void case_form_set_list(struct case_file *c, const char *key, size_t n, const char *const *values)
{
	struct form_entry *e = form_slot(c, key);
	e->is_list = true;
	e->n = n;
	e->values = n ? xmalloc(n * sizeof(char *)) : NULL;
	for (size_t i = 0; i < n; i++)
		e->values[i] = xstrdup(values[i]);
}

void case_form_unset(struct case_file *c, const char *key)
{
	for (size_t i = 0; i < c->n_form; i++) {
		if (strcmp(c->form[i].key, key) == 0) {
			form_entry_free(&c->form[i]);
			memmove(&c->form[i], &c->form[i + 1],
				(c->n_form - i - 1) * sizeof(*c->form));
			c->n_form--;
			return;
		}
	}
}

bool case_has_sector(const struct case_file *c, const char *id)
{
	for (size_t i = 0; i < c->entity.n_sectors; i++)
		if (strcmp(c->entity.sectors[i], id) == 0)
			return true;
	return false;
}

void case_set_sectors(struct case_file *c, size_t n, const char *const *ids)
{
	char **v = n ? xmalloc(n * sizeof(char *)) : NULL;
	for (size_t i = 0; i < n; i++)
		v[i] = xstrdup(ids[i]);
	free_strings(c->entity.n_sectors, c->entity.sectors);
	c->entity.sectors = v;
	c->entity.n_sectors = n;
}
