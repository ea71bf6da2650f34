/* screens.h: the constructors of every screen (one file each). */
#ifndef NIS2_TUI_SCREENS_H
#define NIS2_TUI_SCREENS_H

#include "tui/screen.h"

struct screen *screen_start_new(struct app *a);     /* 1 */
struct screen *screen_entity_new(struct app *a);    /* 2 */
struct screen *screen_aware_new(struct app *a);     /* 3 */
struct screen *screen_scope_new(struct app *a);     /* 4 */
struct screen *screen_facts_new(struct app *a);     /* 5 */
struct screen *screen_verdict_new(struct app *a);   /* 6 */
struct screen *screen_clock_new(struct app *a);     /* 7 */
struct screen *screen_form_new(struct app *a);      /* 8 */
struct screen *screen_review_new(struct app *a);    /* 9 */
struct screen *screen_help_new(struct app *a);      /* page "help" */
struct screen *screen_privacy_new(struct app *a);   /* page "privacy" */
struct screen *screen_training_new(struct app *a);  /* page "training" */
struct screen *screen_debrief_new(struct app *a);   /* page "debrief" */
struct screen *screen_related_new(struct app *a);   /* page "related" */
struct screen *screen_journal_new(struct app *a);   /* page "journal" */
struct screen *screen_unsaved_new(struct app *a);   /* leaving with answers not saved */
struct screen *screen_held_new(struct app *a);      /* the case is open in another wizard */

#endif
