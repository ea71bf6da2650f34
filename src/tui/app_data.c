/* app_data.c: what the wizard reads and opens: the data files once at
 * start, case files, new cases and scenarios. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/xalloc.h"
#include "core/form.h"
#include "io/case_load.h"
#include "io/fileio.h"
#include "io/form_render.h"
#include "io/datafiles.h"
#include "io/dataset.h"
#include "io/message.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/autosave.h"
#include "core/utf8.h"
#include "tui/training.h"
#include "io/scenario_load.h"

bool app_load_data(struct app *a, char **err)
{
	if (a->ds_loaded)
		return true;
	if (!dataset_load(&a->data, &a->ds, err))
		return false;
	a->ds_loaded = true;
	return true;
}

void app_data_free(struct app *a)
{
	if (a->ds_loaded)
		dataset_free(&a->ds);
	a->ds_loaded = false;
	free(a->fatal);
	a->fatal = NULL;
}

static void schema(const struct app *a, struct case_schema *s)
{
	*s = dataset_case_schema(&a->ds);
}

/* The language of a case wins over the environment, not over --lang. */
static void adopt_language(struct app *a)
{
	if (a->lang_forced || !a->kase.language_set) {
		a->kase.language = a->lang;
		a->kase.language_set = true;
		return;
	}
	if (a->kase.language != a->lang) {
		a->lang = a->kase.language;
		if (a->switch_lang)
			a->switch_lang(a->lang);
		/* the verdict was worded when the case opened, in the old
		 * language: word it again in the case's */
		app_refresh(a);
	}
}

bool app_open_path(struct app *a, const char *path, char **err)
{
	if (!app_load_data(a, err))
		return false;
	struct stat st;
	struct case_file c;
	struct case_schema s;
	schema(a, &s);
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* A link is refused now, not after the first answer: a save never
		 * writes through one (io/fileio.h); a pipe is never waited on. */
		*err = file_not_regular(path, st.st_mode);
		return false;
	}
	if (lstat(path, &st) != 0 && errno == ENOENT) {
		/* A name that does not exist yet: the new case is saved there. */
		case_init(&c);
		app_open_case(a, &c, path);
		adopt_language(a);
		return app_save(a, err);
	}
	if (!case_load_file(path, &s, &c, err))
		return false;
	app_open_case(a, &c, path);
	adopt_language(a);
	app_mark_read(a);
	/* A trainee's case of an exercise not yet over: the exercise goes on
	 * (nis2-notify-case(5), EXERCISE). */
	if (!a->training && a->kase.exercise.set && !a->kase.exercise.ended.set)
		return training_resume(a, err);
	return true;
}

bool app_new_case(struct app *a, char **err)
{
	if (!app_load_data(a, err))
		return false;
	char *path = autosave_new_path(app_now(a), err);
	if (!path)
		return false;
	struct case_file c;
	case_init(&c);
	app_open_case(a, &c, path);
	free(path);
	adopt_language(a);
	return app_save(a, err);
}

size_t app_list_scenarios(struct app *a, char ***names)
{
	return scenario_list_in(&a->data, a->lang, names);
}

/* A training run (tui/training.h): the trainee starts on an empty case and
 * answers every question; nothing of the scenario's facts is copied. */
bool app_open_scenario(struct app *a, const char *name, int speed, const char *debrief_path, char **err)
{
	return training_start(a, name, speed, debrief_path, DEBRIEF_TEXT, false, err);
}

void app_print_exit(struct app *a)
{
	if (a->case_open && a->print_draft) {
		/* The draft stays in the terminal's scrollback after the wizard
		 * has gone, to be selected and copied from there. */
		struct form_draft d;
		app_draft(a, &d);
		char *text = render_draft(&a->ds.form, &d, a->lang, DRAFT_TEXT);
		msg_output(stdout, text);
		free(text);
		form_draft_free(&d);
	}
	/* Only what is true: a case whose last save failed is told by the
	 * way out (tui.c) on stderr, never called saved. */
	if (a->case_open && a->case_path && !a->unsaved) {
		char *path = utf8_sanitize(a->case_path, false);
		msg_print(stdout, _("The case is saved in %s\n"), path);
		free(path);
	}
}
