/* screen_aware.c: step 3: the moment of awareness, which starts the clock
 * (guide A.4), the start and detection of the incident, whether the service
 * is disrupted (asked before any duration: spec/rules.md, "The disruption's
 * state"), and its restoration. */
#include "config.h"

#include <stdlib.h>

#include "core/case_check.h"
#include "core/disruption.h"
#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"
#include "tui/time_reason.h"

enum { ID_AWARE = 1, ID_STARTED, ID_DETECTED, ID_LOGGED, ID_DISRUPTION, ID_RESTORED, ID_RESOLVED,
       ID_NEXT };

struct aware_screen {
	struct qlist q;   /* first: qlist_screen_* use it */
};

static const char *aware_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("When: the moment of awareness");
}

static bool id_moment(int id, enum time_moment *m)
{
	switch (id) {
	case ID_AWARE: *m = TM_AWARE; return true;
	case ID_STARTED: *m = TM_STARTED; return true;
	case ID_DETECTED: *m = TM_DETECTED; return true;
	case ID_LOGGED: *m = TM_LOGGED; return true;
	case ID_RESTORED: *m = TM_RESTORED; return true;
	case ID_RESOLVED: *m = TM_RESOLVED; return true;
	default: return false;
	}
}

/* A time is refused where it is typed when it is in the future or out of
 * order with the others, with the reason. */
static bool check_time(void *ctx, const struct q_answer *ans, char **why)
{
	enum time_moment which;
	return !id_moment(ans->id, &which) || time_reason_order(ctx, which, ans->time, why);
}

static void add_time(struct qlist *q, int id, const char *label, struct opt_time v, const char *help)
{
	struct q_item *it = qlist_add(q, Q_TIME, id, label);
	it->set = v.set;
	it->time = v.t;
	q_item_help(it, help);
}

static void build(struct aware_screen *as, struct app *a)
{
	struct qlist *q = &as->q;
	const struct incident *in = &a->kase.incident;
	qlist_clear(q);
	q->lang = a->lang;
	add_time(q, ID_AWARE, time_moment_label(TM_AWARE), in->aware,
		 _("Guide A.4: you are aware when, after a first assessment, you have a reasonable "
		   "degree of certainty that a significant incident happened (not at the first "
		   "alert). The deadlines count from this moment. n sets it to now."));
	if (!in->aware.set)
		q->items[q->n - 1].alert = true;
	add_time(q, ID_STARTED, time_moment_label(TM_STARTED), in->started,
		 _("When the disruption began, if known (form field 8-Incident_Date)."));
	add_time(q, ID_DETECTED, time_moment_label(TM_DETECTED), in->detected,
		 _("When the first alert came in (your monitoring, a customer, a third party)."));
	add_time(q, ID_LOGGED, time_moment_label(TM_LOGGED), in->logged,
		 _("Optional: the earliest trace found afterwards."));
	const char *states[DISRUPTION_COUNT] = {
		[DISRUPTION_NONE] = _("no"),
		[DISRUPTION_ONGOING] = _("yes, still"),
		[DISRUPTION_ENDED] = _("yes, it is over"),
	};
	struct q_item *it = qlist_add(q, Q_CHOICE, ID_DISRUPTION, _("Is the service disrupted?"));
	q_item_options(it, DISRUPTION_COUNT, states);
	it->set = in->disruption_set;
	it->choice = (int)disruption_of(&a->kase);
	if (!in->disruption_set) {
		/* what the verdict takes meanwhile (derived from the times) */
		char *n = xasprintf(_("Not answered yet: taken as \"%s\" from the times and facts given."),
				    states[it->choice]);
		q_item_note(it, n);
		free(n);
	}
	q_item_help(it, _("No: nothing is computed from the times and every outage is 0. Yes, still: "
			  "every duration so far is a lower bound that grows until the service is "
			  "restored, so a threshold not reached yet stays open. Yes, it is over: give "
			  "the restoration below."));
	add_time(q, ID_RESTORED, time_moment_label(TM_RESTORED), in->restored,
		 _("Leave unknown while the service is still disrupted: the outage then runs until now."));
	add_time(q, ID_RESOLVED, time_moment_label(TM_RESOLVED), in->resolved,
		 _("The end of the handling; the final report is due one month after it when the "
		   "incident lasts beyond the usual term (guide A.4)."));
	qlist_add(q, Q_ACTION, ID_NEXT, _("Continue"));
}

