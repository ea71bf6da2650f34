/* saved.c: the resume list of the start screen. */
#include "config.h"

#include "tui/saved.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "io/case_load.h"
#include "io/casepaths.h"
#include "io/dataset.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "io/timefmt.h"

/* "EW 09:30 -3h12 | entity | aware Sun 2026-11-22 09:30" */
static char *summary(struct app *a, const struct saved_case *sc, bool *open)
{
	*open = false;
	struct case_file c;
	char *err = NULL;
	if (!app_load_data(a, &err)) {
		char *line = xasprintf(_("%s: cannot be read (%s)"), sc->name, err ? err : "?");
		free(err);
		return line;
	}
	struct case_schema s = dataset_case_schema(&a->ds);
	if (!case_load_file(sc->path, &s, &c, &err)) {
		char *line = xasprintf(_("%s: cannot be read (%s)"), sc->name, err ? err : "?");
		free(err);
		return line;
	}
	*open = !c.reports[STAGE_FINAL].set;
	const char *who = c.entity.name && *c.entity.name ? c.entity.name : sc->name;
	char *aware = c.incident.aware.set ? timefmt_short(c.incident.aware.t) : xstrdup(_("not set"));
	char *next = app_next_deadline_of(a, &c);
	/* The next deadline first, in the header's short form: a long name
	 * may be cut at the end of the row, the deadline never is. */
	char *line;
	if (next) {
		/* TRANSLATORS: a saved case: its next deadline ("EW 09:30
		 * -3h12"), its entity and its moment of awareness. */
		line = xasprintf(_("%s | %s | aware %s"), next, who, aware);
	} else {
		line = xasprintf(_("%s | aware %s"), who, aware);
	}
	free(aware);
	free(next);
	case_free(&c);
	return line;
}

void saved_list_load(struct app *a, struct saved_list *out)
{
	memset(out, 0, sizeof(*out));
	char *err = NULL;
	char *dir = casepaths_state_dir(&err);
	if (!dir) {
		free(err);
		return;
	}
	struct saved_case *list = NULL;
	size_t n = 0;
	if (casepaths_list(dir, &list, &n, &err)) {
		out->items = xcalloc(n ? n : 1, sizeof(*out->items));
		for (size_t i = 0; i < n; i++) {
			/* The open case is offered as "go on" already. */
			if (a->case_path && strcmp(a->case_path, list[i].path) == 0)
				continue;
			out->items[out->n].path = xstrdup(list[i].path);
			out->items[out->n].summary = summary(a, &list[i], &out->items[out->n].open);
			out->items[out->n].mtime = list[i].mtime;
			out->n++;
		}
		casepaths_list_free(list, n);
	}
	free(err);
	free(dir);
}

void saved_list_free(struct saved_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].path);
		free(l->items[i].summary);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}
