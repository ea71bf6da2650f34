/* training.c: a training run in the wizard: the exercise clock, the
 * injects, the end and the debrief. */
#include "config.h"

#include "tui/training.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/xalloc.h"
#include "io/fileio.h"
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
			      text3_get(&t->sc.injects[i].text, a->lang));
	free(when);
	return msg;
}

bool training_start(struct app *a, const char *name, int speed, const char *debrief_path,
		    enum debrief_format format, char **err)
{
	if (!app_load_data(a, err))
		return false;
	struct training *t = xcalloc(1, sizeof(*t));
	struct case_schema schema = dataset_case_schema(&a->ds);
	if (!scenario_load(name, &a->data, &schema, &t->sc, err)) {
		free(t);
		return false;
	}
	/* A trainee is never debriefed against answers the rules do not give. */
	if (!scenario_check(name, &t->sc, &a->ds.rules, err)) {
		scenario_free(&t->sc);
		free(t);
		return false;
	}
	simclock_init(&t->clock, t->sc.start, training_wall(), speed);
	t->debrief_path = debrief_path ? xstrdup(debrief_path) : NULL;
	t->format = format;
	if (a->training) {
		training_free(a->training);
		free(a->training);
	}
	a->training = t;
	a->clock.now = exercise_now;
	a->clock.ctx = a;
	a->notices.poll = poll_injects;
	a->notices.ctx = a;
	/* The trainee's own case, empty: every answer is theirs. */
	if (!app_new_case(a, err))
		return false;
	/* The briefing comes first, at the next tick, over whatever screen the
	 * caller goes to. */
	t->show_briefing = true;
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
		app_refresh(a);
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
	if (!a->training || a->training->ended || !a->case_open)
		return;
	a->kase.reports[stage].set = true;
	a->kase.reports[stage].t = app_now(a);
	app_changed(a);
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
	memset(t, 0, sizeof(*t));
}
