/* screen_help.c: the keys, and the pages reachable from here (the privacy
 * notice, when the build has it). */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/text.h"
#include "tui/training.h"

static const char *help_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Help: keys");
}

/* The exercise's keys (screen_training.c), first while an exercise runs:
 * those of whoever holds the clock. */
static int training_lines(struct app *a, const struct rect *r)
{
	const struct training *t = a->training;
	const char *lines[6];
	size_t n = 0;
	lines[n++] = _("Ctrl-T              the exercise page: the news, the clock, the reports");
	lines[n++] = _("p / t               start or pause the exercise clock / set it (Tue 09:10)");
	lines[n++] = _("1-4, u              on the exercise page: record a report as sent now / undo");
	if (training_may_jump(t)) {
		lines[n++] = _("n, f / F, + / -     next news, +10 min / +1 h, faster / slower");
		lines[n++] = t->facilitator ? _("b / r, i, E         back to the previous news / 10 min, type news, end")
					    : _("E                   end the exercise (asks first)");
	}
	int y = r->y;
	for (size_t i = 0; i < n && y < r->y + r->h; i++)
		y += text_draw_wrapped(y, r->x, r->w, r->y + r->h - y, lines[i], A_BOLD);
	return y - r->y;
}

static void help_draw(struct screen *s, struct app *a, const struct rect *r)
{
	(void)s;
	struct rect rest = *r;
	if (a->training && !a->training->ended) {
		int used = training_lines(a, r);
		rest.y += used;
		rest.h -= used;
		r = &rest;
	}
	const char *lines[] = {
		_("Up/Down, PgUp/PgDn  move between the questions"),
		_("Enter               answer the question, or go on"),
		_("y / n / u           yes, no, unknown (also j/o for ja/oui; 1 2 3)"),
		_("digits              type a number or a date at once; n = now"),
		_("Delete              clear an answer (unknown again)"),
		_("Tab                 on to the next step"),
		_("Esc, Backspace      back one step; nothing is lost"),
		_("Ctrl-L              switch the language (NL, FR, EN)"),
		_("Ctrl-J              new line in a text; paste works as usual"),
		_("A-Y, m, t           on the form: that field, next empty one, other stage"),
		_("c / a / s           on the review: copy a field, copy all, save"),
		_("Ctrl-X, q           save and leave (the draft is printed)"),
		_("Ctrl-R              redraw the screen"),
	};
	int y = r->y;
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]) && y < r->y + r->h; i++)
		y += text_draw_wrapped(y, r->x, r->w, r->y + r->h - y, lines[i], 0);
	/* The page it leads to comes before the closing words, so that it is
	 * on the screen at 80x24 in every language. */
	if (y < r->y + r->h)
		y += text_draw_wrapped(y, r->x, r->w, r->y + r->h - y,
				     _("j                   the journal: what was known when, and what was reported"), A_BOLD);
	if (app_has_page("privacy") && y < r->y + r->h)
		y += text_draw_wrapped(y, r->x, r->w, r->y + r->h - y,
				     _("p                   the privacy notice: what this tool keeps"), A_BOLD);
	if (y + 1 < r->y + r->h)
		text_draw_wrapped(y + 1, r->x, r->w, r->y + r->h - y - 1,
				_("Every confirmed answer is saved at once in the case file. If the connection "
				  "drops, start nis2-notify again and choose the case to go on."), 0);
}

static bool help_key(struct screen *s, struct app *a, const struct key *k)
{
	(void)s;
	if (key_is_char(k, 'p') && app_has_page("privacy")) {
		app_push_page(a, "privacy");
		return true;
	}
	if (key_is_char(k, 'j') && a->case_open) {
		app_push_page(a, "journal");
		return true;
	}
	if (key_is_enter(k)) {
		app_pop(a);
		return true;
	}
	return false;
}

static const char *help_help(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Enter/Esc close");
}

static const struct screen_ops help_ops = {
	.name = "help",
	.title = help_title,
	.draw = help_draw,
	.key = help_key,
	.help = help_help,
};

struct screen *screen_help_new(struct app *a)
{
	(void)a;
	return screen_new(&help_ops, 0, NULL);
}
