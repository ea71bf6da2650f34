/* training_guide_render.h: the facilitator's guide of a scenario
 * (nis2-notify --training-guide), printable: what the facilitator reads
 * before and during the exercise, and never hands to a trainee whole. */
#ifndef NIS2_TRAINING_GUIDE_RENDER_H
#define NIS2_TRAINING_GUIDE_RENDER_H

#include <stdbool.h>

#include "core/facts.h"
#include "core/rules.h"
#include "core/scenario.h"

/* Title, id, version, languages and pace; the briefing; per inject its
 * exercise time (and time since the start), its text, the action expected
 * of the trainees and what it reveals (as the wizard's questions); the
 * expected verdict, criteria met (with their references) and due times;
 * the lesson; the guide's passages.  In language l, which the scenario must
 * have (scenario_has_lang); as text of TEXT_WIDTH columns or as markdown.
 * rules and facts may be NULL (criteria without references, reveals by
 * their case-file names).  Fresh. */
char *render_training_guide(const struct scenario *s, const struct ruleset *rules,
			    const struct fact_registry *facts, enum lang l, bool markdown);

#endif
