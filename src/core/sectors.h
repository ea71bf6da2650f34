/* sectors.h: the sectors and subsectors of Annexes I and II of the NIS2 law
 * (data/sectors.yaml), as the case file names them in entity.sectors and the
 * form offers them in field 4-Sector.
 *
 * A sector with subsectors (energy, transport, manufacturing) is a heading:
 * a case names one of its subsectors, never the heading itself. */
#ifndef NIS2_SECTORS_H
#define NIS2_SECTORS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/lang.h"

struct sector_def {
	char *id;            /* "energy-electricity", "banking", "energy" */
	int annex;           /* 1 or 2 */
	char *parent;        /* the heading's id ("energy"), or NULL */
	bool selectable;     /* false for a heading with subsectors */
	struct text3 name;   /* official name: terms.md */
};

/* In the order of the annexes, each heading followed by its subsectors. */
struct sector_registry {
	size_t n;
	struct sector_def *defs;
};

const struct sector_def *sectors_find(const struct sector_registry *reg, const char *id);
/* True when id is a sector a case may name (not a heading). */
bool sectors_selectable(const struct sector_registry *reg, const char *id);
void sectors_free(struct sector_registry *reg);

#endif
