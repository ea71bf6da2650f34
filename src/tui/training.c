/* training.c: a training run in the wizard: the exercise clock, the
 * injects, the end and the debrief. */
#include "config.h"

#include "tui/training.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/exercise_time.h"
#include "core/xalloc.h"
#include "io/debrief_journal.h"
#include "io/fileio.h"
#include "io/labels.h"
#include "io/scenario_check.h"
#include "io/scenario_load.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"

int64_t training_wall(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return (int64_t)time(NULL);
	return (int64_t)ts.tv_sec;
}

static instant_t exercise_now(void *ctx)
{
	struct app *a = ctx;
	return simclock_now(&a->training->clock, training_wall());
}

/* "07:25" of an exercise time: injects and the header say the time of day
 * (with the date in the header). */
static char *hhmm(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	return xasprintf("%02d:%02d", c.hour, c.min);
}

/* The next inject whose time has come, announced in the notice line (one
 * per tick, so that two injects due together are both seen); the whole text
 * is on the training page. */
static char *poll_injects(void *ctx, instant_t now)
{
	struct app *a = ctx;
	struct training *t = a->training;
	if (!t || t->ended)
		return NULL;
	size_t i = scenario_next_inject(&t->sc, t->shown, now);
	if (i >= t->sc.n_injects)
		return NULL;
	t->shown = i + 1;
	char *when = hhmm(t->sc.injects[i].at);
	char *msg = xasprintf(_("%s news (Ctrl-T to read): %s"), when,
			      scenario_text(&t->sc, &t->sc.injects[i].text, a->lang));
	free(when);
	/* the case keeps how far the exercise went */
	app_changed(a);
	return msg;
}

bool training_may_jump(const struct training *t)
{
	return t->facilitator || t->sc.self_paced;
}

/* Loads and checks scenario `name` into t. */
static bool load_scenario(struct app *a, struct training *t, const char *name, char **err)
{
	struct case_schema schema = dataset_case_schema(&a->ds);
	if (!scenario_load(name, &a->data, &schema, &t->sc, err))
		return false;
	/* A trainee is never debriefed against answers the rules do not give. */
	if (!scenario_check(name, &t->sc, &a->ds.rules, err)) {
		scenario_free(&t->sc);
		return false;
	}
	t->name = xstrdup(name);
	return true;
}

/* Makes t the app's run: "now" and the injects come from it. */
static void install(struct app *a, struct training *t)
{
	if (a->training) {
		training_free(a->training);
		free(a->training);
	}
	a->training = t;
	a->clock.now = exercise_now;
	a->clock.ctx = a;
	a->notices.poll = poll_injects;
	a->notices.ctx = a;
	/* The briefing comes first, at the next tick, over whatever screen the
	 * caller goes to. */
	t->show_briefing = true;
}

void training_sync_case(struct app *a)
{
	struct training *t = a->training;
	if (!t || !a->case_open)
		return;
	struct exercise *x = &a->kase.exercise;
	x->set = true;
	free(x->scenario);
	x->scenario = xstrdup(t->name);
	free(x->version);
	x->version = t->sc.version ? xstrdup(t->sc.version) : NULL;
	free(x->trainee);
	x->trainee = t->trainee ? xstrdup(t->trainee) : NULL;
	x->at = t->ended ? t->ended_at : simclock_now(&t->clock, training_wall());
	x->speed = t->clock.speed;
	x->paused = t->clock.paused;
	x->shown = t->shown;
	x->ended.set = t->ended;
	x->ended.t = t->ended_at;
	x->facilitator = t->facilitator;
}

bool training_resume(struct app *a, char **err)
{
	const struct exercise *x = &a->kase.exercise;
	if (!x->set || x->ended.set)
		return true;
	struct training *t = xcalloc(1, sizeof(*t));
	if (!load_scenario(a, t, x->scenario, err)) {
		char *why = *err;
		*err = xasprintf(_("%s: the exercise cannot be resumed: %s"), a->case_path ? a->case_path : "?",
				 why);
		free(why);
		free(t);
		return false;
	}
	instant_t at = x->at < t->sc.start ? t->sc.start : x->at > t->sc.end ? t->sc.end : x->at;
	/* Resumed paused: the room starts again together. */
	simclock_init(&t->clock, at, training_wall(), x->speed);
	simclock_pause(&t->clock, training_wall(), true);
	t->shown = x->shown > t->sc.n_injects ? t->sc.n_injects : x->shown;
	t->facilitator = x->facilitator;
	t->trainee = x->trainee ? xstrdup(x->trainee) : NULL;
	t->format = DEBRIEF_TEXT;
	install(a, t);
	return true;
}

