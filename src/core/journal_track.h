/* journal_track.h: what the journal last recorded about a case, and the
 * entries a changed case needs (pure).
 *
 * The wizard keeps one tracker per open case, started from the journal on
 * disk (journal_track_replay), asks it before each save which entries the
 * change needs (journal_track_changes: one "answer" per changed value, a
 * "report" per changed reports.STAGE, a "verdict" when the verdict, the
 * criteria met or a due time changed), appends them, and only then applies
 * them (journal_track_apply) and saves the case. */
#ifndef NIS2_JOURNAL_TRACK_H
#define NIS2_JOURNAL_TRACK_H

#include <stdbool.h>
#include <stddef.h>

#include "core/case.h"
#include "core/evaluation.h"
#include "core/facts.h"
#include "core/journal.h"

/* A case as journal values: "entity.users" -> "50000", "impact.X" ->
 * "true", "incident.aware" -> clock_format time, "form.KEY" -> the value
 * (a list joined by "; "), "related.N" -> a summary, "reports.STAGE" ->
 * "TIME|CHANNEL|REFERENCE" (submissions: the last two may be empty).  An unknown value has no key.  Keys are in case-file order. */
struct journal_values {
	size_t n;
	char **keys;
	char **vals;
};

void journal_case_values(const struct case_file *c, const struct fact_registry *facts,
			 struct journal_values *out);
const char *journal_values_get(const struct journal_values *v, const char *key);
void journal_values_free(struct journal_values *v);

struct journal_track {
	struct journal_values values;   /* as the journal knows them */
	char *verdict_sig;              /* the last verdict entry's, or NULL */
	uint64_t next_seq;
	/* Each stage's draft as last sent (a "draft" entry with sent "true"
	 * and its fields as "field:NAME"), or kind NULL. */
	struct journal_entry sent[STAGE_COUNT];
};

void journal_track_init(struct journal_track *t);
void journal_track_free(struct journal_track *t);
/* What journal j says (its entries in order). */
void journal_track_replay(struct journal_track *t, const struct journal *j);

/* The entries (numbered from t->next_seq, dated now) that bring the journal
 * from *t to case c with evaluation ev and deadlines dl (ev / dl may be
 * NULL: no verdict entry).  rules names the rule data's edition.  *out is
 * fresh (free each with journal_entry_free, then the array); *n may be 0. */
void journal_track_changes(const struct journal_track *t, const struct case_file *c,
			   const struct fact_registry *facts, const struct evaluation *ev,
			   const struct deadlines *dl, const char *rules, instant_t now,
			   struct journal_entry **out, size_t *n);
/* Takes entries (already written) into *t. */
void journal_track_apply(struct journal_track *t, const struct journal_entry *e, size_t n);
/* Numbers an extra entry (a report's details, a draft) and takes it in. */
void journal_track_number(struct journal_track *t, struct journal_entry *e);

void journal_entries_free(struct journal_entry *e, size_t n);

/* The draft last sent for a stage other than st (the latest of them), or
 * NULL: what the next stage's draft is compared with. */
const struct journal_entry *journal_track_sent_before(const struct journal_track *t, enum stage st);
/* A copy of e (fresh). */
void journal_entry_copy(struct journal_entry *dst, const struct journal_entry *src);

#endif
