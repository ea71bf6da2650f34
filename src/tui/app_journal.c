/* app_journal.c: the wizard's side of the decision journal.  Before the
 * case is saved, the entries its changes need (core/journal_track.h) are
 * appended to CASE.journal and synced; only then does the save go on, so a
 * case change on disk always has its entry.  A journal that cannot be
 * written stops the save (the alert says why) rather than leave a change
 * unrecorded.  A journal started beside an existing case first notes what
 * the case held when it was opened, dated then. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/deadlines.h"
#include "core/journal_track.h"
#include "core/rules.h"
#include "core/xalloc.h"
#include "io/casepaths.h"
#include "io/journal_file.h"
#include "tui/app.h"

struct app_journal {
	struct journal_track track;
	/* what the case held when opened, for a new journal: written first */
	struct journal_entry *pending;
	size_t n_pending;
};

void app_journal_close(struct app *a)
{
	if (!a->journal)
		return;
	journal_track_free(&a->journal->track);
	journal_entries_free(a->journal->pending, a->journal->n_pending);
	free(a->journal);
	a->journal = NULL;
}

/* The changes from t to the open case, evaluated here (not taken from
 * a->eval: a flush on the way out changes the case without a refresh). */
static void changes(struct app *a, const struct journal_track *t, struct journal_entry **e,
		    size_t *n)
{
	instant_t now = app_now(a);
	struct evaluation ev;
	struct deadlines dl;
	rules_evaluate(&a->ds.rules, &a->kase, now, a->lang, &ev);
	deadlines_compute(&a->kase, &ev, now, &dl);
	journal_track_changes(t, &a->kase, &a->ds.facts, &ev, &dl, a->ds.rules.edition, now, e, n);
	evaluation_free(&ev);
}

/* The tracker of the open case, started from its journal on first use. */
static struct app_journal *tracker(struct app *a, char **err)
{
	if (a->journal)
		return a->journal;
	char *path = casepaths_journal(a->case_path);
	struct journal j;
	bool exists;
	bool ok = journal_file_read(path, &j, &exists, err);
	free(path);
	if (!ok)
		return NULL;
	a->journal = xcalloc(1, sizeof(*a->journal));
	journal_track_init(&a->journal->track);
	journal_track_replay(&a->journal->track, &j);
	journal_free(&j);
	return a->journal;
}

void app_journal_open(struct app *a)
{
	if (!a->case_open || !a->case_path)
		return;
	char *err = NULL;
	struct app_journal *aj = tracker(a, &err);
	if (!aj) {
		free(err);   /* said again by the first save, which it stops */
		return;
	}
	if (aj->track.next_seq != 1)
		return;
	changes(a, &aj->track, &aj->pending, &aj->n_pending);
}

/* A full or failing disk is told as the case's own failure (the notice
 * names the case, reason first); a refused journal file by its name. */
static bool append(struct app *a, const struct journal_entry *e, size_t n, char **err)
{
	char *path = casepaths_journal(a->case_path);
	int errnum;
	bool ok = journal_file_append(path, e, n, &errnum, err);
	free(path);
	if (!ok && errnum) {
		free(*err);
		*err = xasprintf("%s: %s", a->case_path, strerror(errnum));
	}
	return ok;
}

bool app_journal_before_save(struct app *a, char **err)
{
	if (!a->case_open || !a->case_path)
		return true;
	struct app_journal *aj = tracker(a, err);
	if (!aj)
		return false;
	if (aj->n_pending) {
		if (!append(a, aj->pending, aj->n_pending, err))
			return false;
		journal_track_apply(&aj->track, aj->pending, aj->n_pending);
		journal_entries_free(aj->pending, aj->n_pending);
		aj->pending = NULL;
		aj->n_pending = 0;
	}
	struct journal_entry *e;
	size_t n;
	changes(a, &aj->track, &e, &n);
	bool ok = append(a, e, n, err);
	if (ok)
		journal_track_apply(&aj->track, e, n);
	journal_entries_free(e, n);
	return ok;
}

const struct journal_entry *app_journal_sent_before(struct app *a, enum stage st)
{
	if (!a->case_open || !a->case_path)
		return NULL;
	char *err = NULL;
	struct app_journal *aj = tracker(a, &err);
	free(err);
	return aj ? journal_track_sent_before(&aj->track, st) : NULL;
}

bool app_journal_note(struct app *a, struct journal_entry *e, char **err)
{
	if (!a->case_open || !a->case_path)
		return true;
	/* What the case says first, so the note follows the facts it rests on. */
	if (!app_journal_before_save(a, err))
		return false;
	struct journal_track *t = &a->journal->track;
	e->seq = t->next_seq;
	bool ok = append(a, e, 1, err);
	if (ok)
		journal_track_number(t, e);
	return ok;
}
