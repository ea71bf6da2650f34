/* tui.c: the wizard's run: open the case, take the terminal, loop over keys
 * and 1-second ticks, save and give the terminal back. */
#include "config.h"

#include "tui/tui.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/xalloc.h"
#include "io/message.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/layout.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "core/utf8.h"
#include "tui/training.h"

static instant_t system_now(void *ctx)
{
	(void)ctx;
	return (instant_t)time(NULL);
}

struct tui_clock tui_clock_system(void)
{
	struct tui_clock c = { system_now, NULL };
	return c;
}

/* Keys that work on every screen, before the screen sees them. */
static bool global_key(struct app *a, const struct key *k)
{
	if (key_is_char(k, CTRL_KEY('l'))) {
		enum lang l = (enum lang)((a->lang + 1) % LANG_COUNT);
		/* during an exercise, only the scenario's languages: its texts
		 * have no others */
		for (int i = 0; a->training && i < LANG_COUNT && !scenario_has_lang(&a->training->sc, l); i++)
			l = (enum lang)((l + 1) % LANG_COUNT);
		app_set_lang(a, l);
		return true;
	}
	if (key_is_char(k, CTRL_KEY('x')) || key_is_char(k, CTRL_KEY('c'))) {
		a->quit = true;
		return true;
	}
	if (key_is_char(k, CTRL_KEY('r'))) {
		clearok(curscr, TRUE);
		return true;
	}
	if (key_is_char(k, CTRL_KEY('t')) && a->training) {
		struct screen *top = app_top(a);
		if (!top || strcmp(top->ops->name, "training") != 0)
			app_push_page(a, "training");
		return true;
	}
	return false;
}

/* Keys the screen did not use. */
static void fallback_key(struct app *a, const struct key *k)
{
	struct screen *s = app_top(a);
	bool typing = s && s->ops->typing && s->ops->typing(s, a);
	if (typing)
		return;
	if (key_is_escape(k) || key_is_backspace(k) || key_is_func(k, KEY_LEFT)) {
		app_pop(a);
		return;
	}
	if (key_is_char(k, '?') || key_is_char(k, 'h')) {
		if (strcmp(s->ops->name, "help") != 0)
			app_push_page(a, "help");
		return;
	}
	if (key_is_char(k, 'q') || key_is_char(k, 'Q'))
		a->quit = true;
}

static void tick(struct app *a)
{
	if (a->notices.poll) {
		char *msg = a->notices.poll(a->notices.ctx, app_now(a));
		if (msg) {
			app_notice(a, true, "%s", msg);
			free(msg);
		}
	}
	training_tick(a);
	app_recheck_crossing(a);
	struct screen *s = app_top(a);
	if (s && s->ops->tick)
		s->ops->tick(s, a);
}

static void loop(struct app *a)
{
	while (!a->quit) {
		if (term_pending_signal())
			return;
		tick(a);
		if (a->held_pending) {
			a->held_pending = false;
			app_push(a, screen_held_new(a));
		}
		layout_draw(a);
		/* The first frame is on the screen: now the data, while the
		 * handler reads it (app_load_data; nothing so far needed it). */
		if (!a->ds_loaded) {
			char *err = NULL;
			if (!app_load_data(a, &err)) {
				a->fatal = err ? err : xstrdup("?");
				return;
			}
		}
		struct key k;
		keys_read(&k);
		if (term_pending_signal()) {
			key_free(&k);
			return;
		}
		if (k.kind == KEY_KIND_NONE || key_is_func(&k, KEY_RESIZE)) {
			key_free(&k);
			continue;
		}
		free(a->notice);
		a->notice = NULL;
		if (!a->too_small && !global_key(a, &k)) {
			struct screen *s = app_top(a);
			if (!s->ops->key(s, a, &k))
				fallback_key(a, &k);
		} else if (a->too_small) {
			global_key(a, &k);
		}
		key_free(&k);
		if (a->quit) {
			/* Leaving: what is typed goes in, and a case whose answers
			 * are not all in the file is not left without a word. */
			app_flush_and_save(a);
			if (app_quit_blocked(a))
				a->quit = false;
		}
	}
}

