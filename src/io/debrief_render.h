/* debrief_render.h: the debrief of a training run, worded for the trainer
 * and the trainee, as text for a terminal or a pipe (80 columns) or as
 * markdown for a report, or as JSON (io/debrief_json.h).  Data texts (title, lesson, guide passages) in
 * language l; labels in the program's current message language. */
#ifndef NIS2_DEBRIEF_RENDER_H
#define NIS2_DEBRIEF_RENDER_H

#include "core/debrief.h"
#include "core/sbuf.h"
#include "core/scenario.h"
#include "io/dataset.h"

enum debrief_format { DEBRIEF_TEXT, DEBRIEF_MARKDOWN, DEBRIEF_JSON };

/* ds (may be NULL: then machine names and bare numbers) gives each answer
 * the question the wizard asked for it, the words of its value, and the
 * criteria with their guide or IR references. */
char *render_debrief(const struct debrief *d, const struct scenario *s,
		     const struct dataset *ds, enum lang l, enum debrief_format f);

/* A section heading of a debrief or a room summary: "## TITLE" in
 * markdown, the title underlined with '-' in text. */
void debrief_heading(struct sbuf *b, enum debrief_format f, const char *title);

#endif
