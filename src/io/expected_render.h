/* expected_render.h: what the rules compute from a scenario's case part at
 * its end (verdict, criteria met, every stage's due time), worded for its
 * author (--training-expected): as the `expected:` section itself, ready to
 * paste under `scenario:`, with comments naming the scenario and what its
 * own section says of it; or as one JSON object (nis2-notify(1)). */
#ifndef NIS2_EXPECTED_RENDER_H
#define NIS2_EXPECTED_RENDER_H

#include <stdbool.h>

#include "core/evaluation.h"
#include "core/rules.h"
#include "core/sbuf.h"
#include "core/scenario.h"

/* agrees: the comment line on the scenario's own section. */
void render_expected_text(struct sbuf *b, const char *name, const struct scenario *s,
			  const struct evaluation *ev, const struct opt_time due[STAGE_COUNT],
			  const char *agrees);
/* difference: the check's first difference, or NULL when it agrees. */
void render_expected_json(struct sbuf *b, const char *name, const struct scenario *s,
			  const struct evaluation *ev, const struct opt_time due[STAGE_COUNT],
			  bool agrees, const char *difference);

#endif
