/* qlist.h: a list of questions, the widget most steps of the walk are made
 * of.  A screen fills the items from the case before each draw (so a change
 * of language or of an earlier answer shows at once); the list keeps the
 * selection and the field being edited, and hands each confirmed answer
 * back to the screen, which writes it into the case.
 *
 * Keys on the list: Up/Down, PgUp/PgDn, Home/End move; Enter or Right opens
 * the selected question; on a yes/no question y (j, o), n, u or 1/2/3 answer
 * at once (in a list of ten or more options, a number selects once no
 * longer number can start with it, or on Enter, and Enter confirms it); on
 * a number or a date, typing a digit starts the answer; Delete
 * clears an answer; Tab goes on to the next step. */
#ifndef NIS2_TUI_QLIST_H
#define NIS2_TUI_QLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/clock.h"
#include "core/lang.h"
#include "core/tri.h"
#include "tui/editor.h"
#include "tui/keys.h"
#include "tui/screen.h"

enum q_kind {
	Q_HEADING,   /* a group title, not selectable */
	Q_CHOICE,    /* one of options */
	Q_MULTI,     /* any of options */
	Q_TRI,       /* yes / no / unknown */
	Q_NUMBER,    /* a non-negative integer */
	Q_TIME,      /* a Brussels date and time */
	Q_TEXT,      /* free text of at most max characters */
	Q_ACTION,    /* a button: "Continue" */
	Q_INFO,      /* a line of text, not selectable */
};

struct q_item {
	enum q_kind kind;
	int id;              /* the screen's own */
	char *label;         /* fresh, translated */
	char *row;           /* fresh or NULL: a short text for the row (a fact's
			      * label), so that rows cut at their width never read
			      * the same; the label is then shown whole when selected */
	char *help;          /* fresh or NULL: shown when selected */
	char *note;          /* fresh or NULL: shown under the label when selected
			      * ("your threshold: EUR 200 000, ...") */
	bool set;            /* an answer is known */
	int choice;          /* Q_CHOICE: index; Q_TRI: TRI_TRUE / TRI_FALSE */
	bool *picked;        /* Q_MULTI: n_options flags (fresh) */
	int64_t number;
	bool euro;           /* Q_NUMBER: an amount in euro ("€ 250.000") */
	instant_t time;
	char *text;          /* Q_TEXT (fresh) */
	size_t max;          /* Q_TEXT: characters */
	size_t n_options;
	char **options;      /* fresh labels */
	bool alert;          /* draw the value as a warning */
};

/* An answer handed back to the screen. */
struct q_answer {
	int id;
	bool set;            /* false: cleared (unknown) */
	int choice;
	const bool *picked;
	int64_t number;
	instant_t time;
	const char *text;
};

enum q_result {
	Q_IGNORED,   /* the screen (or the wizard) may use the key */
	Q_USED,
	Q_ANSWER,    /* *ans holds a confirmed answer */
	Q_ACTIVATE,  /* an action item was chosen: ans->id */
	Q_NEXT,      /* Tab: on to the next step */
};

struct qlist {
	struct q_item *items;
	size_t n, cap;
	size_t sel;
	int top;
	bool editing;
	struct editor ed;
	size_t opt_sel;      /* choice being edited */
	int opt_top;
	bool *picked;        /* multi being edited */
	size_t n_picked;
	unsigned num;        /* an option number being typed (0: none) */
	char *hint;          /* what that number selects, or what it waits for */
	char *error;         /* why the last answer was refused */
	char *answer_text;   /* keeps ans->text alive until the next key */
	instant_t now;       /* for "n" = now in a date field */
	/* The screen's check of a number or date before it is confirmed:
	 * false and a fresh reason in *why keeps the field open. */
	bool (*check)(void *ctx, const struct q_answer *ans, char **why);
	void *check_ctx;
	enum lang lang;      /* numbers are written and read as it writes them */
	/* A selection asked for before the items are built (resuming): the
	 * next draw selects want_id and, with want_edit, opens it. */
	bool want;
	int want_id;
	bool want_edit;
};

void qlist_init(struct qlist *q);
void qlist_free(struct qlist *q);
/* Empties the items (keeps the selection and any field being edited). */
void qlist_clear(struct qlist *q);
/* Adds an item; label is copied.  Returns it for the value fields. */
struct q_item *qlist_add(struct qlist *q, enum q_kind kind, int id, const char *label);
void q_item_options(struct q_item *it, size_t n, const char *const *labels);
void q_item_help(struct q_item *it, const char *help);
void q_item_row(struct q_item *it, const char *row);
void q_item_note(struct q_item *it, const char *note);

void qlist_draw(struct qlist *q, const struct rect *r);
enum q_result qlist_key(struct qlist *q, const struct key *k, struct q_answer *ans);
/* The help-line text for the current state, translated. */
const char *qlist_help(const struct qlist *q);
bool qlist_typing(const struct qlist *q);
/* The text of a field being edited (fresh), or NULL: for SIGHUP. */
char *qlist_pending_text(const struct qlist *q, int *id);
/* A number, date or text being typed and not yet confirmed, as the answer
 * Enter would give (SIGHUP, quitting, going back: nothing typed is lost);
 * false when nothing is being typed, it is blank, or it does not parse.
 * ans->text lives until the next key or call. */
bool qlist_pending_answer(struct qlist *q, struct q_answer *ans);
/* Selects the item with this id. */
void qlist_select(struct qlist *q, int id);
/* At the next draw: selects the item with this id, and opens it for
 * typing when edit is true (back where the handler was). */
void qlist_want(struct qlist *q, int id, bool edit);
/* The screen did not take the answer to item id (it would contradict
 * another value): selects it and shows why under it until the next key;
 * the item keeps the value the case holds. */
void qlist_refuse(struct qlist *q, int id, const char *why);

/* For a screen whose state begins with its struct qlist (most steps of
 * the walk): the screen_ops help, typing and destroy that only pass the
 * list on (destroy frees the list and the state). */
struct app;
const char *qlist_screen_help(struct screen *s, struct app *a);
bool qlist_screen_typing(struct screen *s, struct app *a);
/* The list of such a screen (its typing is qlist_screen_typing), or NULL. */
struct qlist *qlist_of_screen(struct screen *s);
void qlist_screen_destroy(struct screen *s);

#endif
