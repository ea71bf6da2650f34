/* screen_review.c: step 9: the whole draft of the stage, field by field as
 * the form takes it.  c copies the selected field and a the whole draft
 * (into tmux's paste buffer inside tmux, else the terminal's clipboard by
 * OSC 52), v shows the field alone for the mouse; s saves the draft beside
 * the case file.  On leaving, the wizard prints the
 * draft so it can still be selected after the screen is gone. */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/form.h"
#include "core/xalloc.h"
#include "io/casepaths.h"
#include "io/clipboard.h"
#include "io/form_render.h"
#include "io/labels.h"
#include "io/tmux_buffer.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/record_report.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "tui/text.h"

struct review {
	size_t sel;          /* index into the shown fields */
	int top;             /* first row of the text shown */
};

static const char *review_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Review: the whole draft");
}

/* The draft of the stage and the indexes of the fields the form shows
 * (*idx fresh); returns their count. */
static size_t draft_shown(const struct app *a, struct form_draft *d, size_t **idx)
{
	app_draft(a, d);
	*idx = xcalloc(d->n ? d->n : 1, sizeof(size_t));
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->values[i].shown)
			(*idx)[n++] = i;
	return n;
}

/* A form date (MM/DD/YYYY, as the form takes it) with the date spelled out
 * beside it in the handler's language, for the eye only: "11/22/2026
 * (22 November 2026)" is never read as 11 February by a Belgian reader.
 * c and --field give the form's text alone.  Fresh; NULL when value is
 * not such a date. */
