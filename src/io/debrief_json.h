/* debrief_json.h: the debrief as one JSON object, for a trainer's tools
 * and for --debrief-summary (nis2-notify(1), "DEBRIEF JSON").  Key names
 * are stable; values are machine words (the case file's spellings), never
 * translated. */
#ifndef NIS2_DEBRIEF_JSON_H
#define NIS2_DEBRIEF_JSON_H

#include "core/debrief.h"
#include "core/scenario.h"
#include "io/dataset.h"

/* The "format" and "format_version" the object carries. */
#define DEBRIEF_JSON_FORMAT "nis2-notify-debrief"
#define DEBRIEF_JSON_VERSION 1

/* ds (may be NULL) tells a yes/no impact fact from a number; l is the
 * language the trainee used (recorded, not used for words). */
char *render_debrief_json(const struct debrief *d, const struct scenario *s,
			  const struct dataset *ds, enum lang l);

/* The machine words of the marks, as in the JSON. */
const char *debrief_mark_word(enum debrief_mark m);
const char *debrief_report_word(enum debrief_report r);
const char *debrief_crit_word(enum debrief_crit_mark m);

#endif
