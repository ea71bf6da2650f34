/* rules.c: applying the criteria of data/rules.yaml to a case, in
 * three-valued logic (spec/rules.md): routing, the criteria of the entity's
 * regime, recurring incidents, the facts still missing, the explanations in
 * the chosen language, and the warnings. */
#include "config.h"

#include "core/rules.h"
#include "core/placeholder.h"

#include "core/numfmt.h"
#include "core/xalloc.h"

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

static int cmp_products(int64_t a, int64_t b, int64_t c, int64_t d)
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

struct ctx {
	const struct ruleset *rs;
	const struct case_file *c;
	instant_t now;
	enum lang lang;
	enum entity_type type;
	bool planned;
	bool minutes_computed;   /* outage_minutes came from the times */
	bool minutes_set;
	int64_t minutes;
	/* The last recurring evaluation, for its explanation. */
	int64_t rec_count, rec_loss, rec_minutes;
	tri rec_fin, rec_avail, rec_others;
	int64_t rec_threshold_amount, rec_threshold_pct;
};

static bool incident_outage_minutes(const struct case_file *c, instant_t now, int64_t *out)
{
	const struct incident *in = &c->incident;
	instant_t start;
	if (in->started.set) {
		start = in->started.t;
	} else if (in->detected.set || in->logged.set) {
		if (in->detected.set && in->logged.set)
			start = in->detected.t < in->logged.t ? in->detected.t : in->logged.t;
		else
			start = in->detected.set ? in->detected.t : in->logged.t;
	} else {
		return false;
	}
	instant_t end = in->restored.set ? in->restored.t : now;
	/* Partial minutes round up: the safe side for every threshold. */
	*out = end <= start ? 0 : (end - start + 59) / 60;
	return true;
}

static bool value_of(const struct ctx *x, const char *name, int64_t *v)
{
	const struct case_file *c = x->c;
	if (!strcmp(name, "users")) {
		*v = c->entity.users.v;
		return c->entity.users.set;
	}
	if (!strcmp(name, "turnover_eur")) {
		*v = c->entity.turnover_eur.v;
		return c->entity.turnover_eur.set;
	}
	if (!strcmp(name, "outage_minutes")) {
		*v = x->minutes;
		return x->minutes_set;
	}
	return case_impact_get(c, name, v);
}

/* ---- expressions ---------------------------------------------------------- */

static tri from_bool(bool b)
{
	return b ? TRI_TRUE : TRI_FALSE;
}

/* count op pct% of base, with the "without users" rules of spec/rules.md. */
static tri share(int64_t count, bool base_set, int64_t base, enum cmp_op op,
		 int64_t pct, bool has_cap, int64_t cap)
{
	if (op == CMP_LE) {
		if (count == 0)
			return TRI_TRUE;
		if (!base_set)
			return TRI_UNKNOWN;
		return from_bool(cmp_products(count, 100 * PCT_SCALE, base, pct) <= 0);
	}
	if (count == 0)
		return TRI_FALSE;   /* a count of 0 never meets a share */
	if (has_cap && count > cap)
		return TRI_TRUE;
	if (!base_set)
		return TRI_UNKNOWN;
	int r = cmp_products(count, 100 * PCT_SCALE, base, pct);
	return from_bool(op == CMP_GE ? r >= 0 : r > 0);
}

/* v > min(amount, pct% of turnover); a turnover of 0 leaves the amount. */
static tri loss_over(int64_t v, bool turnover_set, int64_t turnover, int64_t amount, int64_t pct)
{
	if (v > amount)
		return TRI_TRUE;
	if (!turnover_set)
		return v == 0 ? TRI_FALSE : TRI_UNKNOWN;
	if (turnover == 0)
		return TRI_FALSE;
	return from_bool(cmp_products(v, 100 * PCT_SCALE, turnover, pct) > 0);
}

static tri eval_recurring(struct ctx *x, const struct recurring_spec *r);

