/* screen_training.c: the exercise page: the briefing, the injects that have
 * arrived, the exercise clock and the trainer's keys (faster, jump, pause,
 * end), and the reports the trainee sends.  Pushed when a training starts
 * and on Ctrl-T at any moment. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "core/xalloc.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/editor.h"
#include "tui/status.h"
#include "tui/term.h"
#include "tui/screens.h"
#include "tui/text.h"
#include "tui/training.h"

/* The keys 1..4 send these reports: the ones with a due time. */
static const enum stage sendable[] = {
	STAGE_EARLY_WARNING, STAGE_NOTIFICATION, STAGE_FINAL, STAGE_GDPR,
};
#define N_SENDABLE (sizeof(sendable) / sizeof(sendable[0]))

enum training_mode {
	TM_PAGE,        /* reading; the keys below */
	TM_NEWS,        /* the facilitator types a free news item */
	TM_TIME,        /* "set the exercise clock to" */
	TM_END,         /* E pressed: asks before ending */
};

struct training_page {
	int top;              /* first line shown of the scrolled text */
	size_t seen;          /* injects and news when last drawn: new ones scroll into view */
	enum training_mode mode;
	struct editor ed;
};

static const char *training_title(struct screen *s, struct app *a)
{
	(void)s;
	return scenario_text(&a->training->sc, &a->training->sc.title, a->lang);
}

