/* rules_eval.c: the values the criteria read (typed, computed from the
 * times, lower bounds while the disruption goes on) and the three-valued
 * evaluation of the expressions of data/rules.yaml, recurring incidents
 * included (spec/rules.md). */
#include "config.h"

#include "core/rules_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- exact arithmetic ---------------------------------------------------- */

/* a*b compared with c*d for non-negative operands, exactly: the products
 * of a case's numbers (up to 10^15) and percentages (up to 10^5) do not fit
 * in 64 bits.  Returns -1, 0 or 1. */
static void mul_u128(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
	uint64_t a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
	uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
	uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
	*lo = (p00 & 0xffffffffu) | (mid << 32);
	*hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

int rules_cmp_products(int64_t a, int64_t b, int64_t c, int64_t d)
{
	uint64_t h1, l1, h2, l2;
	mul_u128((uint64_t)a, (uint64_t)b, &h1, &l1);
	mul_u128((uint64_t)c, (uint64_t)d, &h2, &l2);
	if (h1 != h2)
		return h1 < h2 ? -1 : 1;
	if (l1 != l2)
		return l1 < l2 ? -1 : 1;
	return 0;
}

/* ---- the case's values -------------------------------------------------- */

/* The disruption's start: incident.started, else the earlier of detected
 * and logged. */
static bool disruption_start(const struct case_file *c, instant_t *out)
{
	const struct incident *in = &c->incident;
	if (in->started.set) {
		*out = in->started.t;
	} else if (in->detected.set && in->logged.set) {
		*out = in->detected.t < in->logged.t ? in->detected.t : in->logged.t;
	} else if (in->detected.set || in->logged.set) {
		*out = in->detected.set ? in->detected.t : in->logged.t;
	} else {
		return false;
	}
	return true;
}

static const struct fact_def *fact_def_of(const struct ctx *x, const char *name)
{
	return x->rs && x->rs->facts ? facts_find(x->rs->facts, name) : NULL;
}

/* One computed duration (spec/rules.md): typed values win; complete_outage
 * false makes complete outage minutes 0; a stated `none` makes them 0; with
 * a disruption (and, for complete outage minutes, complete_outage true)
 * they run from the start to the restoration, or to now while ongoing. */
static void compute_duration(struct ctx *x, struct duration *d, const char *flag)
{
	const struct case_file *c = x->c;
	int64_t v;
	if (case_impact_get(c, d->fact, &v)) {
		d->set = true;
		d->v = v;
		return;
	}
	if (flag && case_impact_get(c, flag, &v) && !v) {
		d->set = true;
		d->v = 0;
		return;
	}
	if (x->dis == DISRUPTION_NONE) {
		if (x->dis_stated) {
			d->set = true;
			d->v = 0;
		}
		return;
	}
	if (flag && !(case_impact_get(c, flag, &v) && v))
		return;
	if (!x->have_start)
		return;
	instant_t end;
	if (c->incident.restored.set) {
		end = c->incident.restored.t;
	} else if (x->dis == DISRUPTION_ENDED) {
		d->needs_restored = true;
		return;
	} else {
		end = x->now;
	}
	if (end < x->start)
		return;   /* times out of order: cannot be computed */
	/* Partial minutes round up: the safe side for every threshold. */
	d->v = (end - x->start + 59) / 60;
	d->set = true;
	d->computed = true;
}

unsigned rules_case_types(const struct case_file *c)
{
	unsigned m = case_entity_types(c);
	return m ? m : 1u << ET_GENERAL;
}

void rules_ctx_init(struct ctx *x, const struct ruleset *rs, const struct case_file *c,
		    instant_t now, enum lang lang)
{
	memset(x, 0, sizeof(*x));
	x->rs = rs;
	x->c = c;
	x->now = now;
	x->lang = lang;
	x->types = rules_case_types(c);
	x->type_absent = !c->entity.type_set;
	x->planned = c->incident.planned_maintenance.set && c->incident.planned_maintenance.v;
	x->dis = disruption_of(c);
	x->dis_stated = c->incident.disruption_set;
	x->have_start = disruption_start(c, &x->start);
	x->dur[DUR_OUTAGE].fact = "outage_minutes";
	x->dur[DUR_COMPLETE].fact = "complete_outage_minutes";
	compute_duration(x, &x->dur[DUR_OUTAGE], NULL);
	compute_duration(x, &x->dur[DUR_COMPLETE], "complete_outage");
}

const struct duration *rules_duration(const struct ctx *x, const char *name)
{
	for (int i = 0; i < DUR_COUNT; i++)
		if (!strcmp(name, x->dur[i].fact))
			return &x->dur[i];
	return NULL;
}

bool rules_value_of(const struct ctx *x, const char *name, int64_t *v)
{
	const struct case_file *c = x->c;
	if (x->try_fact && !strcmp(name, x->try_fact)) {
		*v = x->try_v;
		return true;
	}
	if (!strcmp(name, "users")) {
		*v = c->entity.users.v;
		return c->entity.users.set;
	}
	if (!strcmp(name, "turnover_eur")) {
		*v = c->entity.turnover_eur.v;
		return c->entity.turnover_eur.set;
	}
	const struct duration *d = rules_duration(x, name);
	if (d) {
		*v = d->v;
		return d->set;
	}
	if (case_impact_get(c, name, v))
		return true;
	/* "Is the service disrupted? no": every availability value is 0. */
	if (disruption_fact(name) && x->dis == DISRUPTION_NONE && x->dis_stated) {
		*v = 0;
		return true;
	}
	return false;
}

bool rules_lower_bound(const struct ctx *x, const char *name)
{
	if (x->dis != DISRUPTION_ONGOING || x->planned || (x->try_fact && !strcmp(name, x->try_fact)))
		return false;
	const struct fact_def *f = fact_def_of(x, name);
	int64_t v;
	return f && disruption_fact(name) && f->unit == UNIT_MINUTES && rules_value_of(x, name, &v);
}

/* ---- expressions ---------------------------------------------------------- */

/* count op pct% of base, with the "without users" rules of spec/rules.md. */
tri rules_share(int64_t count, bool base_set, int64_t base, enum cmp_op op,
		 int64_t pct, bool has_cap, int64_t cap)
{
	if (op == CMP_LE) {
		if (count == 0)
			return TRI_TRUE;
		if (!base_set)
			return TRI_UNKNOWN;
		return tri_from_bool(rules_cmp_products(count, 100 * PCT_SCALE, base, pct) <= 0);
	}
	if (count == 0)
		return TRI_FALSE;   /* a count of 0 never meets a share */
	if (has_cap && count > cap)
		return TRI_TRUE;
	if (!base_set)
		return TRI_UNKNOWN;
	int r = rules_cmp_products(count, 100 * PCT_SCALE, base, pct);
	return tri_from_bool(op == CMP_GE ? r >= 0 : r > 0);
}

/* v > amount, or v above (at least, pct_ge) pct% of turnover; a turnover of
 * 0 leaves the amount, and a loss of 0 never meets. */
tri rules_loss_over(int64_t v, bool turnover_set, int64_t turnover, int64_t amount, int64_t pct,
		    bool pct_ge)
{
	if (v > amount)
		return TRI_TRUE;
	if (v == 0)
		return TRI_FALSE;
	if (!turnover_set)
		return TRI_UNKNOWN;
	if (turnover == 0)
		return TRI_FALSE;
	int r = rules_cmp_products(v, 100 * PCT_SCALE, turnover, pct);
	return tri_from_bool(pct_ge ? r >= 0 : r > 0);
}

static tri eval_recurring(struct ctx *x, const struct recurring_spec *r);

tri rules_eval_expr(struct ctx *x, const struct expr *e)
{
	int64_t v, w;
	switch (e->kind) {
	case EX_ALL: {
		tri t = TRI_TRUE;
		for (size_t i = 0; i < e->n; i++)
			t = tri_and(t, rules_eval_expr(x, &e->kids[i]));
		return t;
	}
	case EX_ANY: {
		tri t = TRI_FALSE;
		for (size_t i = 0; i < e->n; i++)
			t = tri_or(t, rules_eval_expr(x, &e->kids[i]));
		return t;
	}
	case EX_NOT:
		return tri_not(rules_eval_expr(x, &e->kids[0]));
	case EX_FACT:
		if (!rules_value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		return tri_from_bool(v != 0);
	case EX_SUSPECTED:
		switch (x->c->incident.malicious) {
		case MAL_YES: case MAL_UNSURE: return TRI_TRUE;
		case MAL_NO: return TRI_FALSE;
		default: return TRI_UNKNOWN;
		}
	case EX_CMP: {
		if (!rules_value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		bool r = false;
		switch (e->op) {
		case CMP_GE: r = v >= e->k; break;
		case CMP_GT: r = v > e->k; break;
		case CMP_LT: r = v < e->k; break;
		case CMP_LE: r = v <= e->k; break;
		}
		/* A lower bound that can still grow: what it does not meet yet is
		 * unknown, what "less than" holds now may stop holding. */
		if (rules_lower_bound(x, e->fact) &&
		    ((e->op == CMP_GE || e->op == CMP_GT) ? !r : r))
			return TRI_UNKNOWN;
		return tri_from_bool(r);
	}
	case EX_SHARE: {
		if (!rules_value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		bool base_set = rules_value_of(x, e->base, &w);
		return rules_share(v, base_set, w, e->op, e->pct, e->has_cap, e->cap);
	}
	case EX_LOSS_OVER: {
		if (!rules_value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		bool ts = rules_value_of(x, "turnover_eur", &w);
		return rules_loss_over(v, ts, w, e->k, e->pct, e->op == CMP_GE);
	}
	case EX_RECURRING:
		return eval_recurring(x, e->rec);
	}
	return TRI_UNKNOWN;
}

bool rules_expr_uses_suspected(const struct expr *e)
{
	if (e->kind == EX_SUSPECTED)
		return true;
	for (size_t i = 0; i < e->n; i++)
		if (rules_expr_uses_suspected(&e->kids[i]))
			return true;
	return false;
}

const struct expr *rules_expr_find(const struct expr *e, enum expr_kind k)
{
	if (e->kind == k)
		return e;
	for (size_t i = 0; i < e->n; i++) {
		const struct expr *f = rules_expr_find(&e->kids[i], k);
		if (f)
			return f;
	}
	return NULL;
}

const struct expr *rules_expr_cmp_of(const struct expr *e, const char *fact)
{
	if (e->kind == EX_CMP && (e->op == CMP_GE || e->op == CMP_GT) && !strcmp(e->fact, fact))
		return e;
	for (size_t i = 0; i < e->n; i++) {
		const struct expr *f = rules_expr_cmp_of(&e->kids[i], fact);
		if (f)
			return f;
	}
	return NULL;
}

bool rules_expr_reads(const struct expr *e, const char *fact)
{
	if (e->fact && !strcmp(e->fact, fact))
		return true;
	for (size_t i = 0; i < e->n; i++)
		if (rules_expr_reads(&e->kids[i], fact))
			return true;
	return false;
}

/* ---- recurring incidents (G5, IR4) ------------------------------------------ */

/* The date of an incident for the 6-month window: its start, else the moment
 * of awareness. */
static bool related_date(const struct related *r, instant_t *t)
{
	if (r->started.set) { *t = r->started.t; return true; }
	if (r->aware.set) { *t = r->aware.t; return true; }
	return false;
}

bool rules_this_date(const struct case_file *c, instant_t *t)
{
	if (c->incident.started.set) { *t = c->incident.started.t; return true; }
	if (c->incident.aware.set) { *t = c->incident.aware.t; return true; }
	return false;
}

/* Whether related entry r is one of the incidents considered together. */
bool rules_in_window(const struct case_file *c, const struct related *r)
{
	instant_t me, d;
	if (!rules_this_date(c, &me) || !related_date(r, &d))
		return false;
	if (r->significant.set && r->significant.v)
		return false;   /* only incidents not significant on their own */
	return d >= clock_add_months(me, -6) && d <= me;
}

bool rules_related_has(const struct related *r, const char *what)
{
	if (!strcmp(what, "loss_eur")) return r->loss_eur.set;
	if (!strcmp(what, "outage_minutes")) return r->outage_minutes.set;
	if (!strcmp(what, "outage_users")) return r->outage_users.set;
	if (!strcmp(what, "users_unknown")) return true;   /* absent = false */
	if (!strcmp(what, "significant")) return true;
	return false;
}

static tri eval_recurring(struct ctx *x, const struct recurring_spec *r)
{
	const struct case_file *c = x->c;
	x->rec_fin = x->rec_avail = x->rec_others = TRI_FALSE;
	x->rec_count = 1;
	x->rec_loss = x->rec_minutes = 0;
	x->rec_threshold_amount = r->amount;
	x->rec_threshold_pct = r->pct;
	if (c->n_related == 0)
		return TRI_FALSE;   /* no other incident: nothing recurs */
	instant_t me;
	if (!rules_this_date(c, &me))
		return TRI_UNKNOWN;
	size_t n_in = 0;
	for (size_t i = 0; i < c->n_related; i++)
		if (rules_in_window(c, &c->related[i]))
			n_in++;
	if (n_in == 0)
		return TRI_FALSE;   /* at least two incidents in all */
	x->rec_count = (int64_t)n_in + 1;

	int64_t users = 0;
	bool users_set = rules_value_of(x, "users", &users);
	tri result = TRI_FALSE;

	if (r->financial) {
		int64_t sum = 0, v;
		bool all_known = true;
		if (rules_value_of(x, "loss_eur", &v))
			sum += v;
		else
			all_known = false;
		for (size_t i = 0; i < c->n_related; i++) {
			const struct related *e = &c->related[i];
			if (!rules_in_window(c, e))
				continue;
			if (e->loss_eur.set)
				sum += e->loss_eur.v;
			else
				all_known = false;
		}
		int64_t t;
		bool ts = rules_value_of(x, "turnover_eur", &t);
		tri f = rules_loss_over(sum, ts, t, r->amount, r->pct, r->pct_ge);
		if (!all_known && f == TRI_FALSE)
			f = TRI_UNKNOWN;   /* the missing losses could add up */
		x->rec_fin = f;
		x->rec_loss = sum;
		result = tri_or(result, f);
	}

	if (r->availability) {
		/* Each episode counts when it reached the share itself (our
		 * reading); sure minutes, and the most the doubtful ones could
		 * add (-1: without bound). */
		int64_t sure = 0, doubt = 0;
		bool unbounded = false;
		for (size_t i = 0; i <= c->n_related; i++) {
			tri qual;
			bool m_set;
			int64_t m = 0;
			if (i == c->n_related) {
				if (x->planned)
					continue;   /* its own outage was planned */
				int64_t ou, uu;
				tri s = rules_value_of(x, "outage_users", &ou)
					? rules_share(ou, users_set, users, CMP_GE, r->avail_pct, false, 0) : TRI_UNKNOWN;
				tri un = rules_value_of(x, "users_unknown", &uu) ? tri_from_bool(uu != 0) : TRI_UNKNOWN;
				qual = tri_or(s, un);
				m_set = rules_value_of(x, "outage_minutes", &m);
				if (m_set && qual != TRI_FALSE && rules_lower_bound(x, "outage_minutes"))
					unbounded = true;   /* its outage still grows */
			} else {
				const struct related *e = &c->related[i];
				if (!rules_in_window(c, e))
					continue;
				tri s = e->outage_users.set
					? rules_share(e->outage_users.v, users_set, users, CMP_GE, r->avail_pct, false, 0)
					: TRI_UNKNOWN;
				tri un = tri_from_bool(e->users_unknown.set && e->users_unknown.v);
				qual = tri_or(s, un);
				m_set = e->outage_minutes.set;
				m = e->outage_minutes.v;
			}
			if (qual == TRI_FALSE)
				continue;
			if (!m_set) {
				unbounded = true;
			} else if (qual == TRI_TRUE) {
				sure += m;
			} else {
				doubt += m;
			}
		}
		tri a;
		if (sure >= r->avail_minutes)
			a = TRI_TRUE;
		else if (unbounded || sure + doubt >= r->avail_minutes)
			a = TRI_UNKNOWN;
		else
			a = TRI_FALSE;
		x->rec_avail = a;
		x->rec_minutes = sure;
		result = tri_or(result, a);
	}

	if (r->others) {
		int64_t v;
		tri o = rules_value_of(x, r->others, &v) ? tri_from_bool(v != 0) : TRI_UNKNOWN;
		x->rec_others = o;
		result = tri_or(result, o);
	}
	return result;
}
