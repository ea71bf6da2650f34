/* screen_related.c: the page of earlier incidents with the same root cause
 * (guide A.2, 5; IR art. 4), pushed from the facts step.  Each incident is
 * asked only for what the regime's recurring criterion reads (the rules
 * engine says which values: rules_related_reads), plus its dates and
 * whether it was significant on its own (then it does not count). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/xalloc.h"
#include "io/case_problem.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"

/* Item ids: entry * ID_STRIDE + what; the buttons are negative. */
enum { F_STARTED, F_AWARE, F_SIGNIFICANT, F_LOSS, F_MINUTES, F_USERS, F_USERS_UNKNOWN,
       F_REMOVE, ID_STRIDE = 16 };
#define ID_ADD (-2)
#define ID_BACK (-3)

struct related_screen {
	struct qlist q;   /* first: qlist_screen_* use it */
};

static const char *related_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Earlier incidents with the same root cause");
}

static bool reads(const char *const *names, size_t n, const char *what)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], what) == 0)
			return true;
	return false;
}

static void add_time(struct qlist *q, int id, const char *label, struct opt_time v, const char *help)
{
	struct q_item *it = qlist_add(q, Q_TIME, id, label);
	it->set = v.set;
	it->time = v.t;
	q_item_help(it, help);
}

static void add_tri(struct qlist *q, int id, const char *label, struct opt_bool v, const char *help)
{
	struct q_item *it = qlist_add(q, Q_TRI, id, label);
	it->set = v.set;
	it->choice = v.v ? TRI_TRUE : TRI_FALSE;
	q_item_help(it, help);
}

/* A value of an earlier incident, worded by the fact registry's label of
 * the same fact of this incident. */
static void add_number(struct qlist *q, const struct app *a, int id, const char *fact, struct opt_i64 v)
{
	const struct fact_def *f = facts_find(&a->ds.facts, fact);
	/* The registry's labels are for the middle of a sentence. */
	char *label = xstrdup(f ? text3_get(&f->label, a->lang) : fact);
	if (label[0] >= 'a' && label[0] <= 'z')
		label[0] = (char)(label[0] - 'a' + 'A');
	struct q_item *it = qlist_add(q, Q_NUMBER, id, label);
	free(label);
	it->set = v.set;
	it->number = v.v;
	it->euro = f && f->unit == UNIT_EUR;
	if (f)
		q_item_help(it, text3_get(&f->question, a->lang));
}

static void build(struct related_screen *rs, struct app *a)
{
	struct qlist *q = &rs->q;
	const struct case_file *c = &a->kase;
	unsigned t = rules_case_types(c);
	const char *names[16];
	size_t n = rules_related_reads(&a->ds.rules, t, names, 16);
	if (n > 16)
		n = 16;
	qlist_clear(q);
	q->lang = a->lang;
	qlist_add(q, Q_INFO, 0, _("They count within 6 months before this one, if not significant."));
	for (size_t i = 0; i < c->n_related; i++) {
		const struct related *r = &c->related[i];
		int base = (int)i * ID_STRIDE;
		char *head = xasprintf(_("Earlier incident %zu"), i + 1);
		qlist_add(q, Q_HEADING, 0, head);
		free(head);
		if (!case_related_complete(r)) {
			struct case_problem p = { .kind = CP_RELATED_NO_AWARE, .index = i };
			char *why = case_problem_answer_text(&p, &a->ds.facts, a->lang);
			qlist_add(q, Q_INFO, 0, why)->alert = true;
			free(why);
		}
		add_time(q, base + F_AWARE, _("Aware of that incident"), r->aware,
			 _("Needed: an earlier incident is saved in the case once this is known."));
		add_time(q, base + F_STARTED, _("Start of that incident"), r->started,
			 _("It counts when it started (else when you became aware of it) at most 6 "
			   "months before this incident."));
		add_tri(q, base + F_SIGNIFICANT, _("Was it significant on its own?"), r->significant,
			_("An incident that was significant (and notified) on its own does not count "
			  "towards a recurring incident."));
		if (reads(names, n, "loss_eur"))
			add_number(q, a, base + F_LOSS, "loss_eur", r->loss_eur);
		if (reads(names, n, "outage_users")) {
			add_number(q, a, base + F_USERS, "outage_users", r->outage_users);
			add_tri(q, base + F_USERS_UNKNOWN, _("Number of users without access unknown?"),
				r->users_unknown,
				_("Yes when it cannot be determined how many users had no access."));
		}
		if (reads(names, n, "outage_minutes"))
			add_number(q, a, base + F_MINUTES, "outage_minutes", r->outage_minutes);
		qlist_add(q, Q_ACTION, base + F_REMOVE, _("Remove this incident"));
	}
	qlist_add(q, Q_ACTION, ID_ADD, _("Add an earlier incident"));
	qlist_add(q, Q_ACTION, ID_BACK, _("Back to the facts"));
}