static void aware_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct aware_screen *as = s->priv;
	as->q.now = app_now(a);
	build(as, a);
	qlist_draw(&as->q, body);
}

/* The disruption's state, refused (old value kept) when the answers so far
 * contradict it: "no" beside minutes of outage. */
static void apply_disruption(struct app *a, struct aware_screen *as, const struct q_answer *ans)
{
	struct incident *in = &a->kase.incident;
	bool old_set = in->disruption_set;
	enum disruption old = in->disruption;
	in->disruption_set = ans->set;
	in->disruption = ans->set ? (enum disruption)ans->choice : DISRUPTION_NONE;
	struct case_problem p;
	if (!case_check_values(&a->kase, &p)) {
		in->disruption_set = old_set;
		in->disruption = old;
		app_refuse(a, &as->q, ans->id, &p);
		return;
	}
	app_changed(a);
}

static void apply(struct app *a, struct aware_screen *as, const struct q_answer *ans)
{
	struct incident *in = &a->kase.incident;
	struct opt_time *t = NULL;
	if (ans->id == ID_DISRUPTION) {
		apply_disruption(a, as, ans);
		return;
	}
	/* A restoration ends a disruption said to be still going on. */
	if (ans->id == ID_RESTORED && ans->set && in->disruption_set &&
	    in->disruption == DISRUPTION_ONGOING)
		in->disruption = DISRUPTION_ENDED;
	switch (ans->id) {
	case ID_AWARE: t = &in->aware; break;
	case ID_STARTED: t = &in->started; break;
	case ID_DETECTED: t = &in->detected; break;
	case ID_LOGGED: t = &in->logged; break;
	case ID_RESTORED: t = &in->restored; break;
	case ID_RESOLVED: t = &in->resolved; break;
	default: return;
	}
	t->set = ans->set;
	t->t = ans->time;
	app_changed(a);
}

/* A time being typed when the link drops, or on the way back, is kept. */
static void aware_flush(struct screen *s, struct app *a)
{
	struct aware_screen *as = s->priv;
	struct q_answer ans;
	if (qlist_pending_answer(&as->q, &ans))
		apply(a, as, &ans);
}

static bool aware_key(struct screen *s, struct app *a, const struct key *k)
{
	struct aware_screen *as = s->priv;
	struct incident *in = &a->kase.incident;
	struct q_answer ans;
	as->q.now = app_now(a);
	/* Opening the empty awareness field offers now, the usual answer. */
	if (!as->q.editing && as->q.n && as->q.items[as->q.sel].id == ID_AWARE && !in->aware.set &&
	    key_is_enter(k)) {
		as->q.items[as->q.sel].set = true;
		as->q.items[as->q.sel].time = as->q.now;
	}
	switch (qlist_key(&as->q, k, &ans)) {
	case Q_ANSWER: apply(a, as, &ans); return true;
	case Q_ACTIVATE:
	case Q_NEXT: app_goto_step(a, 4); return true;
	case Q_USED: return true;
	case Q_IGNORED: break;
	}
	return false;
}

static const struct screen_ops aware_ops = {
	.name = "aware",
	.title = aware_title,
	.draw = aware_draw,
	.key = aware_key,
	.help = qlist_screen_help,
	.typing = qlist_screen_typing,
	.flush = aware_flush,
	.destroy = qlist_screen_destroy,
};

struct screen *screen_aware_new(struct app *a)
{
	struct aware_screen *as = xcalloc(1, sizeof(*as));
	qlist_init(&as->q);
	as->q.check = check_time;
	as->q.check_ctx = a;
	return screen_new(&aware_ops, 3, as);
}
