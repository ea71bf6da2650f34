/* answer_labels.h: a case-file field ("impact.outage_users",
 * "entity.nis2") as the question the wizard asks for it, and the criteria
 * that read it, so that a debrief speaks the trainee's words and points to
 * the guide instead of showing machine names. */
#ifndef NIS2_ANSWER_LABELS_H
#define NIS2_ANSWER_LABELS_H

#include "core/case.h"
#include "core/facts.h"
#include "core/lang.h"
#include "core/rules.h"

/* The question for `field` in language l: a fact's question from the
 * registry (data/facts.yaml) for the facts, else the wizard's own wording
 * in the program's message language.  Falls back to the field name itself
 * when there is neither (facts may be NULL).  Not owned. */
const char *answer_question(const char *field, const struct fact_registry *facts, enum lang l);

/* The criteria of entity type t that read `field`, with their references,
 * as "G2a (guide A.2, 2); G2b (guide A.2, 2)" (fresh), or NULL when no
 * criterion reads it (rules may be NULL). */
char *answer_criteria(const char *field, const struct ruleset *rules, enum entity_type t,
		      enum lang l);

#endif
