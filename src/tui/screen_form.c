/* screen_form.c: step 8: the CCB form's fields for the current stage,
 * prefilled from the case, with the guide's help and what the stage should
 * contain, a 500-character editor with live counters, and each field's
 * problem (missing, too long, bad e-mail ...) as the form model finds it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/form.h"
#include "core/xalloc.h"
#include "io/form_render.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"

#define FORM_TEXT_DEFAULT_MAX 500
#define ID_NEXT (-1)
#define ID_GUIDE (-2)

struct form_screen {
	struct qlist q;   /* first: qlist_screen_* use it */
};

static const char *form_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("The form: the fields of this stage");
}


/* The note under a field: its problem, where the value comes from, and
 * what the guide wants in it at this stage. */
static char *field_note(const struct form_value *v, enum lang l)
{
	char *note = xstrdup("");
	const char *p = v->problem != FORM_OK ? render_problem_text(v->problem) : NULL;
	const char *src = render_source_text(v->source);
	if (p) {
		char *t = xasprintf("! %s.", p);
		free(note);
		note = t;
	}
	if (src) {
		char *t = xasprintf("%s%s(%s)", note, *note ? " " : "", src);
		free(note);
		note = t;
	}
	if (v->note) {
		char *t = xasprintf("%s%s%s", note, *note ? " " : "", text3_get(v->note, l));
		free(note);
		note = t;
	}
	if (!*note) {
		free(note);
		return NULL;
	}
	return note;
}

static void add_field(struct form_screen *fs, struct app *a, const struct form_value *v, size_t index)
{
	const struct form_field *f = v->field;
	enum lang l = a->lang;
	char *label = xasprintf("%c%s %s", f->letter, v->mandatory ? "*" : ".",
				text3_get(&f->label, l));
	bool choice = f->kind == FORM_CHOICE || f->kind == FORM_MULTI;
	const struct form_optlist *ol = choice && f->options ? form_optlist_find(&a->ds.form, f->options) : NULL;
	struct q_item *it;
	if (ol) {
		it = qlist_add(&fs->q, f->kind == FORM_MULTI ? Q_MULTI : Q_CHOICE, (int)index, label);
		const char **names = xcalloc(ol->n ? ol->n : 1, sizeof(char *));
		for (size_t i = 0; i < ol->n; i++)
			names[i] = text3_get(&ol->opts[i].label, l);
		q_item_options(it, ol->n, names);
		free(names);
		for (size_t i = 0; i < ol->n; i++)
			for (size_t j = 0; j < v->n; j++)
				if (strcmp(ol->opts[i].id, v->values[j]) == 0) {
					if (it->kind == Q_MULTI) {
						it->picked[i] = true;
					} else {
						it->set = true;
						it->choice = (int)i;
					}
				}
	} else {
		it = qlist_add(&fs->q, Q_TEXT, (int)index, label);
		it->text = v->n ? xstrdup(v->values[0]) : NULL;
		it->max = f->limit ? f->limit : FORM_TEXT_DEFAULT_MAX;
	}
	it->alert = v->problem != FORM_OK;
	char *note = field_note(v, l);
	it->note = note;
	q_item_help(it, text3_get(&f->help, l));
	free(label);
}

static void build(struct form_screen *fs, struct app *a, struct form_draft *d)
{
	qlist_clear(&fs->q);
	fs->q.lang = a->lang;
	enum stage st = app_draft_stage(a);
	app_draft(a, d);
	char *head = xasprintf(_("Draft for: %s (t: another stage)"), label_stage(st));
	qlist_add(&fs->q, Q_HEADING, 0, head);
	free(head);
	/* What the guide says this stage is for (A.6): the first item, so that
	 * its text is in the panel as soon as the form opens. */
	const struct form_stage_guide *g = form_stage_guide(&a->ds.form, st);
	if (g) {
		struct q_item *it = qlist_add(&fs->q, Q_ACTION, ID_GUIDE,
					      _("What this stage is for (guide A.6)"));
		q_item_help(it, text3_get(&g->guidance, a->lang));
	}
	size_t section = (size_t)-1;
	for (size_t i = 0; i < d->n; i++) {
		const struct form_value *v = &d->values[i];
		if (!v->shown)
			continue;
		if (v->field->section != section) {
			section = v->field->section;
			qlist_add(&fs->q, Q_HEADING, 0,
				  text3_get(&a->ds.form.sections[section].label, a->lang));
		}
		add_field(fs, a, v, i);
	}
	char *sum = xasprintf(P_("%zu mandatory field still empty", "%zu mandatory fields still empty",
				 d->n_missing), d->n_missing);
	struct q_item *it = qlist_add(&fs->q, Q_ACTION, ID_NEXT, _("Review the whole draft"));
	q_item_note(it, sum);
	free(sum);
}

static void form_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct form_screen *fs = s->priv;
	struct form_draft d;
	build(fs, a, &d);
	form_draft_free(&d);
	if (a->form_focus >= 0) {
		qlist_select(&fs->q, a->form_focus);
		a->form_focus = -1;
	}
	qlist_draw(&fs->q, body);
}

/* Writes an answer into the case's form: map (empty: removed, so the
 * prefill or proposal shows again). */
