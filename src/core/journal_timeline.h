/* journal_timeline.h: a journal read as the story of a case (pure): each
 * entry on a timeline from the moment of awareness, the verdict changes
 * (the first time the case was judged significant marked), and each report
 * against the due time known when it was sent (in time by how much, or how
 * late).  --journal, the wizard's journal page and the training debrief
 * (issue 22: decisions on the exercise's own timeline) read it. */
#ifndef NIS2_JOURNAL_TIMELINE_H
#define NIS2_JOURNAL_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/case.h"
#include "core/evaluation.h"
#include "core/journal.h"

enum jt_kind { JT_ANSWER = 0, JT_VERDICT, JT_REPORT, JT_DRAFT, JT_OTHER };

struct jt_event {
	const struct journal_entry *entry;  /* borrowed from the journal */
	enum jt_kind kind;
	instant_t at;
	bool since_set;
	int64_t since;          /* seconds from the origin (awareness) */
	/* JT_VERDICT */
	bool verdict_known;
	enum verdict verdict;
	bool first_significant; /* the first verdict "significant" */
	/* JT_REPORT, JT_DRAFT */
	bool stage_known;
	enum stage stage;
	bool submitted_set;
	instant_t submitted;
	bool due_set;           /* the due time the journal knew then */
	instant_t due;
	int64_t margin;         /* due - submitted: negative when late */
};

/* Each stage as the journal last knew it. */
struct jt_stage {
	bool due_set;
	instant_t due;
	bool submitted_set;
	instant_t submitted;
};

struct journal_timeline {
	size_t n;
	struct jt_event *ev;
	bool origin_set;
	instant_t origin;       /* the last incident.aware recorded */
	struct jt_stage stages[STAGE_COUNT];
	bool verdict_known;     /* the last verdict */
	enum verdict verdict;
};

/* Builds the timeline of j (valid while j lives). */
void journal_timeline_build(const struct journal *j, struct journal_timeline *out);
void journal_timeline_free(struct journal_timeline *t);

#endif
