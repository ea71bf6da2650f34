/* debrief_summary_render.h: a room summary (core/debrief_summary.h) as
 * text for a terminal (80 columns), markdown for a report, or JSON
 * (nis2-notify(1), "Room summary JSON"). */
#ifndef NIS2_DEBRIEF_SUMMARY_RENDER_H
#define NIS2_DEBRIEF_SUMMARY_RENDER_H

#include "core/debrief_summary.h"
#include "io/dataset.h"
#include "io/debrief_render.h"

/* scenario_id and version (may be NULL) name the scenario every debrief
 * played; ds (may be NULL: field names) words each question as the wizard
 * asked it, in language l. */
char *render_debrief_summary(const struct dsum *s, const char *scenario_id, const char *version,
			     const struct dataset *ds, enum lang l, enum debrief_format f);

#endif
