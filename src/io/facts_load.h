/* facts_load.h: the fact registry from data/facts.yaml, read strictly. */
#ifndef NIS2_FACTS_LOAD_H
#define NIS2_FACTS_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"
#include "io/datafiles.h"

/* On failure returns false, leaves *out empty and sets *err to a fresh
 * "FILE:LINE:COLUMN: message". */
bool facts_load_buffer(const char *origin, const char *buf, size_t len,
		       struct fact_registry *out, char **err);
bool facts_load(const struct datasource *src, struct fact_registry *out, char **err);

#endif
