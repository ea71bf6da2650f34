/* screen_held.c: the page shown when the case is open in another wizard
 * (io/caselock.h): who holds it, and the choice between reading it only
 * (nothing is saved in the file; leaving offers another place) and taking
 * it over (this wizard saves in it from now on; the other one is told at
 * its next save and writes nothing over it).  Leaving the page without a
 * choice is reading only: the safe side. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>

#include "core/xalloc.h"
#include "io/caselock.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "tui/text.h"

static const char *held_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("This case is open in another wizard");
}

static void held_draw(struct screen *s, struct app *a, const struct rect *r)
{
	(void)s;
	int y = r->y, end = r->y + r->h;
	char *who = caselock_describe(&a->holder);
	char *line = xasprintf(_("Another wizard has this case open: %s."), who);
	y += text_draw_wrapped(y, r->x, r->w, end - y, line, term_attr(TC_ALERT, 0) | A_BOLD);
	free(line);
	free(who);
	y++;
	const char *lines[] = {
		_("r  read only: nothing you answer here is saved in the file (when leaving, you can "
		  "save it as a new case)"),
		_("t  take over: this wizard saves in the file from now on; the other wizard is told "
		  "at its next save and writes nothing over it"),
		_("Esc  read only"),
	};
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]) && y < end; i++)
		y += text_draw_wrapped(y, r->x, r->w, end - y, lines[i], 0);
}

static bool held_key(struct screen *s, struct app *a, const struct key *k)
{
	(void)s;
	if (key_is_char(k, 't') || key_is_char(k, 'T')) {
		char *err = NULL;
		if (app_take_over(a, &err)) {
			app_pop(a);
			app_notice(a, true, "%s",
				   _("Taken over: the other wizard will save nothing over this case."));
		} else {
			app_notice_not_saved(a, a->case_path, err);
			free(err);
		}
		return true;
	}
	if (key_is_char(k, 'r') || key_is_char(k, 'R') || key_is_enter(k)) {
		app_pop(a);
		app_notice(a, true, "%s", _("Read only: nothing is saved in this case file."));
		return true;
	}
	return false;
}

static const char *held_help(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("r read only  t take over");
}

static void held_destroy(struct screen *s)
{
	(void)s;
}

static const struct screen_ops held_ops = {
	.name = "held",
	.title = held_title,
	.draw = held_draw,
	.key = held_key,
	.help = held_help,
	.destroy = held_destroy,
};

struct screen *screen_held_new(struct app *a)
{
	(void)a;
	return screen_new(&held_ops, 0, NULL);
}
