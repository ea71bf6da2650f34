/* screen_unsaved.c: the page between "leave" and leaving when the case
 * file does not hold every confirmed answer (its saves failed: a full
 * disk, a folder that is not writable).  It says what was not saved and
 * why, and offers another place: the state folder, a name the handler
 * types, or the same place again; leaving without saving is a choice of
 * its own, never the default.  A save that goes through leaves the wizard
 * at once, as the quit asked. */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "io/casepaths.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/editor.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "tui/text.h"

struct unsaved {
	bool typing;          /* a file name is being typed */
	struct editor ed;
	char *error;          /* why the last try failed, or NULL */
	bool quitting;        /* pushed on the way out (else: by a conflict) */
};

/* Someone else changed or took the file: it can be read again. */
static bool can_reload(const struct app *a)
{
	return a->read_only || a->conflict == CONFLICT_CHANGED || a->conflict == CONFLICT_TAKEN;
}

static const char *unsaved_title(struct screen *s, struct app *a)
{
	(void)s;
	return a->conflict ? _("The case file was changed by someone else") : _("The case is not saved");
}

static void unsaved_draw(struct screen *s, struct app *a, const struct rect *r)
{
	struct unsaved *u = s->priv;
	int y = r->y, end = r->y + r->h;
	char *what = app_unsaved_text(a);
	char *line = xasprintf(_("Not saved: %s."), what);
	y += text_draw_wrapped(y, r->x, r->w, end - y, line, (term_attr(TC_ALERT, 0) | A_BOLD));
	free(line);
	free(what);
	y++;
	char *dir_err = NULL;
	char *dir = casepaths_state_dir(&dir_err);
	free(dir_err);
	char *opt = xasprintf(_("s  save it as a new case in the state folder (%s)"), dir ? dir : "?");
	free(dir);
	const char *lines[] = {
		can_reload(a) ? _("l  load the file as it is now (the answers above are dropped)") : "",
		opt,
		_("n  save it under a file name you type"),
		a->conflict || a->read_only ? "" : _("r  try again where it was"),
		_("Q  leave without saving: the answers above are lost"),
		_("Esc  back to the case"),
	};
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]) && y < end; i++)
		if (*lines[i])
			y += text_draw_wrapped(y, r->x, r->w, end - y, lines[i], 0);
	free(opt);
	if (u->typing && y + 2 < end) {
		y++;
		y += text_draw_wrapped(y, r->x, r->w, 1, _("File name (Enter saves, Esc cancels):"), A_BOLD);
		struct rect er = { y, r->x, 1, r->w };
		editor_draw(&u->ed, &er, A_UNDERLINE);
		y++;
	}
	if (u->error && y + 1 < end)
		text_draw_wrapped(y + 1, r->x, r->w, end - y - 1, u->error, (term_attr(TC_ALERT, 0) | A_BOLD));
}

static void set_error(struct unsaved *u, char *err)
{
	free(u->error);
	u->error = err;
}

/* A save that went through: leave, as the quit asked; after someone
 * else's change, go on with the case in its new place. */
static void done(struct app *a, bool quitting)
{
	if (quitting)
		a->quit = true;
	else
		app_pop(a);
}

static bool unsaved_key(struct screen *s, struct app *a, const struct key *k)
{
	struct unsaved *u = s->priv;
	char *err = NULL;
	if (u->typing) {
		enum ed_result r = editor_key(&u->ed, k);
		if (r == ED_LEAVE) {
			editor_free(&u->ed);
			u->typing = false;
		} else if (r == ED_DONE) {
			char *name = editor_text(&u->ed);
			if (*name && app_save_elsewhere(a, name, &err)) {
				editor_free(&u->ed);
				u->typing = false;
				done(a, u->quitting);
			} else {
				set_error(u, err ? err : xstrdup(_("Type a file name.")));
			}
			free(name);
		}
		return true;
	}
	if (key_is_char(k, 's') || key_is_char(k, 'S')) {
		if (app_save_elsewhere(a, NULL, &err))
			done(a, u->quitting);
		else
			set_error(u, err);
		return true;
	}
	if (key_is_char(k, 'n') || key_is_char(k, 'N')) {
		set_error(u, NULL);
		editor_init(&u->ed, "", 1000, false, NULL);
		u->typing = true;
		return true;
	}
	if ((key_is_char(k, 'l') || key_is_char(k, 'L')) && can_reload(a)) {
		if (app_reload(a, &err)) {
			app_pop(a);
			app_notice(a, false, "%s", _("The case file is loaded as it is now."));
		} else {
			set_error(u, err);
		}
		return true;
	}
	if ((key_is_char(k, 'r') || key_is_char(k, 'R')) && !a->conflict && !a->read_only) {
		if (app_save(a, &err))
			done(a, u->quitting);
		else
			set_error(u, err);
		return true;
	}
	if (key_is_char(k, 'Q')) {
		a->quit_unsaved = true;
		a->quit = true;
		return true;
	}
	/* q again is not a way out: it is what brought the handler here. */
	return key_is_char(k, 'q');
}

static const char *unsaved_help(struct screen *s, struct app *a)
{
	struct unsaved *u = s->priv;
	if (u->typing)
		return _("Enter save  Esc cancel");
	return can_reload(a) ? _("l load  s state folder  n name  Q leave  Esc back")
			   : _("s state folder  n name  r again  Q leave  Esc back");
}

static bool unsaved_typing(struct screen *s, struct app *a)
{
	(void)a;
	return ((struct unsaved *)s->priv)->typing;
}

static void unsaved_destroy(struct screen *s)
{
	struct unsaved *u = s->priv;
	if (u->typing)
		editor_free(&u->ed);
	free(u->error);
	free(u);
}

static const struct screen_ops unsaved_ops = {
	.name = "unsaved",
	.title = unsaved_title,
	.draw = unsaved_draw,
	.key = unsaved_key,
	.help = unsaved_help,
	.typing = unsaved_typing,
	.destroy = unsaved_destroy,
};

struct screen *screen_unsaved_new(struct app *a)
{
	struct unsaved *u = xcalloc(1, sizeof(*u));
	u->quitting = a->quit;
	return screen_new(&unsaved_ops, 0, u);
}