static char *date_spelled(const char *value)
{
	static const char *const months[12] = {
		N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
		N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
		N_("December"),
	};
	int m, d, y;
	char tail;
	if (sscanf(value, "%2d/%2d/%4d%c", &m, &d, &y, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
		return NULL;
	/* TRANSLATORS: a date spelled out: day, month name, year. */
	return xasprintf(_("%s  (%d %s %d)"), value, d, _(months[m - 1]), y);
}

static void review_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct review *rv = s->priv;
	struct form_draft d;
	size_t *idx;
	size_t n = draft_shown(a, &d, &idx);
	if (rv->sel >= n)
		rv->sel = n ? n - 1 : 0;

	char *head = xasprintf(P_("%s: %zu mandatory field empty", "%s: %zu mandatory fields empty",
				  d.n_missing), label_stage(d.stage), d.n_missing);
	/* What changed since the last report sent (tui/record_report.c). */
	const struct journal_entry *sent = app_journal_sent_before(a, d.stage);
	enum stage sent_stage;
	if (sent && stage_from_name(journal_entry_str(sent, "stage"), &sent_stage)) {
		size_t changed = 0;
		for (size_t i = 0; i < n; i++) {
			char *cur = render_field_value(&a->ds.form, &d.values[idx[i]], a->lang);
			changed += record_field_changed(sent, d.values[idx[i]].field->name, cur);
			free(cur);
		}
		char *more = xasprintf(P_("%s; %zu changed (~) since the %s was sent",
					  "%s; %zu changed (~) since the %s was sent", changed),
				       head, changed, label_stage(sent_stage));
		free(head);
		head = more;
	} else {
		sent = NULL;
	}
	text_draw(r->y, r->x, r->w, head, d.n_missing ? (term_attr(TC_ALERT, 0) | (int)A_BOLD) : (int)A_BOLD);
	free(head);

	/* Lay the fields out as rows first, to scroll the selected one into
	 * view. */
	int rows_avail = r->h - 1;
	int *start = xcalloc(n + 1, sizeof(int));
	char **vals = xcalloc(n ? n : 1, sizeof(char *));
	int total = 0;
	for (size_t i = 0; i < n; i++) {
		const struct form_value *v = &d.values[idx[i]];
		vals[i] = render_field_value(&a->ds.form, v, a->lang);
		char *spelled = v->field->kind == FORM_DATE ? date_spelled(vals[i]) : NULL;
		if (spelled) {
			free(vals[i]);
			vals[i] = spelled;
		}
		start[i] = total;
		total += 1 + (*vals[i] ? text_rows(vals[i], r->w - 4) : 1);
	}
	start[n] = total;
	if (n) {
		if (start[rv->sel] < rv->top)
			rv->top = start[rv->sel];
		if (start[rv->sel + 1] > rv->top + rows_avail)
			rv->top = start[rv->sel + 1] - rows_avail;
		if (rv->top < 0)
			rv->top = 0;
	}
	for (size_t i = 0; i < n; i++) {
		const struct form_value *v = &d.values[idx[i]];
		int y = r->y + 1 + start[i] - rv->top;
		int rows = start[i + 1] - start[i];
		if (y + rows <= r->y + 1 || y >= r->y + r->h)
			continue;
		bool on = i == rv->sel;
		int attr = on ? term_attr(TC_SELECT, A_REVERSE) : (int)A_BOLD;
		bool changed = record_field_changed(sent, v->field->name, vals[i]);
		char *label = xasprintf("%s%c%s %s%s", on ? "> " : "  ", v->field->letter,
					v->mandatory ? "*" : ".", text3_get(&v->field->label, a->lang),
					changed ? " ~" : "");
		if (y > r->y)
			text_draw(y, r->x, r->w, label, attr);
		free(label);
		/* Each value row is drawn only where it is inside the body. */
		wchar_t *ws = text_widen(*vals[i] ? vals[i] : "-", true);
		struct text_lines l;
		text_wrap(ws, wcslen(ws), r->w - 4, &l);
		for (size_t k = 0; k < l.n; k++) {
			int yy = y + 1 + (int)k;
			if (yy > r->y && yy < r->y + r->h)
				text_draww(yy, r->x + 4, r->w - 4, ws + l.start[k], l.len[k],
					 v->problem != FORM_OK ? term_attr(TC_ALERT, 0) : 0);
		}
		text_lines_free(&l);
		free(ws);
	}
	for (size_t i = 0; i < n; i++)
		free(vals[i]);
	free(vals);
	free(start);
	free(idx);
	form_draft_free(&d);
}

/* Where a copied text went: the notice says that and nothing more. */
enum copy_route { COPY_TMUX, COPY_TERMINAL, COPY_FAILED };

/* Inside tmux, tmux's own paste buffer (the only route tmux confirms; its
 * default refuses an application's OSC 52), and a plain OSC 52 too for a
 * tmux with set-clipboard on; elsewhere OSC 52, wrapped for screen, through
 * tui/term.c. */
static enum copy_route copy_text(const char *text)
{
	const char *tmux = getenv("TMUX");
	bool in_tmux = tmux && *tmux;
	bool buffered = false;
	if (in_tmux) {
		char *err = NULL;
		buffered = tmux_buffer_load(text, &err);
		free(err);
	}
	char *seq = osc52_sequence(text, in_tmux ? OSC52_PLAIN : osc52_wrap_for(NULL, getenv("TERM")));
	bool sent = term_send_raw(seq);
	free(seq);
	if (buffered)
		return COPY_TMUX;
	return sent ? COPY_TERMINAL : COPY_FAILED;
}

/* v: the selected field alone on the whole terminal, to select with the
 * mouse where no clipboard route works; any key goes back. */
struct field_page {
	char *text;
};

static void field_page_draw(struct screen *s, struct app *a, const struct rect *r)
{
	(void)a;
	struct field_page *fp = s->priv;
	text_draw_wrapped(r->y, r->x, r->w, r->h, fp->text, 0);
}

static bool field_page_key(struct screen *s, struct app *a, const struct key *k)
{
	(void)s;
	if (k->kind != KEY_KIND_NONE)
		app_pop(a);
	return true;
}

static const char *field_page_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return "";
}

static void field_page_destroy(struct screen *s)
{
	struct field_page *fp = s->priv;
	free(fp->text);
	free(fp);
}

static const struct screen_ops field_page_ops = {
	.name = "field",
	.title = field_page_title,
	.draw = field_page_draw,
	.key = field_page_key,
	.destroy = field_page_destroy,
	.bare = true,
};

