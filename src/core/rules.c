/* rules.c: evaluating the criteria of data/rules.yaml against a case
 * (spec/rules.md).  Three-valued throughout: a known value decides wherever
 * it can, and an undecided criterion names the facts it still needs. */
#include "config.h"

#include "core/rules.h"
#include "core/facts.h"
#include "core/sbuf.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const warning_names[WARN_COUNT] = {
	"nis2-unknown", "routing-default", "dora-sector", "time-order", "telecom",
};
static const char *const verdict_text_names[VT_COUNT] = {
	"dora", "out-of-scope", "undetermined", "not-an-incident", "not-an-incident-ir",
	"not-significant", "not-significant-guide",
};

const char *warning_name(enum warning_id w)
{
	return (unsigned)w < WARN_COUNT ? warning_names[w] : NULL;
}

const char *verdict_text_name(enum verdict_text v)
{
	return (unsigned)v < VT_COUNT ? verdict_text_names[v] : NULL;
}

void cond_free(struct cond *c)
{
	free(c->fact);
	free(c->base);
	for (size_t i = 0; i < c->n_args; i++)
		cond_free(&c->args[i]);
	free(c->args);
	memset(c, 0, sizeof(*c));
}

void ruleset_free(struct ruleset *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->criteria[i].id);
		cond_free(&r->criteria[i].when);
		text3_free(&r->criteria[i].text);
	}
	free(r->criteria);
	for (int i = 0; i < VT_COUNT; i++)
		text3_free(&r->verdicts[i]);
	for (int i = 0; i < WARN_COUNT; i++)
		text3_free(&r->warnings[i]);
	text3_free(&r->unsure);
	memset(r, 0, sizeof(*r));
}

/* ---- the facts of a case, as the rules read them ---- */

struct ctx {
	const struct case_file *c;
	instant_t now;
	bool planned;               /* planned maintenance: availability not met */
};

/* outage_minutes when absent: from the start of the disruption (started,
 * else the earlier of detected and logged) to restored, or to now. */
static bool computed_outage(const struct ctx *x, int64_t *v)
{
	const struct incident *in = &x->c->incident;
	instant_t from;
	if (in->started.set)
		from = in->started.t;
	else if (in->detected.set && in->logged.set)
		from = in->detected.t < in->logged.t ? in->detected.t : in->logged.t;
	else if (in->detected.set)
		from = in->detected.t;
	else if (in->logged.set)
		from = in->logged.t;
	else
		return false;
	instant_t to = in->restored.set ? in->restored.t : x->now;
	*v = to > from ? (to - from + 59) / 60 : 0;   /* whole minutes, rounded up */
	return true;
}

static bool number(const struct ctx *x, const char *name, int64_t *v)
{
	const struct entity *e = &x->c->entity;
	if (strcmp(name, "users") == 0) {
		*v = e->users.v;
		return e->users.set;
	}
	if (strcmp(name, "turnover_eur") == 0) {
		*v = e->turnover_eur.v;
		return e->turnover_eur.set;
	}
	if (case_impact_get(x->c, name, v))
		return true;
	return strcmp(name, "outage_minutes") == 0 && computed_outage(x, v);
}

static tri boolean(const struct ctx *x, const char *name)
{
	int64_t v;
	if (!case_impact_get(x->c, name, &v))
		return TRI_UNKNOWN;
	return v ? TRI_TRUE : TRI_FALSE;
}

/* count op permille/1000 of base, or count > cap (gt only) */
static tri share(bool have_count, int64_t count, bool have_base, int64_t base,
		 enum share_op op, int64_t permille, bool has_cap, int64_t cap)
{
	if (!have_count)
		return TRI_UNKNOWN;
	if (has_cap && count > cap)
		return TRI_TRUE;
	if (!have_base) {
		if (count == 0)   /* a count of 0 never meets a share; it is always within one */
			return op == SHARE_LE ? TRI_TRUE : TRI_FALSE;
		return TRI_UNKNOWN;
	}
	/* both at most FACT_NUMBER_MAX (1e15): the products fit in int64_t */
	int64_t lhs = count * 1000, rhs = base * permille;
	switch (op) {
	case SHARE_GE: return lhs >= rhs ? TRI_TRUE : TRI_FALSE;
	case SHARE_GT: return lhs > rhs ? TRI_TRUE : TRI_FALSE;
	case SHARE_LE: return lhs <= rhs ? TRI_TRUE : TRI_FALSE;
	}
	return TRI_UNKNOWN;
}

