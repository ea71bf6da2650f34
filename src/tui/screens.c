/* screens.c: the screens: making and freeing one, the order of the walk and
 * the pages that can be pushed by name (app_goto_step, app_push_page: the
 * app's moves that need these tables).  A new page adds one line to
 * `pages`. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/status.h"

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

typedef struct screen *(*screen_ctor)(struct app *a);

/* Step n of the walk is steps[n - 1]. */
static const screen_ctor steps[] = {
	screen_start_new,
	screen_entity_new,
	screen_aware_new,
	screen_scope_new,
	screen_facts_new,
	screen_verdict_new,
	screen_clock_new,
	screen_form_new,
	screen_review_new,
};

static const struct {
	const char *name;
	screen_ctor make;
} pages[] = {
	{ "help", screen_help_new },
	{ "privacy", screen_privacy_new },
	{ "training", screen_training_new },
	{ "debrief", screen_debrief_new },
	{ "related", screen_related_new },
	{ "journal", screen_journal_new },
};

void app_goto_step(struct app *a, int n)
{
	size_t count = sizeof(steps) / sizeof(steps[0]);
	if (n < 1 || (size_t)n > count)
		return;
	/* Going to a step that is already on the stack goes back to it, so the
	 * stack never holds a step twice. */
	for (size_t i = 0; i < a->depth; i++)
		if (a->stack[i]->step == n) {
			while (a->depth > i + 1)
				app_pop(a);
			return;
		}
	app_push(a, steps[n - 1](a));
}

bool app_has_page(const char *name)
{
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++)
		if (strcmp(pages[i].name, name) == 0)
			return true;
	return false;
}

bool app_push_page(struct app *a, const char *name)
{
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++)
		if (strcmp(pages[i].name, name) == 0) {
			app_push(a, pages[i].make(a));
			return true;
		}
	return false;
}
