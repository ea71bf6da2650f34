/* screen_verdict.c: step 6: the verdict (significant or not, DORA, out of
 * scope, or undetermined with the questions still open), every reason with
 * its guide or IR reference as the engine words it, and what to do now. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/rules.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/evaluation_render.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/status.h"
#include "tui/term.h"
#include "tui/text.h"
#include "tui/valuefmt.h"

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

/* "- early warning ..., at the latest Mon 2026-11-23 09:30", or that it
 * was submitted, or the line alone when there is no time yet. */
static void add_due(struct sbuf *b, const struct app *a, enum stage st, const char *what)
{
	for (size_t i = 0; i < a->dl.n; i++) {
		const struct deadline *d = &a->dl.items[i];
		if (d->stage != st)
			continue;
		if (d->status == DL_DONE && d->submitted_set) {
			char *when = vf_time(d->submitted);
			/* TRANSLATORS: a report to send, then when it was sent */
			sbuf_printf(b, _("- %s: done %s\n"), what, when);
			free(when);
			return;
		}
		if (!d->has_due)
			break;
		char *when = vf_time(d->due);
		/* TRANSLATORS: a report to send, then its due date and time */
		sbuf_printf(b, _("- %s, at the latest %s"), what, when);
		sbuf_printf(b, "%s\n", d->status == DL_OVERDUE ? _(" (! OVERDUE)") : "");
		free(when);
		return;
	}
	sbuf_printf(b, "- %s\n", what);
}

/* What to do now: the lines of rules.yaml `actions:` that apply to this
 * verdict and case, each report with its due time. */
static void todo(struct sbuf *b, const struct app *a)
{
	const struct action *acts[64];
	size_t n = rules_actions(&a->ds.rules, &a->kase, a->eval.verdict, acts, 64);
	for (size_t i = 0; i < n && i < 64; i++) {
		const char *text = text3_get(&acts[i]->text, a->lang);
		if (acts[i]->heading)
			sbuf_printf(b, "%s\n", text);
		else if (acts[i]->has_stage)
			add_due(b, a, acts[i]->stage, text);
		else
			sbuf_printf(b, "- %s\n", text);
	}
}

static char *verdict_text(const struct app *a)
{
	struct sbuf b;
	sbuf_init(&b);
	const struct evaluation *e = &a->eval;
	sbuf_printf(&b, "%s\n", label_verdict(e->verdict));
	sbuf_printf(&b, "%s\n\n", e->regime == REGIME_IR
		    ? _("Rules: Implementing Regulation (EU) 2024/2690, for this type of entity")
		    : _("Rules: the CCB's NIS2 notification guide (10.2024 - 1.2)"));
	if (e->n_explanation) {
		sbuf_printf(&b, "%s\n", e->verdict == VERDICT_SIGNIFICANT ? _("Why:") : _("Reason:"));
		for (size_t i = 0; i < e->n_explanation; i++) {
			const struct id_text *x = &e->explanation[i];
			if (strcmp(x->id, verdict_name(e->verdict)) == 0) {
				sbuf_printf(&b, "- %s\n", x->text);
			} else {
				/* TRANSLATORS: a criterion id and why it is met */
				char *line = xasprintf(_("%s: %s"), x->id, x->text);
				sbuf_printf(&b, "- %s\n", line);
				free(line);
			}
		}
		sbuf_putc(&b, '\n');
	}
	sbuf_printf(&b, "%s\n", _("What to do now:"));
	todo(&b, a);
	sbuf_putc(&b, '\n');
	if (e->n_missing) {
		sbuf_printf(&b, "%s\n", e->verdict == VERDICT_SIGNIFICANT
			    ? _("Still unknown (may add reasons, cannot undo the verdict):")
			    : _("Still unknown (answering may change the verdict):"));
		for (size_t i = 0; i < e->n_missing; i++) {
			const char *q = render_missing_label(e->missing[i], &a->ds.facts, a->lang);
			sbuf_printf(&b, "- %s\n", *q ? q : e->missing[i]);
		}
		sbuf_putc(&b, '\n');
	}
	if (e->n_warnings) {
		sbuf_printf(&b, "%s\n", _("Notes:"));
		for (size_t i = 0; i < e->n_warnings; i++)
			sbuf_printf(&b, "- %s\n", e->warnings[i].text);
	}
	return sbuf_take(&b);
}

/* One row of the verdict as drawn: a piece of a paragraph. */
struct vrow {
	const wchar_t *s;
	size_t n;
	int indent;          /* 2 under a "- " item's first row */
	bool bullet;         /* the item's first row: draw "- " */
	int attr;
};

/* Lays the text out in rows of width w: items ("- ...") hang under their
 * dash, headings (a line ending in ':') are bold, the first line is the
 * verdict. */
static size_t layout(const wchar_t *ws, int w, bool significant, struct vrow **out)
{
	size_t n = 0, cap = 0;
	struct vrow *rows = NULL;
	size_t line = 0;
	for (const wchar_t *p = ws; *p;) {
		const wchar_t *e = wcschr(p, L'\n');
		size_t len = e ? (size_t)(e - p) : wcslen(p);
		bool bullet = len >= 2 && p[0] == L'-' && p[1] == L' ';
		int attr = 0;
		if (line == 0)
			attr = (int)A_BOLD | (significant ? term_attr(TC_ALERT, 0) : 0);
		else if (!bullet && len && p[len - 1] == L':')
			attr = (int)A_BOLD;
		const wchar_t *body = bullet ? p + 2 : p;
		size_t blen = bullet ? len - 2 : len;
		int indent = bullet ? 2 : 0;
		struct tx_lines l;
		tx_wrap(body, blen, w - indent, &l);
		for (size_t i = 0; i < (l.n ? l.n : 1); i++) {
			rows = xgrow(rows, &cap, n + 1, sizeof(*rows));
			rows[n].s = l.n ? body + l.start[i] : body;
			rows[n].n = l.n ? l.len[i] : 0;
			rows[n].indent = indent;
			rows[n].bullet = bullet && i == 0;
			rows[n].attr = attr;
			n++;
		}
		tx_lines_free(&l);
		line++;
		p += len;
		if (*p)
			p++;
	}
	*out = rows;
	return n;
}

static void verdict_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct verdict_screen *vs = s->priv;
	char *text = verdict_text(a);
	wchar_t *ws = tx_widen(text, true);
	struct vrow *rows;
	size_t n = layout(ws, r->w, a->eval.verdict == VERDICT_SIGNIFICANT, &rows);
	vs->rows = (int)n;
	if (vs->top > vs->rows - r->h)
		vs->top = vs->rows - r->h > 0 ? vs->rows - r->h : 0;
	for (int i = 0; i < r->h && (size_t)(vs->top + i) < n; i++) {
		const struct vrow *v = &rows[vs->top + i];
		if (v->bullet)
			tx_draw(r->y + i, r->x, 2, "-", v->attr);
		tx_draww(r->y + i, r->x + v->indent, r->w - v->indent, v->s, v->n, v->attr);
	}
	if (vs->top > 0)
		tx_draw(r->y, r->x + r->w - 1, 1, "^", A_BOLD);
	if (vs->top + r->h < vs->rows)
		tx_draw(r->y + r->h - 1, r->x + r->w - 1, 1, "v", A_BOLD);
	free(rows);
	free(ws);
	free(text);
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
