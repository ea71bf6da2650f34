/* rules_load.h: the significance rules from data/rules.yaml, read strictly
 * and checked against the fact registry. */
#ifndef NIS2_RULES_LOAD_H
#define NIS2_RULES_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"
#include "core/rules.h"
#include "io/datafiles.h"

/* facts must outlive *out (the ruleset points at it for labels and units).
 * On failure returns false, leaves *out empty and sets *err to a fresh
 * "FILE:LINE:COLUMN: message". */
bool rules_load_buffer(const char *origin, const char *buf, size_t len,
		       const struct fact_registry *facts, struct ruleset *out, char **err);
bool rules_load(const struct datasource *src, const struct fact_registry *facts,
		struct ruleset *out, char **err);

#endif
