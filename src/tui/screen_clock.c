/* screen_clock.c: step 7: the notification clock.  Each deadline with its
 * Brussels time and a live countdown, a timeline across the screen
 * (awareness, now, and each deadline the engine computed, coloured by the
 * engine's status), overdue ones in red and marked with "!" so they show
 * without colour too.  Recording that a report was
 * submitted moves the case on to the next stage. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/editor.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "tui/text.h"
#include "tui/record_report.h"
#include "tui/time_reason.h"
#include "io/timefmt.h"

/* Recording a report asks, in turn: when (Enter; s takes now), by which
 * channel, and the CCB's reference (tui/record_report.c records it). */
enum rec_phase { REC_NONE = 0, REC_TIME, REC_CHANNEL, REC_REFERENCE };

struct clock_screen {
	size_t sel;          /* row of a->dl */
	bool editing;        /* an editor is open (the time or the reference) */
	struct editor ed;
	char *error;
	enum rec_phase phase;
	instant_t when;      /* REC_CHANNEL, REC_REFERENCE: the time given */
	enum report_channel channel;
	/* w without a moment of awareness: it is given here (no need to go
	 * back four steps), checked as step 3 checks it. */
	bool aware_edit;
	struct editor aed;
	char *aware_err;
};

static const char *clock_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("The clock: deadlines from the moment of awareness");
}

static bool time_char(wchar_t c)
{
	return (c >= L'0' && c <= L'9') || c == L'-' || c == L':' || c == L' ' || c == L'T' ||
	       c == L'+' || c == L'Z';
}

static int column_of(instant_t t, instant_t from, instant_t to, int x, int w)
{
	if (to <= from)
		return x;
	double f = (double)(t - from) / (double)(to - from);
	if (f < 0)
		f = 0;
	if (f > 1)
		f = 1;
	return x + (int)(f * (w - 1) + 0.5);
}

/* A deadline's mark on the timeline: bold while due, in the alert colour
 * once the engine says it is overdue, in the calm colour once submitted
 * (a report made is never shown as late on the line; the table says if it
 * was). */
static int mark_attr(const struct deadline *d)
{
	if (d->status == DL_OVERDUE)
		return term_attr(TC_ALERT, 0) | (int)A_BOLD;
	if (d->status == DL_DONE)
		return term_attr(TC_OK, 0);
	return (int)A_BOLD;
}

/* "1 = early warning, 24 h": the mark, the stage, and how long after the
 * awareness it is due when that is a whole number of hours (the engine's
 * deadline, never this screen's own arithmetic). */
static void legend_item(struct sbuf *b, int mark, const struct deadline *d, instant_t aware)
{
	int64_t secs = d->due - aware;
	if (secs > 0 && secs % 3600 == 0 && secs <= 96 * 3600)
		/* TRANSLATORS: a timeline mark, a report stage and its hours after awareness */
		sbuf_printf(b, _("%d = %s, %lld h"), mark, label_stage(d->stage), (long long)(secs / 3600));
	else
		/* TRANSLATORS: a timeline mark and a report stage */
		sbuf_printf(b, _("%d = %s"), mark, label_stage(d->stage));
	sbuf_puts(b, "  ");
}

/* Awareness, every deadline the engine computed (a->dl) and now, on one
 * line across the screen, with a legend under it. */
