/* app.h: the state of one run of the wizard, shared by its screens. */
#ifndef NIS2_TUI_APP_H
#define NIS2_TUI_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "core/case.h"
#include "core/evaluation.h"
#include "io/dataset.h"
#include "io/datafiles.h"
#include "io/caselock.h"
#include "io/fileio.h"
#include "tui/screen.h"
#include "tui/tui.h"

#define APP_STACK_MAX 32

struct app {
	struct case_file kase;
	bool case_open;          /* false on the start screen before a choice */
	char *case_path;         /* where autosave writes (fresh string) */

	enum lang lang;
	bool lang_forced;        /* --lang: wins over the case file's language */
	const char *given_path;  /* the case file named on the command line */
	void (*switch_lang)(enum lang l);   /* the program's messages (gettext) */
	struct tui_clock clock;
	struct tui_notices notices;
	struct training *training;  /* a training run (tui/training.h), or NULL */
	struct datasource data;
	struct dataset ds;        /* facts, rules, sectors, ... (io/dataset.h) */
	bool ds_loaded;           /* ds is read (app_load_data), once, when first needed */
	char *fatal;              /* why the wizard had to stop (printed after the terminal) */

	/* What the engine and the clock say about the case (app_eval.c). */
	bool eval_ok;            /* eval and dl hold the open case's (freed on change) */
	struct evaluation eval;
	struct deadlines dl;

	/* The stage the form and the review show: the case's current one
	 * unless the user chose another (t). */
	bool draft_stage_set;
	enum stage draft_stage;
	/* The form field the form step selects when it is next drawn (the
	 * review's Enter), or -1. */
	int form_focus;
	/* The fact (registry index) the facts step selects when it is next
	 * drawn (the verdict's a), or -1. */
	int facts_focus;

	/* What the case's journal knows (tui/app_journal.c), or NULL until
	 * the first save. */
	struct app_journal *journal;

	struct screen *stack[APP_STACK_MAX];
	size_t depth;

	/* Whether the file holds every confirmed answer (app.c): set by each
	 * save that failed, cleared by the next one that went through. */
	bool unsaved;
	unsigned n_unsaved;      /* saves that failed since the last good one */
	instant_t unsaved_since; /* the first of them */
	char *save_err;          /* io's reason for the last failure, or NULL */
	bool quit_unsaved;       /* the handler chose to leave without saving */

	/* Two handlers, one case (io/caselock.h, io/fileio.h file_stamp). */
	struct file_stamp disk;  /* the case file as this wizard last read or wrote it */
	struct file_stamp model; /* what this wizard would write for the case as then */
	bool hand_edited;        /* the file read is not this program's writing */
	bool orig_kept;          /* CASE.orig made before its first rewrite */
	bool read_only;          /* another wizard holds it: nothing is saved in it */
	bool held_pending;       /* the page that says who holds it is yet to show */
	struct caselock_info holder;
	enum { CONFLICT_NONE, CONFLICT_CHANGED, CONFLICT_GONE, CONFLICT_TAKEN } conflict;

	char *notice;            /* one line above the help line, or NULL */
	bool notice_alert;
	bool quit;               /* leave the loop */
	bool print_draft;        /* print the draft to the terminal on exit */
	bool too_small;          /* last drawn frame was the size message */
};

instant_t app_now(const struct app *a);
/* Switches the language of everything on screen (and of the case). */
void app_set_lang(struct app *a, enum lang l);
/* Every screen's unconfirmed text into the case, then saves. */
void app_flush_and_save(struct app *a);
/* Saves the case when one is open; false (and *err) on failure, which
 * marks the case unsaved until a save goes through. */
bool app_save(struct app *a, char **err);
/* Saves the case at a new file instead, and from now on there: path is
 * created (O_EXCL: never another file's place); NULL: a new name in the
 * state folder.  False with *err (nothing is left behind). */
bool app_save_elsewhere(struct app *a, const char *path, char **err);
/* The case as just read is the file's: saved again only once it changes
 * (opening and leaving never rewrites a file). */
void app_mark_read(struct app *a);
/* Takes the case over from the wizard that holds it: this one saves in it
 * from now on, the other is told at its next save. */