static char *time_of(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	return xasprintf("%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.min);
}

/* The keys of this run, by who holds the clock. */
static const char *keys_text(const struct training *t)
{
	if (t->facilitator)
		return _("Facilitator's keys: p start or pause the clock; n on to the next news; f / F +10 min / "
			 "+1 h; b back to the previous news; r back 10 min; + / - faster / slower; i type a news "
			 "item for the room; t set the exercise clock; E end the exercise (asks first); 1-4 record "
			 "a report, u undo it; Enter go on with the walk; Ctrl-T comes back to this page.");
	if (t->sc.self_paced)
		return _("Keys: p start or pause the clock; n on to the next news; f / F +10 min / +1 h; + / - "
			 "faster / slower; t set the exercise clock; E end the exercise (asks first); 1-4 record a "
			 "report, u undo it; Enter go on with the walk; Ctrl-T comes back to this page.");
	return _("Keys: p start or pause the clock; t set the exercise clock to the time the facilitator "
		 "gives; 1-4 record a report, u undo it; Enter go on with the walk; Ctrl-T comes back to "
		 "this page.");
}

/* The scrolled part: briefing, then the injects and the facilitator's news
 * so far in time order, then the keys. */
static char *page_text(struct app *a)
{
	struct training *t = a->training;
	const struct exercise *x = &a->kase.exercise;
	char *out = xstrdup(scenario_text(&t->sc, &t->sc.briefing, a->lang));
	size_t i = 0, j = 0;
	while ((i < t->shown && i < t->sc.n_injects) || j < x->n_news) {
		bool inject = i < t->shown && i < t->sc.n_injects &&
			      (j >= x->n_news || t->sc.injects[i].at <= x->news[j].at);
		instant_t at = inject ? t->sc.injects[i].at : x->news[j].at;
		const char *text = inject ? scenario_text(&t->sc, &t->sc.injects[i].text, a->lang) : x->news[j].text;
		char *when = time_of(at);
		char *next = xasprintf("%s\n\n[%s] %s", out, when, text);
		free(when);
		free(out);
		out = next;
		if (inject)
			i++;
		else
			j++;
	}
	char *next = t->ended ? xstrdup(out) : xasprintf("%s\n\n%s", out, keys_text(t));
	free(out);
	return next;
}

/* The line that says what presses: the overdue report, else the countdown
 * to the next deadline (fresh), or NULL when no deadline runs. */
static char *pressure_line(struct app *a, bool *overdue)
{
	const struct deadline *d = status_next(a);
	*overdue = false;
	if (!d)
		return xstrdup(_("No deadline runs yet."));
	instant_t now = app_now(a);
	char *brief = status_deadline_brief(d->stage, d->due, now);
	char *line;
	if (d->due < now) {
		*overdue = true;
		line = xasprintf(_("! OVERDUE %s: %s"), brief, label_stage(d->stage));
	} else {
		line = xasprintf(_("Next deadline %s: %s"), brief, label_stage(d->stage));
	}
	free(brief);
	return line;
}

/* Draws text wrapped into r from wrapped line *top on (clamped so that the
 * end stays in view); shared with the debrief page. */
void training_draw_scrolled(const char *text, const struct rect *r, int *top)
{
	wchar_t *ws = text_widen(text, true);
	struct text_lines lines;
	text_wrap(ws, wcslen(ws), r->w, &lines);
	int n = (int)lines.n;
	if (*top > n - r->h)
		*top = n - r->h;
	if (*top < 0)
		*top = 0;
	for (int i = 0; i < r->h && *top + i < n; i++) {
		size_t k = (size_t)(*top + i);
		text_draww(r->y + i, r->x, r->w, ws + lines.start[k], lines.len[k], 0);
	}
	text_lines_free(&lines);
	free(ws);
}

/* Scrolling keys of a text page; true when used. */
bool training_scroll_key(const struct key *k, int *top, int page)
{
	if (key_is_func(k, KEY_DOWN))
		*top += 1;
	else if (key_is_func(k, KEY_UP))
		*top -= 1;
	else if (key_is_func(k, KEY_NPAGE) || key_is_char(k, ' '))
		*top += page > 1 ? page - 1 : 1;
	else if (key_is_func(k, KEY_PPAGE))
		*top -= page > 1 ? page - 1 : 1;
	else
		return false;
	if (*top < 0)
		*top = 0;
	return true;
}

static void training_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct training_page *p = s->priv;
	struct training *t = a->training;
	/* Fixed at the bottom, never scrolled away: the deadline, the room's
	 * time (facilitator), the reports and the prompt. */
	int fixed = 1 + (int)N_SENDABLE + (t->facilitator && !t->ended ? 1 : 0) + (p->mode != TM_PAGE ? 1 : 0);
	struct rect top = *r;
	top.h = r->h - fixed - 1;
	if (top.h < 1)
		top.h = 1;
	size_t seen = t->shown + a->kase.exercise.n_news;
	if (seen != p->seen) {
		p->seen = seen;
		p->top = 1 << 20;   /* the newest news in view (clamped) */
	}
	char *text = page_text(a);
	training_draw_scrolled(text, &top, &p->top);
	free(text);
	int y = r->y + r->h - fixed;
	bool overdue;
	char *line = pressure_line(a, &overdue);
	text_draw(y++, r->x, r->w, line, overdue ? term_attr(TC_ALERT, A_BOLD) | (int)A_BOLD : (int)A_BOLD);
	free(line);
	if (t->facilitator && !t->ended) {
		char *when = training_room_time(a);
		char *say = xasprintf(_("Tell the room: set the clock to %s"), when);
		text_draw(y++, r->x, r->w, say, 0);
		free(say);
		free(when);
	}
	for (size_t i = 0; i < N_SENDABLE; i++) {
		const struct opt_time *rep = &a->kase.reports[sendable[i]];
		char *when = rep->set ? time_of(rep->t) : xstrdup(_("not sent"));
		/* TRANSLATORS: a row of the exercise page's report list: its key,
		 * the report and whether it was sent */
		char *row = xasprintf(_("%zu  %s: %s"), i + 1, label_stage(sendable[i]), when);
		text_draw(y++, r->x, r->w, row, 0);
		free(row);
		free(when);
	}
	if (p->mode == TM_END) {
		text_draw(y, r->x, r->w, _("End the exercise now and show the debrief? y yes, any other key no"),
			  term_attr(TC_ALERT, A_BOLD));
	} else if (p->mode != TM_PAGE) {
		const char *ask = p->mode == TM_NEWS ? _("News for the room: ") : _("Set the exercise clock to: ");
		int x = text_draw(y, r->x, r->w, ask, A_BOLD);
		struct rect er = { y, r->x + x, 1, r->w - x };
		if (er.w > 0)
			editor_draw(&p->ed, &er, 0);
	}
}

static void prompt(struct training_page *p, enum training_mode m, const char *text)
{
	p->mode = m;
	editor_init(&p->ed, text, m == TM_NEWS ? 2000 : 40, false, NULL);
}

/* A key while the news or time prompt is open. */
static bool prompt_key(struct training_page *p, struct app *a, const struct key *k)
{
	enum ed_result r = editor_key(&p->ed, k);
	if (r == ED_LEAVE) {
		editor_free(&p->ed);
		p->mode = TM_PAGE;
	} else if (r == ED_DONE) {
		char *text = editor_text(&p->ed);
		if (p->mode == TM_NEWS) {
			training_add_news(a, text);
		} else {
			char *err = NULL;
			if (!training_set_time_text(a, text, &err)) {
				app_notice(a, true, "%s", err);
				free(err);
				free(text);
				return true;   /* the prompt stays open to correct it */
			}
			char *when = training_room_time(a);
			app_notice(a, false, _("The exercise clock is set to %s"), when);
			free(when);
		}
		free(text);
		editor_free(&p->ed);
		p->mode = TM_PAGE;
	}
	return true;
}

