/* qlist.c: the question list. */
#include "config.h"

#include "tui/qlist.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/facts.h"
#include "core/xalloc.h"
#include "nls.h"
#include "tui/term.h"
#include "tui/text.h"
#include "core/numfmt.h"
#include "io/labels.h"
#include "io/timefmt.h"

void qlist_init(struct qlist *q)
{
	memset(q, 0, sizeof(*q));
}

static void item_free(struct q_item *it)
{
	free(it->label);
	free(it->row);
	free(it->help);
	free(it->note);
	free(it->picked);
	free(it->text);
	for (size_t i = 0; i < it->n_options; i++)
		free(it->options[i]);
	free(it->options);
}

void qlist_clear(struct qlist *q)
{
	for (size_t i = 0; i < q->n; i++)
		item_free(&q->items[i]);
	q->n = 0;
}

void qlist_free(struct qlist *q)
{
	qlist_clear(q);
	free(q->items);
	if (q->editing)
		editor_free(&q->ed);
	free(q->picked);
	free(q->error);
	free(q->hint);
	free(q->answer_text);
	memset(q, 0, sizeof(*q));
}

struct q_item *qlist_add(struct qlist *q, enum q_kind kind, int id, const char *label)
{
	q->items = xgrow(q->items, &q->cap, q->n + 1, sizeof(*q->items));
	struct q_item *it = &q->items[q->n++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->id = id;
	it->label = xstrdup(label);
	return it;
}

void q_item_options(struct q_item *it, size_t n, const char *const *labels)
{
	it->n_options = n;
	it->options = xcalloc(n ? n : 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		it->options[i] = xstrdup(labels[i]);
	if (it->kind == Q_MULTI && !it->picked)
		it->picked = xcalloc(n ? n : 1, sizeof(bool));
}

void q_item_row(struct q_item *it, const char *row)
{
	free(it->row);
	it->row = row && *row ? xstrdup(row) : NULL;
}

void q_item_help(struct q_item *it, const char *help)
{
	free(it->help);
	it->help = help ? xstrdup(help) : NULL;
}

void q_item_note(struct q_item *it, const char *note)
{
	free(it->note);
	it->note = note ? xstrdup(note) : NULL;
}

static bool selectable(const struct q_item *it)
{
	return it->kind != Q_HEADING && it->kind != Q_INFO;
}

static void fix_selection(struct qlist *q)
{
	if (q->n == 0) {
		q->sel = 0;
		return;
	}
	if (q->sel >= q->n)
		q->sel = q->n - 1;
	if (selectable(&q->items[q->sel]))
		return;
	for (size_t i = q->sel; i < q->n; i++)
		if (selectable(&q->items[i])) {
			q->sel = i;
			return;
		}
	for (size_t i = q->sel; i-- > 0;)
		if (selectable(&q->items[i])) {
			q->sel = i;
			return;
		}
}

void qlist_select(struct qlist *q, int id)
{
	for (size_t i = 0; i < q->n; i++)
		if (q->items[i].id == id && selectable(&q->items[i]))
			q->sel = i;
}

/* The value column of an item, fresh. */
static char *value_text(const struct qlist *q, const struct q_item *it)
{
	switch (it->kind) {
	case Q_CHOICE:
		if (!it->set || it->choice < 0 || (size_t)it->choice >= it->n_options)
			return xstrdup(_("(not answered)"));
		return xstrdup(it->options[it->choice]);
	case Q_MULTI: {
		size_t count = 0;
		for (size_t i = 0; i < it->n_options; i++)
			count += it->picked[i];
		if (!count)
			return xstrdup(_("(none chosen)"));
		if (count == 1)
			for (size_t i = 0; i < it->n_options; i++)
				if (it->picked[i])
					return xstrdup(it->options[i]);
		return xasprintf(P_("%zu chosen", "%zu chosen", count), count);
	}
	case Q_TRI:
		if (!it->set)
			return xstrdup(_("unknown"));
		return xstrdup(it->choice == TRI_TRUE ? _("yes") : _("no"));
	case Q_NUMBER:
		if (!it->set)
			return xstrdup(_("unknown"));
		return it->euro ? numfmt_eur_str(it->number, q->lang) : numfmt_int_str(it->number, q->lang);
	case Q_TIME:
		return it->set ? timefmt_short(it->time) : xstrdup(_("unknown"));
	case Q_TEXT:
		if (!it->text || !*it->text)
			return xstrdup(_("(empty)"));
		return xstrdup(it->text);
	case Q_ACTION:
	case Q_HEADING:
	case Q_INFO:
		break;
	}
	return xstrdup("");
}

/* label_w: the label column, the same whether or not the list scrolls. */
static void draw_row(struct qlist *q, size_t i, int y, const struct rect *r, int label_w)
{
	const struct q_item *it = &q->items[i];
	bool sel = i == q->sel;
	if (it->kind == Q_HEADING) {
		text_draw(y, r->x, r->w, it->label, A_BOLD | A_UNDERLINE);
		return;
	}
	if (it->kind == Q_INFO) {
		text_draw(y, r->x + 2, r->w - 2, it->label, 0);
		return;
	}
	int attr = sel ? term_attr(TC_SELECT, A_REVERSE) : 0;
	if (sel) {
		move(y, r->x);
		for (int c = 0; c < r->w; c++)
			addch(' ' | (chtype)attr);
	}
	/* The marker shows the selection without colour or reverse video. */
	text_draw(y, r->x, 2, sel ? ">" : " ", attr);
	if (it->kind == Q_ACTION) {
		char *t = xasprintf("[ %s ]", it->label);
		text_draw(y, r->x + 2, r->w - 2, t, attr | A_BOLD);
		free(t);
		return;
	}
	text_draw(y, r->x + 2, label_w - 3, it->row ? it->row : it->label, attr);
	char *v = value_text(q, it);
	int vattr = attr;
	if (it->alert)
		/* one colour pair a cell: the selection's, when selected */
		vattr |= ((attr & A_COLOR) ? 0 : term_attr(TC_ALERT, 0)) | A_BOLD;
	else if (it->set || it->kind == Q_MULTI || it->kind == Q_TEXT)
		vattr |= A_BOLD;
	text_draw(y, r->x + label_w, r->w - label_w, v, vattr);
	free(v);
}

/* The lower panel: the selected question's note and help. */
static void draw_panel(struct qlist *q, const struct rect *r)
{
	if (q->n == 0 || r->h <= 0)
		return;
	const struct q_item *it = &q->items[q->sel];
	int y = r->y;
	/* The wide-character line: a mismatched TERM (xterm-256color inside
	 * tmux, PuTTY in UTF-8 mode) shows a line, not the VT100 "qqqq". */
	mvhline_set(y, r->x, WACS_HLINE, r->w);
	y++;
	int left = r->y + r->h - y;
	/* A question cut short in its row is shown whole here. */
	if (it->kind != Q_HEADING && it->kind != Q_ACTION && it->kind != Q_INFO && it->label) {
		wchar_t *ws = text_widen(it->label, false);
		bool cut = it->row || text_width(ws, wcslen(ws)) > r->w * 11 / 20 - 3;
		free(ws);
		if (cut && left > 0) {
			y += text_draw_wrapped(y, r->x, r->w, left, it->label, A_BOLD);
			left = r->y + r->h - y;
		}
	}
	if (q->error && left > 0) {
		y += text_draw_wrapped(y, r->x, r->w, left, q->error, term_attr(TC_ALERT, 0) | A_BOLD);
		left = r->y + r->h - y;
	}
	if (it->note && left > 0) {
		y += text_draw_wrapped(y, r->x, r->w, left, it->note, A_BOLD);
		left = r->y + r->h - y;
	}
	if (it->help && left > 0)
		text_draw_wrapped(y, r->x, r->w, left, it->help, term_attr(TC_DIM, 0));
}

static void draw_list(struct qlist *q, const struct rect *r)
{
	/* The panel takes what the help text needs, up to 40% of the body. */
	int panel = r->h * 2 / 5;
	if (panel < 4)
		panel = 4;
	int rows = r->h - panel;
	if ((int)q->sel < q->top)
		q->top = (int)q->sel;
	if ((int)q->sel >= q->top + rows)
		q->top = (int)q->sel - rows + 1;
	/* Show the heading of the first visible group when it is just above. */
	if (q->top > 0 && q->top == (int)q->sel && q->items[q->top - 1].kind == Q_HEADING)
		q->top--;
	/* A list longer than its rows keeps its last column for the scroll
	 * marks, so that a mark never covers a letter of a row. */
	struct rect rows_r = *r;
	if ((size_t)rows < q->n)
		rows_r.w = r->w - 2;
	for (int i = 0; i < rows && (size_t)(q->top + i) < q->n; i++)
		draw_row(q, (size_t)(q->top + i), r->y + i, &rows_r, r->w * 11 / 20);
	if (q->top > 0)
		text_draw(r->y, r->x + r->w - 1, 1, "^", A_BOLD);
	if ((size_t)(q->top + rows) < q->n)
		text_draw(r->y + rows - 1, r->x + r->w - 1, 1, "v", A_BOLD);
	struct rect p = { r->y + rows, r->x, panel, r->w };
	draw_panel(q, &p);
}

/* The focused view while one question is being answered. */
static void draw_edit(struct qlist *q, const struct rect *r)
{
	const struct q_item *it = &q->items[q->sel];
	int y = r->y;
	int bottom = r->y + r->h;
	y += text_draw_wrapped(y, r->x, r->w, 3, it->label, A_BOLD);
	if (it->note && y < bottom)
		y += text_draw_wrapped(y, r->x, r->w, 2, it->note, A_BOLD);
	if (q->error && y < bottom)
		y += text_draw_wrapped(y, r->x, r->w, 2, q->error, term_attr(TC_ALERT, 0) | A_BOLD);
	if (q->hint && y < bottom)
		y += text_draw_wrapped(y, r->x, r->w, 2, q->hint, A_BOLD);
	y++;
	/* The help text goes below the answer, in what is left. */
	int help_rows = it->help ? text_rows(it->help, r->w) : 0;
	if (help_rows > 4)
		help_rows = 4;
	int avail = bottom - y - (help_rows ? help_rows + 1 : 0);
	if (it->kind == Q_CHOICE || it->kind == Q_MULTI) {
		if (avail < 3) {
			avail += help_rows + 1;
			help_rows = 0;
		}
		if ((int)q->opt_sel < q->opt_top)
			q->opt_top = (int)q->opt_sel;
		if ((int)q->opt_sel >= q->opt_top + avail)
			q->opt_top = (int)q->opt_sel - avail + 1;
		for (int i = 0; i < avail && (size_t)(q->opt_top + i) < it->n_options; i++) {
			size_t o = (size_t)(q->opt_top + i);
			bool on = o == q->opt_sel;
			int attr = on ? term_attr(TC_SELECT, A_REVERSE) : 0;
			char *line;
			if (it->kind == Q_MULTI)
				line = xasprintf("%s %2zu [%s] %s", on ? ">" : " ", o + 1,
						 q->picked[o] ? "x" : " ", it->options[o]);
			else
				line = xasprintf("%s %2zu  %s", on ? ">" : " ", o + 1, it->options[o]);
			text_draw(y + i, r->x, r->w, line, attr);
			free(line);
		}
		y += avail;
	} else {
		int rows = it->kind == Q_TEXT ? avail : 1;
		if (rows < 1)
			rows = 1;
		if (rows > 10)
			rows = 10;
		int ew = r->w < 40 ? r->w : 40;
		if (it->kind == Q_TEXT)
			ew = r->w;
		struct rect er = { y, r->x, rows, ew };
		editor_draw(&q->ed, &er, A_UNDERLINE);
		y += rows;
		if (it->kind == Q_TEXT && y < bottom) {
			size_t count = editor_count(&q->ed);
			char *c = editor_over(&q->ed)
				? xasprintf(_("%zu/%zu characters, %zu over the limit: shorten it"), count,
					    q->ed.max, count - q->ed.max)
				: xasprintf(_("%zu/%zu characters, %zu left"), count, q->ed.max,
					    q->ed.max - count);
			text_draw(y, r->x, r->w, c,
				count >= q->ed.max ? (term_attr(TC_ALERT, 0) | (int)A_BOLD) : term_attr(TC_DIM, 0));
			free(c);
			y++;
		}
		if (it->kind == Q_TIME && y < bottom) {
			text_draw(y, r->x, r->w, _("YYYY-MM-DD HH:MM, Brussels time; n = now"), term_attr(TC_DIM, 0));
			y++;
		}
	}
	if (help_rows && y < bottom) {
		y++;
		text_draw_wrapped(y, r->x, r->w, bottom - y, it->help, term_attr(TC_DIM, 0));
	}
}

static void start_edit(struct qlist *q, const struct key *first);

void qlist_want(struct qlist *q, int id, bool edit)
{
	q->want = true;
	q->want_id = id;
	q->want_edit = edit;
}

void qlist_draw(struct qlist *q, const struct rect *r)
{
	if (q->want && q->n) {
		q->want = false;
		for (size_t i = 0; i < q->n; i++)
			if (q->items[i].id == q->want_id && selectable(&q->items[i])) {
				q->sel = i;
				if (q->want_edit && !q->editing)
					start_edit(q, NULL);
				break;
			}
	}
	fix_selection(q);
	if (q->editing && q->sel < q->n)
		draw_edit(q, r);
	else
		draw_list(q, r);
}

static void set_error(struct qlist *q, const char *msg)
{
	free(q->error);
	q->error = msg ? xstrdup(msg) : NULL;
}

void qlist_refuse(struct qlist *q, int id, const char *why)
{
	qlist_select(q, id);
	set_error(q, why);
}

static bool digit_only(wchar_t c)
{
	return (c >= L'0' && c <= L'9') || c == L' ' || c == L'.' || c == L'\'';
}

static bool time_char(wchar_t c)
{
	return (c >= L'0' && c <= L'9') || c == L'-' || c == L':' || c == L' ' ||
	       c == L'T' || c == L'+' || c == L'Z';
}

static void start_edit(struct qlist *q, const struct key *first)
{
	struct q_item *it = &q->items[q->sel];
	set_error(q, NULL);
	free(q->hint);
	q->hint = NULL;
	q->num = 0;
	q->editing = true;
	switch (it->kind) {
	case Q_CHOICE:
		q->opt_sel = it->set && it->choice >= 0 ? (size_t)it->choice : 0;
		q->opt_top = 0;
		break;
	case Q_MULTI:
		free(q->picked);
		q->n_picked = it->n_options;
		q->picked = xcalloc(it->n_options ? it->n_options : 1, sizeof(bool));
		memcpy(q->picked, it->picked, it->n_options * sizeof(bool));
		q->opt_sel = 0;
		q->opt_top = 0;
		break;
	case Q_NUMBER: {
		char *v = it->set && !first ? xasprintf("%lld", (long long)it->number) : xstrdup("");
		editor_init(&q->ed, v, 16, false, digit_only);
		free(v);
		break;
	}
	case Q_TIME: {
		char *v = it->set && !first ? timefmt_input(it->time) : xstrdup("");
		editor_init(&q->ed, v, 25, false, time_char);
		free(v);
		break;
	}
	case Q_TEXT:
		editor_init(&q->ed, it->text ? it->text : "", it->max ? it->max : 500, true, NULL);
		break;
	default:
		q->editing = false;
		return;
	}
	if (first)
		editor_key(&q->ed, first);
}

static void end_edit(struct qlist *q)
{
	const struct q_item *it = &q->items[q->sel];
	if (it->kind == Q_NUMBER || it->kind == Q_TIME || it->kind == Q_TEXT)
		editor_free(&q->ed);
	free(q->hint);
	q->hint = NULL;
	q->num = 0;
	q->editing = false;
}

static void move_sel(struct qlist *q, int delta)
{
	size_t i = q->sel;
	for (;;) {
		if (delta < 0 && i == 0)
			return;
		if (delta > 0 && i + 1 >= q->n)
			return;
		i = delta < 0 ? i - 1 : i + 1;
		if (selectable(&q->items[i])) {
			q->sel = i;
			return;
		}
	}
}

static void page(struct qlist *q, int delta)
{
	for (int i = 0; i < 8; i++)
		move_sel(q, delta);
}

static void answer_base(struct qlist *q, struct q_answer *ans)
{
	memset(ans, 0, sizeof(*ans));
	ans->id = q->items[q->sel].id;
}

/* Reads the editor of a number or date; false (and an error shown) when
 * what was typed is not valid. */
static bool finish_value(struct qlist *q, struct q_answer *ans)
{
	struct q_item *it = &q->items[q->sel];
	free(q->answer_text);
	q->answer_text = editor_text(&q->ed);
	answer_base(q, ans);
	char *t = q->answer_text;
	if (it->kind == Q_TEXT) {
		ans->set = true;
		ans->text = t;
		return true;
	}
	/* Blank: the answer becomes unknown again. */
	bool blank = true;
	for (char *p = t; *p; p++)
		if (*p != ' ')
			blank = false;
	if (blank) {
		ans->set = false;
		return true;
	}
	char *err = NULL;
	if (it->kind == Q_NUMBER)
	{
		enum numfmt_read r = numfmt_parse(t, q->lang, FACT_NUMBER_MAX, &ans->number);
		ans->set = r == NUMFMT_OK;
		if (!ans->set)
			err = xstrdup(label_number_read(r));
	}
	else
		ans->set = timefmt_parse(t, &ans->time, &err);
	if (ans->set && q->check && !q->check(q->check_ctx, ans, &err))
		ans->set = false;
	if (!ans->set) {
		set_error(q, err);
		free(err);
		return false;
	}
	return true;
}

static void set_hint(struct qlist *q, char *fresh)
{
	free(q->hint);
	q->hint = fresh;
}

enum num_state { NUM_NONE, NUM_PENDING, NUM_DONE };

/* A digit typed on a list of n options: the number so far grows by it, or
 * starts again with it when the longer one is no option.  It selects
 * (*pick) at once, and is done once no longer number can start with it:
 * "1" in a list of 13 waits for "12", "13" in a list of 39 is done. */
static enum num_state number_digit(struct qlist *q, size_t n, wint_t c, size_t *pick)
{
	unsigned d = (unsigned)(c - '0');
	unsigned v = q->num * 10 + d;
	if (v == 0 || v > n)
		v = d;
	if (v == 0 || v > n) {
		q->num = 0;
		return NUM_NONE;
	}
	*pick = v - 1;
	if ((size_t)v * 10 > n) {
		q->num = 0;
		return NUM_DONE;
	}
	q->num = v;
	return NUM_PENDING;
}

static bool is_digit_key(const struct key *k)
{
	return k->kind == KEY_KIND_CHAR && k->code >= '0' && k->code <= '9';
}

static enum q_result key_options(struct qlist *q, const struct key *k, struct q_answer *ans)
{
	struct q_item *it = &q->items[q->sel];
	size_t n = it->n_options;
	bool waiting = q->num != 0;
	if (!is_digit_key(k)) {
		q->num = 0;
		set_hint(q, NULL);
	}
	if (key_is_escape(k) || key_is_backspace(k)) {
		if (it->kind == Q_MULTI)
			goto confirm_multi;   /* toggles are kept, as typed text is */
		end_edit(q);
		return Q_USED;
	}
	if (key_is_func(k, KEY_UP) && q->opt_sel > 0)
		q->opt_sel--;
	else if (key_is_func(k, KEY_DOWN) && q->opt_sel + 1 < n)
		q->opt_sel++;
	else if (key_is_func(k, KEY_PPAGE))
		q->opt_sel = q->opt_sel > 8 ? q->opt_sel - 8 : 0;
	else if (key_is_func(k, KEY_NPAGE))
		q->opt_sel = q->opt_sel + 8 < n ? q->opt_sel + 8 : n - 1;
	else if (key_is_func(k, KEY_HOME))
		q->opt_sel = 0;
	else if (key_is_func(k, KEY_END))
		q->opt_sel = n ? n - 1 : 0;
	else if (is_digit_key(k)) {
		size_t pick;
		enum num_state st = number_digit(q, n, k->code, &pick);
		if (st == NUM_NONE)
			return Q_USED;
		q->opt_sel = pick;
		if (st == NUM_PENDING) {
			set_hint(q, xasprintf(_("%zu: %s (another digit, or Enter to take it)"),
					      pick + 1, it->options[pick]));
			return Q_USED;
		}
		if (it->kind == Q_MULTI) {
			q->picked[pick] = !q->picked[pick];
			set_hint(q, xasprintf(q->picked[pick] ? _("%zu: %s ticked") : _("%zu: %s unticked"),
					      pick + 1, it->options[pick]));
			return Q_USED;
		}
		/* In a short list a digit is the whole answer; in a long one
		 * what it chose is shown and Enter confirms it. */
		if (n < 10)
			goto confirm_choice;
		set_hint(q, xasprintf(_("%zu: %s (Enter to confirm)"), pick + 1, it->options[pick]));
		return Q_USED;
	} else if (it->kind == Q_MULTI && key_is_char(k, ' ')) {
		q->picked[q->opt_sel] = !q->picked[q->opt_sel];
	} else if (it->kind == Q_MULTI && waiting && key_is_enter(k)) {
		/* Enter takes the number typed, then confirms the ticks. */
		q->picked[q->opt_sel] = !q->picked[q->opt_sel];
		goto confirm_multi;
	} else if (key_is_enter(k) || (it->kind == Q_CHOICE && key_is_char(k, ' '))) {
		if (it->kind == Q_MULTI)
			goto confirm_multi;
		goto confirm_choice;
	}
	return Q_USED;
confirm_choice:
	set_hint(q, NULL);
	q->num = 0;
	answer_base(q, ans);
	ans->set = true;
	ans->choice = (int)q->opt_sel;
	end_edit(q);
	move_sel(q, 1);
	return Q_ANSWER;
confirm_multi:
	set_hint(q, NULL);
	q->num = 0;
	answer_base(q, ans);
	ans->set = true;
	ans->picked = q->picked;
	end_edit(q);
	return Q_ANSWER;
}

static enum q_result key_editing(struct qlist *q, const struct key *k, struct q_answer *ans)
{
	struct q_item *it = &q->items[q->sel];
	if (it->kind == Q_CHOICE || it->kind == Q_MULTI)
		return key_options(q, k, ans);
	if (it->kind == Q_TIME && k->kind == KEY_KIND_CHAR && (k->code == 'n' || k->code == 'N')) {
		char *v = timefmt_input(q->now);
		editor_set(&q->ed, v);
		free(v);
		return Q_USED;
	}
	enum ed_result r = editor_key(&q->ed, k);
	const char *full = _("The field is full: the rest of the text did not fit.");
	if (q->ed.truncated)
		set_error(q, full);
	else if (q->error && strcmp(q->error, full) == 0)
		set_error(q, NULL);   /* it no longer is */
	if (r == ED_DONE || r == ED_LEAVE) {
		if (!finish_value(q, ans)) {
			if (r == ED_LEAVE && it->kind != Q_TEXT) {
				end_edit(q);   /* Esc drops an invalid number or date */
				return Q_USED;
			}
			return Q_USED;
		}
		end_edit(q);
		set_error(q, NULL);
		if (r == ED_DONE)
			move_sel(q, 1);
		return Q_ANSWER;
	}
	return r == ED_IGNORED ? Q_IGNORED : Q_USED;
}

enum q_result qlist_key(struct qlist *q, const struct key *k, struct q_answer *ans)
{
	fix_selection(q);
	if (q->n == 0)
		return Q_IGNORED;
	if (q->editing)
		return key_editing(q, k, ans);
	struct q_item *it = &q->items[q->sel];
	if (k->kind == KEY_KIND_FUNC) {
		switch (k->code) {
		case KEY_UP: move_sel(q, -1); return Q_USED;
		case KEY_DOWN: move_sel(q, 1); return Q_USED;
		case KEY_PPAGE: page(q, -1); return Q_USED;
		case KEY_NPAGE: page(q, 1); return Q_USED;
		case KEY_HOME: q->sel = 0; fix_selection(q); return Q_USED;
		case KEY_END: q->sel = q->n - 1; fix_selection(q); return Q_USED;
		case KEY_DC:
			if (it->kind == Q_ACTION)
				return Q_USED;
			answer_base(q, ans);
			ans->set = false;
			return Q_ANSWER;
		case KEY_RIGHT:
			break;
		default:
			return Q_IGNORED;
		}
	}
	if (key_is_char(k, '\t'))
		return Q_NEXT;
	set_error(q, NULL);
	if (key_is_enter(k) || key_is_func(k, KEY_RIGHT)) {
		if (it->kind == Q_ACTION) {
			answer_base(q, ans);
			return Q_ACTIVATE;
		}
		if (it->kind == Q_TRI) {
			/* Enter on yes/no cycles: unknown -> yes -> no -> unknown. */
			answer_base(q, ans);
			ans->set = !it->set || it->choice == TRI_TRUE;
			ans->choice = !it->set ? TRI_TRUE : TRI_FALSE;
			return Q_ANSWER;
		}
		start_edit(q, NULL);
		return Q_USED;
	}
	if (k->kind == KEY_KIND_PASTE && (it->kind == Q_TEXT || it->kind == Q_NUMBER || it->kind == Q_TIME)) {
		start_edit(q, k);
		return Q_USED;
	}
	if (k->kind != KEY_KIND_CHAR)
		return Q_IGNORED;
	wint_t c = k->code;
	if (it->kind == Q_TRI) {
		answer_base(q, ans);
		if (c == 'y' || c == 'Y' || c == 'j' || c == 'J' || c == 'o' || c == 'O' || c == '1') {
			ans->set = true;
			ans->choice = TRI_TRUE;
		} else if (c == 'n' || c == 'N' || c == '2') {
			ans->set = true;
			ans->choice = TRI_FALSE;
		} else if (c == 'u' || c == 'U' || c == '3') {
			ans->set = false;
		} else {
			return Q_IGNORED;
		}
		move_sel(q, 1);
		return Q_ANSWER;
	}
	if ((it->kind == Q_NUMBER || it->kind == Q_TIME) && c >= '0' && c <= '9') {
		start_edit(q, k);
		return Q_USED;
	}
	if (it->kind == Q_TIME && (c == 'n' || c == 'N')) {
		answer_base(q, ans);
		ans->set = true;
		ans->time = q->now;
		char *why = NULL;
		if (q->check && !q->check(q->check_ctx, ans, &why)) {
			set_error(q, why);
			free(why);
			return Q_USED;
		}
		move_sel(q, 1);
		return Q_ANSWER;
	}
	/* In a list of ten or more, a number opens the options: it may be
	 * the start of a longer one, and what it chose is shown there. */
	if (it->kind == Q_CHOICE && it->n_options >= 10 && c >= '1' && c <= '9') {
		start_edit(q, NULL);
		q->num = 0;
		return key_options(q, k, ans);
	}
	if (it->kind == Q_CHOICE && c >= '1' && c <= '9' && (size_t)(c - '0') <= it->n_options) {
		answer_base(q, ans);
		ans->set = true;
		ans->choice = (int)(c - '1');
		move_sel(q, 1);
		return Q_ANSWER;
	}
	return Q_IGNORED;
}

const char *qlist_help(const struct qlist *q)
{
	if (q->n == 0)
		return "";
	const struct q_item *it = &q->items[q->sel];
	if (q->editing) {
		switch (it->kind) {
		case Q_CHOICE: return _("Up/Down choose  Enter ok  Esc cancel");
		case Q_MULTI: return _("Space tick  Enter ok");
		case Q_TEXT: return _("Enter ok  ^J new line  ^U clear  Esc keep+leave");
		case Q_TIME: return _("Enter ok  n now  ^U clear  Esc cancel");
		default: return _("Enter ok  ^U clear  Esc cancel");
		}
	}
	switch (it->kind) {
	case Q_TRI: return _("y yes  n no  u unknown  Tab next step");
	case Q_ACTION: return _("Enter go on  Tab next step");
	case Q_TIME: return _("Enter edit  n now  Del clear  Tab next step");
	default: return _("Enter answer  Del clear  Tab next step");
	}
}

bool qlist_typing(const struct qlist *q)
{
	if (!q->editing || q->sel >= q->n)
		return false;
	enum q_kind k = q->items[q->sel].kind;
	return k == Q_TEXT || k == Q_NUMBER || k == Q_TIME;
}

char *qlist_pending_text(const struct qlist *q, int *id)
{
	if (!q->editing || q->sel >= q->n || q->items[q->sel].kind != Q_TEXT)
		return NULL;
	*id = q->items[q->sel].id;
	return editor_text(&q->ed);
}

bool qlist_pending_answer(struct qlist *q, struct q_answer *ans)
{
	if (!q->editing || q->sel >= q->n)
		return false;
	enum q_kind k = q->items[q->sel].kind;
	if (k != Q_TEXT && k != Q_NUMBER && k != Q_TIME)
		return false;
	return finish_value(q, ans) && ans->set && (k != Q_TEXT || *ans->text);
}

const char *qlist_screen_help(struct screen *s, struct app *a)
{
	(void)a;
	return qlist_help((const struct qlist *)s->priv);
}

bool qlist_screen_typing(struct screen *s, struct app *a)
{
	(void)a;
	return qlist_typing((const struct qlist *)s->priv);
}

struct qlist *qlist_of_screen(struct screen *s)
{
	return s->ops->typing == qlist_screen_typing ? (struct qlist *)s->priv : NULL;
}

void qlist_screen_destroy(struct screen *s)
{
	qlist_free((struct qlist *)s->priv);
	free(s->priv);
}
