/* rules_load.h: reading data/rules.yaml into a ruleset (core/rules.h),
 * strictly: every fact a condition names must be in the fact registry, with
 * the right kind. */
#ifndef NIS2_RULES_LOAD_H
#define NIS2_RULES_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"
#include "core/rules.h"
#include "io/datafiles.h"

/* On failure returns false, leaves *out empty and sets *err to a fresh
 * "ORIGIN:LINE:COLUMN: message". */
bool rules_load_buffer(const char *origin, const char *buf, size_t len,
		       const struct fact_registry *facts, struct ruleset *out, char **err);
/* Reads "rules.yaml" from src (a folder, or the built-in copy). */
bool rules_load(const struct datasource *src, const struct fact_registry *facts,
		struct ruleset *out, char **err);

#endif
