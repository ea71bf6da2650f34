/* facts.c: looking up the fact registry. */
#include "config.h"

#include "core/facts.h"

#include <stdlib.h>
#include <string.h>

const struct fact_def *facts_find(const struct fact_registry *reg, const char *name)
{
	for (size_t i = 0; i < reg->n; i++)
		if (strcmp(reg->defs[i].name, name) == 0)
			return &reg->defs[i];
	return NULL;
}

const struct fact_group *facts_find_group(const struct fact_registry *reg, const char *id)
{
	for (size_t i = 0; i < reg->n_groups; i++)
		if (strcmp(reg->groups[i].id, id) == 0)
			return &reg->groups[i];
	return NULL;
}

void facts_free(struct fact_registry *reg)
{
	for (size_t i = 0; i < reg->n; i++) {
		struct fact_def *d = &reg->defs[i];
		free(d->name);
		free(d->group);
		text3_free(&d->question);
		text3_free(&d->help);
		text3_free(&d->label);
	}
	free(reg->defs);
	reg->defs = NULL;
	reg->n = 0;
	for (size_t i = 0; i < reg->n_groups; i++) {
		free(reg->groups[i].id);
		text3_free(&reg->groups[i].title);
	}
	free(reg->groups);
	reg->groups = NULL;
	reg->n_groups = 0;
}
