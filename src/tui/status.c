/* status.c: the header's case name and next deadline. */
#include "config.h"

#include "tui/status.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
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

/* The stage's abbreviation for the header, translated. */
static const char *stage_abbrev(enum stage st)
{
	switch (st) {
	/* TRANSLATORS: the header's abbreviation of the early warning (two or
	 * three letters). */
	case STAGE_EARLY_WARNING: return _("EW");
	/* TRANSLATORS: abbreviation of the incident notification. */
	case STAGE_NOTIFICATION: return _("IN");
	/* TRANSLATORS: abbreviation of the intermediate report. */
	case STAGE_INTERMEDIATE: return _("IR");
	/* TRANSLATORS: abbreviation of the progress report. */
	case STAGE_PROGRESS: return _("PR");
	/* TRANSLATORS: abbreviation of the final report. */
	case STAGE_FINAL: return _("FR");
	/* TRANSLATORS: abbreviation of informing the recipients of the service. */
	case STAGE_RECIPIENTS: return _("RCP");
	/* TRANSLATORS: abbreviation of the notification to the data protection
	 * authority. */
	case STAGE_GDPR: return _("GBA");
	case STAGE_COUNT: break;
	}
	return "?";
}

/* "3h12", "2d03h": a span in at most six cells (rounded up to the
 * minute, as every deadline is: never shown later than it is). */
static char *span_brief(int64_t seconds)
{
	if (seconds < 0)
		seconds = -seconds;
	int64_t mins = (seconds + 59) / 60;
	int64_t d = mins / (24 * 60), h = (mins / 60) % 24, m = mins % 60;
	if (d > 0)
		return xasprintf("%lldd%02lldh", (long long)d, (long long)h);
	return xasprintf("%lldh%02lld", (long long)h, (long long)m);
}

char *status_deadline_brief(enum stage st, instant_t due, instant_t now)
{
	char *when = timefmt_short(due);          /* "Tue 2026-11-23 09:30" */
	const char *space = strchr(when, ' ');
	size_t wd = space ? (size_t)(space - when) : 0;
	size_t n = strlen(when);
	const char *hm = n >= 5 ? when + n - 5 : when;
	char *span = span_brief(due - now);
	int64_t away = due > now ? due - now : now - due;
	bool soon = (away + 59) / 60 < 24 * 60;   /* as span_brief rounds */
	char *s;
	if (due < now)
		s = soon ? xasprintf("! %s %s +%s", stage_abbrev(st), hm, span)
			 : xasprintf("! %s %.*s %s +%s", stage_abbrev(st), (int)wd, when, hm, span);
	else
		s = soon ? xasprintf("%s %s -%s", stage_abbrev(st), hm, span)
			 : xasprintf("%s %.*s %s -%s", stage_abbrev(st), (int)wd, when, hm, span);
	free(span);
	free(when);
	return s;
}

char *status_next_deadline(struct app *a)
{
	const struct deadline *d = status_next(a);
	if (!d)
		return NULL;
	return status_deadline_brief(d->stage, d->due, app_now(a));
}

bool status_next_overdue(struct app *a)
{
	const struct deadline *d = status_next(a);
	return d && d->due < app_now(a);
}
