/* screen_start.c: step 1: the language, a new case, a saved case to go on
 * with, or a training scenario. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/xalloc.h"
#include "io/casepaths.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/resume.h"
#include "tui/saved.h"
#include "tui/screens.h"

enum { ID_LANG = 1, ID_CONTINUE, ID_NEW, ID_SCENARIO, ID_SPEED, ID_SAVED = 1000 };

/* The exercise clock's speeds offered for a scenario opened here. */
static const int speeds[] = { 1, 10, 60, 600 };
#define N_SPEEDS (sizeof(speeds) / sizeof(speeds[0]))

/* A case saved within this long is the one a dropped link left: it is
 * offered first and Enter resumes it. */
#define RECENT_SECONDS (24 * 60 * 60)

struct start {
	struct qlist q;
	struct saved_list saved;
	size_t n_scenarios;
	char **scenarios;
	/* d on a saved case arms forgetting it; d again deletes (part
	 * privacy: io/casepaths.h).  -1: nothing armed. */
	int forget_armed;
	char *help;
	bool recent;     /* saved.items[0] is open and recent: first, selected */
	int speed;       /* index in speeds[] of the exercise clock's speed */
};

static const char *start_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Start");
}

static void build(struct start *st, struct app *a)
{
	struct qlist *q = &st->q;
	qlist_clear(q);
	q->lang = a->lang;
	static const char *const langs[] = { "English", "Nederlands", "Fran\xc3\xa7" "ais" };
	struct q_item *it = qlist_add(q, Q_CHOICE, ID_LANG, _("Language / Taal / Langue"));
	q_item_options(it, LANG_COUNT, langs);
	it->set = true;
	it->choice = (int)a->lang;
	q_item_help(it, _("Ctrl-L switches the language at any moment, on every screen."));
	if (a->case_open) {
		char *label = xasprintf(_("Go on with this case: %s"),
					a->kase.entity.name ? a->kase.entity.name : a->case_path);
		it = qlist_add(q, Q_ACTION, ID_CONTINUE, label);
		q_item_help(it, _("Your answers are kept; the walk goes on where it is needed."));
		free(label);
	}
	if (st->recent) {
		char *label = xasprintf(_("Resume: %s"), st->saved.items[0].summary);
		it = qlist_add(q, Q_ACTION, ID_SAVED, label);
		q_item_help(it, _("The case you worked on last: Enter goes back to the step and field "
				  "you were at. n starts a new case."));
		free(label);
	}
	it = qlist_add(q, Q_ACTION, ID_NEW, _("New case: something happened"));
	q_item_help(it, _("Starts a new case file in your state folder; every answer is saved at once."));
	if (st->saved.n > (st->recent ? 1u : 0u)) {
		qlist_add(q, Q_HEADING, 0, _("Saved cases (entity, awareness, next deadline)"));
		for (size_t i = st->recent ? 1 : 0; i < st->saved.n; i++) {
			it = qlist_add(q, Q_ACTION, ID_SAVED + (int)i, st->saved.items[i].summary);
			q_item_help(it, st->saved.items[i].path);
		}
	}
	if (st->n_scenarios) {
		it = qlist_add(q, Q_CHOICE, ID_SCENARIO, _("Open a scenario (exercise)"));
		q_item_options(it, st->n_scenarios, (const char *const *)st->scenarios);
		q_item_help(it, _("An exercise on its own clock, at the speed below: you answer every question "
				  "yourself; the debrief compares your answers with the scenario's. It is shown at "
				  "the end and kept with your case: nis2-notify --debrief-from CASE --debrief FILE "
				  "writes it to a file."));
		static const char *const labels[N_SPEEDS] = { "x1", "x10", "x60", "x600" };
		it = qlist_add(q, Q_CHOICE, ID_SPEED, _("Exercise clock speed"));
		q_item_options(it, N_SPEEDS, labels);
		it->set = true;
		it->choice = st->speed;
		q_item_help(it, _("x1: real time; x60: an exercise hour a minute. The facilitator's clock is "
				  "nis2-notify --training SCENARIO --facilitator."));
	}
}

static void start_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct start *st = s->priv;
	build(st, a);
	qlist_draw(&st->q, body);
}

static void open_and_go(struct app *a, bool ok, char *err)
{
	if (!ok) {
		app_notice(a, true, "%s", err ? err : "?");
		free(err);
		return;
	}
	/* Back where the handler was, or the first question. */
	if (!resume_restore(a))
		app_goto_step(a, 2);
}

/* The saved case under the selection, or -1. */
static int selected_saved(const struct start *st)
{
	if (st->q.sel >= st->q.n)
		return -1;
	int id = st->q.items[st->q.sel].id;
	return id >= ID_SAVED && (size_t)(id - ID_SAVED) < st->saved.n ? id - ID_SAVED : -1;
}

/* d on a saved case: first a question in the notice line, then, on a
 * second d, the case and its drafts are deleted (never anything else). */
