/* screen_journal.c: the case's decision journal as a timeline page (j on
 * the clock step, or from the help): what was known when, when the verdict
 * changed, each report against its deadline, then the deadlines met or
 * missed.  The words are io/journal_render's, the same as --journal's; the
 * page only lays them out and scrolls. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/journal_timeline.h"
#include "core/xalloc.h"
#include "io/casepaths.h"
#include "io/journal_file.h"
#include "io/journal_render.h"
#include "io/timefmt.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "tui/text.h"

struct journal_page {
	size_t n;
	char **lines;      /* what the page shows, one entry a line */
	int *attrs;
	size_t top;        /* the first line shown */
	bool at_end;       /* start at the latest entries */
};

static void add(struct journal_page *p, char *line, int attr)
{
	p->lines = xrealloc(p->lines, (p->n + 1) * sizeof(*p->lines));
	p->attrs = xrealloc(p->attrs, (p->n + 1) * sizeof(*p->attrs));
	p->lines[p->n] = line;
	p->attrs[p->n++] = attr;
}

/* Reads the journal and words it (once: nothing changes it while the page
 * is on top). */
static void load(struct journal_page *p, struct app *a)
{
	if (!a->case_open || !a->case_path) {
		add(p, xstrdup(_("This case has no journal: it is not saved in a file.")), 0);
		return;
	}
	char *path = casepaths_journal(a->case_path), *err = NULL;
	struct journal j;
	bool exists;
	if (!journal_file_read(path, &j, &exists, &err)) {
		add(p, err, term_attr(TC_ALERT, 0) | A_BOLD);
		free(path);
		return;
	}
	if (a->ds.rules.edition)
		add(p, xasprintf("%s %s", _("Made with:"), a->ds.rules.edition), term_attr(TC_DIM, 0));
	struct journal_timeline t;
	journal_timeline_build(&j, &t);
	if (t.n == 0)
		add(p, xstrdup(_("The journal is empty.")), 0);
	for (size_t i = 0; i < t.n; i++) {
		char *when = timefmt_short(t.ev[i].at);
		char *since = journal_since_text(&t.ev[i]);
		char *what = journal_event_text(&t.ev[i], &a->ds.facts, a->lang);
		int attr = t.ev[i].kind == JT_VERDICT || t.ev[i].kind == JT_REPORT ? A_BOLD : 0;
		if (t.ev[i].kind == JT_REPORT && t.ev[i].due_set && t.ev[i].margin < 0)
			attr = term_attr(TC_ALERT, 0) | A_BOLD;
		add(p, xasprintf("%s  %s  %s", when, since, what), attr);
		free(when);
		free(since);
		free(what);
	}
	bool any = false;
	for (int s = 0; s < STAGE_COUNT; s++) {
		char *line = journal_stage_text((enum stage)s, &t.stages[s], app_now(a));
		if (!line)
			continue;
		if (!any)
			add(p, xstrdup(_("Deadlines")), A_BOLD | A_UNDERLINE);
		any = true;
		add(p, xasprintf("  %s", line), 0);
		free(line);
	}
	for (size_t i = 0; i < j.n_damaged; i++)
		add(p, journal_damage_text(path, &j.damaged[i]), term_attr(TC_ALERT, 0));
	journal_timeline_free(&t);
	journal_free(&j);
	free(path);
}

static const char *journal_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("The journal: what was known when, and what was reported");
}

/* Entries wrap; top is the first entry shown.  At the end, the last
 * entries that fit. */
static void journal_draw(struct screen *s, struct app *a, const struct rect *r)
{
	(void)a;
	struct journal_page *p = s->priv;
	if (p->n == 0)
		return;
	if (p->top >= p->n)
		p->top = p->n - 1;
	if (p->at_end) {
		int used = 0;
		size_t i = p->n;
		while (i > 0) {
			int rows = text_rows(p->lines[i - 1], r->w - 2);
			if (used + rows > r->h)
				break;
			used += rows;
			i--;
		}
		p->top = i < p->n ? i : p->n - 1;
		p->at_end = false;
	}
	int y = r->y;
	for (size_t i = p->top; i < p->n && y < r->y + r->h; i++) {
		text_draw(y, r->x, 2, " ", 0);
		y += text_draw_wrapped(y, r->x + 2, r->w - 2, r->y + r->h - y, p->lines[i], p->attrs[i]);
	}
}

static bool journal_key(struct screen *s, struct app *a, const struct key *k)
{
	struct journal_page *p = s->priv;
	if (key_is_func(k, KEY_UP) && p->top > 0) {
		p->top--;
		return true;
	}
	if (key_is_func(k, KEY_DOWN)) {
		if (p->top + 1 < p->n)
			p->top++;
		return true;
	}
	if (key_is_func(k, KEY_PPAGE)) {
		p->top = p->top > 10 ? p->top - 10 : 0;
		return true;
	}
	if (key_is_func(k, KEY_NPAGE)) {
		p->top = p->top + 10 < p->n ? p->top + 10 : (p->n ? p->n - 1 : 0);
		return true;
	}
	if (key_is_func(k, KEY_HOME)) {
		p->top = 0;
		return true;
	}
	if (key_is_func(k, KEY_END)) {
		p->at_end = true;
		return true;
	}
	if (key_is_enter(k)) {
		app_pop(a);
		return true;
	}
	return false;
}

static const char *journal_help(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Up/Down scroll  Home/End first/last  Enter/Esc close");
}

static void journal_destroy(struct screen *s)
{
	struct journal_page *p = s->priv;
	for (size_t i = 0; i < p->n; i++)
		free(p->lines[i]);
	free(p->lines);
	free(p->attrs);
	free(p);
}

static const struct screen_ops journal_ops = {
	.name = "journal",
	.title = journal_title,
	.draw = journal_draw,
	.key = journal_key,
	.help = journal_help,
	.destroy = journal_destroy,
};

struct screen *screen_journal_new(struct app *a)
{
	struct journal_page *p = xcalloc(1, sizeof(*p));
	/* What the case holds now is in the journal before it is shown. */
	char *err = NULL;
	if (!app_save(a, &err)) {
		app_notice_not_saved(a, a->case_path, err);
		free(err);
	}
	load(p, a);
	p->at_end = true;
	return screen_new(&journal_ops, 0, p);
}
