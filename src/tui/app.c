/* app.c: the screen stack, the language, saving, the notice line. */
#include "config.h"

#include "tui/app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/case_problem.h"
#include "nls.h"
#include "tui/qlist.h"
#include "io/case_load.h"
#include "io/case_save.h"
#include "io/fileio.h"
#include "tui/autosave.h"
#include "tui/resume.h"
#include "tui/screens.h"
#include "tui/savefail.h"
#include "tui/training.h"

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

/* Whether the file is still the one this wizard read or wrote, and still
 * this wizard's to write: else a->conflict says why not. */
static void check_disk(struct app *a)
{
	struct file_stamp now;
	char *e = NULL;
	/* found again at every save: a file put back as it was is no conflict */
	a->conflict = CONFLICT_NONE;
	if (a->read_only)
		return;
	if (caselock_held(a->case_path, &a->holder))
		a->conflict = CONFLICT_TAKEN;
	else if (file_stamp_get(a->case_path, &now, &e) && !file_stamp_same(&a->disk, &now))
		a->conflict = now.exists ? CONFLICT_CHANGED : CONFLICT_GONE;
	free(e);
}

static char *conflict_text(const struct app *a)
{
	char *who = caselock_describe(&a->holder), *text = NULL;
	if (a->read_only)
		text = xasprintf(_("%s: read only, another wizard holds it"), a->case_path);
	else if (a->conflict == CONFLICT_CHANGED)
		text = xasprintf(_("%s: changed by someone else since this wizard read it; not overwritten"),
				 a->case_path);
	else if (a->conflict == CONFLICT_GONE)
		text = xasprintf(_("%s: deleted since this wizard opened it; not created again"), a->case_path);
	else if (a->conflict == CONFLICT_TAKEN)
		text = xasprintf(_("%s: taken over by another wizard (%s); not overwritten"), a->case_path, who);
	free(who);
	return text;
}

void app_mark_read(struct app *a)
{
	char *yaml = case_to_yaml(&a->kase, &a->ds.facts);
	file_stamp_of(yaml, strlen(yaml), &a->model);
	free(yaml);
	a->hand_edited = a->disk.exists && a->disk.size > 0 && !file_stamp_same(&a->disk, &a->model);
	a->orig_kept = false;
}

/* Before the first rewrite of a file written by hand: CASE.orig, the file
 * as the handler left it (comments, layout), mode 0600. */
static bool keep_orig(struct app *a, char **err)
{
	struct stat st;
	if (!a->hand_edited || a->orig_kept || lstat(a->case_path, &st) != 0 || !S_ISREG(st.st_mode))
		return true;   /* nothing of the handler's there: the save says why it fails */
	char *buf, *orig = xasprintf("%s.orig", a->case_path);
	size_t len;
	char *why = NULL;
	bool ok = file_read_all(a->case_path, &buf, &len, &why);
	if (ok) {
		ok = file_save_atomic(orig, buf, len, &why);
		free(buf);
	}
	if (!ok) {
		/* said of the case file, so that the notice leads with the reason */
		size_t n = strlen(orig);
		const char *reason = why && strncmp(why, orig, n) == 0 && why[n] == ':' ? why + n + 2 : why;
		*err = xasprintf("%s: %s", a->case_path, reason ? reason : "?");
		free(why);
	}
	free(orig);
	a->orig_kept = ok;
	return ok;
}

static bool save_write(struct app *a, const char *yaml, const struct file_stamp *g, char **err)
{
	check_disk(a);
	char *why = a->read_only || a->conflict ? conflict_text(a) : NULL;
	if (why) {
		*err = why;
		return false;
	}
	if (!keep_orig(a, err) || !app_journal_before_save(a, err) ||
	    !case_save_text(a->case_path, yaml, err))
		return false;
	a->disk = *g;
	a->model = *g;
	a->hand_edited = false;
	return true;
}

bool app_save(struct app *a, char **err)
{
	if (!a->case_open || !a->case_path)
		return true;
	/* a training run's case keeps where the exercise is */
	training_sync_case(a);
	char *yaml = case_to_yaml(&a->kase, &a->ds.facts);
	struct file_stamp g;
	file_stamp_of(yaml, strlen(yaml), &g);
	/* Nothing changed since the file was read or written: it holds every
	 * answer, and is left as it is (a hand-edited file keeps its words). */
	bool ok = (a->disk.exists && file_stamp_same(&g, &a->model)) || save_write(a, yaml, &g, err);
	free(yaml);
	saved(a, ok, ok ? NULL : *err);
	return ok;
}

/* This wizard's hold on path: the lock taken and the file's stamp kept;
 * read-only when another holds it. */
static void hold(struct app *a, const char *path)
{
	char *err = NULL;
	a->conflict = CONFLICT_NONE;
	a->read_only = false;
	/* not yet what this wizard would write: the first save writes */
	memset(&a->model, 0, sizeof(a->model));
	a->hand_edited = false;
	if (!file_stamp_get(path, &a->disk, &err)) {
		free(err);
		err = NULL;
	}
	if (!caselock_take(path, app_now(a), false, &a->holder, &err)) {
		if (!err) {
			a->read_only = true;
			a->held_pending = true;
		}
		free(err);
	}
}

bool app_take_over(struct app *a, char **err)
{
	struct caselock_info who;
	if (!a->case_path || !caselock_take(a->case_path, app_now(a), true, &who, err))
		return false;
	a->read_only = false;
	a->conflict = CONFLICT_NONE;
	/* what the other wizard saved until now is what this one goes on from */
	return app_reload(a, err);
}

bool app_reload(struct app *a, char **err)
{
	struct case_file c;
	struct case_schema s = dataset_case_schema(&a->ds);
	char *path = xstrdup(a->case_path);
	if (!case_load_file(path, &s, &c, err)) {
		free(path);
		return false;
	}
	app_open_case(a, &c, path);
	free(path);
	app_mark_read(a);
	saved(a, true, NULL);
	return true;
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
	if (a->case_path)
		caselock_release(a->case_path);
	free(a->case_path);
	a->case_path = where;
	hold(a, where);
	app_journal_close(a);   /* the next save starts the journal beside it */
	app_mark_read(a);
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
	app_journal_close(a);
	a->kase = *c;
	a->case_open = true;
	bool same = path && a->case_path && strcmp(path, a->case_path) == 0;
	if (a->case_path && !same)
		caselock_release(a->case_path);
	char *p = path ? xstrdup(path) : NULL;
	free(a->case_path);
	a->case_path = p;
	if (p)
		hold(a, p);
	app_refresh(a);
	app_journal_open(a);
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
		/* someone else's change: asked about now, not at the end */
		if (a->conflict && !was_unsaved)
			app_quit_blocked(a);
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
	resume_save(a);   /* and where the handler was (tui/resume.c) */
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
	app_journal_close(a);
	app_data_free(a);
	if (a->case_path)
		caselock_release(a->case_path);
	free(a->case_path);
	free(a->save_err);
	free(a->notice);
}
