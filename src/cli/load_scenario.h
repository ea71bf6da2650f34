/* load_scenario.h: what the scenario commands do first (--training's
 * language check, --training-expected, --training-guide, --list-scenarios):
 * read the data, then the scenario against it. */
#ifndef NIS2_LOAD_SCENARIO_H
#define NIS2_LOAD_SCENARIO_H

#include <stdbool.h>

#include "cli/options.h"
#include "core/scenario.h"
#include "io/dataset.h"

/* SCENARIO (a shipped id or a file).  On failure prints the message
 * (FILE:LINE:COLUMN: ...) and returns false with nothing to free; on
 * success the caller frees *s and *ds. */
bool cli_load_scenario(const struct options *o, const char *name, struct dataset *ds,
		       struct scenario *s);

/* Whether the scenario is offered in l; else prints, on stderr, the
 * languages it has and how to choose one. */
bool cli_scenario_offered(const char *name, const struct scenario *s, enum lang l);

/* --training's check before the wizard starts: 0 when SCENARIO is offered
 * in l (or cannot be read: the wizard says why, as it always did), else 2
 * with the message printed. */
int cli_training_lang_check(const struct options *o, enum lang l);

#endif