static tri eval_expr(struct ctx *x, const struct expr *e)
{
	int64_t v, w;
	switch (e->kind) {
	case EX_ALL: {
		tri t = TRI_TRUE;
		for (size_t i = 0; i < e->n; i++)
			t = tri_and(t, eval_expr(x, &e->kids[i]));
		return t;
	}
	case EX_ANY: {
		tri t = TRI_FALSE;
		for (size_t i = 0; i < e->n; i++)
			t = tri_or(t, eval_expr(x, &e->kids[i]));
		return t;
	}
	case EX_NOT:
		return tri_not(eval_expr(x, &e->kids[0]));
	case EX_FACT:
		if (!value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		return from_bool(v != 0);
	case EX_SUSPECTED:
		switch (x->c->incident.malicious) {
		case MAL_YES: case MAL_UNSURE: return TRI_TRUE;
		case MAL_NO: return TRI_FALSE;
		default: return TRI_UNKNOWN;
		}
	case EX_CMP:
		if (!value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		switch (e->op) {
		case CMP_GE: return from_bool(v >= e->k);
		case CMP_GT: return from_bool(v > e->k);
		case CMP_LT: return from_bool(v < e->k);
		case CMP_LE: return from_bool(v <= e->k);
		}
		return TRI_UNKNOWN;
	case EX_SHARE: {
		if (!value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		bool base_set = value_of(x, e->base, &w);
		return share(v, base_set, w, e->op, e->pct, e->has_cap, e->cap);
	}
	case EX_LOSS_OVER: {
		if (!value_of(x, e->fact, &v))
			return TRI_UNKNOWN;
		bool ts = value_of(x, "turnover_eur", &w);
		return loss_over(v, ts, w, e->k, e->pct);
	}
	case EX_RECURRING:
		return eval_recurring(x, e->rec);
	}
	return TRI_UNKNOWN;
}

static bool expr_uses_suspected(const struct expr *e)
{
	if (e->kind == EX_SUSPECTED)
		return true;
	for (size_t i = 0; i < e->n; i++)
		if (expr_uses_suspected(&e->kids[i]))
			return true;
	return false;
}

static const struct expr *expr_find(const struct expr *e, enum expr_kind k)
{
	if (e->kind == k)
		return e;
	for (size_t i = 0; i < e->n; i++) {
		const struct expr *f = expr_find(&e->kids[i], k);
		if (f)
			return f;
	}
	return NULL;
}

static bool expr_reads(const struct expr *e, const char *fact)
{
	if (e->fact && !strcmp(e->fact, fact))
		return true;
	for (size_t i = 0; i < e->n; i++)
		if (expr_reads(&e->kids[i], fact))
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

static bool this_date(const struct case_file *c, instant_t *t)
{
	if (c->incident.started.set) { *t = c->incident.started.t; return true; }
	if (c->incident.aware.set) { *t = c->incident.aware.t; return true; }
	return false;
}

/* Whether related entry r is one of the incidents considered together. */
static bool in_window(const struct case_file *c, const struct related *r)
{
	instant_t me, d;
	if (!this_date(c, &me) || !related_date(r, &d))
		return false;
	if (r->significant.set && r->significant.v)
		return false;   /* only incidents not significant on their own */
	return d >= clock_add_months(me, -6) && d <= me;
}

static bool related_has(const struct related *r, const char *what)
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
	if (!this_date(c, &me))
		return TRI_UNKNOWN;
	size_t n_in = 0;
	for (size_t i = 0; i < c->n_related; i++)
		if (in_window(c, &c->related[i]))
			n_in++;
	if (n_in == 0)
		return TRI_FALSE;   /* at least two incidents in all */
	x->rec_count = (int64_t)n_in + 1;

	int64_t users = 0;
	bool users_set = value_of(x, "users", &users);
	tri result = TRI_FALSE;

	if (r->financial) {
		int64_t sum = 0, v;
		bool all_known = true;
		if (value_of(x, "loss_eur", &v))
			sum += v;
		else
			all_known = false;
		for (size_t i = 0; i < c->n_related; i++) {
			const struct related *e = &c->related[i];
			if (!in_window(c, e))
				continue;
			if (e->loss_eur.set)
				sum += e->loss_eur.v;
			else
				all_known = false;
		}
		int64_t t;
		bool ts = value_of(x, "turnover_eur", &t);
		tri f = loss_over(sum, ts, t, r->amount, r->pct);
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
				tri s = value_of(x, "outage_users", &ou)
					? share(ou, users_set, users, CMP_GE, r->avail_pct, false, 0) : TRI_UNKNOWN;
				tri un = value_of(x, "users_unknown", &uu) ? from_bool(uu != 0) : TRI_UNKNOWN;
				qual = tri_or(s, un);
				m_set = value_of(x, "outage_minutes", &m);
			} else {
				const struct related *e = &c->related[i];
				if (!in_window(c, e))
					continue;
				tri s = e->outage_users.set
					? share(e->outage_users.v, users_set, users, CMP_GE, r->avail_pct, false, 0)
					: TRI_UNKNOWN;
				tri un = from_bool(e->users_unknown.set && e->users_unknown.v);
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
		tri o = value_of(x, r->others, &v) ? from_bool(v != 0) : TRI_UNKNOWN;
		x->rec_others = o;
		result = tri_or(result, o);
	}
	return result;
}

/* ---- texts ------------------------------------------------------------------- */

static enum fact_unit unit_of(const struct ruleset *rs, const char *name)
{
	const struct fact_def *d = rs->facts ? facts_find(rs->facts, name) : NULL;
	return d ? d->unit : UNIT_NONE;
}

static void put_value(struct sbuf *b, const struct ctx *x, const char *name)
{
	int64_t v;
	if (!value_of(x, name, &v)) {
		sbuf_puts(b, "?");
		return;
	}
	if (unit_of(x->rs, name) == UNIT_EUR)
		numfmt_eur(b, v, x->lang);
	else
		numfmt_int(b, v, x->lang);
}

/* The euro threshold min(amount, pct% of turnover), rounded down (a whole
 * euro amount exceeds the exact threshold exactly when it exceeds this). */
static int64_t euro_threshold(const struct ctx *x, int64_t amount, int64_t pct)
{
	int64_t t;
	if (!value_of(x, "turnover_eur", &t) || t == 0)
		return amount;
	/* t * pct / (100 * PCT_SCALE) without overflow: t <= 10^15. */
	int64_t share_eur = (int64_t)((long double)t * (long double)pct / (100.0L * PCT_SCALE));
	while (share_eur > 0 && cmp_products(share_eur, 100 * PCT_SCALE, t, pct) > 0)
		share_eur--;
	while (cmp_products(share_eur + 1, 100 * PCT_SCALE, t, pct) <= 0)
		share_eur++;
	return share_eur < amount ? share_eur : amount;
}

/* The users limit of a share: "at least" -> the smallest count that meets
 * it; "more than" -> the largest that does not. */
static bool users_limit(const struct ctx *x, const struct expr *s, int64_t *out)
{
	int64_t base;
	if (!value_of(x, s->base, &base))
		return false;
	long double exact = (long double)base * (long double)s->pct / (100.0L * PCT_SCALE);
	int64_t lim = (int64_t)exact;
	if (s->op == CMP_GE) {
		/* smallest n with n * 100 * SCALE >= base * pct */
		while (lim > 0 && cmp_products(lim - 1, 100 * PCT_SCALE, base, s->pct) >= 0)
			lim--;
		while (cmp_products(lim, 100 * PCT_SCALE, base, s->pct) < 0)
			lim++;
	} else {
		/* largest n with n * 100 * SCALE <= base * pct */
		while (lim > 0 && cmp_products(lim, 100 * PCT_SCALE, base, s->pct) > 0)
			lim--;
		while (cmp_products(lim + 1, 100 * PCT_SCALE, base, s->pct) <= 0)
			lim++;
		if (s->has_cap && s->cap < lim)
			lim = s->cap;
	}
	*out = lim;
	return true;
}

static void put_true_facts(struct sbuf *b, const struct ctx *x, const struct criterion *cr)
{
	bool first = true;
	for (size_t i = 0; i < cr->n_inputs; i++) {
		const struct fact_def *d = x->rs->facts ? facts_find(x->rs->facts, cr->inputs[i]) : NULL;
		int64_t v;
		if (!d || d->kind != FACT_BOOL || !value_of(x, cr->inputs[i], &v) || !v)
			continue;
		if (!first)
			sbuf_puts(b, ", ");
		sbuf_puts(b, text3_get(&d->label, x->lang));
		first = false;
	}
}

static void expand(struct sbuf *b, const char *tmpl, const struct ctx *x,
		   const struct criterion *cr, const char *id);

static void put_recurring_parts(struct sbuf *b, const struct ctx *x, const struct criterion *cr, const char *id)
{
	const struct text3 *parts[3] = { &cr->part_financial, &cr->part_availability, &cr->part_others };
	tri vals[3] = { x->rec_fin, x->rec_avail, x->rec_others };
	bool first = true;
	for (int i = 0; i < 3; i++) {
		if (vals[i] != TRI_TRUE || !parts[i]->s[LANG_EN])
			continue;
		if (!first)
			sbuf_puts(b, "; ");
		expand(b, text3_get(parts[i], x->lang), x, cr, id);
		first = false;
	}
}

/* The article number of an IR id: "IR10a" -> "10". */
static void put_article(struct sbuf *b, const char *id)
{
	const char *p = id;
	while (*p && (*p < '0' || *p > '9'))
		p++;
	while (*p >= '0' && *p <= '9')
		sbuf_putc(b, *p++);
}

static void expand(struct sbuf *b, const char *tmpl, const struct ctx *x,
		   const struct criterion *cr, const char *id)
{
	for (const char *p = tmpl; *p; p++) {
		const char *end;
		char name[PLACEHOLDER_NAME_MAX];
		if (placeholder_at(p, name, &end) != PH_NAME) {
			sbuf_putc(b, *p);
			continue;
		}
		p = end;
		if (!strcmp(name, "threshold")) {
			const struct expr *lo = cr ? expr_find(&cr->when, EX_LOSS_OVER) : NULL;
			int64_t amount = lo ? lo->k : x->rec_threshold_amount;
			int64_t pct = lo ? lo->pct : x->rec_threshold_pct;
			numfmt_eur(b, euro_threshold(x, amount, pct), x->lang);
		} else if (!strcmp(name, "limit")) {
			const struct expr *s = cr ? expr_find(&cr->when, EX_SHARE) : NULL;
			int64_t lim;
			if (s && users_limit(x, s, &lim))
				numfmt_int(b, lim, x->lang);
			else if (s && s->has_cap)
				numfmt_int(b, s->cap, x->lang);
			else
				sbuf_puts(b, "?");
		} else if (!strcmp(name, "true_facts")) {
			put_true_facts(b, x, cr);
		} else if (!strcmp(name, "count")) {
			numfmt_int(b, x->rec_count, x->lang);
		} else if (!strcmp(name, "sum_loss")) {
			numfmt_eur(b, x->rec_loss, x->lang);
		} else if (!strcmp(name, "sum_minutes")) {
			numfmt_int(b, x->rec_minutes, x->lang);
		} else if (!strcmp(name, "recurring_parts")) {
			put_recurring_parts(b, x, cr, id);
		} else if (!strcmp(name, "art")) {
			put_article(b, id ? id : "");
		} else if (!strcmp(name, "fields")) {
			/* filled by the caller (warnings) */
		} else if (!strncmp(name, "pct:", 4)) {
			char *what = name + 4, *of = strchr(what, ':');
			if (of)
				*of++ = '\0';
			int64_t num, den;
			if (value_of(x, what, &num) && value_of(x, of ? of : "users", &den) && den > 0)
				numfmt_pct(b, num, den, x->lang);
			else
				sbuf_puts(b, "?");
		} else {
			put_value(b, x, name);
		}
	}
}

/* ---- evaluation ---------------------------------------------------------------- */

struct strlist {
	size_t n, cap;
	char **v;
};

static bool strlist_has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

static void strlist_add_once(struct strlist *l, const char *s)
{
	if (strlist_has(l, s))
		return;
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = xstrdup(s);
}

/* Whether input `name` of criterion cr is absent (spec/rules.md, missing). */
static bool input_absent(const struct ctx *x, const struct criterion *cr, const char *name)
{
	const struct case_file *c = x->c;
	int64_t v;
	if (!strcmp(name, "incident.aware"))
		return !c->incident.aware.set;
	if (!strcmp(name, "malicious"))
		return c->incident.malicious == MAL_UNKNOWN;
	if (!strcmp(name, "related")) {
		const struct expr *re = expr_find(&cr->when, EX_RECURRING);
		if (!re)
			return false;
		for (size_t i = 0; i < c->n_related; i++) {
			if (!in_window(c, &c->related[i]))
				continue;
			for (size_t k = 0; k < re->rec->n_reads; k++)
				if (!related_has(&c->related[i], re->rec->reads[k]))
					return true;
		}
		return false;
	}
	return !value_of(x, name, &v);
}

struct idtexts {
	size_t n, cap;
	struct id_text *v;
};

static void idtexts_add(struct idtexts *l, const char *id, char *text)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n].id = xstrdup(id);
	l->v[l->n].text = text;
	l->n++;
}

static char *explain(struct ctx *x, const struct criterion *cr, const char *id)
{
	struct sbuf b;
	sbuf_init(&b);
	expand(&b, text3_get(&cr->text, x->lang), x, cr, id);
	if (expr_uses_suspected(&cr->when) && x->c->incident.malicious == MAL_UNSURE) {
		sbuf_puts(&b, "; ");
		sbuf_puts(&b, text3_get(&x->rs->texts[RT_NOTE_UNSURE], x->lang));
	}
	if (x->minutes_computed && expr_reads(&cr->when, "outage_minutes")) {
		sbuf_puts(&b, "; ");
		sbuf_puts(&b, text3_get(&x->rs->texts[RT_NOTE_COMPUTED], x->lang));
	}
	sbuf_puts(&b, " (");
	expand(&b, text3_get(&cr->ref, x->lang), x, cr, id);
	sbuf_puts(&b, ")");
	return sbuf_take(&b);
}

static char *warning_text(const struct ctx *x, enum rules_text t, const char *fields)
{
	struct sbuf b;
	sbuf_init(&b);
	const char *tmpl = text3_get(&x->rs->texts[t], x->lang);
	for (const char *p = tmpl; *p; p++) {
		if (!strncmp(p, "{fields}", 8)) {
			sbuf_puts(&b, fields ? fields : "");
			p += 7;
		} else {
			sbuf_putc(&b, *p);
		}
	}
	return sbuf_take(&b);
}

static bool has_dora_sector(const struct ruleset *rs, const struct case_file *c)
{
	for (size_t i = 0; i < rs->n_dora_sectors; i++)
		if (case_has_sector(c, rs->dora_sectors[i]))
			return true;
	return false;
}

static void add_field(struct sbuf *b, const char *f)
{
	if (b->len)
		sbuf_puts(b, ", ");
	sbuf_puts(b, f);
}

static void collect_warnings(const struct ctx *x, struct idtexts *w)
{
	const struct case_file *c = x->c;
	const struct incident *in = &c->incident;
	if (!c->entity.nis2_set || c->entity.nis2 == NIS2_UNKNOWN)
		idtexts_add(w, "nis2-unknown", warning_text(x, RT_WARN_NIS2_UNKNOWN, NULL));

	struct sbuf f;
	sbuf_init(&f);
	if (!c->entity.type_set)
		add_field(&f, "entity.type: general");
	if (!c->entity.dora.set)
		add_field(&f, "entity.dora: false");
	if (!in->annex_service.set)
		add_field(&f, "incident.annex_service: true");
	if (!in->planned_maintenance.set)
		add_field(&f, "incident.planned_maintenance: false");
	if (f.len)
		idtexts_add(w, "routing-default", warning_text(x, RT_WARN_ROUTING_DEFAULT, sbuf_str(&f)));
	sbuf_free(&f);

	bool dora = c->entity.dora.set && c->entity.dora.v;
	if (dora != has_dora_sector(x->rs, c))
		idtexts_add(w, "dora-sector", warning_text(x, RT_WARN_DORA_SECTOR, NULL));

	sbuf_init(&f);
	if (in->started.set && in->detected.set && in->started.t > in->detected.t)
		add_field(&f, "incident.started > incident.detected");
	if (in->detected.set && in->aware.set && in->detected.t > in->aware.t)
		add_field(&f, "incident.detected > incident.aware");
	if (in->aware.set && in->aware.t > x->now)
		add_field(&f, "incident.aware > now");
	if (in->started.set && in->restored.set && in->restored.t < in->started.t)
		add_field(&f, "incident.restored < incident.started");
	if (in->started.set && in->resolved.set && in->resolved.t < in->started.t)
		add_field(&f, "incident.resolved < incident.started");
	if (in->restored.set && in->restored.t > x->now)
		add_field(&f, "incident.restored > now");
	if (in->resolved.set && in->resolved.t > x->now)
		add_field(&f, "incident.resolved > now");
	if (f.len)
		idtexts_add(w, "time-order", warning_text(x, RT_WARN_TIME_ORDER, sbuf_str(&f)));
	sbuf_free(&f);

	if (c->entity.public_telecom.set && c->entity.public_telecom.v)
		idtexts_add(w, "telecom", warning_text(x, RT_WARN_TELECOM, NULL));
}

static void finish(struct evaluation *out, struct strlist *met, struct strlist *missing,
		   struct idtexts *expl, struct idtexts *warn)
{
	out->met = met->v;
	out->n_met = met->n;
	out->missing = missing->v;
	out->n_missing = missing->n;
	out->explanation = expl->v;
	out->n_explanation = expl->n;
	out->warnings = warn->v;
	out->n_warnings = warn->n;
}

static void init_ctx(struct ctx *x, const struct ruleset *rs, const struct case_file *c,
		     instant_t now, enum lang lang)
{
	memset(x, 0, sizeof(*x));
	x->rs = rs;
	x->c = c;
	x->now = now;
	x->lang = lang;
	x->type = c->entity.type_set ? c->entity.type : ET_GENERAL;
	x->planned = c->incident.planned_maintenance.set && c->incident.planned_maintenance.v;
	int64_t m;
	if (case_impact_get(c, "outage_minutes", &m)) {
		x->minutes = m;
		x->minutes_set = true;
	} else if (incident_outage_minutes(c, now, &m)) {
		x->minutes = m;
		x->minutes_set = true;
		x->minutes_computed = true;
	}
}

void rules_evaluate(const struct ruleset *rs, const struct case_file *c, instant_t now,
		    enum lang lang, struct evaluation *out)
{
	memset(out, 0, sizeof(*out));
	struct ctx x;
	init_ctx(&x, rs, c, now, lang);
	out->regime = regime_for_type(x.type);

	struct strlist met = { 0 }, missing = { 0 };
	struct idtexts expl = { 0 }, warn = { 0 };
	collect_warnings(&x, &warn);

	const char *route = NULL;
	if (c->entity.dora.set && c->entity.dora.v) {
		out->verdict = VERDICT_DORA;
		route = "dora";
	} else if ((c->entity.nis2_set && c->entity.nis2 == NIS2_NONE) ||
		   (c->incident.annex_service.set && !c->incident.annex_service.v)) {
		out->verdict = VERDICT_OUT_OF_SCOPE;
		route = "out-of-scope";
	}

	bool any_unknown = false;
	if (!route) {
		/* First every criterion but the recurring ones, which count only
		 * when nothing else is met. */
		tri *vals = xcalloc(rs->n ? rs->n : 1, sizeof(*vals));
		bool *looked = xcalloc(rs->n ? rs->n : 1, sizeof(*looked));
		bool other_met = false;
		for (int pass = 0; pass < 2; pass++) {
			for (size_t i = 0; i < rs->n; i++) {
				const struct criterion *cr = &rs->crit[i];
				if (!cr->ids[x.type])
					continue;
				bool rec = cr->when.kind == EX_RECURRING;
				if (rec != (pass == 1))
					continue;
				if (rec && other_met)
					continue;   /* not evaluated */
				tri v = (cr->availability && x.planned) ? TRI_FALSE : eval_expr(&x, &cr->when);
				vals[i] = v;
				looked[i] = true;
				if (v == TRI_TRUE && !rec)
					other_met = true;
			}
		}
		for (size_t i = 0; i < rs->n; i++) {
			const struct criterion *cr = &rs->crit[i];
			if (!looked[i])
				continue;
			const char *id = cr->ids[x.type];
			out->outcomes = xrealloc(out->outcomes, (out->n_outcomes + 1) * sizeof(*out->outcomes));
			out->outcomes[out->n_outcomes].id = xstrdup(id);
			out->outcomes[out->n_outcomes].value = vals[i];
			out->n_outcomes++;
			if (vals[i] == TRI_TRUE) {
				strlist_add_once(&met, id);
				if (cr->when.kind == EX_RECURRING)
					eval_expr(&x, &cr->when);   /* its figures, for the text */
				idtexts_add(&expl, id, explain(&x, cr, id));
			} else if (vals[i] == TRI_UNKNOWN) {
				any_unknown = true;
				for (size_t k = 0; k < cr->n_inputs; k++)
					if (input_absent(&x, cr, cr->inputs[k]))
						strlist_add_once(&missing, cr->inputs[k]);
			}
		}
		free(vals);
		free(looked);
		if (met.n)
			out->verdict = VERDICT_SIGNIFICANT;
		else if (any_unknown)
			out->verdict = VERDICT_UNDETERMINED;
		else if (x.planned)
			out->verdict = VERDICT_NOT_AN_INCIDENT;
		else
			out->verdict = VERDICT_NOT_SIGNIFICANT;
	}

	if (out->verdict != VERDICT_SIGNIFICANT) {
		enum rules_text t;
		bool ir = out->regime == REGIME_IR;
		switch (out->verdict) {
		case VERDICT_DORA: t = RT_DORA; break;
		case VERDICT_OUT_OF_SCOPE: t = RT_OUT_OF_SCOPE; break;
		case VERDICT_UNDETERMINED: t = RT_UNDETERMINED; break;
		case VERDICT_NOT_AN_INCIDENT: t = ir ? RT_NOT_AN_INCIDENT_IR : RT_NOT_AN_INCIDENT; break;
		default: t = ir ? RT_NOT_SIGNIFICANT_IR : RT_NOT_SIGNIFICANT; break;
		}
		idtexts_add(&expl, verdict_name(out->verdict), xstrdup(text3_get(&rs->texts[t], lang)));
	}

	/* The clock needs the moment of awareness. */
	const struct incident *in = &c->incident;
	bool clock_runs = out->verdict == VERDICT_SIGNIFICANT || out->verdict == VERDICT_UNDETERMINED;
	bool gdpr_needs = in->personal_data.set && in->personal_data.v && !in->gdpr_aware.set;
	if (!in->aware.set && (clock_runs || gdpr_needs))
		strlist_add_once(&missing, "incident.aware");

	finish(out, &met, &missing, &expl, &warn);
}

/* ---- for the wizard -------------------------------------------------------------- */

size_t rules_criteria_for(const struct ruleset *rs, enum entity_type t, const char **ids, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < rs->n; i++) {
		if (!rs->crit[i].ids[t])
			continue;
		if (ids && n < max)
			ids[n] = rs->crit[i].ids[t];
		n++;
	}
	return n;
}

