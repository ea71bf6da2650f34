/* journal_timeline.c: the journal's entries placed on the case's timeline
 * (journal_timeline.h). */
#include "config.h"

#include "core/journal_timeline.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"

static bool verdict_from_name(const char *s, enum verdict *out)
{
	for (int v = 0; s && v < VERDICT_COUNT; v++)
		if (strcmp(verdict_name((enum verdict)v), s) == 0) {
			*out = (enum verdict)v;
			return true;
		}
	return false;
}

static bool time_of(const struct journal_entry *e, const char *field, instant_t *out)
{
	const char *s = journal_entry_str(e, field);
	return s && clock_parse(s, out) == CLOCK_PARSE_OK;
}

void journal_timeline_build(const struct journal *j, struct journal_timeline *out)
{
	memset(out, 0, sizeof(*out));
	out->ev = j->n ? xcalloc(j->n, sizeof(*out->ev)) : NULL;
	bool significant_seen = false;
	for (size_t i = 0; i < j->n; i++) {
		const struct journal_entry *e = &j->entries[i];
		struct jt_event *ev = &out->ev[out->n++];
		ev->entry = e;
		ev->at = e->at;
		if (strcmp(e->kind, JK_ANSWER) == 0) {
			ev->kind = JT_ANSWER;
			const char *fact = journal_entry_str(e, "fact");
			instant_t t;
			if (fact && strcmp(fact, "incident.aware") == 0) {
				out->origin_set = time_of(e, "new", &t);
				if (out->origin_set)
					out->origin = t;
			}
		} else if (strcmp(e->kind, JK_VERDICT) == 0) {
			ev->kind = JT_VERDICT;
			ev->verdict_known = verdict_from_name(journal_entry_str(e, "verdict"), &ev->verdict);
			if (ev->verdict_known && ev->verdict == VERDICT_SIGNIFICANT && !significant_seen) {
				ev->first_significant = true;
				significant_seen = true;
			}
			out->verdict_known = ev->verdict_known;
			out->verdict = ev->verdict;
			/* the due times this verdict gives (a stage without one has none) */
			for (int s = 0; s < STAGE_COUNT; s++) {
				char name[64];
				strcpy(name, "due-");
				strcat(name, stage_name((enum stage)s));
				out->stages[s].due_set = time_of(e, name, &out->stages[s].due);
			}
		} else if (strcmp(e->kind, JK_REPORT) == 0 || strcmp(e->kind, JK_DRAFT) == 0) {
			ev->kind = strcmp(e->kind, JK_REPORT) == 0 ? JT_REPORT : JT_DRAFT;
			ev->stage_known = stage_from_name(journal_entry_str(e, "stage"), &ev->stage);
			if (ev->stage_known) {
				struct jt_stage *st = &out->stages[ev->stage];
				ev->due_set = st->due_set;
				ev->due = st->due;
				if (ev->kind == JT_REPORT) {
					ev->submitted_set = time_of(e, "submitted", &ev->submitted);
					st->submitted_set = ev->submitted_set;
					st->submitted = ev->submitted;
					if (ev->submitted_set && ev->due_set)
						ev->margin = ev->due - ev->submitted;
				}
			}
		} else {
			ev->kind = JT_OTHER;
		}
	}
	/* A report recorded before any verdict gave its stage a due time (the
	 * first save of a case) is measured against the one given later. */
	for (size_t i = 0; i < out->n; i++) {
		struct jt_event *ev = &out->ev[i];
		if (ev->kind != JT_REPORT || !ev->stage_known || ev->due_set || !ev->submitted_set)
			continue;
		const struct jt_stage *st = &out->stages[ev->stage];
		if (st->due_set) {
			ev->due_set = true;
			ev->due = st->due;
			ev->margin = ev->due - ev->submitted;
		}
	}
	for (size_t i = 0; out->origin_set && i < out->n; i++) {
		out->ev[i].since_set = true;
		out->ev[i].since = out->ev[i].at - out->origin;
	}
}

void journal_timeline_free(struct journal_timeline *t)
{
	free(t->ev);
	memset(t, 0, sizeof(*t));
}
