/* record_report.h: recording that a report was sent to the CCB (the clock
 * step): when, by which channel (guide A.5: the online form, or the
 * emergency number when the form was unavailable) and the CCB's
 * reference; the draft of that stage frozen as it was sent beside the case
 * (CASE.sent-STAGE.txt, 0600); the journal noting each draft saved or
 * copied. */
#ifndef NIS2_TUI_RECORD_REPORT_H
#define NIS2_TUI_RECORD_REPORT_H

#include <stdbool.h>

#include "core/case.h"
#include "core/journal.h"
#include "io/casepaths.h"

struct app;

/* Records stage st as submitted at `when`.  Refuses (false, *err says so)
 * when the stage is already recorded: the record must be removed first.
 * The frozen draft is written before the case changes; a failure to write
 * it is said in *err but the report is still recorded (true). */
bool record_report(struct app *a, enum stage st, instant_t when, enum report_channel ch,
		   const char *reference, char **err);
/* Removes the record of stage st (the frozen draft stays: it was sent). */
void record_report_undo(struct app *a, enum stage st);
/* True when the field `name` now reads `value` and the sent draft had
 * something else (or nothing). */
bool record_field_changed(const struct journal_entry *sent, const char *name, const char *value);
/* The journal's note of a draft saved to `to` (a path) or copied ("clipboard"). */
void record_draft_noted(struct app *a, enum stage st, enum draft_format f, const char *to);

#endif