size_t rules_facts_for(const struct ruleset *rs, enum entity_type t, const char **names, size_t max)
{
	/* Each name once, in the order the criteria first read it. */
	const char **seen = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < rs->n; i++) {
		const struct criterion *cr = &rs->crit[i];
		if (!cr->ids[t])
			continue;
		for (size_t k = 0; k < cr->n_inputs; k++) {
			const char *f = cr->inputs[k];
			if (!strcmp(f, "related") || !strcmp(f, "incident.aware"))
				continue;
			bool dup = false;
			for (size_t j = 0; j < n && !dup; j++)
				dup = !strcmp(seen[j], f);
			if (dup)
				continue;
			seen = xgrow(seen, &cap, n + 1, sizeof(*seen));
			seen[n++] = f;
		}
	}
	for (size_t j = 0; names && j < n && j < max; j++)
		names[j] = seen[j];
	free(seen);
	return n;
}

static const struct criterion *find_crit(const struct ruleset *rs, enum entity_type t, const char *id)
{
	for (size_t i = 0; i < rs->n; i++)
		if (rs->crit[i].ids[t] && !strcmp(rs->crit[i].ids[t], id))
			return &rs->crit[i];
	return NULL;
}

bool rules_threshold_text(const struct ruleset *rs, const struct case_file *c, const char *id,
			  enum lang lang, struct sbuf *b)
{
	struct ctx x;
	init_ctx(&x, rs, c, 0, lang);
	const struct criterion *cr = find_crit(rs, x.type, id);
	if (!cr || !cr->threshold.s[LANG_EN])
		return false;
	const struct expr *s = expr_find(&cr->when, EX_SHARE);
	int64_t lim;
	if (s && !s->has_cap && !users_limit(&x, s, &lim))
		return false;   /* "at least 20% of your users": needs users */
	expand(b, text3_get(&cr->threshold, lang), &x, cr, id);
	return true;
}

