/* load_case.h: what --evaluate and --draft do first: read the data, then
 * the case against it, and take the case's language unless --lang gave one. */
#ifndef NIS2_LOAD_CASE_H
#define NIS2_LOAD_CASE_H

#include <stdbool.h>

#include "cli/options.h"
#include "core/case.h"
#include "core/clock.h"
#include "io/dataset.h"

/* The data (built in, or --data DIR).  On failure prints the message and
 * returns false with nothing to free. */
bool cli_load_data(const struct options *o, struct dataset *ds);

/* On failure prints the message (FILE:LINE:COLUMN: ...) and returns false
 * with nothing to free; on success the caller frees *c and *ds. */
bool cli_load_case(const struct options *o, struct dataset *ds, struct case_file *c, enum lang *lang);

/* --now, or the present when it was not given; a bad time is reported on
 * stderr (false: the caller exits with status 2). */
bool cli_parse_now(const char *s, instant_t *now);

#endif
