/* rules_query.c: what the wizard asks of the rules for the case's entity
 * types: the criteria and the facts they read, each threshold as it applies
 * to the entity, the values of earlier incidents, computed durations, and a
 * criterion's reference. */
#include "config.h"

#include "core/rules_internal.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The id of criterion cr for the first of the types it applies to, or NULL. */
static const char *crit_id(const struct criterion *cr, unsigned types)
{
	for (int t = 0; t < ET_COUNT; t++)
		if ((types & (1u << t)) && cr->ids[t])
			return cr->ids[t];
	return NULL;
}

size_t rules_criteria_for(const struct ruleset *rs, unsigned types, const char **ids, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < rs->n; i++) {
		for (int t = 0; t < ET_COUNT; t++) {
			const char *id = rs->crit[i].ids[t];
			if (!(types & (1u << t)) || !id)
				continue;
			bool dup = false;
			for (size_t k = 0; ids && k < n && k < max && !dup; k++)
				dup = !strcmp(ids[k], id);
			if (dup)
				continue;
			if (ids && n < max)
				ids[n] = id;
			n++;
		}
	}
	return n;
}

size_t rules_facts_for(const struct ruleset *rs, unsigned types, const char **names, size_t max)
{
	/* Each name once, in the order the criteria first read it. */
	const char **seen = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < rs->n; i++) {
		const struct criterion *cr = &rs->crit[i];
		if (!crit_id(cr, types))
			continue;
		for (size_t k = 0; k < cr->n_inputs; k++) {
			const char *f = cr->inputs[k];
			if (!strcmp(f, "related") || !strcmp(f, "incident.aware"))
				continue;
			bool dup = false;
			for (size_t j = 0; j < n && !dup; j++)
				dup = !strcmp(seen[j], f);
			if (dup)
				continue;
			seen = xgrow(seen, &cap, n + 1, sizeof(*seen));
			seen[n++] = f;
		}
	}
	for (size_t j = 0; names && j < n && j < max; j++)
		names[j] = seen[j];
	free(seen);
	return n;
}

const struct criterion *rules_find_crit(const struct ruleset *rs, unsigned types, const char *id)
{
	for (size_t i = 0; i < rs->n; i++)
		for (int t = 0; t < ET_COUNT; t++)
			if ((types & (1u << t)) && rs->crit[i].ids[t] && !strcmp(rs->crit[i].ids[t], id))
				return &rs->crit[i];
	return NULL;
}

bool rules_threshold_text(const struct ruleset *rs, const struct case_file *c, const char *id,
			  enum lang lang, struct sbuf *b)
{
	struct ctx x;
	rules_ctx_init(&x, rs, c, 0, lang);
	const struct criterion *cr = rules_find_crit(rs, x.types, id);
	if (!cr || !cr->threshold.s[LANG_EN])
		return false;
	const struct expr *s = rules_expr_find(&cr->when, EX_SHARE);
	int64_t lim;
	if (s && !s->has_cap && !rules_users_limit(&x, s, &lim))
		return false;   /* "at least 20% of your users": needs users */
	rules_expand(b, text3_get(&cr->threshold, lang), &x, cr, id);
	return true;
}

static void collect_reads(const struct expr *e, const char **names, size_t max, size_t *n)
{
	if (e->kind == EX_RECURRING && e->rec) {
		for (size_t k = 0; k < e->rec->n_reads; k++) {
			bool dup = false;
			for (size_t j = 0; j < *n && j < max && !dup; j++)
				dup = !strcmp(names[j], e->rec->reads[k]);
			if (dup)
				continue;
			if (*n < max)
				names[*n] = e->rec->reads[k];
			(*n)++;
		}
	}
	for (size_t i = 0; i < e->n; i++)
		collect_reads(&e->kids[i], names, max, n);
}

size_t rules_related_reads(const struct ruleset *rs, unsigned types, const char **names, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < rs->n; i++)
		if (crit_id(&rs->crit[i], types))
			collect_reads(&rs->crit[i].when, names, max, &n);
	return n;
}

bool rules_fact_computed(const struct ruleset *rs, const struct case_file *c, const char *fact,
			 instant_t now, int64_t *v)
{
	struct ctx x;
	rules_ctx_init(&x, rs, c, now, LANG_EN);
	const struct duration *d = rules_duration(&x, fact);
	if (!d || !d->computed)
		return false;
	*v = d->v;
	return true;
}

bool rules_fact_threshold(const struct ruleset *rs, const struct case_file *c, const char *fact,
			  enum lang lang, struct sbuf *b)
{
	/* A criterion's first input is the quantity it measures (outage_users,
	 * loss_eur, ...); the others (users, turnover_eur, minutes) are what
	 * the threshold is taken from or combined with. */
	unsigned types = rules_case_types(c);
	bool any = false;
	for (size_t i = 0; i < rs->n; i++) {
		const struct criterion *cr = &rs->crit[i];
		const char *id = crit_id(cr, types);
		if (!id || !cr->n_inputs || strcmp(cr->inputs[0], fact) != 0)
			continue;
		struct sbuf one;
		sbuf_init(&one);
		if (rules_threshold_text(rs, c, id, lang, &one)) {
			if (any)
				sbuf_puts(b, "; ");
			sbuf_puts(b, one.s ? one.s : "");
			any = true;
		}
		sbuf_free(&one);
	}
	return any;
}

char *rules_reference(const struct ruleset *rs, enum entity_type t, const char *id, enum lang lang)
{
	const struct criterion *cr = rules_find_crit(rs, 1u << t, id);
	if (!cr)
		return NULL;
	struct sbuf art;
	sbuf_init(&art);
	rules_put_article(&art, id);
	const char *vars[] = { "art", sbuf_str(&art), NULL };
	char *r = rules_fill_text(&cr->ref, lang, vars);
	sbuf_free(&art);
	return r;
}

bool rules_is_input_name(const struct fact_registry *facts, const char *name)
{
	if (!strcmp(name, "incident.aware") || !strcmp(name, "related"))
		return true;
	return facts_find(facts, name) != NULL;
}