static int draw_timeline(struct app *a, int y, const struct rect *r)
{
	const struct incident *in = &a->kase.incident;
	if (!in->aware.set) {
		int rows = text_draw_wrapped(y, r->x, r->w, 2,
					     _("No moment of awareness yet: the clock has not started; w gives it here."),
					     term_attr(TC_ALERT, 0) | A_BOLD);
		return rows + 1;
	}
	instant_t now = app_now(a);
	instant_t from = in->aware.t, to = now;
	for (size_t i = 0; i < a->dl.n; i++)
		if (a->dl.items[i].has_due && a->dl.items[i].due > to)
			to = a->dl.items[i].due;
	int w = r->w;
	move(y, r->x);
	for (int i = 0; i < w; i++)
		addch('-');
	struct sbuf legend;
	sbuf_init(&legend);
	/* TRANSLATORS: the timeline's mark of the moment of awareness */
	sbuf_printf(&legend, "%s  ", _("A = aware"));
	text_draw(y, column_of(from, from, to, r->x, w), 1, "A", A_BOLD);
	/* Marks numbered in the table's order; where two share a column the
	 * more pressing one is drawn last, on top: overdue over due over
	 * submitted. */
	static const enum deadline_status layers[] = { DL_DONE, DL_DUE, DL_OVERDUE };
	for (size_t k = 0; k < sizeof(layers) / sizeof(layers[0]); k++) {
		int mark = 0;
		for (size_t i = 0; i < a->dl.n; i++) {
			const struct deadline *d = &a->dl.items[i];
			if (!d->has_due)
				continue;
			char digit[2] = { (char)('1' + mark % 9), '\0' };
			mark++;
			bool pressing = d->status == DL_OVERDUE || d->status == DL_DUE;
			if (d->status == layers[k] || (k == 0 && !pressing && d->status != DL_DONE))
				text_draw(y, column_of(d->due, from, to, r->x, w), 1, digit, mark_attr(d));
			if (k == 0)
				legend_item(&legend, mark, d, from);
		}
	}
	int nx = column_of(now, from, to, r->x, w);
	text_draw(y + 1, nx, 1, "^", A_BOLD);
	char *stamp = timefmt_input(now);   /* "YYYY-MM-DD HH:MM" */
	/* TRANSLATORS: the timeline's mark of now, with the time */
	sbuf_printf(&legend, _("^ = now (%s)"), stamp + 11);
	free(stamp);
	int rows = text_draw_wrapped(y + 2, r->x, r->w, 2, sbuf_str(&legend), term_attr(TC_DIM, 0));
	sbuf_free(&legend);
	return 3 + rows;
}

static char *due_text(const struct deadline *d)
{
	return d->has_due ? timefmt_short(d->due) : xstrdup("");
}

static char *state_text(const struct app *a, const struct deadline *d, bool *alert)
{
	instant_t now = app_now(a);
	*alert = false;
	switch (d->status) {
	case DL_DONE: {
		char *when = timefmt_short(d->submitted);
		char *s = d->late ? xasprintf(_("submitted %s (late)"), when)
				  : xasprintf(_("submitted %s"), when);
		free(when);
		return s;
	}
	case DL_DUE:
		if (d->has_due) {
			char *left = timefmt_duration(d->due - now);
			char *s = xasprintf(_("in %s"), left);
			free(left);
			return s;
		}
		return xstrdup(_("without undue delay"));
	case DL_OVERDUE: {
		*alert = true;
		char *late = timefmt_duration(now - d->due);
		char *s = xasprintf(_("! OVERDUE by %s"), late);
		free(late);
		return s;
	}
	case DL_ON_REQUEST: return xstrdup(_("when the CSIRT asks"));
	case DL_NO_DEADLINE: return xstrdup(_("without undue delay"));
	case DL_AFTER_RESOLUTION: return xstrdup(_("one month after the incident is handled"));
	case DL_AFTER_NOTIFICATION: return xstrdup(_("one month after the incident notification"));
	}
	return xstrdup("");
}

