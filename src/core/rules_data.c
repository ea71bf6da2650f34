/* rules_data.c: the rules' "what to do now" lines (which apply to a case
 * and verdict), and freeing a ruleset built by io/rules_load.c. */
#include "config.h"

#include "core/rules_internal.h"

#include <stdlib.h>
#include <string.h>

void rules_expr_free(struct expr *e)
{
	for (size_t i = 0; i < e->n; i++)
		rules_expr_free(&e->kids[i]);
	free(e->kids);
	free(e->fact);
	free(e->base);
	if (e->rec) {
		free(e->rec->others);
		for (size_t i = 0; i < e->rec->n_reads; i++)
			free(e->rec->reads[i]);
		free(e->rec->reads);
		free(e->rec);
	}
	memset(e, 0, sizeof(*e));
}

static const char *const when_names[AW_COUNT] = {
	[AW_ALWAYS] = "always", [AW_PERSONAL_DATA] = "personal-data",
	[AW_SUSPECTED] = "suspected-malicious", [AW_NO_AWARENESS] = "no-awareness",
	[AW_PERSONAL_DATA_UNKNOWN] = "personal-data-unknown", [AW_UNRESOLVED] = "unresolved",
	[AW_RESOLVED] = "resolved",
};

bool action_when_from_name(const char *s, enum action_when *out)
{
	for (int i = 0; i < AW_COUNT; i++)
		if (strcmp(s, when_names[i]) == 0) {
			*out = (enum action_when)i;
			return true;
		}
	return false;
}

static bool action_holds(const struct action *ac, const struct case_file *c)
{
	switch (ac->when) {
	case AW_ALWAYS: return true;
	case AW_PERSONAL_DATA: return c->incident.personal_data.set && c->incident.personal_data.v;
	case AW_SUSPECTED:
		return c->incident.malicious == MAL_YES || c->incident.malicious == MAL_UNSURE;
	case AW_NO_AWARENESS: return !c->incident.aware.set;
	case AW_PERSONAL_DATA_UNKNOWN: return !c->incident.personal_data.set;
	case AW_UNRESOLVED: return !c->incident.resolved.set;
	case AW_RESOLVED: return c->incident.resolved.set;
	case AW_COUNT: break;
	}
	return false;
}

/* A stage's report still to make: its row is there and not done. */
static bool stage_open(const struct deadlines *d, enum stage st)
{
	for (size_t i = 0; d && i < d->n; i++)
		if (d->items[i].stage == st)
			return d->items[i].status != DL_DONE;
	return false;
}

size_t rules_actions(const struct ruleset *rs, const struct case_file *c, enum verdict v,
		     const struct deadlines *d, const struct action **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < rs->n_actions; i++) {
		const struct action *ac = &rs->actions[i];
		if (!(ac->verdicts & (1u << v)) || !action_holds(ac, c))
			continue;
		if (ac->has_stage && !stage_open(d, ac->stage))
			continue;
		if (out && n < max)
			out[n] = ac;
		n++;
	}
	return n;
}

void ruleset_free(struct ruleset *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		struct criterion *cr = &rs->crit[i];
		for (int t = 0; t < ET_COUNT; t++)
			free(cr->ids[t]);
		rules_expr_free(&cr->when);
		for (size_t k = 0; k < cr->n_inputs; k++)
			free(cr->inputs[k]);
		free(cr->inputs);
		text3_free(&cr->ref);
		text3_free(&cr->text);
		text3_free(&cr->threshold);
		text3_free(&cr->part_financial);
		text3_free(&cr->part_availability);
		text3_free(&cr->part_others);
	}
	free(rs->crit);
	for (int t = 0; t < RT_COUNT; t++)
		text3_free(&rs->texts[t]);
	for (size_t i = 0; i < rs->n_dora_sectors; i++)
		free(rs->dora_sectors[i]);
	free(rs->dora_sectors);
	free(rs->edition);
	for (int t = 0; t < ET_COUNT; t++) {
		for (size_t i = 0; i < rs->type_sectors[t].n; i++)
			free(rs->type_sectors[t].ids[i]);
		free(rs->type_sectors[t].ids);
	}
	for (size_t i = 0; i < rs->n_actions; i++)
		text3_free(&rs->actions[i].text);
	free(rs->actions);
	memset(rs, 0, sizeof(*rs));
}