/* loss > min(cap, permille/1000 of turnover); a turnover of 0: cap alone */
static tri loss_over(bool have_loss, int64_t loss, bool have_turnover, int64_t turnover,
		     int64_t cap, int64_t permille)
{
	if (!have_loss)
		return TRI_UNKNOWN;
	if (loss > cap)
		return TRI_TRUE;
	if (loss == 0)
		return TRI_FALSE;
	if (!have_turnover)
		return TRI_UNKNOWN;
	if (turnover == 0)
		return TRI_FALSE;
	/* loss <= cap here, so loss * 1000 cannot overflow */
	return loss * 1000 > turnover * permille ? TRI_TRUE : TRI_FALSE;
}

/* ---- recurring incidents (G5, IR4) ---- */

struct episode {
	bool have_loss, have_minutes, have_users;
	int64_t loss, minutes, users;
	tri users_unknown;
	bool own;                 /* this incident */
};

/* This incident and the related ones in its 6-month window; false when the
 * window cannot be placed (no aware nor started). */
static bool episodes(const struct ctx *x, struct episode **out, size_t *n)
{
	const struct case_file *c = x->c;
	const struct incident *in = &c->incident;
	if (!in->started.set && !in->aware.set)
		return false;
	instant_t when = in->started.set ? in->started.t : in->aware.t;
	instant_t from = clock_add_months(when, -6);
	struct episode *v = xcalloc(c->n_related + 1, sizeof(*v));
	size_t k = 0;
	v[k].own = true;
	v[k].have_loss = case_impact_get(c, "loss_eur", &v[k].loss);
	v[k].have_minutes = number(x, "outage_minutes", &v[k].minutes);
	v[k].have_users = case_impact_get(c, "outage_users", &v[k].users);
	v[k].users_unknown = boolean(x, "users_unknown");
	k++;
	for (size_t i = 0; i < c->n_related; i++) {
		const struct related *r = &c->related[i];
		instant_t t = r->started.set ? r->started.t : r->aware.t;
		if ((r->significant.set && r->significant.v) || t < from || t > when)
			continue;
		v[k].have_loss = r->loss_eur.set;
		v[k].loss = r->loss_eur.v;
		v[k].have_minutes = r->outage_minutes.set;
		v[k].minutes = r->outage_minutes.v;
		v[k].have_users = r->outage_users.set;
		v[k].users = r->outage_users.v;
		v[k].users_unknown = r->users_unknown.set && r->users_unknown.v ? TRI_TRUE : TRI_FALSE;
		k++;
	}
	*out = v;
	*n = k;
	return true;
}

static tri recurring_financial(const struct ctx *x, const struct episode *v, size_t n, int64_t cap)
{
	int64_t sum = 0, turnover = 0;
	bool unknown = false, have_turnover = number(x, "turnover_eur", &turnover);
	for (size_t i = 0; i < n; i++) {
		if (!v[i].have_loss)
			unknown = true;
		else if (sum <= FACT_NUMBER_MAX)
			sum += v[i].loss;   /* saturates far above any cap */
	}
	tri known = loss_over(true, sum, have_turnover, turnover, cap, 50);
	if (known == TRI_TRUE || !unknown)
		return known;
	return TRI_UNKNOWN;
}

/* The outage minutes of the episodes in which at least 20 % of the users (or
 * an unknown number) had no access, together at least 60; each episode must
 * reach the share (our reading). */
static tri recurring_availability(const struct ctx *x, const struct episode *v, size_t n)
{
	int64_t users = 0, sure = 0, possible = 0;
	bool have_users = number(x, "users", &users), open = false;
	for (size_t i = 0; i < n; i++) {
		if (v[i].own && x->planned)
			continue;     /* the planned outage of maintenance does not count */
		tri q = tri_or(share(v[i].have_users, v[i].users, have_users, users, SHARE_GE, 200, false, 0),
			       v[i].users_unknown);
		if (q == TRI_FALSE)
			continue;
		if (!v[i].have_minutes) {
			open = true;
			continue;
		}
		if (q == TRI_TRUE)
			sure += v[i].minutes;
		possible += v[i].minutes;
	}
	if (sure >= 60)
		return TRI_TRUE;
	return open || possible >= 60 ? TRI_UNKNOWN : TRI_FALSE;
}