static bool review_key(struct screen *s, struct app *a, const struct key *k)
{
	struct review *rv = s->priv;
	struct form_draft d;
	size_t *idx;
	size_t n = draft_shown(a, &d, &idx);
	bool used = true;
	if (key_is_func(k, KEY_UP)) {
		if (rv->sel > 0)
			rv->sel--;
	} else if (key_is_func(k, KEY_DOWN)) {
		if (rv->sel + 1 < n)
			rv->sel++;
	} else if (key_is_func(k, KEY_PPAGE)) {
		rv->sel = rv->sel > 5 ? rv->sel - 5 : 0;
	} else if (key_is_func(k, KEY_NPAGE)) {
		rv->sel = rv->sel + 5 < n ? rv->sel + 5 : (n ? n - 1 : 0);
	} else if (key_is_char(k, 'c') && rv->sel < n) {
		const struct form_value *v = &d.values[idx[rv->sel]];
		char *val = render_field_value(&a->ds.form, v, a->lang);
		switch (copy_text(val)) {
		case COPY_TMUX:
			app_notice(a, false, _("Field %c put in tmux's paste buffer (Ctrl-B ] pastes it)."),
				   v->field->letter);
			break;
		case COPY_TERMINAL:
			app_notice(a, false, _("Field %c sent to the terminal's clipboard (OSC 52), if it takes it; "
					       "v shows it alone."), v->field->letter);
			break;
		case COPY_FAILED:
			app_notice(a, true, _("Field %c could not be sent to the terminal; v shows it alone to "
					      "select with the mouse."), v->field->letter);
			break;
		}
		free(val);
		record_draft_noted(a, d.stage, DRAFT_TEXT, "clipboard");
	} else if (key_is_char(k, 'v') && rv->sel < n) {
		struct field_page *fp = xcalloc(1, sizeof(*fp));
		fp->text = render_field_value(&a->ds.form, &d.values[idx[rv->sel]], a->lang);
		app_push(a, screen_new(&field_page_ops, 0, fp));
	} else if (key_is_char(k, 'a')) {
		char *all = render_draft(&a->ds.form, &d, a->lang, DRAFT_TEXT);
		switch (copy_text(all)) {
		case COPY_TMUX:
			app_notice(a, false, "%s", _("The whole draft put in tmux's paste buffer (Ctrl-B ] pastes it)."));
			break;
		case COPY_TERMINAL:
			app_notice(a, false, "%s", _("The whole draft sent to the terminal's clipboard (OSC 52), if it "
						     "takes it."));
			break;
		case COPY_FAILED:
			app_notice(a, true, "%s", _("The draft could not be sent to the terminal; s saves it beside "
						    "the case."));
			break;
		}
		free(all);
		record_draft_noted(a, d.stage, DRAFT_TEXT, "clipboard");
	} else if (key_is_char(k, 's') && a->case_path) {
		/* Beside the case, under the name --forget knows, 0600. */
		char *all = render_draft(&a->ds.form, &d, a->lang, DRAFT_TEXT);
		char *path = NULL, *err = NULL;
		if (draft_save_beside(a->case_path, d.stage, DRAFT_TEXT, all, &path, &err)) {
			app_notice(a, false, _("Draft saved in %s"), path);
			record_draft_noted(a, d.stage, DRAFT_TEXT, path);
		} else {
			app_notice_not_saved(a, path, err);
		}
		free(err);
		free(path);
		free(all);
	} else if (key_is_char(k, 't')) {
		app_next_draft_stage(a);
	} else if (k->kind == KEY_KIND_CHAR && k->code >= 'A' && k->code <= 'Z') {
		/* The field of that letter, as on the form. */
		for (size_t i = 0; i < n; i++)
			if (d.values[idx[i]].field->letter == (char)k->code)
				rv->sel = i;
	} else if (key_is_enter(k) && rv->sel < n) {
		/* Back to the form, on this field, to change it. */
		a->form_focus = (int)idx[rv->sel];
		app_goto_step(a, 8);
	} else {
		used = false;
	}
	free(idx);
	form_draft_free(&d);
	return used;
}

static const char *review_help(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("c copy field  v field alone  a copy all  s save  t stage  Enter edit");
}

static void review_destroy(struct screen *s)
{
	free(s->priv);
}

static const struct screen_ops review_ops = {
	.name = "review",
	.title = review_title,
	.draw = review_draw,
	.key = review_key,
	.help = review_help,
	.destroy = review_destroy,
};

struct screen *screen_review_new(struct app *a)
{
	/* Whoever reaches the form gets the draft in the terminal on exit. */
	a->print_draft = true;
	return screen_new(&review_ops, 9, xcalloc(1, sizeof(struct review)));
}