static bool training_key(struct screen *s, struct app *a, const struct key *k)
{
	struct training_page *p = s->priv;
	struct training *t = a->training;
	int64_t wall = training_wall();
	if (p->mode == TM_NEWS || p->mode == TM_TIME)
		return prompt_key(p, a, k);
	if (p->mode == TM_END) {
		p->mode = TM_PAGE;
		if (key_is_char(k, 'y') || key_is_char(k, 'Y') || key_is_char(k, 'j') || key_is_char(k, 'J') ||
		    key_is_char(k, 'o') || key_is_char(k, 'O'))
			training_end(a);
		return true;
	}
	if (training_scroll_key(k, &p->top, LINES - 4))
		return true;
	if (key_is_enter(k) || key_is_char(k, '\t')) {
		/* On with the walk: back to where the trainee was, or its first
		 * step when the exercise has just begun. */
		if (t->ended) {
			app_push_page(a, "debrief");
			return true;
		}
		app_pop(a);
		struct screen *below = app_top(a);
		if (!below || below->step <= 1)
			app_goto_step(a, 2);
		return true;
	}
	if (t->ended)
		return false;
	bool jump = training_may_jump(t);
	if (key_is_char(k, 'p')) {
		simclock_pause(&t->clock, wall, !t->clock.paused);
		app_changed(a);
	} else if (key_is_char(k, 't')) {
		prompt(p, TM_TIME, "");
	} else if (key_is_char(k, 'u')) {
		if (training_undo_report(a))
			app_notice(a, false, _("The report is no longer recorded as sent"));
	} else if (jump && key_is_char(k, 'f')) {
		simclock_advance(&t->clock, wall, 10 * 60);
	} else if (jump && key_is_char(k, 'F')) {
		simclock_advance(&t->clock, wall, 60 * 60);
	} else if (jump && key_is_char(k, 'n')) {
		if (t->shown < t->sc.n_injects)
			simclock_advance_to(&t->clock, wall, t->sc.injects[t->shown].at);
	} else if (jump && key_is_char(k, '+')) {
		simclock_set_speed(&t->clock, wall, t->clock.speed * 2);
	} else if (jump && key_is_char(k, '-')) {
		simclock_set_speed(&t->clock, wall, t->clock.speed / 2);
	} else if (jump && key_is_char(k, 'E')) {
		p->mode = TM_END;
	} else if (t->facilitator && key_is_char(k, 'b')) {
		training_rewind_inject(a);
	} else if (t->facilitator && key_is_char(k, 'r')) {
		training_rewind(a, 10 * 60);
	} else if (t->facilitator && key_is_char(k, 'i')) {
		prompt(p, TM_NEWS, "");
	} else if (k->kind == KEY_KIND_CHAR && k->code >= '1' && k->code < (wint_t)('1' + N_SENDABLE)) {
		training_report_sent(a, sendable[k->code - '1']);
	} else {
		return false;
	}
	return true;
}

static bool training_typing(struct screen *s, struct app *a)
{
	(void)a;
	const struct training_page *p = s->priv;
	return p->mode == TM_NEWS || p->mode == TM_TIME;
}

static const char *training_help(struct screen *s, struct app *a)
{
	const struct training_page *p = s->priv;
	struct training *t = a->training;
	if (t->ended)
		return _("Enter debrief");
	if (p->mode == TM_NEWS || p->mode == TM_TIME)
		return _("Enter confirm  Esc cancel");
	if (t->facilitator)
		return _("p pause  n next  b/r back  i news  t time  E end  1-4 report");
	if (t->sc.self_paced)
		return _("p pause  n next  f/F +10m/+1h  t time  E end  1-4 report");
	return _("p start/pause  t set clock  1-4 report  u undo  Enter go on");
}

static void training_destroy(struct screen *s)
{
	struct training_page *p = s->priv;
	if (p->mode == TM_NEWS || p->mode == TM_TIME)
		editor_free(&p->ed);
	free(p);
}

static const struct screen_ops training_ops = {
	.name = "training",
	.title = training_title,
	.draw = training_draw,
	.key = training_key,
	.help = training_help,
	.typing = training_typing,
	.destroy = training_destroy,
};

struct screen *screen_training_new(struct app *a)
{
	(void)a;
	return screen_new(&training_ops, 0, xcalloc(1, sizeof(struct training_page)));
}