static void collect_reads(const struct expr *e, const char **names, size_t max, size_t *n)
{
	if (e->kind == EX_RECURRING && e->rec) {
		for (size_t k = 0; k < e->rec->n_reads; k++) {
			bool dup = false;
			for (size_t j = 0; j < *n && j < max && !dup; j++)
				dup = !strcmp(names[j], e->rec->reads[k]);
			if (dup)
				continue;
			if (*n < max)
				names[*n] = e->rec->reads[k];
			(*n)++;
		}
	}
	for (size_t i = 0; i < e->n; i++)
		collect_reads(&e->kids[i], names, max, n);
}

size_t rules_related_reads(const struct ruleset *rs, enum entity_type t, const char **names, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < rs->n; i++)
		if (rs->crit[i].ids[t])
			collect_reads(&rs->crit[i].when, names, max, &n);
	return n;
}

bool rules_fact_computed(const struct case_file *c, const char *fact, instant_t now, int64_t *v)
{
	int64_t given;
	if (strcmp(fact, "outage_minutes") != 0 || case_impact_get(c, fact, &given))
		return false;
	return incident_outage_minutes(c, now, v);
}

bool rules_fact_threshold(const struct ruleset *rs, const struct case_file *c, const char *fact,
			  enum lang lang, struct sbuf *b)
{
	/* A criterion's first input is the quantity it measures (outage_users,
	 * loss_eur, ...); the others (users, turnover_eur, minutes) are what
	 * the threshold is taken from or combined with. */
	enum entity_type t = c->entity.type_set ? c->entity.type : ET_GENERAL;
	bool any = false;
	for (size_t i = 0; i < rs->n; i++) {
		const struct criterion *cr = &rs->crit[i];
		if (!cr->ids[t] || !cr->n_inputs || strcmp(cr->inputs[0], fact) != 0)
			continue;
		struct sbuf one;
		sbuf_init(&one);
		if (rules_threshold_text(rs, c, cr->ids[t], lang, &one)) {
			if (any)
				sbuf_puts(b, "; ");
			sbuf_puts(b, one.s ? one.s : "");
			any = true;
		}
		sbuf_free(&one);
	}
	return any;
}

