/* screen_verdict.c: step 6: the verdict (significant or not, DORA, out of
 * scope, or undetermined with the questions still open), every reason with
 * its guide or IR reference as the engine words it, the deadlines and what
 * to do now: the lines of io/verdict_lines.c, which --evaluate prints too. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/rules.h"
#include "core/xalloc.h"
#include "io/verdict_lines.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/status.h"
#include "tui/term.h"
#include "tui/text.h"

struct verdict_screen {
	int top;             /* first row shown of the text */
	int rows;            /* rows of the text at the last draw */
};

static const char *verdict_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("The verdict");
}

/* One row of the verdict as drawn: a piece of a line. */
struct vrow {
	const wchar_t *s;
	size_t n;
	int indent;          /* columns before the text */
	bool bullet;         /* an item's first row: draw "-" before it */
	int attr;
};

/* Where a line of kind k starts and whether it has a dash: items hang
 * under their dash, a stage's details under the stage. */
static int kind_indent(enum vline_kind k)
{
	switch (k) {
	case VL_ITEM:
	case VL_STAGE:
		return 2;
	case VL_DETAIL:
		return 4;
	default:
		return 0;
	}
}

/* Lays the verdict's lines (verdict_lines.c, the same as --evaluate's)
 * out in rows of width w: the verdict bold (and in the alert colour when
 * significant), headings bold.  ws holds the widened texts. */
static size_t layout(const struct verdict_lines *vl, wchar_t **ws, int w, bool significant,
		     struct vrow **out)
{
	size_t n = 0, cap = 0;
	struct vrow *rows = NULL;
	for (size_t j = 0; j < vl->n; j++) {
		enum vline_kind k = vl->v[j].kind;
		int attr = 0;
		if (k == VL_TITLE)
			attr = (int)A_BOLD | (significant ? term_attr(TC_ALERT, 0) : 0);
		else if (k == VL_HEADING || k == VL_SUBHEAD)
			attr = (int)A_BOLD;
		int indent = kind_indent(k);
		struct text_lines l;
		text_wrap(ws[j], wcslen(ws[j]), w - indent, &l);
		for (size_t i = 0; i < (l.n ? l.n : 1); i++) {
			rows = xgrow(rows, &cap, n + 1, sizeof(*rows));
			rows[n].s = l.n ? ws[j] + l.start[i] : ws[j];
			rows[n].n = l.n ? l.len[i] : 0;
			rows[n].indent = indent;
			rows[n].bullet = k == VL_ITEM && i == 0;
			rows[n].attr = attr;
			n++;
		}
		text_lines_free(&l);
	}
	*out = rows;
	return n;
}

static void verdict_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct verdict_screen *vs = s->priv;
	struct verdict_lines vl;
	verdict_lines_build(&a->eval, &a->dl, &a->ds.rules, &a->kase, &a->ds.facts,
			    app_now(a), a->lang, &vl);
	wchar_t **ws = xcalloc(vl.n ? vl.n : 1, sizeof(*ws));
	for (size_t i = 0; i < vl.n; i++)
		ws[i] = text_widen(vl.v[i].text, false);
	struct vrow *rows;
	size_t n = layout(&vl, ws, r->w, a->eval.verdict == VERDICT_SIGNIFICANT, &rows);
	vs->rows = (int)n;
	if (vs->top > vs->rows - r->h)
		vs->top = vs->rows - r->h > 0 ? vs->rows - r->h : 0;
	for (int i = 0; i < r->h && (size_t)(vs->top + i) < n; i++) {
		const struct vrow *v = &rows[vs->top + i];
		if (v->bullet)
			text_draw(r->y + i, r->x, 2, "-", v->attr);
		text_draww(r->y + i, r->x + v->indent, r->w - v->indent, v->s, v->n, v->attr);
	}
	if (vs->top > 0)
		text_draw(r->y, r->x + r->w - 1, 1, "^", A_BOLD);
	if (vs->top + r->h < vs->rows)
		text_draw(r->y + r->h - 1, r->x + r->w - 1, 1, "v", A_BOLD);
	free(rows);
	for (size_t i = 0; i < vl.n; i++)
		free(ws[i]);
	free(ws);
	verdict_lines_free(&vl);
}

static bool verdict_key(struct screen *s, struct app *a, const struct key *k)
{
	struct verdict_screen *vs = s->priv;
	if (key_is_func(k, KEY_DOWN) || key_is_func(k, KEY_NPAGE)) {
		vs->top += key_is_func(k, KEY_DOWN) ? 1 : 10;
		return true;
	}
	if (key_is_func(k, KEY_UP) || key_is_func(k, KEY_PPAGE)) {
		vs->top -= key_is_func(k, KEY_UP) ? 1 : 10;
		if (vs->top < 0)
			vs->top = 0;
		return true;
	}
	if (key_is_enter(k) || key_is_char(k, '\t')) {
		app_goto_step(a, 7);
		return true;
	}
	if (key_is_char(k, 'a') && a->eval.n_missing) {
		/* To the first open question: the moment of awareness is asked in
		 * step 3, every other fact in step 5. */
		const char *first = a->eval.missing[0];
		if (strcmp(first, "incident.aware") == 0) {
			app_goto_step(a, 3);
			return true;
		}
		const struct fact_def *f = facts_find(&a->ds.facts, first);
		if (f && f->place == FACT_IN_ENTITY) {
			app_goto_step(a, 2);
			return true;
		}
		a->facts_focus = f ? (int)(f - a->ds.facts.defs) : -1;
		app_goto_step(a, 5);
		return true;
	}
	if (key_is_char(k, 'f')) {
		app_goto_step(a, 8);
		return true;
	}
	return false;
}

static const char *verdict_help(struct screen *s, struct app *a)
{
	(void)s;
	if (a->eval.n_missing)
		return _("Up/Down scroll  a answer what is open  Enter clock  f form");
	return _("Up/Down scroll  Enter clock  f form");
}

static void verdict_destroy(struct screen *s)
{
	free(s->priv);
}

static const struct screen_ops verdict_ops = {
	.name = "verdict",
	.title = verdict_title,
	.draw = verdict_draw,
	.key = verdict_key,
	.help = verdict_help,
	.destroy = verdict_destroy,
};

struct screen *screen_verdict_new(struct app *a)
{
	(void)a;
	return screen_new(&verdict_ops, 6, xcalloc(1, sizeof(struct verdict_screen)));
}
