/* app_eval.c: what the engine and the clock say about the open case, kept
 * up to date after every change and every second.  The screens read
 * a->eval and a->dl; none of them decides or computes anything itself. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/deadlines.h"
#include "core/form.h"
#include "core/rules.h"
#include "core/xalloc.h"
#include "io/labels.h"
#include "tui/app.h"
#include "tui/status.h"
#include "io/timefmt.h"

/* The verdict of case c, from the rules engine (the same call as
 * --evaluate), as at the wizard's "now" (the exercise clock in training). */
static void evaluate(struct app *a, const struct case_file *c, struct evaluation *out)
{
	rules_evaluate(&a->ds.rules, c, app_now(a), a->lang, out);
}

void app_eval_free(struct app *a)
{
	if (a->eval_ok)
		evaluation_free(&a->eval);
	a->eval_ok = false;
	memset(&a->dl, 0, sizeof(a->dl));
}

void app_refresh_clock(struct app *a)
{
	if (a->eval_ok)
		deadlines_compute(&a->kase, &a->eval, app_now(a), &a->dl);
}

bool app_recheck_crossing(struct app *a)
{
	if (!a->eval_ok)
		return false;
	instant_t now = app_now(a);
	for (size_t i = 0; i < a->eval.n_near; i++)
		if (a->eval.near[i].has_at && a->eval.near[i].at <= now) {
			app_refresh(a);
			return true;
		}
	return false;
}

void app_refresh(struct app *a)
{
	app_eval_free(a);
	if (!a->case_open)
		return;
	evaluate(a, &a->kase, &a->eval);
	a->eval_ok = true;
	app_refresh_clock(a);
}

char *app_next_deadline_of(struct app *a, const struct case_file *c)
{
	struct evaluation e;
	evaluate(a, c, &e);
	struct deadlines dl;
	deadlines_compute(c, &e, app_now(a), &dl);
	evaluation_free(&e);
	const struct deadline *best = NULL;
	for (size_t i = 0; i < dl.n; i++) {
		const struct deadline *d = &dl.items[i];
		if (d->has_due && (d->status == DL_DUE || d->status == DL_OVERDUE) &&
		    (!best || d->due < best->due))
			best = d;
	}
	if (!best)
		return NULL;
	/* The header's short form: a list row has no room for more. */
	char *s = status_deadline_brief(best->stage, best->due, app_now(a));
	return s;
}

enum stage app_draft_stage(const struct app *a)
{
	if (a->draft_stage_set)
		return a->draft_stage;
	return form_current_stage(&a->kase, a->eval_ok ? &a->dl : NULL);
}

void app_next_draft_stage(struct app *a)
{
	enum stage st = app_draft_stage(a);
	do
		st = (enum stage)((st + 1) % STAGE_COUNT);
	while (!form_stage_valid(st));
	a->draft_stage = st;
	a->draft_stage_set = true;
}

void app_draft(const struct app *a, struct form_draft *out)
{
	form_draft_build(&a->ds.form, &a->kase, a->eval_ok ? &a->eval : NULL,
			 a->eval_ok ? &a->dl : NULL, app_draft_stage(a), a->lang, out);
}
