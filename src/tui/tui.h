/* tui.h: the full-screen wizard, as the command line starts it.
 *
 * The wizard is the only part of the program that includes curses; the rest
 * of the program sees this header only. */
#ifndef NIS2_TUI_H
#define NIS2_TUI_H

#include <stdbool.h>

#include "core/clock.h"
#include "core/lang.h"

/* Where the wizard takes "now" from.  The wizard never calls time() itself:
 * the normal run passes tui_clock_system(), a training run a simulated clock
 * (a start instant and a speed, say).  now() is called at every 1-second tick
 * and whenever a screen needs the time; it must not block. */
struct tui_clock {
	instant_t (*now)(void *ctx);
	void *ctx;
};

/* The wall clock of the machine (UTC seconds). */
struct tui_clock tui_clock_system(void);

/* A text the wizard shows in its notice line (the line above the help line)
 * until the user presses a key, e.g. a training inject ("the press calls").
 * poll() is called at every tick; it returns a fresh string (the wizard frees
 * it) when there is something new to show, else NULL. */
struct tui_notices {
	char *(*poll)(void *ctx, instant_t now);
	void *ctx;
};

struct tui_config {
	const char *case_path;   /* the case file given on the command line, or NULL */
	const char *data_dir;    /* --data, or NULL for the built-in data */
	enum lang lang;          /* the starting language */
	bool lang_forced;        /* --lang given: wins over the case file's language */
	struct tui_clock clock;
	struct tui_notices notices;  /* poll may be NULL */
	/* Switches the program's messages (gettext) to a language: the command
	 * line passes i18n_switch, so the wizard needs no cli code. */
	void (*switch_lang)(enum lang l);
	/* A training run (--training, part training): the scenario to play (a
	 * file or a shipped name), or NULL; the exercise clock's speed; where to
	 * write the debrief (or NULL) and whether as markdown or JSON. */
	const char *training;
	int training_speed;
	const char *debrief_path;
	const char *trainee;         /* --trainee NAME, or NULL */
	bool debrief_markdown;
	bool debrief_json;           /* wins over debrief_markdown */
	bool facilitator;            /* --facilitator: the clock is the facilitator's */
	const char *exercise_time;   /* --exercise-time TIME, or NULL */
};

/* Runs the wizard until the user leaves it; returns the exit status (0, or
 * 1 when the terminal cannot be used or the case file cannot be read, with a
 * message on stderr). */
int tui_run(const struct tui_config *cfg);

#endif
