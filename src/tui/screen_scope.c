/* screen_scope.c: step 4: is the incident in scope (a system supporting an
 * Annex I/II service affected), was it planned maintenance, are personal
 * data involved (guide A.1, A.2, D)? */
#include "config.h"

#include <stdlib.h>

#include "core/asked.h"
#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"
#include "tui/time_reason.h"

enum { ID_ANNEX = 1, ID_PLANNED, ID_PERSONAL, ID_GDPR_AWARE, ID_NEXT };

struct scope_screen {
	struct qlist q;   /* first: qlist_screen_* use it */
};

static const char *scope_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("Scope of the incident");
}

static void add_tri(struct qlist *q, int id, const char *label, struct opt_bool v, const char *help)
{
	struct q_item *it = qlist_add(q, Q_TRI, id, label);
	it->set = v.set;
	it->choice = v.v ? TRI_TRUE : TRI_FALSE;
	q_item_help(it, help);
}

static void build(struct scope_screen *ss, struct app *a)
{
	struct qlist *q = &ss->q;
	const struct incident *in = &a->kase.incident;
	qlist_clear(q);
	q->lang = a->lang;
	add_tri(q, ID_ANNEX, _("Is a system supporting an Annex I or II service affected?"),
		in->annex_service,
		_("Guide A.1: only incidents affecting the network and information systems that "
		  "support the services for which the entity is under the NIS2 law must be "
		  "notified. Unknown is taken as yes (the safe side)."));
	if (asked_planned_maintenance(&a->kase)) {
		add_tri(q, ID_PLANNED, _("Only the planned effects of scheduled maintenance?"),
			in->planned_maintenance,
			_("Guide A.2 and IR art. 3(2): the planned consequences of scheduled maintenance "
			  "are not an incident. If the work overran its plan, answer no."));
	}
	add_tri(q, ID_PERSONAL, _("Are personal data involved?"), in->personal_data,
		_("Guide D: a personal-data breach is notified separately to the data protection "
		  "authority (GBA/APD) within 72 hours."));
	if (asked_gdpr_aware(&a->kase)) {
		struct q_item *it = qlist_add(q, Q_TIME, ID_GDPR_AWARE,
					      _("Aware of the personal-data breach (if another moment)"));
		it->set = in->gdpr_aware.set;
		it->time = in->gdpr_aware.t;
		q_item_help(it, _("Leave unknown when it is the same moment of awareness."));
	}
	qlist_add(q, Q_ACTION, ID_NEXT, _("Continue"));
}

static void scope_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct scope_screen *ss = s->priv;
	ss->q.now = app_now(a);
	build(ss, a);
	qlist_draw(&ss->q, body);
}

static void set_opt(struct opt_bool *o, const struct q_answer *ans)
{
	o->set = ans->set;
	o->v = ans->set && ans->choice == TRI_TRUE;
}

static void apply(struct app *a, const struct q_answer *ans)
{
	struct incident *in = &a->kase.incident;
	switch (ans->id) {
	case ID_ANNEX: set_opt(&in->annex_service, ans); break;
	case ID_PLANNED: set_opt(&in->planned_maintenance, ans); break;
	case ID_PERSONAL: set_opt(&in->personal_data, ans); break;
	case ID_GDPR_AWARE:
		in->gdpr_aware.set = ans->set;
		in->gdpr_aware.t = ans->time;
		break;
	default: return;
	}
	app_changed(a);
}

/* A date being typed when the link drops, or on the way back, is kept. */
static void scope_flush(struct screen *s, struct app *a)
{
	struct scope_screen *ss = s->priv;
	struct q_answer ans;
	if (qlist_pending_answer(&ss->q, &ans))
		apply(a, &ans);
}

static bool scope_key(struct screen *s, struct app *a, const struct key *k)
{
	struct scope_screen *ss = s->priv;
	struct q_answer ans;
	ss->q.now = app_now(a);
	switch (qlist_key(&ss->q, k, &ans)) {
	case Q_ANSWER: apply(a, &ans); return true;
	case Q_ACTIVATE:
	case Q_NEXT: app_goto_step(a, 5); return true;
	case Q_USED: return true;
	case Q_IGNORED: break;
	}
	return false;
}

static const struct screen_ops scope_ops = {
	.name = "scope",
	.title = scope_title,
	.draw = scope_draw,
	.key = scope_key,
	.help = qlist_screen_help,
	.typing = qlist_screen_typing,
	.flush = scope_flush,
	.destroy = qlist_screen_destroy,
};

struct screen *screen_scope_new(struct app *a)
{
	struct scope_screen *ss = xcalloc(1, sizeof(*ss));
	qlist_init(&ss->q);
	ss->q.check = time_reason_check_future;
	ss->q.check_ctx = a;
	return screen_new(&scope_ops, 4, ss);
}