char *rules_reference(const struct ruleset *rs, enum entity_type t, const char *id, enum lang lang)
{
	const struct criterion *cr = find_crit(rs, t, id);
	if (!cr)
		return NULL;
	struct sbuf b;
	sbuf_init(&b);
	const char *tmpl = text3_get(&cr->ref, lang);
	for (const char *p = tmpl; *p; p++) {
		if (!strncmp(p, "{art}", 5)) {
			put_article(&b, id);
			p += 4;
		} else {
			sbuf_putc(&b, *p);
		}
	}
	return sbuf_take(&b);
}

bool rules_is_input_name(const struct fact_registry *facts, const char *name)
{
	if (!strcmp(name, "incident.aware") || !strcmp(name, "related"))
		return true;
	return facts_find(facts, name) != NULL;
}

/* ---- lifetime ------------------------------------------------------------------------ */

static void expr_free(struct expr *e)
{
	for (size_t i = 0; i < e->n; i++)
		expr_free(&e->kids[i]);
	free(e->kids);
	free(e->fact);
	free(e->base);
	if (e->rec) {
		free(e->rec->others);
		for (size_t i = 0; i < e->rec->n_reads; i++)
			free(e->rec->reads[i]);
		free(e->rec->reads);
		free(e->rec);
	}
	memset(e, 0, sizeof(*e));
}