static void clock_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct clock_screen *cs = s->priv;
	app_refresh_clock(a);
	int y = r->y;
	y += draw_timeline(a, y, r);
	if (cs->aware_edit) {
		text_draw(y++, r->x, r->w, _("Moment of awareness (YYYY-MM-DD HH:MM, Brussels time; n = now):"),
			  A_BOLD);
		struct rect er = { y++, r->x, 1, 30 };
		editor_draw(&cs->aed, &er, A_UNDERLINE);
		if (cs->aware_err)
			y += text_draw_wrapped(y, r->x, r->w, 2, cs->aware_err, term_attr(TC_ALERT, 0) | A_BOLD);
		y++;
	}
	if (!a->eval_ok) {
		text_draw_wrapped(y, r->x, r->w, r->h - (y - r->y),
				_("No verdict yet, so no deadline is shown: the rules could not be "
				  "applied to this case."), term_attr(TC_ALERT, 0) | (int)A_BOLD);
		return;
	}
	if (a->dl.n == 0) {
		text_draw_wrapped(y, r->x, r->w, r->h - (y - r->y),
				_("No deadline runs for this verdict: there is nothing to notify by a "
				  "set time. A voluntary notification is always possible."), 0);
		return;
	}
	if (cs->sel >= a->dl.n)
		cs->sel = a->dl.n - 1;
	int stage_w = 30, due_w = 22;
	for (size_t i = 0; i < a->dl.n && y < r->y + r->h - 4; i++, y++) {
		const struct deadline *d = &a->dl.items[i];
		bool alert;
		char *st = state_text(a, d, &alert);
		char *due = due_text(d);
		bool on = i == cs->sel;
		int attr = on ? term_attr(TC_SELECT, A_REVERSE) : 0;
		if (on) {
			move(y, r->x);
			for (int c = 0; c < r->w; c++)
				addch(' ' | (chtype)attr);
		}
		text_draw(y, r->x, 2, on ? ">" : " ", attr);
		text_draw(y, r->x + 2, stage_w - 3, label_stage(d->stage), attr);
		text_draw(y, r->x + stage_w, due_w - 1, due, attr);
		/* one colour pair a cell: the selection's on the selected row */
		int scol = on ? 0 : alert ? term_attr(TC_ALERT, 0) :
			   d->status == DL_DONE ? term_attr(TC_OK, 0) : 0;
		int sattr = attr | scol | (alert || d->status != DL_DONE ? (int)A_BOLD : 0);
		text_draw(y, r->x + stage_w + due_w, r->w - stage_w - due_w, st, sattr);
		free(st);
		free(due);
	}
	y++;
	const struct deadline *d = &a->dl.items[cs->sel];
	if (cs->phase == REC_TIME) {
		char *q = xasprintf(_("%s: submitted at (YYYY-MM-DD HH:MM, Brussels time):"),
				    label_stage(d->stage));
		text_draw(y++, r->x, r->w, q, A_BOLD);
		free(q);
		struct rect er = { y++, r->x, 1, 30 };
		editor_draw(&cs->ed, &er, A_UNDERLINE);
		if (cs->error)
			text_draw(y, r->x, r->w, cs->error, term_attr(TC_ALERT, 0) | A_BOLD);
		return;
	}
	if (cs->phase == REC_CHANNEL) {
		char *q = xasprintf(_("%s: sent how?"), label_stage(d->stage));
		text_draw(y++, r->x, r->w, q, A_BOLD);
		free(q);
		text_draw(y++, r->x, r->w, _("1  by the online form (notif.safeonweb.be)"), 0);
		text_draw_wrapped(y, r->x, r->w, r->y + r->h - y,
				  _("2  by the emergency number +32 (0)2 501 05 60, the form being "
				    "unavailable or impossible to use (guide A.5)"), 0);
		return;
	}
	if (cs->phase == REC_REFERENCE) {
		text_draw(y++, r->x, r->w, _("The CCB's reference, if it gave one (Enter: none):"), A_BOLD);
		struct rect er = { y++, r->x, 1, 40 };
		editor_draw(&cs->ed, &er, A_UNDERLINE);
		return;
	}
	if (d->stage == STAGE_EARLY_WARNING || d->stage == STAGE_NOTIFICATION) {
		text_draw_wrapped(y, r->x, r->w, r->y + r->h - y,
				_("Reports are due without undue delay, and at the latest at the time "
				  "shown. Form down? Call the CCB's emergency number +32 (0)2 501 05 60."),
				term_attr(TC_DIM, 0));
	}
}

