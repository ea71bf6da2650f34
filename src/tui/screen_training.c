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
#include "tui/screens.h"
#include "tui/text.h"
#include "tui/training.h"

/* The keys 1..4 send these reports: the ones with a due time. */
static const enum stage sendable[] = {
	STAGE_EARLY_WARNING, STAGE_NOTIFICATION, STAGE_FINAL, STAGE_GDPR,
};
#define N_SENDABLE (sizeof(sendable) / sizeof(sendable[0]))

struct training_page {
	int top;      /* first line shown of the scrolled text */
};

static const char *training_title(struct screen *s, struct app *a)
{
	(void)s;
	return text3_get(&a->training->sc.title, a->lang);
}

static char *time_of(instant_t t)
{
	struct civil c = clock_to_local(t, NULL);
	return xasprintf("%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.min);
}

/* The page as one text: briefing, injects so far, reports sent, keys. */
static char *page_text(struct app *a)
{
	struct training *t = a->training;
	char *out = xstrdup(text3_get(&t->sc.briefing, a->lang));
	for (size_t i = 0; i < t->shown && i < t->sc.n_injects; i++) {
		char *when = time_of(t->sc.injects[i].at);
		char *next = xasprintf("%s\n\n[%s] %s", out, when,
				       text3_get(&t->sc.injects[i].text, a->lang));
		free(when);
		free(out);
		out = next;
	}
	char *sent = xstrdup("");
	for (size_t i = 0; i < N_SENDABLE; i++) {
		const struct opt_time *r = &a->kase.reports[sendable[i]];
		char *when = r->set ? time_of(r->t) : xstrdup(_("not sent"));
		char *line = xasprintf("%s\n%zu  %s: %s", sent, i + 1, label_stage(sendable[i]), when);
		free(when);
		free(sent);
		sent = line;
	}
	char *next = xasprintf("%s\n\n%s%s\n\n%s", out, _("Reports (press the digit when you send one):"),
			       sent, t->ended ? "" :
			       _("Keys: Enter go on with the walk; f / F the exercise clock +10 min / +1 h; "
				 "n on to the next news; + / - faster / slower; p pause; E end the "
				 "exercise and see the debrief; Ctrl-T comes back to this page."));
	free(out);
	free(sent);
	return next;
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
	char *text = page_text(a);
	training_draw_scrolled(text, r, &p->top);
	free(text);
}

static bool training_key(struct screen *s, struct app *a, const struct key *k)
{
	struct training_page *p = s->priv;
	struct training *t = a->training;
	int64_t wall = training_wall();
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
	if (key_is_char(k, 'f')) {
		simclock_advance(&t->clock, wall, 10 * 60);
	} else if (key_is_char(k, 'F')) {
		simclock_advance(&t->clock, wall, 60 * 60);
	} else if (key_is_char(k, 'n')) {
		if (t->shown < t->sc.n_injects)
			simclock_advance_to(&t->clock, wall, t->sc.injects[t->shown].at);
	} else if (key_is_char(k, '+')) {
		simclock_set_speed(&t->clock, wall, t->clock.speed * 2);
	} else if (key_is_char(k, '-')) {
		simclock_set_speed(&t->clock, wall, t->clock.speed / 2);
	} else if (key_is_char(k, 'p')) {
		simclock_pause(&t->clock, wall, !t->clock.paused);
	} else if (key_is_char(k, 'E')) {
		training_end(a);
	} else if (k->kind == KEY_KIND_CHAR && k->code >= '1' && k->code < (wint_t)('1' + N_SENDABLE)) {
		training_report_sent(a, sendable[k->code - '1']);
	} else {
		return false;
	}
	return true;
}

static const char *training_help(struct screen *s, struct app *a)
{
	(void)s;
	if (a->training->ended)
		return _("Enter debrief");
	return _("Enter go on  f/F +10min/+1h  n next news  +/- speed  p pause  E end");
}

static void training_destroy(struct screen *s)
{
	free(s->priv);
}

static const struct screen_ops training_ops = {
	.name = "training",
	.title = training_title,
	.draw = training_draw,
	.key = training_key,
	.help = training_help,
	.destroy = training_destroy,
};

struct screen *screen_training_new(struct app *a)
{
	(void)a;
	return screen_new(&training_ops, 0, xcalloc(1, sizeof(struct training_page)));
}
