/* screen_privacy.c: page "privacy": what the CCB does with the personal
 * data of a notification (its privacy notice, Annex I), reachable from the
 * contact-details step and from the help.
 *
 * Two views, Tab switches: the purposes that cover a notification (legal
 * basis, data, why, and the separate GDPR notification), and the whole table
 * grouped by legal basis.  Keys 1-4 filter both by a category of personal
 * data, 0 shows all again.  The texts come from data/privacy.yaml in the
 * wizard's language at every draw, so Ctrl-L switches them at once. */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/privacy.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "io/privacy_load.h"
#include "io/privacy_render.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/text.h"

#define MARK_YES "\xe2\x9c\x93"   /* ✓ */
#define MARK_NO "\xc3\x97"        /* × */
#define MARKS_WIDTH 9             /* "✓ × × ×  " */

enum privacy_view { VIEW_NOTIFICATION = 0, VIEW_TABLE };

/* One line of the scrolling body. */
struct row {
	char *text;
	int indent;
	int attr;
};

struct privacy_screen {
	struct privacy_table table;
	char *load_error;          /* the data could not be read: shown instead */
	enum privacy_view view;
	privacy_mask filter;       /* 0: every category */
	int top;                   /* first row shown */
	int page;                  /* rows of the last draw, for PgUp/PgDn */
	size_t n_rows, cap_rows;
	struct row *rows;
	size_t *sel;
};

static void rows_clear(struct privacy_screen *p)
{
	for (size_t i = 0; i < p->n_rows; i++)
		free(p->rows[i].text);
	p->n_rows = 0;
}

static void row_add(struct privacy_screen *p, int indent, int attr, const char *s, size_t n)
{
	p->rows = xgrow(p->rows, &p->cap_rows, p->n_rows + 1, sizeof(*p->rows));
	struct row *r = &p->rows[p->n_rows++];
	r->text = xstrndup(s, n);
	r->indent = indent;
	r->attr = attr;
}

/* text wrapped to width: the first line after `first` (no wider than
 * indent), the others indented by `indent`. */
static void rows_wrapped(struct privacy_screen *p, int width, const char *first, int indent,
			 const char *text, int attr)
{
	size_t avail = width > indent + 10 ? (size_t)(width - indent) : 10;
	size_t pos = 0, next;
	bool first_line = true;
	if (!*text)
		row_add(p, 0, attr, first, strlen(first));
	while (text[pos]) {
		size_t n = wrap_line(text + pos, avail, &next);
		if (first_line && *first) {
			char *line = xasprintf("%s%.*s", first, (int)n, text + pos);
			row_add(p, 0, attr, line, strlen(line));
			free(line);
		} else {
			row_add(p, first_line ? 0 : indent, attr, text + pos, n);
		}
		pos += next;
		first_line = false;
	}
}

static void row_blank(struct privacy_screen *p)
{
	row_add(p, 0, 0, "", 0);
}

/* The short names ("Identification, Communications"): the table view
 * gives the notice's full headings; 80x24 has no room for them twice. */
static char *category_names(const struct privacy_table *t, privacy_mask m, enum lang l)
{
	char *out = xstrdup("");
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		if (!(m & PRIVACY_MASK(c)))
			continue;
		char *more = xasprintf("%s%s%s", out, *out ? ", " : "", text3_get(&t->categories[c].short_name, l));
		free(out);
		out = more;
	}
	return out;
}

/* What this tool itself does with the data: true of the code (the case
 * file saved 0600 in a 0700 folder, no network), see the man page. */
static void build_tool_note(struct privacy_screen *p, const struct app *a, int w)
{
	row_blank(p);
	rows_wrapped(p, w, "", 0, _("What nis2-notify keeps"), A_BOLD);
	rows_wrapped(p, w, "", 0, _("Only this case file and the drafts beside it, readable by you alone; "
				    "nothing goes over the network, and a copy goes only to your own "
				    "terminal's clipboard. On the start screen, d on a saved case forgets it "
				    "(or: nis2-notify --forget CASE)."), 0);
	if (a->case_open && a->case_path)
		rows_wrapped(p, w, "  ", 2, a->case_path, 0);
}