int tui_run(const struct tui_config *cfg)
{
	struct app a;
	memset(&a, 0, sizeof(a));
	case_init(&a.kase);
	a.lang = cfg->lang;
	a.lang_forced = cfg->lang_forced;
	a.switch_lang = cfg->switch_lang;
	a.clock = cfg->clock;
	if (!a.clock.now)
		a.clock = tui_clock_system();
	a.notices = cfg->notices;
	a.data.dir = cfg->data_dir;
	a.given_path = cfg->case_path;
	a.form_focus = -1;
	a.facts_focus = -1;

	char *err = NULL;
	/* Data of --data DIR is read before the terminal is taken, so that its
	 * FILE:LINE:COLUMN errors are printed plainly; the built-in data is
	 * read when first needed (app_load_data), at the latest after the
	 * first frame. */
	if ((cfg->data_dir && !app_load_data(&a, &err)) ||
	    (cfg->case_path && !app_open_path(&a, cfg->case_path, &err))) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err ? err : "?");
		free(err);
		app_free(&a);
		return 1;
	}

	/* A training run starts before the terminal is taken, so that a bad
	 * scenario is reported as plainly as a bad case file. */
	if (cfg->training && !training_start(&a, cfg->training, cfg->training_speed, cfg->debrief_path,
					     cfg->debrief_json ? DEBRIEF_JSON
					     : cfg->debrief_markdown ? DEBRIEF_MARKDOWN : DEBRIEF_TEXT,
					     cfg->facilitator, &err)) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err ? err : "?");
		free(err);
		app_free(&a);
		return 1;
	}
	if (cfg->training)
		training_set_trainee(&a, cfg->trainee);
	/* --exercise-time: this laptop set to the room's exercise time */
	if (cfg->training && cfg->exercise_time && !training_set_time_text(&a, cfg->exercise_time, &err)) {
		msg_print(stderr, "%s: --exercise-time: %s\n", PACKAGE, err ? err : "?");
		free(err);
		app_free(&a);
		return 2;
	}

	const char *why = NULL;
	if (!term_start(&why)) {
		msg_print(stderr, _("%s: cannot start the wizard: %s\n"), PACKAGE, _(why));
		app_free(&a);
		return 1;
	}
	app_push(&a, screen_start_new(&a));
	loop(&a);
	int sig = term_pending_signal();
	app_flush_and_save(&a);
	/* The link dropped with answers the file does not hold: there is no
	 * one to ask, so a copy goes to the state folder, as an editor keeps
	 * an emergency file. */
	char *was = NULL, *lost = NULL;
	if (sig && a.unsaved && !a.quit_unsaved) {
		was = xstrdup(a.case_path);
		lost = app_unsaved_text(&a);
		if (!app_save_elsewhere(&a, NULL, &err)) {
			free(err);
			err = NULL;
		}
	}
	term_stop();
	/* Cut off by a signal, the exercise is kept in the case to be resumed
	 * (nis2-notify-case(5), EXERCISE), not ended and debriefed. */
	if (!sig && !training_finish(&a, &err)) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err ? err : "?");
		free(err);
	}
	int status = 0;
	if (a.fatal) {
		/* the built-in data could not be read after the first frame */
		msg_print(stderr, "%s: %s\n", PACKAGE, a.fatal);
		status = 1;
	} else if (!sig) {
		app_print_exit(&a);
	}
	if (a.case_open && a.unsaved) {
		char *what = app_unsaved_text(&a);
		char *path = utf8_sanitize(a.case_path ? a.case_path : "?", false);
		msg_print(stderr, _("%s: the case was NOT saved in %s: %s\n"), PACKAGE, path, what);
		free(path);
		free(what);
		status = 1;
	} else if (was && a.case_path) {
		char *p1 = utf8_sanitize(was, false), *p2 = utf8_sanitize(a.case_path, false);
		msg_print(stderr, _("%s: %s could not be saved (%s); the case is saved in %s instead\n"),
			PACKAGE, p1, lost, p2);
		free(p1);
		free(p2);
	} else if (sig && a.case_path) {
		char *path = utf8_sanitize(a.case_path, false);
		msg_print(stderr, _("%s: saved the case to %s\n"), PACKAGE, path);
		free(path);
	}
	free(was);
	free(lost);
	app_free(&a);
	if (sig) {
		/* Die of the signal, as the shell expects. */
		signal(sig, SIG_DFL);
		raise(sig);
	}
	return status;
}
