/* evaluation_render.h: the verdict, its reasons and the deadlines as text
 * for a person or as JSON (nis2-notify(1), --format json) for other tools. */
#ifndef NIS2_EVALUATION_RENDER_H
#define NIS2_EVALUATION_RENDER_H

#include "core/case.h"
#include "core/evaluation.h"
#include "core/facts.h"

/* Exactly the object nis2-notify(1) describes under --format json, with a final newline. */
char *render_evaluation_json(const struct evaluation *e, const struct deadlines *d);

/* For a terminal or a pipe: the entity's name, then the verdict's lines
 * (verdict_lines.h, the wizard's verdict step shows the same), in language
 * l (data texts) and the program's current message language; what to do
 * now comes from rs's actions (none when rs is NULL). */
struct ruleset;
char *render_evaluation_text(const struct evaluation *e, const struct deadlines *d,
			     const struct ruleset *rs, const struct case_file *c,
			     const struct fact_registry *facts, instant_t now, enum lang l);

#endif