static tri recurring(const struct ctx *x, enum regime regime)
{
	if (x->c->n_related == 0)
		return TRI_FALSE;
	struct episode *v;
	size_t n;
	if (!episodes(x, &v, &n))
		return TRI_UNKNOWN;
	tri t = TRI_FALSE;
	if (n >= 2) {
		if (regime == REGIME_IR) {
			t = recurring_financial(x, v, n, 500000);
		} else {
			t = tri_or(recurring_financial(x, v, n, 250000), recurring_availability(x, v, n));
			t = tri_or(t, boolean(x, "recurring_others_financial"));
		}
	}
	free(v);
	return t;
}

/* ---- conditions ---- */

static tri eval(const struct ctx *x, const struct cond *c)
{
	int64_t a = 0, b = 0;
	tri t;
	switch (c->op) {
	case COND_FACT:
		return boolean(x, c->fact);
	case COND_SUSPECTED:
		if (x->c->incident.malicious == MAL_UNKNOWN)
			return TRI_UNKNOWN;
		return x->c->incident.malicious == MAL_NO ? TRI_FALSE : TRI_TRUE;
	case COND_GT:
	case COND_GE:
		if (!number(x, c->fact, &a))
			return TRI_UNKNOWN;
		return (c->op == COND_GT ? a > c->n : a >= c->n) ? TRI_TRUE : TRI_FALSE;
	case COND_SHARE: {
		bool hc = number(x, c->fact, &a), hb = number(x, c->base, &b);
		return share(hc, a, hb, b, c->share_op, c->permille, c->has_cap, c->cap);
	}
	case COND_LOSS: {
		bool hl = number(x, "loss_eur", &a), ht = number(x, "turnover_eur", &b);
		return loss_over(hl, a, ht, b, c->cap, c->permille);
	}
	case COND_ALL:
		t = TRI_TRUE;
		for (size_t i = 0; i < c->n_args; i++)
			t = tri_and(t, eval(x, &c->args[i]));
		return t;
	case COND_ANY:
		t = TRI_FALSE;
		for (size_t i = 0; i < c->n_args; i++)
			t = tri_or(t, eval(x, &c->args[i]));
		return t;
	case COND_NOT:
		return tri_not(eval(x, &c->args[0]));
	case COND_RECURRING:
		return recurring(x, c->recurring);
	}
	return TRI_UNKNOWN;
}

static bool reads_suspected(const struct cond *c)
{
	if (c->op == COND_SUSPECTED)
		return true;
	for (size_t i = 0; i < c->n_args; i++)
		if (reads_suspected(&c->args[i]))
			return true;
	return false;
}

/* ---- what is missing ---- */

struct names {
	size_t n, cap;
	char **v;
};

static void add_name(struct names *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->v[i], name) == 0)
			return;
	m->v = xgrow(m->v, &m->cap, m->n + 1, sizeof(*m->v));
	m->v[m->n++] = xstrdup(name);
}

static void add_if_absent(const struct ctx *x, struct names *m, const char *name, bool is_number)
{
	int64_t v;
	bool known = is_number ? number(x, name, &v) : boolean(x, name) != TRI_UNKNOWN;
	if (!known)
		add_name(m, name);
}

static void missing_recurring(const struct ctx *x, enum regime regime, struct names *m)
{
	const struct case_file *c = x->c;
	if (!c->incident.aware.set && !c->incident.started.set)
		add_name(m, "incident.aware");
	struct episode *v;
	size_t n;
	if (episodes(x, &v, &n)) {
		for (size_t i = 1; i < n; i++)
			if (!v[i].have_loss || (regime == REGIME_GUIDE && (!v[i].have_minutes || !v[i].have_users)))
				add_name(m, "related");
		free(v);
	}
	add_if_absent(x, m, "loss_eur", true);
	add_if_absent(x, m, "turnover_eur", true);
	if (regime == REGIME_IR)
		return;
	add_if_absent(x, m, "outage_users", true);
	add_if_absent(x, m, "users", true);
	add_if_absent(x, m, "users_unknown", false);
	add_if_absent(x, m, "outage_minutes", true);
	add_if_absent(x, m, "recurring_others_financial", false);
}

static void missing_of(const struct ctx *x, const struct cond *c, struct names *m)
{
	switch (c->op) {
	case COND_FACT:
		add_if_absent(x, m, c->fact, false);
		break;
	case COND_SUSPECTED:
		if (x->c->incident.malicious == MAL_UNKNOWN)
			add_name(m, "malicious");
		break;
	case COND_GT:
	case COND_GE:
		add_if_absent(x, m, c->fact, true);
		break;
	case COND_SHARE:
		add_if_absent(x, m, c->fact, true);
		add_if_absent(x, m, c->base, true);
		break;
	case COND_LOSS:
		add_if_absent(x, m, "loss_eur", true);
		add_if_absent(x, m, "turnover_eur", true);
		break;
	case COND_ALL:
	case COND_ANY:
	case COND_NOT:
		for (size_t i = 0; i < c->n_args; i++)
			missing_of(x, &c->args[i], m);
		break;
	case COND_RECURRING:
		missing_recurring(x, c->recurring, m);
		break;
	}
}

