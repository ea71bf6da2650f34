/* journal_render.h: the decision journal worded for the regulator, the
 * board or the insurer, in the program's message language: what was known
 * when, when the verdict changed, each report against its deadline (met or
 * missed), as text, markdown or JSON (--journal), and one event's line for
 * the wizard's journal page. */
#ifndef NIS2_JOURNAL_RENDER_H
#define NIS2_JOURNAL_RENDER_H

#include "core/facts.h"
#include "core/journal.h"
#include "core/journal_timeline.h"
#include "io/casepaths.h"

/* What one event says ("Verdict: significant incident ... (criteria met:
 * G2a)"), without its time (fresh). */
char *journal_event_text(const struct jt_event *ev, const struct fact_registry *facts, enum lang l);
/* "+3 h 10 min" from awareness, or "" when not known (fresh). */
char *journal_since_text(const struct jt_event *ev);
/* One stage against its deadline as of now: "early warning: due ...,
 * submitted ... (in time)" (fresh), or NULL when the journal knows nothing
 * of that stage. */
char *journal_stage_text(enum stage s, const struct jt_stage *st, instant_t now);

struct journal_doc {
	const struct journal *j;
	const char *path;          /* the journal file, for the damage notes */
	const char *entity;        /* the entity's name, or NULL */
	const char *edition;       /* the rules' edition, or NULL */
	const struct fact_registry *facts;
	instant_t now;
	enum lang lang;
};

/* The whole journal (fresh). */
char *render_journal(const struct journal_doc *d, enum draft_format f);

#endif