static const char *const when_names[AW_COUNT] = {
	[AW_ALWAYS] = "always", [AW_PERSONAL_DATA] = "personal-data",
	[AW_SUSPECTED] = "suspected-malicious", [AW_NO_AWARENESS] = "no-awareness",
};

const char *action_when_name(enum action_when w)
{
	return w < AW_COUNT ? when_names[w] : "?";
}

bool action_when_from_name(const char *s, enum action_when *out)
{
	for (int i = 0; i < AW_COUNT; i++)
		if (strcmp(s, when_names[i]) == 0) {
			*out = (enum action_when)i;
			return true;
		}
	return false;
}

static bool action_holds(const struct action *ac, const struct case_file *c)
{
	switch (ac->when) {
	case AW_ALWAYS: return true;
	case AW_PERSONAL_DATA: return c->incident.personal_data.set && c->incident.personal_data.v;
	case AW_SUSPECTED:
		return c->incident.malicious == MAL_YES || c->incident.malicious == MAL_UNSURE;
	case AW_NO_AWARENESS: return !c->incident.aware.set;
	case AW_COUNT: break;
	}
	return false;
}

size_t rules_actions(const struct ruleset *rs, const struct case_file *c, enum verdict v,
		     const struct action **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < rs->n_actions; i++) {
		const struct action *ac = &rs->actions[i];
		if (!(ac->verdicts & (1u << v)) || !action_holds(ac, c))
			continue;
		if (out && n < max)
			out[n] = ac;
		n++;
	}
	return n;
}

void ruleset_free(struct ruleset *rs)
{
	free(rs->edition);
	for (size_t i = 0; i < rs->n; i++) {
		struct criterion *cr = &rs->crit[i];
		for (int t = 0; t < ET_COUNT; t++)
			free(cr->ids[t]);
		expr_free(&cr->when);
		for (size_t k = 0; k < cr->n_inputs; k++)
			free(cr->inputs[k]);
		free(cr->inputs);
		text3_free(&cr->ref);
		text3_free(&cr->text);
		text3_free(&cr->threshold);
		text3_free(&cr->part_financial);
		text3_free(&cr->part_availability);
		text3_free(&cr->part_others);
	}
	free(rs->crit);
	for (int t = 0; t < RT_COUNT; t++)
		text3_free(&rs->texts[t]);
	for (size_t i = 0; i < rs->n_dora_sectors; i++)
		free(rs->dora_sectors[i]);
	free(rs->dora_sectors);
	for (size_t i = 0; i < rs->n_actions; i++)
		text3_free(&rs->actions[i].text);
	free(rs->actions);
	memset(rs, 0, sizeof(*rs));
}