/* Starts recording stage st, unless it is recorded already (said, not
 * silently replaced). */
static bool may_record(struct app *a, const struct deadline *d)
{
	if (!a->kase.reports[d->stage].set)
		return true;
	char *at = timefmt_local(a->kase.reports[d->stage].t);
	app_notice(a, true, _("%s is already recorded as submitted (%s); Del removes that record first."),
		   label_stage(d->stage), at);
	free(at);
	return false;
}

static void finish(struct app *a, struct clock_screen *cs, const struct deadline *d, const char *ref)
{
	char *err = NULL;
	enum stage st = d->stage;
	bool ok = record_report(a, st, cs->when, cs->channel, ref, &err);
	cs->phase = REC_NONE;
	if (err)
		app_notice(a, true, "%s", err);
	else if (ok)
		app_notice(a, false, _("Recorded: %s submitted; the draft as sent is kept beside the case."),
			   label_stage(st));
	free(err);
}

/* The moment of awareness typed on the clock: refused with the reason when
 * it is in the future or out of order (tui/time_reason.c), as in step 3. */
static bool aware_key(struct clock_screen *cs, struct app *a, const struct key *k)
{
	if (k->kind == KEY_KIND_CHAR && (k->code == 'n' || k->code == 'N')) {
		char *v = timefmt_input(app_now(a));
		editor_set(&cs->aed, v);
		free(v);
		return true;
	}
	enum ed_result r = editor_key(&cs->aed, k);
	if (r == ED_LEAVE) {
		editor_free(&cs->aed);
		cs->aware_edit = false;
		return true;
	}
	if (r != ED_DONE)
		return true;
	char *t = editor_text(&cs->aed);
	instant_t when;
	char *err = NULL;
	bool ok = timefmt_parse(t, &when, &err) && time_reason_order(a, TM_AWARE, when, &err);
	free(t);
	free(cs->aware_err);
	cs->aware_err = err;
	if (!ok)
		return true;
	editor_free(&cs->aed);
	cs->aware_edit = false;
	a->kase.incident.aware.set = true;
	a->kase.incident.aware.t = when;
	app_changed(a);
	return true;
}