bool training_start(struct app *a, const char *name, int speed, const char *debrief_path,
		    enum debrief_format format, bool facilitator, char **err)
{
	if (!app_load_data(a, err))
		return false;
	struct training *t = xcalloc(1, sizeof(*t));
	if (!load_scenario(a, t, name, err)) {
		free(t);
		return false;
	}
	simclock_init(&t->clock, t->sc.start, training_wall(), speed);
	/* The briefing is read before the exercise clock starts
	 * (nis2-notify-case(5)): the facilitator, or the trainee, starts it. */
	simclock_pause(&t->clock, training_wall(), true);
	t->debrief_path = debrief_path ? xstrdup(debrief_path) : NULL;
	t->format = format;
	t->facilitator = facilitator;
	install(a, t);
	/* The trainee's own case, empty: every answer is theirs. */
	if (!app_new_case(a, err))
		return false;
	app_changed(a);
	return true;
}

/* After the clock went back to `at`: the injects after it are to come. */
static void unshow_after(struct training *t, instant_t at)
{
	while (t->shown > 0 && t->sc.injects[t->shown - 1].at > at)
		t->shown--;
}

char *training_room_time(struct app *a)
{
	static const char *const days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
					    N_("Fri"), N_("Sat"), N_("Sun") };
	struct civil c = clock_to_local(app_now(a), NULL);
	int wd = clock_weekday(clock_days_from_civil(c.year, c.month, c.day));
	/* the header's day names: --exercise-time and the t key read them in
	 * every language (core/exercise_time.h) */
	return xasprintf("%s %02d:%02d", _(days[wd]), c.hour, c.min);
}

bool training_set_time_text(struct app *a, const char *text, char **err)
{
	struct training *t = a->training;
	if (!t)
		return false;
	instant_t at;
	enum exercise_time_error e = exercise_time_parse(text, t->sc.start, t->sc.end, app_now(a), &at);
	if (e != EXTIME_OK) {
		char s[CLOCK_FMT_LEN], f[CLOCK_FMT_LEN];
		clock_format(t->sc.start, s);
		clock_format(t->sc.end, f);
		if (e == EXTIME_SYNTAX)
			*err = xasprintf(_("'%s' is not an exercise time: give a day and a time (Tue 09:10) or "
					   "a date and time (2026-03-10T09:10)"), text);
		else
			*err = xasprintf(_("'%s' is not within the exercise: it runs from %s to %s"), text, s, f);
		return false;
	}
	int64_t wall = training_wall();
	simclock_set(&t->clock, wall, at);
	/* news after the new time comes again; news up to it arrives at the
	 * next ticks, as when the clock runs */
	unshow_after(t, at);
	if (!t->facilitator)
		simclock_pause(&t->clock, wall, false);
	app_changed(a);
	return true;
}

void training_rewind(struct app *a, int64_t seconds)
{
	struct training *t = a->training;
	int64_t wall = training_wall();
	instant_t now = simclock_now(&t->clock, wall);
	instant_t at = now - seconds < t->sc.start ? t->sc.start : now - seconds;
	simclock_set(&t->clock, wall, at);
	unshow_after(t, at);
	app_changed(a);
}

void training_rewind_inject(struct app *a)
{
	struct training *t = a->training;
	int64_t wall = training_wall();
	instant_t now = simclock_now(&t->clock, wall);
	instant_t at = t->sc.start;
	for (size_t i = t->shown; i-- > 0;)
		if (t->sc.injects[i].at < now) {
			at = t->sc.injects[i].at;
			break;
		}
	simclock_set(&t->clock, wall, at);
	unshow_after(t, at);
	app_changed(a);
}

void training_add_news(struct app *a, const char *text)
{
	if (!a->training || !text || !*text)
		return;
	instant_t now = app_now(a);
	if (!exercise_add_news(&a->kase.exercise, now, text)) {
		app_notice(a, true, _("At most %d news items can be given"), EXERCISE_NEWS_MAX);
		return;
	}
	char *when = hhmm(now);
	app_changed(a);
	app_notice(a, true, _("%s news (Ctrl-T to read): %s"), when, text);
	free(when);
}

bool training_undo_report(struct app *a)
{
	struct training *t = a->training;
	if (!t || !t->undo_set || t->ended || !a->case_open)
		return false;
	a->kase.reports[t->undo_stage] = t->undo_prev;
	t->undo_set = false;
	app_changed(a);
	return true;
}

