/* screen.h: the screen interface of the wizard.
 *
 * A screen is one step of the walk (or a page pushed on top of it: help,
 * privacy, ...), in one file, screen_NAME.c.  It reads the case, draws its
 * body, and turns keys into edits of the case; it never decides significance
 * or computes a deadline itself (the engine and the clock do).
 *
 * The wizard keeps the screens on a stack.  The top one gets the keys and
 * draws the body; going back (Esc, Backspace) pops it and shows the one below
 * as it was left.  Moving forward pushes a fresh screen.
 *
 * To add a screen (part `privacy`, for instance):
 *
 *     static const struct screen_ops privacy_ops = {
 *         .name = "privacy", .title = privacy_title, .draw = privacy_draw,
 *         .key = privacy_key, .help = privacy_help, .destroy = privacy_destroy,
 *     };
 *     struct screen *screen_privacy_new(struct app *a)
 *     {
 *         return screen_new(&privacy_ops, 0, xcalloc(1, sizeof(struct privacy)));
 *     }
 *
 * and push it: app_push(a, screen_privacy_new(a)).  The help screen
 * (screen_help.c) lists the pages that can be pushed from it in
 * help_pages[]; the contact-details step of the form calls
 * app_push_page(a, "privacy") so the notice is one key away there too.
 *
 * Drawing: draw() gets the body rectangle (at least 80x18 cells; the wizard
 * shows a "terminal too small" message itself below 80x24) and draws inside
 * it with the helpers of text.h, which never let a control character reach
 * the terminal.  The header (case, language, next deadline), the step title,
 * the notice line and the help line are drawn by the wizard (layout.c). */
#ifndef NIS2_TUI_SCREEN_H
#define NIS2_TUI_SCREEN_H

#include <stdbool.h>

#include "tui/keys.h"

struct app;
struct screen;

/* A rectangle of the terminal, in cells. */
struct rect {
	int y, x, h, w;
};

struct screen_ops {
	/* A fixed id ("entity", "clock"): the wizard's pages for push by name. */
	const char *name;
	/* The title line, translated (the current language is already set). */
	const char *(*title)(struct screen *s, struct app *a);
	void (*draw)(struct screen *s, struct app *a, const struct rect *body);
	/* Returns true when the screen used the key.  Keys it does not use go to
	 * the wizard: Esc/Backspace back, ? help, q quit. */
	bool (*key)(struct screen *s, struct app *a, const struct key *k);
	/* The screen's own part of the help line, translated ("Enter edit ..."). */
	const char *(*help)(struct screen *s, struct app *a);
	/* Optional: called every second (for countdowns) and before drawing. */
	void (*tick)(struct screen *s, struct app *a);
	/* Optional: keep what is typed in an unconfirmed field, in the case (a
	 * form field) or in the case's recovery note, before the wizard saves on
	 * SIGHUP/SIGTERM or quits.  Must not touch curses. */
	void (*flush)(struct screen *s, struct app *a);
	/* Optional: true while a text field has the keys, so that letter keys
	 * (q, ?) are text and not commands. */
	bool (*typing)(struct screen *s, struct app *a);
	void (*destroy)(struct screen *s);
	/* A page drawn alone on the whole terminal: no header, title, notice
	 * or help line, nothing but its text (a field to select with the
	 * mouse); draw() gets the whole screen as its body. */
	bool bare;
};

struct screen {
	const struct screen_ops *ops;
	int step;        /* 1..9: its step of the walk; 0: a page off the walk */
	void *priv;      /* the screen's own state, freed by destroy() */
};

struct screen *screen_new(const struct screen_ops *ops, int step, void *priv);
void screen_free(struct screen *s);

/* The stack (app.c). */
void app_push(struct app *a, struct screen *s);
/* Goes back one screen; false on the first screen. */
bool app_pop(struct app *a);
struct screen *app_top(struct app *a);
/* Pushes a page by name from the registry of pages (screens.c):
 * "help", "privacy", ...; false when there is no such page in this build. */
bool app_push_page(struct app *a, const char *name);
bool app_has_page(const char *name);

/* The steps of the walk, in order (screens.c): pushes step n (1..9). */
void app_goto_step(struct app *a, int n);

/* After every change the user confirms: saves the case at once (atomic,
 * 0600).  A failure is shown in the notice line, never fatal. */
void app_changed(struct app *a);

/* Shows a message in the notice line until the next key. */
void app_notice(struct app *a, bool alert, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