static bool clock_key(struct screen *s, struct app *a, const struct key *k)
{
	struct clock_screen *cs = s->priv;
	if (cs->aware_edit)
		return aware_key(cs, a, k);
	if (!a->kase.incident.aware.set && cs->phase == REC_NONE && (key_is_char(k, 'w') || key_is_char(k, 'W'))) {
		char *now = timefmt_input(app_now(a));
		editor_init(&cs->aed, now, 25, false, time_char);
		free(now);
		free(cs->aware_err);
		cs->aware_err = NULL;
		cs->aware_edit = true;
		return true;
	}
	if (a->dl.n == 0)
		goto nav;
	const struct deadline *d = &a->dl.items[cs->sel < a->dl.n ? cs->sel : 0];
	if (cs->phase == REC_CHANNEL) {
		if (key_is_char(k, '1') || key_is_char(k, '2')) {
			cs->channel = key_is_char(k, '1') ? CHANNEL_FORM : CHANNEL_PHONE;
			editor_init(&cs->ed, "", 200, false, NULL);
			cs->editing = true;
			cs->phase = REC_REFERENCE;
		} else if (key_is_escape(k) || key_is_backspace(k)) {
			cs->phase = REC_NONE;
		}
		return true;
	}
	if (cs->phase == REC_REFERENCE) {
		enum ed_result r = editor_key(&cs->ed, k);
		if (r == ED_LEAVE) {
			editor_free(&cs->ed);
			cs->editing = false;
			cs->phase = REC_NONE;
		} else if (r == ED_DONE) {
			char *ref = editor_text(&cs->ed);
			editor_free(&cs->ed);
			cs->editing = false;
			finish(a, cs, d, ref);
			free(ref);
		}
		return true;
	}
	if (cs->editing) {
		enum ed_result r = editor_key(&cs->ed, k);
		if (r == ED_LEAVE) {
			editor_free(&cs->ed);
			cs->editing = false;
			cs->phase = REC_NONE;
		} else if (r == ED_DONE) {
			char *t = editor_text(&cs->ed);
			instant_t when;
			char *err = NULL;
			bool ok = timefmt_parse(t, &when, &err);
			if (ok && time_order_future(when, app_now(a)) != TIME_ORDER_OK) {
				err = time_reason_future(app_now(a));
				ok = false;
			}
			if (ok) {
				editor_free(&cs->ed);
				cs->editing = false;
				free(cs->error);
				cs->error = NULL;
				cs->when = when;
				cs->phase = REC_CHANNEL;
			} else {
				free(cs->error);
				cs->error = err;
			}
			free(t);
		}
		return true;
	}
	if (key_is_func(k, KEY_UP) && cs->sel > 0) {
		cs->sel--;
		return true;
	}
	if (key_is_func(k, KEY_DOWN) && cs->sel + 1 < a->dl.n) {
		cs->sel++;
		return true;
	}
	if (key_is_char(k, 's') || key_is_char(k, 'S')) {
		if (may_record(a, d)) {
			cs->when = app_now(a);
			cs->phase = REC_CHANNEL;
		}
		return true;
	}
	if (key_is_enter(k)) {
		if (!may_record(a, d))
			return true;
		char *now = timefmt_input(app_now(a));
		editor_init(&cs->ed, now, 25, false, time_char);
		free(now);
		cs->editing = true;
		cs->phase = REC_TIME;
		return true;
	}
	if (key_is_func(k, KEY_DC)) {
		if (a->kase.reports[d->stage].set)
			record_report_undo(a, d->stage);
		return true;
	}
nav:
	if (key_is_char(k, 'j') || key_is_char(k, 'J')) {
		app_push_page(a, "journal");
		return true;
	}
	if (key_is_char(k, '\t')) {
		app_goto_step(a, 8);
		return true;
	}
	return false;
}

static void clock_tick(struct screen *s, struct app *a)
{
	(void)s;
	app_refresh_clock(a);
}

static const char *clock_help(struct screen *s, struct app *a)
{
	struct clock_screen *cs = s->priv;
	if (cs->aware_edit)
		return _("Enter ok  n now  ^U clear  Esc cancel");
	if (!a->kase.incident.aware.set && cs->phase == REC_NONE && !cs->editing)
		return _("w awareness  s submitted now  Enter when  j journal  Tab the form");
	if (cs->phase == REC_CHANNEL)
		return _("1 form  2 emergency number  Esc cancel");
	if (cs->editing)
		return _("Enter ok  Esc cancel");
	return _("s submitted now  Enter when  Del undo  j journal  Tab the form");
}

static bool clock_typing(struct screen *s, struct app *a)
{
	(void)a;
	struct clock_screen *cs = s->priv;
	return cs->editing || cs->aware_edit || cs->phase == REC_CHANNEL;
}

static void clock_destroy(struct screen *s)
{
	struct clock_screen *cs = s->priv;
	if (cs->editing)
		editor_free(&cs->ed);
	if (cs->aware_edit)
		editor_free(&cs->aed);
	free(cs->error);
	free(cs->aware_err);
	free(cs);
}

static const struct screen_ops clock_ops = {
	.name = "clock",
	.title = clock_title,
	.draw = clock_draw,
	.key = clock_key,
	.help = clock_help,
	.tick = clock_tick,
	.typing = clock_typing,
	.destroy = clock_destroy,
};

struct screen *screen_clock_new(struct app *a)
{
	(void)a;
	return screen_new(&clock_ops, 7, xcalloc(1, sizeof(struct clock_screen)));
}
