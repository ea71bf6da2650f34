/* sectors_load.h: reading data/sectors.yaml into the sector registry. */
#ifndef NIS2_SECTORS_LOAD_H
#define NIS2_SECTORS_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/sectors.h"
#include "io/datafiles.h"

/* Parses a sectors file held in buf; origin names it in messages.  On
 * failure returns false, leaves *out empty and sets *err to a fresh
 * "ORIGIN:LINE:COLUMN: message". */
bool sectors_load_buffer(const char *origin, const char *buf, size_t len,
			 struct sector_registry *out, char **err);
/* Reads "sectors.yaml" from src (a folder, or the built-in copy). */
bool sectors_load(const struct datasource *src, struct sector_registry *out, char **err);

#endif
