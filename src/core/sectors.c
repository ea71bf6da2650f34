/* sectors.c: looking up the sector registry. */
#include "config.h"

#include "core/sectors.h"

#include <stdlib.h>
#include <string.h>

const struct sector_def *sectors_find(const struct sector_registry *reg, const char *id)
{
	for (size_t i = 0; i < reg->n; i++)
		if (strcmp(reg->defs[i].id, id) == 0)
			return &reg->defs[i];
	return NULL;
}

bool sectors_selectable(const struct sector_registry *reg, const char *id)
{
	const struct sector_def *d = sectors_find(reg, id);
	return d && d->selectable;
}

void sectors_free(struct sector_registry *reg)
{
	for (size_t i = 0; i < reg->n; i++) {
		free(reg->defs[i].id);
		free(reg->defs[i].parent);
		text3_free(&reg->defs[i].name);
	}
	free(reg->defs);
	reg->defs = NULL;
	reg->n = 0;
}