static void build_notification(struct privacy_screen *p, const struct app *a, int w)
{
	enum lang l = a->lang;
	const struct privacy_table *t = &p->table;
	rows_wrapped(p, w, "", 0, _("A notification carries personal data: the contact person's name, "
				    "e-mail and phone, and often data about the people affected. "
				    "The CCB processes it for these purposes of its privacy notice:"), 0);
	row_blank(p);
	size_t n = privacy_select(t, SIZE_MAX, p->filter, true, p->sel);
	if (n == 0)
		rows_wrapped(p, w, "", 0, _("(none with the chosen category)"), 0);
	for (size_t i = 0; i < n; i++) {
		const struct privacy_purpose *pp = &t->purposes[p->sel[i]];
		rows_wrapped(p, w, "* ", 2, text3_get(&pp->text, l), A_BOLD);
		char *line = xasprintf("%s %s", _("Legal basis:"), text3_get(&t->bases[pp->basis].name, l));
		rows_wrapped(p, w, "  ", 4, line, 0);
		free(line);
		char *cats = category_names(t, pp->marks, l);
		line = xasprintf("%s %s", _("Data:"), cats);
		rows_wrapped(p, w, "  ", 4, line, 0);
		free(line);
		free(cats);
		line = xasprintf("%s %s", _("Why:"), text3_get(&pp->for_notification, l));
		rows_wrapped(p, w, "  ", 4, line, 0);
		free(line);
		row_blank(p);
	}
	rows_wrapped(p, w, "", 0, privacy_gdpr_reminder(), A_BOLD);
	build_tool_note(p, a, w);
}

static void build_table(struct privacy_screen *p, enum lang l, int w)
{
	const struct privacy_table *t = &p->table;
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		char *first = xasprintf("%d  ", c + 1);
		rows_wrapped(p, w, first, 3, text3_get(&t->categories[c].name, l), 0);
		free(first);
	}
	char *legend = xasprintf(_("%s processed, %s not processed."), MARK_YES, MARK_NO);
	rows_wrapped(p, w, "", 0, legend, 0);
	free(legend);
	for (size_t b = 0; b < t->n_bases; b++) {
		size_t n = privacy_select(t, b, p->filter, false, p->sel);
		if (n == 0)
			continue;
		row_blank(p);
		rows_wrapped(p, w, "", 0, text3_get(&t->bases[b].name, l), A_BOLD | A_UNDERLINE);
		row_add(p, 0, A_DIM, "1 2 3 4", 7);   /* the columns of the marks */
		for (size_t i = 0; i < n; i++) {
			const struct privacy_purpose *pp = &t->purposes[p->sel[i]];
			char marks[32] = "";
			for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
				strcat(marks, privacy_purpose_has(pp, (enum privacy_category)c) ? MARK_YES : MARK_NO);
				strcat(marks, c + 1 < PRIV_CATEGORY_COUNT ? " " : "  ");
			}
			rows_wrapped(p, w, marks, MARKS_WIDTH, text3_get(&pp->text, l), 0);
			for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
				if (!pp->notes[c].s[LANG_EN])
					continue;
				char *note = xasprintf("%d: %s", c + 1, text3_get(&pp->notes[c], l));
				rows_wrapped(p, w, "", MARKS_WIDTH, note, 0);
				free(note);
			}
		}
	}
}

static const char *privacy_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Personal data: the CCB's privacy notice");
}

/* The first body line: the two views (the current one highlighted) and
 * the filter. */
static void draw_tabs(struct privacy_screen *p, struct app *a, const struct rect *r)
{
	const char *names[] = { _("For a notification"), _("Whole table") };
	int x = r->x;
	for (int v = 0; v < 2; v++) {
		char *label = xasprintf(" %s ", names[v]);
		x += text_draw(r->y, x, r->x + r->w - x, label, (int)p->view == v ? A_REVERSE : 0);
		x += 1;
		free(label);
	}
	const char *fname = _("all data");
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++)
		if (p->filter == PRIVACY_MASK(c))
			fname = text3_get(&p->table.categories[c].short_name, a->lang);
	char *filter = xasprintf(_("Filter: %s"), fname);
	if (x + 2 < r->x + r->w)
		text_draw(r->y, x + 1, r->x + r->w - x - 1, filter, p->filter ? A_BOLD : 0);
	free(filter);
}

