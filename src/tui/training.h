/* training.h: a training run in the wizard (issue 6).
 *
 * The trainee works on an empty case of their own: nothing of the
 * scenario's truth is copied into it.  The wizard takes "now" from the
 * exercise clock (core/simclock.h) instead of the system clock, so every
 * deadline and every "now" typed into a time field is exercise time; the
 * injects arrive in the notice line when their time comes; at the end (the
 * scenario's end time, or when the trainer ends it) the debrief compares the
 * trainee's case and verdict with the scenario's. */
#ifndef NIS2_TUI_TRAINING_H
#define NIS2_TUI_TRAINING_H

#include <stdbool.h>
#include <stddef.h>

#include "core/debrief.h"
#include "core/scenario.h"
#include "core/simclock.h"
#include "io/debrief_render.h"

struct app;

struct training {
	struct scenario sc;
	struct simclock clock;
	size_t shown;              /* injects shown so far */
	bool show_briefing;        /* push the training page at the next tick */
	bool ended;                /* the debrief is made */
	instant_t ended_at;        /* exercise time of the debrief */
	char *debrief_path;        /* --debrief FILE, or NULL */
	char *trainee;             /* --trainee NAME, or NULL */
	enum debrief_format format;
	bool debrief_written;
	char *name;                /* the scenario as given (the case's exercise section) */
	bool facilitator;          /* --facilitator: the clock is the facilitator's */
	/* The last report recorded with 1..4, so that it can be undone. */
	bool undo_set;
	enum stage undo_stage;
	struct opt_time undo_prev;
};

/* The clock keys that move exercise time for the room (jump ahead, back,
 * faster, end): the facilitator's, or a self-paced scenario's trainee's. */
bool training_may_jump(const struct training *t);

/* Loads scenario `name` (a file or a shipped name), opens an empty case for
 * the trainee, starts the exercise clock at `speed`; the briefing page comes
 * up at the next tick.
 * debrief_path (may be NULL) gets the debrief at the end, in `format`.  On
 * failure returns false and sets *err (fresh). */
bool training_start(struct app *a, const char *name, int speed, const char *debrief_path,
		    enum debrief_format format, bool facilitator, char **err);
/* Resumes the exercise the open case holds (case.h `exercise:`, not ended):
 * the scenario loaded again by its name, the clock at the saved time,
 * paused, the injects shown not shown again.  False and *err (fresh) when
 * the scenario cannot be loaded. */
bool training_resume(struct app *a, char **err);
/* Writes the run's state into the case's exercise section (before a save). */
void training_sync_case(struct app *a);
/* Sets the exercise clock to what `text` says ("Tue 09:10", ISO 8601;
 * core/exercise_time.h): false and *err (fresh, naming the scenario's
 * start and end) when it is not a time of the exercise.  A trainee's clock
 * runs from there; the facilitator's keeps its pause. */
bool training_set_time_text(struct app *a, const char *text, char **err);
/* "Tue 09:10" of the exercise clock now, as the room is told (fresh). */
char *training_room_time(struct app *a);
/* The facilitator's rewind: to the previous inject's time, or by `seconds`
 * (never before the start); injects after the new time come again. */
void training_rewind_inject(struct app *a);
void training_rewind(struct app *a, int64_t seconds);
/* A news item the facilitator types on the spot (kept in the case). */
void training_add_news(struct app *a, const char *text);
/* Undoes the last report recorded with 1..4; false when there is none. */
bool training_undo_report(struct app *a);
/* The trainee's or team's name for the debrief (NULL: none). */
void training_set_trainee(struct app *a, const char *name);
/* Every tick: ends the exercise when its clock reaches the end. */
void training_tick(struct app *a);
/* Ends the exercise now: makes the debrief, writes it to the --debrief file
 * and shows it. */
void training_end(struct app *a);
/* The debrief of the run so far (fresh), in the wizard's language. */
char *training_debrief(struct app *a, enum debrief_format f);
/* "exercise Tue 07:25 x60" for the header (fresh), or NULL outside training. */
char *training_header(struct app *a);
/* Records that the trainee sent the report of `stage` now (exercise time). */
void training_report_sent(struct app *a, enum stage stage);
/* Writes the debrief file if one was asked for and not yet written (on
 * leaving the wizard before the end); false and *err on failure. */
bool training_finish(struct app *a, char **err);
void training_free(struct training *t);

/* Text pages of the training (screen_training.c): draws text wrapped into
 * r from wrapped line *top (kept in range), and scrolls on Up/Down/PgUp/PgDn
 * and space. */
struct rect;
struct key;
void training_draw_scrolled(const char *text, const struct rect *r, int *top);
bool training_scroll_key(const struct key *k, int *top, int page);

/* The wall clock the exercise runs on: monotonic seconds, so that a clock
 * change on the machine does not jump the exercise. */
int64_t training_wall(void);

#endif
