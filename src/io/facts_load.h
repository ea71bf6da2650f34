/* facts_load.h: reading data/facts.yaml into the fact registry (core/facts.h):
 * the names the case file's impact: may hold, their kinds, and the questions
 * the wizard and --evaluate ask. */
#ifndef NIS2_FACTS_LOAD_H
#define NIS2_FACTS_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/facts.h"
#include "io/datafiles.h"

/* Parses a facts file held in buf; origin names it in messages.  On failure
 * returns false, leaves *out empty and sets *err to a fresh
 * "ORIGIN:LINE:COLUMN: message". */
bool facts_load_buffer(const char *origin, const char *buf, size_t len,
		       struct fact_registry *out, char **err);
/* Reads "facts.yaml" from src (a folder, or the built-in copy). */
bool facts_load(const struct datasource *src, struct fact_registry *out, char **err);

#endif
