/* status.c: the header's case name and next deadline. */
#include "config.h"

#include "tui/status.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "io/timefmt.h"

char *status_case_label(const struct app *a)
{
	if (!a->case_open)
		return xstrdup(_("no case open"));
	if (a->kase.entity.name && *a->kase.entity.name)
		return xstrdup(a->kase.entity.name);
	if (a->case_path) {
		const char *slash = strrchr(a->case_path, '/');
		return xstrdup(slash ? slash + 1 : a->case_path);
	}
	return xstrdup(_("new case"));
}

/* The open deadline with a time that comes first (an overdue one first of
 * all), or NULL. */
const struct deadline *status_next(const struct app *a)
{
	if (!a->case_open || !a->eval_ok)
		return NULL;
	const struct deadline *best = NULL;
	for (size_t i = 0; i < a->dl.n; i++) {
		const struct deadline *d = &a->dl.items[i];
		if (!d->has_due || (d->status != DL_DUE && d->status != DL_OVERDUE))
			continue;
		if (!best || d->due < best->due)
			best = d;
	}
	return best;
}

char *status_next_deadline(struct app *a)
{
	const struct deadline *d = status_next(a);
	if (!d)
		return NULL;
	instant_t now = app_now(a);
	if (d->due < now) {
		char *late = timefmt_duration(now - d->due);
		/* The word says it without colour. */
		char *s = xasprintf(_("OVERDUE %s: %s"), late, label_stage(d->stage));
		free(late);
		return s;
	}
	char *left = timefmt_duration(d->due - now);
	char *s = xasprintf(_("next: %s in %s"), label_stage(d->stage), left);
	free(left);
	return s;
}

bool status_next_overdue(struct app *a)
{
	const struct deadline *d = status_next(a);
	return d && d->due < app_now(a);
}