static void privacy_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct privacy_screen *p = s->priv;
	if (p->load_error) {
		text_draw_wrapped(r->y, r->x, r->w, r->h, p->load_error, A_BOLD);
		return;
	}
	draw_tabs(p, a, r);
	rows_clear(p);
	if (p->view == VIEW_NOTIFICATION)
		build_notification(p, a, r->w);
	else
		build_table(p, a->lang, r->w);

	int h = r->h - 2;   /* the tabs and a blank line */
	p->page = h > 1 ? h : 1;
	int max_top = (int)p->n_rows > h ? (int)p->n_rows - h : 0;
	if (p->top > max_top)
		p->top = max_top;
	if (p->top < 0)
		p->top = 0;
	for (int i = 0; i < h && (size_t)(p->top + i) < p->n_rows; i++) {
		const struct row *row = &p->rows[p->top + i];
		text_draw(r->y + 2 + i, r->x + row->indent, r->w - row->indent, row->text, row->attr);
	}
	/* More below / above: say so, the terminal may have no scroll bar. */
	if (p->top + h < (int)p->n_rows)
		text_draw(r->y + r->h - 1, r->x + r->w - 3, 3, " \xe2\x86\x93 ", A_REVERSE);   /* ↓ */
	if (p->top > 0)
		text_draw(r->y + 2, r->x + r->w - 3, 3, " \xe2\x86\x91 ", A_REVERSE);         /* ↑ */
}

static bool privacy_key(struct screen *s, struct app *a, const struct key *k)
{
	(void)a;
	struct privacy_screen *p = s->priv;
	if (key_is_char(k, '\t') || key_is_func(k, KEY_BTAB) || key_is_func(k, KEY_LEFT) ||
	    key_is_func(k, KEY_RIGHT)) {
		p->view = p->view == VIEW_NOTIFICATION ? VIEW_TABLE : VIEW_NOTIFICATION;
		p->top = 0;
		return true;
	}
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		if (key_is_char(k, (wint_t)('1' + c))) {
			p->filter = PRIVACY_MASK(c);
			p->top = 0;
			return true;
		}
	}
	if (key_is_char(k, '0')) {
		p->filter = 0;
		p->top = 0;
		return true;
	}
	if (key_is_func(k, KEY_DOWN))
		p->top++;
	else if (key_is_func(k, KEY_UP))
		p->top--;
	else if (key_is_func(k, KEY_NPAGE) || key_is_char(k, ' '))
		p->top += p->page - 1;
	else if (key_is_func(k, KEY_PPAGE))
		p->top -= p->page - 1;
	else if (key_is_func(k, KEY_HOME))
		p->top = 0;
	else if (key_is_func(k, KEY_END))
		p->top = (int)p->n_rows;   /* clamped at the next draw */
	else if (key_is_enter(k))
		app_pop(a);
	else
		return false;
	if (p->top < 0)
		p->top = 0;
	return true;
}

static const char *privacy_help(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Tab view  1-4 filter  0 all  Up/Down scroll");
}

static void privacy_destroy(struct screen *s)
{
	struct privacy_screen *p = s->priv;
	if (!p)
		return;
	rows_clear(p);
	free(p->rows);
	free(p->sel);
	free(p->load_error);
	privacy_table_free(&p->table);
	free(p);
}

static const struct screen_ops privacy_ops = {
	.name = "privacy",
	.title = privacy_title,
	.draw = privacy_draw,
	.key = privacy_key,
	.help = privacy_help,
	.destroy = privacy_destroy,
};

struct screen *screen_privacy_new(struct app *a)
{
	struct privacy_screen *p = xcalloc(1, sizeof(*p));
	privacy_table_init(&p->table);
	if (!privacy_load(&a->data, &p->table, &p->load_error))
		privacy_table_init(&p->table);
	p->sel = xcalloc(p->table.n_purposes ? p->table.n_purposes : 1, sizeof(*p->sel));
	return screen_new(&privacy_ops, 0, p);
}