char *training_debrief(struct app *a, enum debrief_format f)
{
	struct training *t = a->training;
	instant_t end = t->ended ? t->ended_at : app_now(a);
	if (end > t->sc.end)
		end = t->sc.end;
	app_refresh(a);
	struct debrief d;
	debrief_build(&a->ds.rules, &t->sc, &a->kase, a->eval_ok ? &a->eval : NULL, a->eval_ok ? &a->dl : NULL,
		      end, &d);
	d.trainee = t->trainee;
	/* the trainee's verdicts on the timeline, from the case's decision
	 * journal (in exercise time), as --debrief-from puts them */
	char *jerr = NULL;
	if (a->case_path && !debrief_add_journal(a->case_path, end, &d, &jerr)) {
		app_notice(a, true, _("The timeline has no verdicts: %s"), jerr);
		free(jerr);
	}
	char *text = render_debrief(&d, &t->sc, &a->ds, a->lang, f);
	debrief_free(&d);
	return text;
}

static bool write_debrief(struct app *a, char **err)
{
	struct training *t = a->training;
	char *text = training_debrief(a, t->format);
	bool ok = file_save_atomic(t->debrief_path, text, strlen(text), err);
	free(text);
	if (ok)
		t->debrief_written = true;
	return ok;
}

void training_set_trainee(struct app *a, const char *name)
{
	struct training *t = a->training;
	if (!t)
		return;
	free(t->trainee);
	t->trainee = name && *name ? xstrdup(name) : NULL;
}

void training_end(struct app *a)
{
	struct training *t = a->training;
	if (!t)
		return;
	if (!t->ended) {
		t->ended = true;
		t->ended_at = app_now(a);
		if (t->ended_at > t->sc.end)
			t->ended_at = t->sc.end;
		/* The exercise is over: its clock stands still for the debrief. */
		simclock_pause(&t->clock, training_wall(), true);
		/* the case says the exercise is over: reopened, it is a case */
		app_changed(a);
	}
	char *err = NULL;
	if (t->debrief_path && !t->debrief_written && !write_debrief(a, &err)) {
		app_notice(a, true, "%s", err);
		free(err);
	} else if (t->debrief_path) {
		app_notice(a, false, _("The debrief is written to %s"), t->debrief_path);
	}
	app_push_page(a, "debrief");
}

void training_tick(struct app *a)
{
	struct training *t = a->training;
	if (!t)
		return;
	if (t->show_briefing) {
		t->show_briefing = false;
		app_push_page(a, "training");
	}
	if (!t->ended && app_now(a) >= t->sc.end)
		training_end(a);
}

char *training_header(struct app *a)
{
	struct training *t = a->training;
	if (!t)
		return NULL;
	instant_t now = app_now(a);
	struct civil c = clock_to_local(now, NULL);
	static const char *const days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
					    N_("Fri"), N_("Sat"), N_("Sun") };
	int wd = clock_weekday(clock_days_from_civil(c.year, c.month, c.day));
	if (t->ended)
		return xasprintf(_("exercise over %s %02d:%02d"), _(days[wd]), c.hour, c.min);

	if (t->clock.paused)
		return xasprintf(_("exercise %s %02d:%02d paused"), _(days[wd]), c.hour, c.min);
	return xasprintf(_("exercise %s %02d:%02d x%d"), _(days[wd]), c.hour, c.min, t->clock.speed);
}

void training_report_sent(struct app *a, enum stage stage)
{
	struct training *t = a->training;
	if (!t || t->ended || !a->case_open)
		return;
	t->undo_set = true;
	t->undo_stage = stage;
	t->undo_prev = a->kase.reports[stage];
	a->kase.reports[stage].set = true;
	a->kase.reports[stage].t = app_now(a);
	app_changed(a);
	char *when = training_room_time(a);
	app_notice(a, false, _("Recorded: %s sent at %s (u undoes it)"), label_stage(stage), when);
	free(when);
}

bool training_finish(struct app *a, char **err)
{
	struct training *t = a->training;
	if (!t || !t->debrief_path || t->debrief_written)
		return true;
	if (!t->ended) {
		t->ended = true;
		t->ended_at = app_now(a);
		if (t->ended_at > t->sc.end)
			t->ended_at = t->sc.end;
	}
	return write_debrief(a, err);
}

void training_free(struct training *t)
{
	scenario_free(&t->sc);
	free(t->debrief_path);
	free(t->trainee);
	free(t->name);
	memset(t, 0, sizeof(*t));
}
