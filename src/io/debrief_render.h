/* debrief_render.h: the debrief of a training run, worded for the trainer
 * and the trainee, as text for a terminal or a pipe (80 columns) or as
 * markdown for a report.  Data texts (title, lesson, guide passages) in
 * language l; labels in the program's current message language. */
#ifndef NIS2_DEBRIEF_RENDER_H
#define NIS2_DEBRIEF_RENDER_H

#include "core/debrief.h"
#include "core/facts.h"
#include "core/scenario.h"

enum debrief_format { DEBRIEF_TEXT, DEBRIEF_MARKDOWN };

/* facts (may be NULL) says which impact facts are yes/no. */
char *render_debrief(const struct debrief *d, const struct scenario *s,
		     const struct fact_registry *facts, enum lang l, enum debrief_format f);

#endif
