/* evaluation_render.h: the verdict, its reasons and the deadlines as text
 * for a person or as JSON (spec/case-file.md) for other tools. */
#ifndef NIS2_EVALUATION_RENDER_H
#define NIS2_EVALUATION_RENDER_H

#include "core/case.h"
#include "core/evaluation.h"
#include "core/facts.h"

/* Exactly the object of spec/case-file.md, with a final newline. */
char *render_evaluation_json(const struct evaluation *e, const struct deadlines *d);

/* For a terminal or a pipe, in language l (data texts) and the program's
 * current message language. */
char *render_evaluation_text(const struct evaluation *e, const struct deadlines *d,
			     const struct case_file *c, const struct fact_registry *facts,
			     instant_t now, enum lang l);

/* The question a person answers for a missing fact name (the registry's
 * question, or the program's own words for incident.aware, related, ...);
 * "" when there is none.  Not a fresh string. */
const char *render_missing_label(const char *name, const struct fact_registry *facts, enum lang l);

/* What to do now (rules.yaml actions:) for a terminal or a pipe: a blank
 * line, a heading and one item per line; "" when nothing applies. */
struct ruleset;
char *render_actions_text(const struct ruleset *rs, const struct case_file *c, enum verdict v,
			  enum lang l);

#endif
