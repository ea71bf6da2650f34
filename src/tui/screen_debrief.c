/* screen_debrief.c: the debrief at the end of a training run, scrollable;
 * the same text --debrief writes for the trainer. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/training.h"

struct debrief_page {
	int top;
};

static const char *debrief_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Debrief");
}

static void debrief_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct debrief_page *p = s->priv;
	char *text = training_debrief(a, DEBRIEF_TEXT);
	training_draw_scrolled(text, r, &p->top);
	free(text);
}

static bool debrief_key(struct screen *s, struct app *a, const struct key *k)
{
	struct debrief_page *p = s->priv;
	(void)a;
	return training_scroll_key(k, &p->top, LINES - 4);
}

static const char *debrief_help(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Up/Down/PgUp/PgDn scroll");
}

static void debrief_destroy(struct screen *s)
{
	free(s->priv);
}

static const struct screen_ops debrief_ops = {
	.name = "debrief",
	.title = debrief_title,
	.draw = debrief_draw,
	.key = debrief_key,
	.help = debrief_help,
	.destroy = debrief_destroy,
};

struct screen *screen_debrief_new(struct app *a)
{
	(void)a;
	return screen_new(&debrief_ops, 0, xcalloc(1, sizeof(struct debrief_page)));
}
