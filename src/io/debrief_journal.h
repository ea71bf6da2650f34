/* debrief_journal.h: the trainee's decisions on the exercise timeline.
 *
 * The wizard keeps a decision journal beside every case (CASE.journal, in
 * exercise time during a training run); its verdict changes up to the
 * debrief's end go on the debrief's timeline, and the first "significant"
 * gives the times to verdict (core/debrief.h, debrief_add_verdict).  Used
 * by the debrief at the end of a run and by --debrief-from alike. */
#ifndef NIS2_DEBRIEF_JOURNAL_H
#define NIS2_DEBRIEF_JOURNAL_H

#include <stdbool.h>

#include "core/clock.h"
#include "core/debrief.h"

/* Adds the verdict changes of case_path's journal (none when it has no
 * journal).  False with *err (fresh) when the journal could not be read:
 * the timeline then keeps the injects and the reports sent only. */
bool debrief_add_journal(const char *case_path, instant_t end, struct debrief *d, char **err);

#endif