/* ---- the evaluation ---- */

static void add_text(struct id_text **v, size_t *n, const char *id, const char *text)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[*n].id = xstrdup(id);
	(*v)[*n].text = xstrdup(text);
	(*n)++;
}

static void warn(const struct ruleset *r, struct evaluation *e, enum warning_id w, enum lang l,
		 const char *detail)
{
	const char *base = text3_get(&r->warnings[w], l);
	char *text = detail ? xasprintf("%s %s", base, detail) : xstrdup(base);
	add_text(&e->warnings, &e->n_warnings, warning_name(w), text);
	free(text);
}

static bool sector_dora(const struct case_file *c)
{
	return case_has_sector(c, "banking") || case_has_sector(c, "financial-market-infrastructure");
}

static void time_order(const struct case_file *c, instant_t now, struct sbuf *b)
{
	const struct incident *in = &c->incident;
	struct { const struct opt_time *a, *b; const char *what; } pairs[] = {
		{ &in->detected, &in->started, "started > detected" },
		{ &in->aware, &in->detected, "detected > aware" },
		{ &in->restored, &in->started, "restored < started" },
		{ &in->resolved, &in->started, "resolved < started" },
	};
	/* a must not be before b */
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		if (pairs[i].a->set && pairs[i].b->set && pairs[i].a->t < pairs[i].b->t) {
			sbuf_puts(b, b->len ? "; " : "");
			sbuf_puts(b, pairs[i].what);
		}
	}
	struct { const struct opt_time *t; const char *what; } future[] = {
		{ &in->aware, "aware > now" }, { &in->restored, "restored > now" },
		{ &in->resolved, "resolved > now" },
	};
	for (size_t i = 0; i < sizeof(future) / sizeof(future[0]); i++) {
		if (future[i].t->set && future[i].t->t > now) {
			sbuf_puts(b, b->len ? "; " : "");
			sbuf_puts(b, future[i].what);
		}
	}
}

static void warnings(const struct ruleset *r, const struct case_file *c, instant_t now,
		     enum lang l, struct evaluation *e)
{
	const struct entity *en = &c->entity;
	const struct incident *in = &c->incident;
	struct sbuf b;
	if (!en->nis2_set || en->nis2 == NIS2_UNKNOWN)
		warn(r, e, WARN_NIS2_UNKNOWN, l, NULL);
	sbuf_init(&b);
	if (!en->dora.set)
		sbuf_puts(&b, "entity.dora: false");
	if (!in->annex_service.set)
		sbuf_printf(&b, "%sincident.annex_service: true", b.len ? "; " : "");
	if (!in->planned_maintenance.set)
		sbuf_printf(&b, "%sincident.planned_maintenance: false", b.len ? "; " : "");
	if (!en->type_set)
		sbuf_printf(&b, "%sentity.type: general", b.len ? "; " : "");
	if (b.len)
		warn(r, e, WARN_ROUTING_DEFAULT, l, sbuf_str(&b));
	sbuf_free(&b);
	if (en->dora.set && en->dora.v != sector_dora(c))
		warn(r, e, WARN_DORA_SECTOR, l, NULL);
	sbuf_init(&b);
	time_order(c, now, &b);
	if (b.len)
		warn(r, e, WARN_TIME_ORDER, l, sbuf_str(&b));
	sbuf_free(&b);
	if (en->public_telecom.set && en->public_telecom.v)
		warn(r, e, WARN_TELECOM, l, NULL);
}

static bool applies(const struct criterion *k, enum regime regime, enum entity_type type)
{
	return k->regime == regime && (k->types == 0 || (k->types & (1u << type)));
}

static char **take_names(struct names *m, size_t *n)
{
	*n = m->n;
	return m->v;
}

void rules_evaluate(const struct ruleset *r, const struct case_file *c, instant_t now,
		    enum lang l, struct evaluation *e)
{
	const struct entity *en = &c->entity;
	const struct incident *in = &c->incident;
	struct ctx x = { c, now, in->planned_maintenance.set && in->planned_maintenance.v };
	struct names missing = { 0, 0, NULL };
	bool aware_needed = in->personal_data.set && in->personal_data.v && !in->gdpr_aware.set;
	enum verdict_text vt = VT_COUNT;

