/* app_data.c: what the wizard reads and opens: the data files once at
 * start, case files, new cases and scenarios. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/xalloc.h"
#include "io/case_load.h"
#include "io/datafiles.h"
#include "io/dataset.h"
#include "io/yamlnode.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/autosave.h"

bool app_load_data(struct app *a, char **err)
{
	return dataset_load(&a->data, &a->ds, err);
}

void app_data_free(struct app *a)
{
	dataset_free(&a->ds);
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
	}
}

bool app_open_path(struct app *a, const char *path, char **err)
{
	struct stat st;
	struct case_file c;
	struct case_schema s;
	schema(a, &s);
	if (stat(path, &st) != 0 && errno == ENOENT) {
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
	return true;
}

bool app_new_case(struct app *a, char **err)
{
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
	return datafile_list(&a->data, "scenarios/", names);
}

bool app_open_scenario(struct app *a, const char *name, char **err)
{
	char *buf = NULL, *origin = NULL;
	size_t len = 0;
	char *file = xasprintf("scenarios/%s", name);
	bool ok = datafile_read(&a->data, file, &buf, &len, &origin, err);
	free(file);
	if (!ok)
		return false;
	struct ydoc d;
	struct yerr ye = { NULL };
	struct case_file c;
	struct case_schema s;
	schema(a, &s);
	static const char *const extra[] = { "scenario", NULL };
	ok = ydoc_load(&d, origin, buf, len, &ye) &&
	     case_from_node(&d, ydoc_root(&d), extra, &s, &c, &ye);
	ydoc_free(&d);
	free(buf);
	free(origin);
	if (!ok) {
		*err = ye.msg ? xstrdup(ye.msg) : xstrdup("?");
		yerr_free(&ye);
		return false;
	}
	char *path = autosave_new_path(app_now(a), err);
	if (!path) {
		case_free(&c);
		return false;
	}
	app_open_case(a, &c, path);
	free(path);
	adopt_language(a);
	return app_save(a, err);
}

void app_print_exit(struct app *a)
{
	if (a->case_open && a->case_path)
		printf(_("The case is saved in %s\n"), a->case_path);
}
