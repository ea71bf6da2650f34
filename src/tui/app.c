/* app.c: the screen stack, the language, saving, the notice line. */
#include "config.h"

#include "tui/app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/case_problem.h"
#include "nls.h"
#include "tui/qlist.h"
#include "io/fileio.h"
#include "tui/autosave.h"
#include "tui/screens.h"
#include "tui/savefail.h"
#include "tui/training.h"

struct screen *screen_new(const struct screen_ops *ops, int step, void *priv)
{
	struct screen *s = xcalloc(1, sizeof(*s));
	s->ops = ops;
	s->step = step;
	s->priv = priv;
	return s;
}

void screen_free(struct screen *s)
{
	if (!s)
		return;
	if (s->ops->destroy)
		s->ops->destroy(s);
	free(s);
}

void app_push(struct app *a, struct screen *s)
{
	if (a->depth == APP_STACK_MAX) {
		/* A walk is 9 steps deep; only endless page pushing gets here.
		 * Drop the oldest page above the first step. */
		screen_free(a->stack[1]);
		memmove(a->stack + 1, a->stack + 2, (APP_STACK_MAX - 2) * sizeof(a->stack[0]));
		a->depth--;
	}
	a->stack[a->depth++] = s;
}

bool app_pop(struct app *a)
{
	if (a->depth <= 1)
		return false;
	struct screen *s = a->stack[--a->depth];
	/* What was typed in a field on the way out stays in the case. */
	if (s->ops->flush)
		s->ops->flush(s, a);
	screen_free(s);
	return true;
}

struct screen *app_top(struct app *a)
{
	return a->depth ? a->stack[a->depth - 1] : NULL;
}

instant_t app_now(const struct app *a)
{
	return a->clock.now(a->clock.ctx);
}

void app_set_lang(struct app *a, enum lang l)
{
	a->lang = l;
	if (a->switch_lang)
		a->switch_lang(l);
	/* glibc keeps the messages it looked up until the catalogues change;
	 * setting the text domain again is its documented signal for that. */
	textdomain(textdomain(NULL));
	if (a->case_open) {
		a->kase.language = l;
		a->kase.language_set = true;
		app_changed(a);
	}
}

void app_notice(struct app *a, bool alert, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = NULL;
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	free(a->notice);
	a->notice = msg;
	a->notice_alert = alert;
}

static void saved(struct app *a, bool ok, const char *err)
{
	if (ok) {
		a->unsaved = false;
		a->n_unsaved = 0;
		free(a->save_err);
		a->save_err = NULL;
		return;
	}
	if (!a->unsaved)
		a->unsaved_since = app_now(a);
	a->unsaved = true;
	if (!a->n_unsaved)
		a->n_unsaved = 1;
	free(a->save_err);
	a->save_err = xstrdup(err ? err : "?");
}

bool app_save(struct app *a, char **err)
{
	if (!a->case_open || !a->case_path)
		return true;
	bool ok = autosave_write(a->case_path, &a->kase, &a->ds.facts, err);
	saved(a, ok, ok ? NULL : *err);
	return ok;
}

bool app_save_elsewhere(struct app *a, const char *path, char **err)
{
	char *where = path ? xstrdup(path) : autosave_new_path(app_now(a), err);
	if (!where || (path && !file_create_new(where, err))) {
		free(where);
		return false;
	}
	if (!autosave_write(where, &a->kase, &a->ds.facts, err)) {
		unlink(where);   /* the empty file made for the name */
		free(where);
		return false;
	}
	free(a->case_path);
	a->case_path = where;
	saved(a, true, NULL);
	return true;
}

bool app_quit_blocked(struct app *a)
{
	if (!a->unsaved || a->quit_unsaved)
		return false;
	struct screen *top = app_top(a);
	if (top && strcmp(top->ops->name, "unsaved") == 0)
		return true;
	app_push(a, screen_unsaved_new(a));
	return true;
}

char *app_unsaved_text(const struct app *a)
{
	struct civil t = clock_to_local(a->unsaved_since, NULL);
	char *since = xasprintf("%02d:%02d:%02d", t.hour, t.min, t.sec);
	char *text = xasprintf(P_("the answers confirmed since %s are not in the case file "
				  "(%u save failed: %s)",
				  "the answers confirmed since %s are not in the case file "
				  "(%u saves failed: %s)", a->n_unsaved),
			       since, a->n_unsaved, a->save_err ? a->save_err : "?");
	free(since);
	/* io's reason names the file: shown through the filter of case text */
	char *clean = utf8_sanitize(text, false);
	free(text);
	return clean;
}

void app_open_case(struct app *a, struct case_file *c, const char *path)
{
	if (a->case_open)
		case_free(&a->kase);
	a->kase = *c;
	a->case_open = true;
	free(a->case_path);
	a->case_path = path ? xstrdup(path) : NULL;
	app_refresh(a);
}

void app_changed(struct app *a)
{
	app_refresh(a);
	char *err = NULL;
	bool was_unsaved = a->unsaved;
	if (!app_save(a, &err)) {
		/* each confirmed change whose save failed counts once */
		if (was_unsaved)
			a->n_unsaved++;
		app_notice_not_saved(a, a->case_path, err);
		free(err);
	}
}

void app_notice_not_saved(struct app *a, const char *path, const char *err)
{
	char *text = save_failure_text(path, err);
	app_notice(a, true, "%s", text);
	free(text);
}

void app_refuse(struct app *a, struct qlist *q, int id, const struct case_problem *p)
{
	char *why = case_problem_answer_text(p, &a->ds.facts, a->lang);
	qlist_refuse(q, id, why);
	app_notice(a, true, "%s", why);
	free(why);
}

void app_flush_and_save(struct app *a)
{
	for (size_t i = a->depth; i-- > 0;) {
		struct screen *s = a->stack[i];
		if (s->ops->flush)
			s->ops->flush(s, a);
	}
	/* A failure is told by the way out (tui.c), which knows whether the
	 * terminal is still there to offer another place. */
	char *err = NULL;
	app_save(a, &err);
	free(err);
}

void app_free(struct app *a)
{
	while (a->depth)
		screen_free(a->stack[--a->depth]);
	case_free(&a->kase);
	if (a->training) {
		training_free(a->training);
		free(a->training);
		a->training = NULL;
	}
	app_eval_free(a);
	app_data_free(a);
	free(a->case_path);
	free(a->save_err);
	free(a->notice);
}