static void related_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct related_screen *rs = s->priv;
	rs->q.now = app_now(a);
	build(rs, a);
	qlist_draw(&rs->q, body);
}

static void apply(struct app *a, const struct q_answer *ans)
{
	if (ans->id < 0)
		return;
	size_t i = (size_t)(ans->id / ID_STRIDE);
	if (i >= a->kase.n_related)
		return;
	int64_t yes = ans->set && ans->choice == TRI_TRUE;
	bool ok;
	switch (ans->id % ID_STRIDE) {
	case F_STARTED: ok = answer_related(&a->kase, i, RV_STARTED, ans->set, ans->time); break;
	case F_AWARE: ok = answer_related(&a->kase, i, RV_AWARE, ans->set, ans->time); break;
	case F_SIGNIFICANT: ok = answer_related(&a->kase, i, RV_SIGNIFICANT, ans->set, yes); break;
	case F_LOSS: ok = answer_related(&a->kase, i, RV_LOSS_EUR, ans->set, ans->number); break;
	case F_MINUTES: ok = answer_related(&a->kase, i, RV_OUTAGE_MINUTES, ans->set, ans->number); break;
	case F_USERS: ok = answer_related(&a->kase, i, RV_OUTAGE_USERS, ans->set, ans->number); break;
	case F_USERS_UNKNOWN: ok = answer_related(&a->kase, i, RV_USERS_UNKNOWN, ans->set, yes); break;
	default: return;
	}
	if (ok)
		app_changed(a);
}

static void activate(struct related_screen *rs, struct app *a, int id)
{
	if (id == ID_BACK) {
		app_pop(a);
		return;
	}
	if (id == ID_ADD) {
		if (!case_related_add(&a->kase)) {
			app_notice(a, true, "%s", _("No more earlier incidents can be added."));
			return;
		}
		app_changed(a);
		build(rs, a);
		qlist_select(&rs->q, (int)(a->kase.n_related - 1) * ID_STRIDE + F_AWARE);
		return;
	}
	if (id >= 0 && id % ID_STRIDE == F_REMOVE) {
		size_t i = (size_t)(id / ID_STRIDE);
		case_related_remove(&a->kase, i);
		app_changed(a);
		app_notice(a, false, _("Earlier incident %zu removed."), i + 1);
	}
}

static bool related_key(struct screen *s, struct app *a, const struct key *k)
{
	struct related_screen *rs = s->priv;
	struct q_answer ans;
	rs->q.now = app_now(a);
	build(rs, a);
	switch (qlist_key(&rs->q, k, &ans)) {
	case Q_ANSWER: apply(a, &ans); return true;
	case Q_ACTIVATE: activate(rs, a, ans.id); return true;
	case Q_NEXT: app_pop(a); return true;
	case Q_USED: return true;
	case Q_IGNORED: break;
	}
	return false;
}

/* A number or date being typed when the link drops is kept. */
static void related_flush(struct screen *s, struct app *a)
{
	struct related_screen *rs = s->priv;
	struct q_answer ans;
	if (qlist_pending_answer(&rs->q, &ans))
		apply(a, &ans);
}

static const struct screen_ops related_ops = {
	.name = "related",
	.title = related_title,
	.draw = related_draw,
	.key = related_key,
	.help = qlist_screen_help,
	.typing = qlist_screen_typing,
	.flush = related_flush,
	.destroy = qlist_screen_destroy,
};

struct screen *screen_related_new(struct app *a)
{
	(void)a;
	struct related_screen *rs = xcalloc(1, sizeof(*rs));
	qlist_init(&rs->q);
	return screen_new(&related_ops, 0, rs);
}