static void forget_key(struct start *st, struct app *a, int i)
{
	const char *path = st->saved.items[i].path;
	struct forget_plan plan;
	char *err = NULL;
	if (!casepaths_forget_plan(path, &plan, &err)) {
		app_notice(a, true, "%s", err);
		free(err);
		st->forget_armed = -1;
		return;
	}
	if (st->forget_armed != i) {
		st->forget_armed = i;
		app_notice(a, true, P_("Forget this case and delete its %zu file? Press d again to delete it.",
				       "Forget this case and delete its %zu files? Press d again to delete them.",
				       plan.n_files), plan.n_files);
		casepaths_forget_plan_free(&plan);
		return;
	}
	size_t deleted = 0;
	if (casepaths_forget(&plan, &deleted, &err)) {
		app_notice(a, false, P_("Forgotten: %zu file deleted.", "Forgotten: %zu files deleted.", deleted),
			   deleted);
	} else {
		app_notice(a, true, "%s", err);
		free(err);
	}
	casepaths_forget_plan_free(&plan);
	st->forget_armed = -1;
	saved_list_free(&st->saved);
	saved_list_load(a, &st->saved);
	st->recent = false;
	qlist_select(&st->q, ID_NEW);
}

static bool start_key(struct screen *s, struct app *a, const struct key *k)
{
	struct start *st = s->priv;
	int saved = qlist_typing(&st->q) ? -1 : selected_saved(st);
	if (saved >= 0 && key_is_char(k, 'd')) {
		forget_key(st, a, saved);
		return true;
	}
	st->forget_armed = -1;
	/* n: a new case, one key away whatever is selected. */
	if (!qlist_typing(&st->q) && (key_is_char(k, 'n') || key_is_char(k, 'N'))) {
		char *nerr = NULL;
		bool ok = app_new_case(a, &nerr);
		open_and_go(a, ok, nerr);
		return true;
	}
	struct q_answer ans;
	st->q.now = app_now(a);
	enum q_result r = qlist_key(&st->q, k, &ans);
	char *err = NULL;
	switch (r) {
	case Q_ANSWER:
		if (ans.id == ID_LANG && ans.set)
			app_set_lang(a, (enum lang)ans.choice);
		else if (ans.id == ID_SPEED && ans.set && ans.choice >= 0 && (size_t)ans.choice < N_SPEEDS)
			st->speed = ans.choice;
		else if (ans.id == ID_SCENARIO && ans.set) {
			bool ok = app_open_scenario(a, st->scenarios[ans.choice], speeds[st->speed], NULL, &err);
			open_and_go(a, ok, err);
		}
		return true;
	case Q_ACTIVATE:
		if (ans.id == ID_CONTINUE)
			open_and_go(a, true, NULL);
		else if (ans.id == ID_NEW) {
			bool ok = app_new_case(a, &err);   /* err is set by the call */
			open_and_go(a, ok, err);
		} else if (ans.id >= ID_SAVED && (size_t)(ans.id - ID_SAVED) < st->saved.n) {
			bool ok = app_open_path(a, st->saved.items[ans.id - ID_SAVED].path, &err);
			open_and_go(a, ok, err);
		}
		return true;
	case Q_NEXT:
		if (a->case_open)
			app_goto_step(a, 2);
		return true;
	case Q_USED:
		return true;
	case Q_IGNORED:
		break;
	}
	return false;
}

static const char *start_help(struct screen *s, struct app *a)
{
	(void)a;
	struct start *st = s->priv;
	if (qlist_typing(&st->q))
		return qlist_help(&st->q);
	free(st->help);
	if (selected_saved(st) < 0)
		st->help = xasprintf(_("n new case  %s"), qlist_help(&st->q));
	else
		st->help = xasprintf(_("d forget this case  n new case  %s"), qlist_help(&st->q));
	return st->help;
}

static bool start_typing(struct screen *s, struct app *a)
{
	(void)a;
	return qlist_typing(&((struct start *)s->priv)->q);
}

static void start_destroy(struct screen *s)
{
	struct start *st = s->priv;
	qlist_free(&st->q);
	saved_list_free(&st->saved);
	for (size_t i = 0; i < st->n_scenarios; i++)
		free(st->scenarios[i]);
	free(st->scenarios);
	free(st->help);
	free(st);
}

static const struct screen_ops start_ops = {
	.name = "start",
	.title = start_title,
	.draw = start_draw,
	.key = start_key,
	.help = start_help,
	.typing = start_typing,
	.destroy = start_destroy,
};

struct screen *screen_start_new(struct app *a)
{
	struct start *st = xcalloc(1, sizeof(*st));
	st->forget_armed = -1;
	qlist_init(&st->q);
	saved_list_load(a, &st->saved);
	st->n_scenarios = app_list_scenarios(a, &st->scenarios);
	struct screen *s = screen_new(&start_ops, 1, st);
	/* With a case already open, "go on" is where Enter should land; else
	 * the open case saved last, when it was in the last day (a dropped
	 * link), never a second new case. */
	st->recent = !a->case_open && st->saved.n && st->saved.items[0].open &&
		     difftime(time(NULL), st->saved.items[0].mtime) < RECENT_SECONDS;
	build(st, a);
	qlist_select(&st->q, a->case_open ? ID_CONTINUE : st->recent ? ID_SAVED : ID_NEW);
	return s;
}
