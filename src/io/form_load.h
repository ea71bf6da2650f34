/* form_load.h: reading data/form.yaml into the form definition (core/form.h),
 * strictly: unknown keys, duplicate names, unknown option lists, stages,
 * verdicts or fields are errors "ORIGIN:LINE:COLUMN: message". */
#ifndef NIS2_FORM_LOAD_H
#define NIS2_FORM_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/form.h"
#include "core/sectors.h"
#include "io/datafiles.h"

/* Parses a form file held in buf; origin names it in messages.  On failure
 * returns false, leaves *out empty and sets *err to a fresh message. */
bool form_load_buffer(const char *origin, const char *buf, size_t len,
		      struct form_def *out, char **err);
/* Reads "form.yaml" from src (a folder, or the built-in copy). */
bool form_load(const struct datasource *src, struct form_def *out, char **err);

/* Gives field 4-Sector its options: the selectable sectors of reg, in the
 * annexes' order, a subsector labelled "Sector: subsector". */
void form_attach_sectors(struct form_def *def, const struct sector_registry *reg);

#endif
