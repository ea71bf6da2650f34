/* privacy_load.h: reading data/privacy.yaml (the CCB's table of purposes)
 * strictly: unknown keys, a missing language, a mark other than ✓ or ×, a
 * purpose without a basis or without four marks are errors, reported as
 * "FILE:LINE:COLUMN: message". */
#ifndef NIS2_PRIVACY_LOAD_H
#define NIS2_PRIVACY_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/privacy.h"
#include "io/datafiles.h"

#define PRIVACY_DATA_FILE "privacy.yaml"

/* Parses buf (len bytes; origin names it in messages) into *t, which must be
 * initialised and empty.  On failure *t is left empty and *err is a fresh
 * message. */
bool privacy_load_buffer(const char *origin, const char *buf, size_t len,
			 struct privacy_table *t, char **err);

/* Reads privacy.yaml from src (NULL: the built-in copy). */
bool privacy_load(const struct datasource *src, struct privacy_table *t, char **err);

#endif
