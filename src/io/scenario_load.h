/* scenario_load.h: reading a training scenario (a case file with a
 * `scenario:` section, man/nis2-notify-case.5) with libyaml.
 *
 * Errors are "ORIGIN:LINE:COLUMN: message", as for case files. */
#ifndef NIS2_SCENARIO_LOAD_H
#define NIS2_SCENARIO_LOAD_H

#include <stdbool.h>

#include "core/scenario.h"
#include "io/datafiles.h"
#include "io/yamlnode.h"

/* Texts longer than this (in bytes, per language) are refused. */
#define SCENARIO_TEXT_MAX 4000u

/* Reads the `scenario:` section (node n) into s (its truth untouched). */
bool scenario_section_from_node(struct ydoc *d, yaml_node_t *n, struct scenario *s,
				struct yerr *err);

#endif