static void apply(struct form_screen *fs, struct app *a, const struct q_answer *ans)
{
	struct form_draft d;
	build(fs, a, &d);
	if (ans->id < 0 || (size_t)ans->id >= d.n) {
		form_draft_free(&d);
		return;
	}
	const struct form_field *f = d.values[ans->id].field;
	const struct form_optlist *ol = f->options ? form_optlist_find(&a->ds.form, f->options) : NULL;
	if (!ans->set) {
		case_form_unset(&a->kase, f->name);
	} else if (f->kind == FORM_MULTI && ol) {
		const char **ids = xcalloc(ol->n ? ol->n : 1, sizeof(char *));
		size_t n = 0;
		for (size_t i = 0; i < ol->n; i++)
			if (ans->picked[i])
				ids[n++] = ol->opts[i].id;
		case_form_set_list(&a->kase, f->name, n, ids);
		free(ids);
	} else if (f->kind == FORM_CHOICE && ol) {
		case_form_set_text(&a->kase, f->name, ol->opts[ans->choice].id);
	} else if (ans->text && *ans->text) {
		case_form_set_text(&a->kase, f->name, ans->text);
	} else {
		case_form_unset(&a->kase, f->name);
	}
	form_draft_free(&d);
	app_changed(a);
}

static bool contact_section(struct form_screen *fs, struct app *a)
{
	if (fs->q.sel >= fs->q.n || fs->q.items[fs->q.sel].id < 0)
		return false;
	const struct form_field *f = form_field_find(&a->ds.form, "21-Contact_Person");
	struct form_draft d;
	build(fs, a, &d);
	bool in = false;
	int id = fs->q.items[fs->q.sel].id;
	if (f && (size_t)id < d.n)
		in = d.values[id].field->section == f->section;
	form_draft_free(&d);
	return in;
}

/* A capital letter goes to the form's field of that letter ("I" for the
 * description), as the CCB's guide and the review name them. */
static void goto_letter(struct form_screen *fs, struct app *a, char letter)
{
	struct form_draft d;
	build(fs, a, &d);
	bool found = false;
	for (size_t i = 0; i < d.n && !found; i++)
		if (d.values[i].shown && d.values[i].field->letter == letter) {
			qlist_select(&fs->q, (int)i);
			found = true;
		}
	form_draft_free(&d);
	if (!found)
		app_notice(a, false, _("The form shows no field %c at this stage."), letter);
}

/* m: to the next field that is mandatory at this stage and still empty,
 * from the selected one (an empty field under the cursor, where Enter just
 * moved, is the one) and round again: in a hurry, only those count. */
static void next_missing(struct form_screen *fs, struct app *a)
{
	struct form_draft d;
	build(fs, a, &d);
	size_t n = fs->q.n;
	for (size_t step = 0; step < n; step++) {
		const struct q_item *it = &fs->q.items[(fs->q.sel + step) % n];
		if (it->kind == Q_HEADING || it->kind == Q_ACTION || it->id < 0 || (size_t)it->id >= d.n)
			continue;
		if (d.values[it->id].problem == FORM_MISSING) {
			qlist_select(&fs->q, it->id);
			form_draft_free(&d);
			return;
		}
	}
	form_draft_free(&d);
	app_notice(a, false, "%s", _("No mandatory field of this stage is empty."));
}

static bool form_key(struct screen *s, struct app *a, const struct key *k)
{
	struct form_screen *fs = s->priv;
	struct q_answer ans;
	fs->q.now = app_now(a);
	if (!fs->q.editing && key_is_char(k, 't')) {
		app_next_draft_stage(a);
		return true;
	}
	if (!fs->q.editing && k->kind == KEY_KIND_CHAR && k->code >= 'A' && k->code <= 'Z') {
		goto_letter(fs, a, (char)k->code);
		return true;
	}
	if (!fs->q.editing && key_is_char(k, 'm')) {
		next_missing(fs, a);
		return true;
	}
	if (!fs->q.editing && key_is_char(k, 'p') && contact_section(fs, a) &&
	    app_push_page(a, "privacy"))
		return true;
	switch (qlist_key(&fs->q, k, &ans)) {
	case Q_ANSWER: apply(fs, a, &ans); return true;
	case Q_ACTIVATE:
		if (ans.id == ID_GUIDE) {
			qlist_select(&fs->q, 0);   /* on to field A */
			return true;
		}
		app_goto_step(a, 9);
		return true;
	case Q_NEXT: app_goto_step(a, 9); return true;
	case Q_USED: return true;
	case Q_IGNORED: break;
	}
	return false;
}

static const char *form_help(struct screen *s, struct app *a)
{
	struct form_screen *fs = s->priv;
	if (!fs->q.editing && app_has_page("privacy") && contact_section(fs, a))
		return _("Enter edit  m next empty  p privacy  t stage  Tab review");
	if (!fs->q.editing)
		return _("Enter edit  m next empty  t stage  Tab review");
	return qlist_help(&fs->q);
}

/* Text typed in a field and not yet confirmed goes into the case's form
 * (SIGHUP, quitting, going back): nothing typed is lost. */
static void form_flush(struct screen *s, struct app *a)
{
	struct form_screen *fs = s->priv;
	int id;
	char *t = qlist_pending_text(&fs->q, &id);
	if (!t)
		return;
	if (id >= 0 && (size_t)id < a->ds.form.n_fields && *t)
		case_form_set_text(&a->kase, a->ds.form.fields[id].name, t);
	free(t);
}

static void form_destroy(struct screen *s)
{
	struct form_screen *fs = s->priv;
	qlist_free(&fs->q);
	free(fs);
}

static const struct screen_ops form_ops = {
	.name = "form",
	.title = form_title,
	.draw = form_draw,
	.key = form_key,
	.help = form_help,
	.typing = qlist_screen_typing,
	.flush = form_flush,
	.destroy = form_destroy,
};

struct screen *screen_form_new(struct app *a)
{
	/* Whoever reaches the form gets the draft in the terminal on exit. */
	a->print_draft = true;
	struct form_screen *fs = xcalloc(1, sizeof(*fs));
	qlist_init(&fs->q);
	return screen_new(&form_ops, 8, fs);
}