bool app_take_over(struct app *a, char **err);
/* Reads the case file again as it is now (after a change by another),
 * dropping this wizard's answers that were not saved. */
bool app_reload(struct app *a, char **err);
/* On leaving (q, Ctrl-X) with answers that could not be saved: the page that
 * says what was not saved and offers another place (screen_unsaved.c);
 * true when it was pushed and the wizard stays. */
bool app_quit_blocked(struct app *a);
/* What was not saved, for the last words on stderr: "N answers confirmed
 * since HH:MM" and io's reason; fresh. */
char *app_unsaved_text(const struct app *a);
/* The alert for a file at path that could not be saved, err being io's
 * "PATH: reason": the reason first, then the file's base name, so that it
 * fits an 80-column line (tui/savefail.h). */
void app_notice_not_saved(struct app *a, const char *path, const char *err);
/* An answer to item id of list q that core/answers.h refused because of
 * problem p: its reason at the field (the old value kept) and on the notice
 * line (an answer flushed on the way out has no field left to show it). */
struct qlist;
struct case_problem;
void app_refuse(struct app *a, struct qlist *q, int id, const struct case_problem *p);
/* Opens a case: takes c over, saves to path from now on. */
void app_open_case(struct app *a, struct case_file *c, const char *path);
/* The decision journal (app_journal.c): the entries the case's changes need,
 * appended and synced before the case is saved (false and *err when the
 * journal cannot be written: the case is then not saved); a note (a report,
 * a draft) appended after them; the tracker freed when the case closes. */
struct journal_entry;
/* On opening a case: the journal read, and what the case already holds
 * noted as known at that moment (written with the first save) when the
 * journal is new. */
void app_journal_open(struct app *a);
bool app_journal_before_save(struct app *a, char **err);
bool app_journal_note(struct app *a, struct journal_entry *e, char **err);
void app_journal_close(struct app *a);
/* The draft last sent for another stage, as the journal keeps it (its
 * fields "field:NAME"), or NULL: the review marks what changed since. */
const struct journal_entry *app_journal_sent_before(struct app *a, enum stage st);
/* Reads the data files (rules, facts, sectors, form), the first time it is
 * called; every path that reads a case or evaluates calls it first.  With
 * the built-in data and an empty start screen the first frame is drawn
 * before the data is read (tui.c), so the handler sees the wizard at once. */
bool app_load_data(struct app *a, char **err);
void app_data_free(struct app *a);
/* Opens the case file at path (a missing file is a new case saved there). */
bool app_open_path(struct app *a, const char *path, char **err);
/* A training run on scenario NAME (a shipped name or a file): an empty case
 * for the trainee on the exercise clock (tui/training.h). */
bool app_open_scenario(struct app *a, const char *name, int speed, const char *debrief_path, char **err);
/* The scenarios of the data (fresh names); returns the count. */
size_t app_list_scenarios(struct app *a, char ***names);
/* A new, empty case in the state folder. */
bool app_new_case(struct app *a, char **err);
/* After the terminal is restored: the draft and where the case is. */
void app_print_exit(struct app *a);
/* Recomputes what the screens show about the case (verdict, clock) after a
 * change (app_eval.c). */
void app_refresh(struct app *a);
void app_eval_free(struct app *a);
/* The next open deadline of another case, worded for a list, or NULL
 * (fresh). */
char *app_next_deadline_of(struct app *a, const struct case_file *c);
/* Only the deadlines against the current time (every second). */
void app_refresh_clock(struct app *a);
/* A disruption still going on crosses a threshold on the clock (the
 * engine's `near` instants): once one has passed, the case is judged again,
 * so the verdict turns significant on screen at that second.  True when it
 * re-evaluated. */
bool app_recheck_crossing(struct app *a);
/* The stage of the draft shown, and the next one a draft can be made for. */
enum stage app_draft_stage(const struct app *a);
void app_next_draft_stage(struct app *a);
/* The draft of the open case at that stage (free with form_draft_free). */
struct form_draft;
void app_draft(const struct app *a, struct form_draft *out);
void app_free(struct app *a);

#endif