	memset(e, 0, sizeof(*e));
	e->regime = regime_for_type(en->type);
	warnings(r, c, now, l, e);

	if (en->dora.set && en->dora.v) {
		e->verdict = VERDICT_DORA;
		vt = VT_DORA;
	} else if ((en->nis2_set && en->nis2 == NIS2_NONE) ||
		   (in->annex_service.set && !in->annex_service.v)) {
		e->verdict = VERDICT_OUT_OF_SCOPE;
		vt = VT_OUT_OF_SCOPE;
	}
	if (vt != VT_COUNT) {
		if (!in->aware.set && aware_needed)
			add_name(&missing, "incident.aware");
		e->missing = take_names(&missing, &e->n_missing);
		add_text(&e->explanation, &e->n_explanation, verdict_name(e->verdict),
			 text3_get(&r->verdicts[vt], l));
		return;
	}

	/* every criterion of the regime, then the recurring one if nothing is met */
	tri *value = xcalloc(r->n ? r->n : 1, sizeof(*value));
	bool *done = xcalloc(r->n ? r->n : 1, sizeof(*done));
	bool any_met = false, any_unknown = false;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < r->n; i++) {
			const struct criterion *k = &r->criteria[i];
			bool rec = k->when.op == COND_RECURRING;
			if (!applies(k, e->regime, en->type) || rec != (pass == 1))
				continue;
			if (rec && any_met)
				continue;   /* G5 / IR4 only when nothing else is met */
			value[i] = k->availability && x.planned ? TRI_FALSE : eval(&x, &k->when);
			done[i] = true;
		}
		for (size_t i = 0; i < r->n; i++)
			if (done[i] && value[i] == TRI_TRUE)
				any_met = true;
	}
	for (size_t i = 0; i < r->n; i++) {
		if (!done[i])
			continue;
		const struct criterion *k = &r->criteria[i];
		e->outcomes = xrealloc(e->outcomes, (e->n_outcomes + 1) * sizeof(*e->outcomes));
		e->outcomes[e->n_outcomes].id = xstrdup(k->id);
		e->outcomes[e->n_outcomes++].value = value[i];
		if (value[i] == TRI_TRUE) {
			e->met = xrealloc(e->met, (e->n_met + 1) * sizeof(*e->met));
			e->met[e->n_met++] = xstrdup(k->id);
		} else if (value[i] == TRI_UNKNOWN) {
			any_unknown = true;
		}
	}

	if (any_met)
		e->verdict = VERDICT_SIGNIFICANT;
	else if (any_unknown)
		e->verdict = VERDICT_UNDETERMINED;
	else if (x.planned)
		e->verdict = VERDICT_NOT_AN_INCIDENT;
	else
		e->verdict = VERDICT_NOT_SIGNIFICANT;

	/* the moment of awareness first: without it there is no clock */
	if (!in->aware.set && (any_met || any_unknown || aware_needed))
		add_name(&missing, "incident.aware");
	for (size_t i = 0; i < r->n; i++)
		if (done[i] && value[i] == TRI_UNKNOWN)
			missing_of(&x, &r->criteria[i].when, &missing);
	e->missing = take_names(&missing, &e->n_missing);

	if (any_met) {
		for (size_t i = 0; i < r->n; i++) {
			const struct criterion *k = &r->criteria[i];
			if (!done[i] || value[i] != TRI_TRUE)
				continue;
			const char *text = text3_get(&k->text, l);
			char *full = in->malicious == MAL_UNSURE && reads_suspected(&k->when)
				? xasprintf("%s %s", text, text3_get(&r->unsure, l)) : xstrdup(text);
			add_text(&e->explanation, &e->n_explanation, k->id, full);
			free(full);
		}
	} else {
		if (e->verdict == VERDICT_UNDETERMINED)
			vt = VT_UNDETERMINED;
		else if (e->verdict == VERDICT_NOT_AN_INCIDENT)
			vt = e->regime == REGIME_IR ? VT_NOT_AN_INCIDENT_IR : VT_NOT_AN_INCIDENT;
		else
			vt = e->regime == REGIME_GUIDE ? VT_NOT_SIGNIFICANT_GUIDE : VT_NOT_SIGNIFICANT;
		add_text(&e->explanation, &e->n_explanation, verdict_name(e->verdict),
			 text3_get(&r->verdicts[vt], l));
	}
	free(value);
	free(done);
}
