/* rules.c: judging a case by the criteria of data/rules.yaml in
 * three-valued logic (spec/rules.md): routing (DORA only with its sectors,
 * scope), the criteria of every listed entity type in the spec's order,
 * recurring incidents last, the facts still missing, what would change the
 * verdict (`near`: the crossing instant of a running disruption), the
 * explanations in the chosen language, and the warnings. */
#include "config.h"

#include "core/rules_internal.h"
#include "core/numfmt.h"
#include "core/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* ---- which criteria: every listed type's, in the spec's order ------------- */

struct judged {
	size_t crit;
	const char *id;
};

/* Guide ids first, then by the IR article, then in the data's order (the
 * article's letters follow each other there). */
static long order_key(const struct judged *j)
{
	const char *p = j->id;
	long art = 0;
	bool ir = !strncmp(p, "IR", 2);
	while (*p && (*p < '0' || *p > '9'))
		p++;
	while (*p >= '0' && *p <= '9')
		art = art * 10 + (*p++ - '0');
	return ((ir ? 1L : 0L) << 40) | ((ir ? art : 0L) << 20) | (long)j->crit;
}

static size_t judged_list(const struct ruleset *rs, unsigned types, struct judged **out)
{
	struct judged *v = xcalloc(rs->n * ET_COUNT + 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < rs->n; i++) {
		for (int t = 0; t < ET_COUNT; t++) {
			const char *id = rs->crit[i].ids[t];
			if (!(types & (1u << t)) || !id)
				continue;
			bool dup = false;
			for (size_t k = 0; k < n && !dup; k++)
				dup = v[k].crit == i && !strcmp(v[k].id, id);
			if (!dup)
				v[n++] = (struct judged){ i, id };
		}
	}
	for (size_t i = 1; i < n; i++) {   /* insertion sort: stable, small */
		struct judged j = v[i];
		size_t k = i;
		while (k > 0 && order_key(&v[k - 1]) > order_key(&j)) {
			v[k] = v[k - 1];
			k--;
		}
		v[k] = j;
	}
	*out = v;
	return n;
}

/* ---- sectors ---------------------------------------------------------------- */

static bool sector_in(const struct case_file *c, const struct sector_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (case_has_sector(c, l->ids[i]))
			return true;
	return false;
}

/* With entity.type absent: whether the sectors allow a type of the IR (any
 * when no sector is given). */
static bool ir_type_possible(const struct ruleset *rs, const struct case_file *c)
{
	if (!c->entity.n_sectors)
		return true;
	for (int t = 0; t < ET_COUNT; t++)
		if (t != ET_GENERAL && sector_in(c, &rs->type_sectors[t]))
			return true;
	return false;
}

static bool trust_possible(const struct ruleset *rs, const struct case_file *c)
{
	return !c->entity.n_sectors || sector_in(c, &rs->type_sectors[ET_TRUST_SERVICE]);
}

static bool has_dora_sector(const struct ruleset *rs, const struct case_file *c)
{
	for (size_t i = 0; i < rs->n_dora_sectors; i++)
		if (case_has_sector(c, rs->dora_sectors[i]))
			return true;
	return false;
}

/* ---- missing ------------------------------------------------------------------ */

/* The name to list for input `name` of an unknown criterion cr, or NULL
 * when it is known (spec/rules.md, missing; a duration that is a lower bound
 * not yet meeting its threshold, or an ended one without restoration, is
 * listed as incident.restored). */
static const char *missing_name(const struct ctx *x, const struct criterion *cr, const char *name)
{
	const struct case_file *c = x->c;
	int64_t v;
	if (!strcmp(name, "incident.aware"))
		return c->incident.aware.set ? NULL : name;
	if (!strcmp(name, "malicious"))
		return c->incident.malicious == MAL_UNKNOWN ? name : NULL;
	if (!strcmp(name, "related")) {
		const struct expr *re = rules_expr_find(&cr->when, EX_RECURRING);
		for (size_t i = 0; re && i < c->n_related; i++) {
			if (!rules_in_window(c, &c->related[i]))
				continue;
			for (size_t k = 0; k < re->rec->n_reads; k++)
				if (!rules_related_has(&c->related[i], re->rec->reads[k]))
					return name;
		}
		return NULL;
	}
	if (!strcmp(name, "complete_outage"))
		return !rules_value_of(x, name, &v) && !x->dur[DUR_COMPLETE].set &&
		       !x->dur[DUR_COMPLETE].needs_restored ? name : NULL;
	const struct duration *d = rules_duration(x, name);
	if (d && d->needs_restored)
		return "incident.restored";
	if (!rules_value_of(x, name, &v))
		return name;
	if (rules_lower_bound(x, name)) {
		const struct expr *cmp = rules_expr_cmp_of(&cr->when, name);
		if (cmp && !(cmp->op == CMP_GE ? v >= cmp->k : v > cmp->k))
			return "incident.restored";
	}
	return NULL;
}

/* ---- near: what would change the verdict ------------------------------------- */

static void put_clock(struct sbuf *b, instant_t t, instant_t now)
{
	struct civil l = clock_to_local(t, NULL), n = clock_to_local(now, NULL);
	if (l.year != n.year || l.month != n.month || l.day != n.day)
		sbuf_printf(b, "%04d-%02d-%02d ", l.year, l.month, l.day);
	sbuf_printf(b, "%02d:%02d:%02d", l.hour, l.min, l.sec);
}

static const char *name_or(const char *s)
{
	return s ? s : "";
}

static struct near *near_add(struct evaluation *out, const char *id, const char *fact, int64_t needed)
{
	out->near = xrealloc(out->near, (out->n_near + 1) * sizeof(*out->near));
	struct near *nr = &out->near[out->n_near++];
	memset(nr, 0, sizeof(*nr));
	nr->id = xstrdup(id);
	nr->fact = xstrdup(name_or(fact));
	nr->needed = needed;
	return nr;
}

/* Whether criterion cr is met once `fact` is `v`, all else as it is. */
static bool met_with(struct ctx *x, const struct criterion *cr, const char *fact, int64_t v)
{
	x->try_fact = fact;
	x->try_v = v;
	tri r = rules_eval_expr(x, &cr->when);
	x->try_fact = NULL;
	return r == TRI_TRUE;
}

/* For an unknown criterion: each lower-bound duration that, grown to its
 * threshold, would meet it; with the instant when the duration runs on the
 * clock (start + (needed - 1) min + 1 s: durations round up). */
static void near_durations(struct ctx *x, const struct criterion *cr, const char *id,
			   struct evaluation *out)
{
	for (size_t k = 0; k < cr->n_inputs; k++) {
		const char *name = cr->inputs[k];
		const struct expr *cmp = rules_expr_cmp_of(&cr->when, name);
		int64_t v;
		if (!cmp || !rules_lower_bound(x, name) || !rules_value_of(x, name, &v))
			continue;
		int64_t needed = cmp->op == CMP_GE ? cmp->k : cmp->k + 1;
		if (v >= needed || !met_with(x, cr, name, needed))
			continue;
		const struct duration *d = rules_duration(x, name);
		struct near *nr = near_add(out, id, name, needed);
		struct sbuf part;
		sbuf_init(&part);
		if (d && d->computed) {
			nr->has_at = true;
			nr->at = x->start + (needed - 1) * 60 + 1;
			put_clock(&part, nr->at, x->now);
			const char *vars[] = { "id", id, "time", sbuf_str(&part), NULL };
			nr->text = rules_fill(x->rs, RT_NOTE_CROSSING, x->lang, vars);
		} else {
			sbuf_printf(&part, "%lld", (long long)(needed - v));
			const char *vars[] = { "id", id, "minutes", sbuf_str(&part), NULL };
			nr->text = rules_fill(x->rs, needed - v == 1 ? RT_NOTE_LASTS_MORE_1 : RT_NOTE_LASTS_MORE,
					      x->lang, vars);
		}
		sbuf_free(&part);
	}
}

/* The smallest value of `fact` that node e (a comparison, a share, a loss)
 * would let pass, or -1. */
static int64_t threshold_of(const struct ctx *x, const struct expr *e, const char *fact)
{
	int64_t lim;
	if (!e->fact || strcmp(e->fact, fact) != 0)
		return -1;
	switch (e->kind) {
	case EX_CMP:
		return e->op == CMP_GE ? e->k : e->op == CMP_GT ? e->k + 1 : -1;
	case EX_SHARE:
		if (e->op == CMP_LE)
			return -1;
		if (!rules_users_limit(x, e, &lim)) {
			if (!e->has_cap)
				return -1;
			lim = e->cap;
		}
		return e->op == CMP_GE ? (lim > 0 ? lim : 1) : lim + 1;
	case EX_LOSS_OVER: {
		/* above the amount, or at (above) the share of a known turnover */
		int64_t best = e->k + 1, t;
		if (rules_value_of(x, "turnover_eur", &t) && t > 0) {
			int64_t share = rules_euro_threshold(x, FACT_NUMBER_MAX, e->pct);
			bool exact = rules_cmp_products(share, 100 * PCT_SCALE, t, e->pct) == 0;
			int64_t at = (e->op == CMP_GE && exact) ? share : share + 1;
			if (at < best)
				best = at > 0 ? at : 1;
		}
		return best;
	}
	default:
		return -1;
	}
}

static int64_t threshold_in(const struct ctx *x, const struct expr *e, const char *fact)
{
	int64_t best = threshold_of(x, e, fact);
	for (size_t i = 0; i < e->n; i++) {
		int64_t t = threshold_in(x, &e->kids[i], fact);
		if (t >= 0 && (best < 0 || t < best))
			best = t;
	}
	return best;
}

static void put_number(struct sbuf *b, const struct ctx *x, const char *fact, int64_t v)
{
	const struct fact_def *f = x->rs->facts ? facts_find(x->rs->facts, fact) : NULL;
	if (f && f->unit == UNIT_EUR)
		numfmt_eur(b, v, x->lang);
	else
		numfmt_int(b, v, x->lang);
}

/* For a criterion not met: each known count or amount above 0 that, raised to the
 * criterion's threshold, would meet it ("G3a: met with EUR 200,000 (direct
 * financial loss; now EUR 40,000)"). */
static void near_values(struct ctx *x, const struct criterion *cr, const char *id,
			struct evaluation *out)
{
	for (size_t k = 0; k < cr->n_inputs; k++) {
		const char *name = cr->inputs[k];
		const struct fact_def *f = x->rs->facts ? facts_find(x->rs->facts, name) : NULL;
		int64_t v, needed;
		if (!f || f->kind != FACT_NUMBER || !strcmp(name, "users") || !strcmp(name, "turnover_eur") ||
		    rules_lower_bound(x, name) || !rules_value_of(x, name, &v) || v == 0)
			continue;   /* none at all (no loss, no one cut off): not "near" */
		if (rules_duration(x, name) && x->dis == DISRUPTION_ONGOING)
			continue;
		needed = threshold_in(x, &cr->when, name);
		if (needed <= v || !met_with(x, cr, name, needed))
			continue;
		struct near *nr = near_add(out, id, name, needed);
		struct sbuf a, b;
		sbuf_init(&a);
		sbuf_init(&b);
		put_number(&a, x, name, needed);
		put_number(&b, x, name, v);
		const char *vars[] = { "id", id, "needed", sbuf_str(&a), "value", sbuf_str(&b),
				       "label", text3_get(&f->label, x->lang), NULL };
		nr->text = rules_fill(x->rs, RT_NOTE_NEAR_VALUE, x->lang, vars);
		sbuf_free(&a);
		sbuf_free(&b);
	}
}

/* ---- texts ---------------------------------------------------------------------- */

static char *explain(struct ctx *x, const struct criterion *cr, const char *id)
{
	struct sbuf b;
	sbuf_init(&b);
	rules_expand(&b, text3_get(&cr->text, x->lang), x, cr, id);
	if (rules_expr_uses_suspected(&cr->when) && x->c->incident.malicious == MAL_UNSURE) {
		sbuf_puts(&b, "; ");
		sbuf_puts(&b, text3_get(&x->rs->texts[RT_NOTE_UNSURE], x->lang));
	}
	for (int i = 0; i < DUR_COUNT; i++) {
		if (!x->dur[i].computed || !rules_expr_reads(&cr->when, x->dur[i].fact))
			continue;
		sbuf_puts(&b, "; ");
		sbuf_puts(&b, text3_get(&x->rs->texts[RT_NOTE_COMPUTED], x->lang));
		break;
	}
	sbuf_puts(&b, " (");
	rules_expand(&b, text3_get(&cr->ref, x->lang), x, cr, id);
	sbuf_puts(&b, ")");
	return sbuf_take(&b);
}

static char *warning_text(const struct ctx *x, enum rules_text t, const char *fields)
{
	const char *vars[] = { "fields", fields ? fields : "", NULL };
	return rules_fill(x->rs, t, x->lang, vars);
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
	const struct ruleset *rs = x->rs;
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
	if (f.len) {
		char *t = warning_text(x, RT_WARN_ROUTING_DEFAULT, sbuf_str(&f));
		struct sbuf b;
		sbuf_init(&b);
		sbuf_puts(&b, t);
		free(t);
		if (!c->entity.type_set && ir_type_possible(rs, c)) {
			sbuf_puts(&b, "; ");
			sbuf_puts(&b, text3_get(&rs->texts[RT_NOTE_TYPE_POSSIBLE], x->lang));
			if (trust_possible(rs, c)) {
				sbuf_puts(&b, "; ");
				sbuf_puts(&b, text3_get(&rs->texts[RT_NOTE_TRUST_POSSIBLE], x->lang));
			}
		}
		idtexts_add(w, "routing-default", sbuf_take(&b));
	}
	sbuf_free(&f);

	bool dora = c->entity.dora.set && c->entity.dora.v;
	bool sector = has_dora_sector(rs, c);
	if (dora && !sector)
		idtexts_add(w, "dora-sector", warning_text(x, c->entity.n_sectors ? RT_WARN_DORA_SET_ASIDE
									   : RT_WARN_DORA_NO_SECTOR, NULL));
	else if (!dora && sector)
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

/* ---- the criteria ----------------------------------------------------------------- */

struct judgement {
	struct strlist met, missing;
	struct idtexts expl;
	bool any_unknown;
};

static void judge(struct ctx *x, struct evaluation *out, struct judgement *j)
{
	const struct ruleset *rs = x->rs;
	struct judged *list;
	size_t n = judged_list(rs, x->types, &list);
	tri *vals = xcalloc(n + 1, sizeof(*vals));
	bool *looked = xcalloc(n + 1, sizeof(*looked));
	bool other_met = false;
	/* First every criterion but the recurring ones, which count only when
	 * nothing else is met. */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n; i++) {
			const struct criterion *cr = &rs->crit[list[i].crit];
			bool rec = cr->when.kind == EX_RECURRING;
			if (rec != (pass == 1) || (rec && other_met))
				continue;
			tri v = (cr->availability && x->planned) ? TRI_FALSE : rules_eval_expr(x, &cr->when);
			vals[i] = v;
			looked[i] = true;
			if (v == TRI_TRUE && !rec)
				other_met = true;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct criterion *cr = &rs->crit[list[i].crit];
		const char *id = list[i].id;
		if (!looked[i])
			continue;
		out->outcomes = xrealloc(out->outcomes, (out->n_outcomes + 1) * sizeof(*out->outcomes));
		out->outcomes[out->n_outcomes].id = xstrdup(id);
		out->outcomes[out->n_outcomes].value = vals[i];
		out->n_outcomes++;
		if (vals[i] == TRI_TRUE) {
			strlist_add_once(&j->met, id);
			if (cr->when.kind == EX_RECURRING)
				rules_eval_expr(x, &cr->when);   /* its figures, for the text */
			idtexts_add(&j->expl, id, explain(x, cr, id));
		} else if (vals[i] == TRI_UNKNOWN) {
			j->any_unknown = true;
			for (size_t k = 0; k < cr->n_inputs; k++) {
				const char *m = missing_name(x, cr, cr->inputs[k]);
				if (m)
					strlist_add_once(&j->missing, m);
			}
			near_durations(x, cr, id, out);
			near_values(x, cr, id, out);
		} else if (!x->planned || !cr->availability) {
			near_values(x, cr, id, out);
		}
	}
	free(vals);
	free(looked);
	free(list);
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

static void append_note(char **text, const char *sep, const char *note)
{
	char *t = xasprintf("%s%s%s", *text, sep, note);
	free(*text);
	*text = t;
}

void rules_evaluate(const struct ruleset *rs, const struct case_file *c, instant_t now,
		    enum lang lang, struct evaluation *out)
{
	memset(out, 0, sizeof(*out));
	struct ctx x;
	rules_ctx_init(&x, rs, c, now, lang);
	out->regime = regime_for_types(x.types);
	out->disruption = x.dis;

	struct judgement j;
	memset(&j, 0, sizeof(j));
	struct idtexts warn = { 0 };
	collect_warnings(&x, &warn);

	bool dora = c->entity.dora.set && c->entity.dora.v;
	bool routed = true;
	if (dora && has_dora_sector(rs, c)) {
		out->verdict = VERDICT_DORA;
	} else if ((c->entity.nis2_set && c->entity.nis2 == NIS2_NONE) ||
		   (c->incident.annex_service.set && !c->incident.annex_service.v)) {
		out->verdict = VERDICT_OUT_OF_SCOPE;
	} else {
		routed = false;
	}

	bool type_open = !c->entity.type_set && ir_type_possible(rs, c);
	struct strlist missing = { 0 };
	if (!routed) {
		judge(&x, out, &j);
		if (j.met.n)
			out->verdict = VERDICT_SIGNIFICANT;
		else if (j.any_unknown || type_open)
			out->verdict = VERDICT_UNDETERMINED;   /* an IR type could decide */
		else if (x.planned)
			out->verdict = VERDICT_NOT_AN_INCIDENT;
		else
			out->verdict = VERDICT_NOT_SIGNIFICANT;
		bool open = out->verdict == VERDICT_SIGNIFICANT || out->verdict == VERDICT_UNDETERMINED;
		if (dora && !c->entity.n_sectors && open)
			strlist_add_once(&missing, "entity.sectors");
		if (type_open)
			strlist_add_once(&missing, "entity.type");
	}
	for (size_t i = 0; i < j.missing.n; i++)
		strlist_add_once(&missing, j.missing.v[i]);
	for (size_t i = 0; i < j.missing.n; i++)
		free(j.missing.v[i]);
	free(j.missing.v);

	bool ir = out->regime == REGIME_IR;
	if (out->verdict == VERDICT_SIGNIFICANT) {
		if (type_open)
			append_note(&j.expl.v[0].text, "; ", text3_get(&rs->texts[RT_NOTE_IR_MAY_DECIDE], lang));
	} else {
		enum rules_text t;
		switch (out->verdict) {
		case VERDICT_DORA: t = RT_DORA; break;
		case VERDICT_OUT_OF_SCOPE: t = RT_OUT_OF_SCOPE; break;
		case VERDICT_UNDETERMINED: t = RT_UNDETERMINED; break;
		case VERDICT_NOT_AN_INCIDENT: t = ir ? RT_NOT_AN_INCIDENT_IR : RT_NOT_AN_INCIDENT; break;
		default: t = ir ? RT_NOT_SIGNIFICANT_IR : RT_NOT_SIGNIFICANT; break;
		}
		char *text = xstrdup(text3_get(&rs->texts[t], lang));
		if (out->verdict == VERDICT_NOT_AN_INCIDENT && x.dis == DISRUPTION_ONGOING)
			append_note(&text, ". ", text3_get(&rs->texts[RT_NOTE_MAINTENANCE_OVERRUN], lang));
		idtexts_add(&j.expl, verdict_name(out->verdict), text);
	}

	/* The clock needs the moment of awareness. */
	const struct incident *in = &c->incident;
	bool clock_runs = out->verdict == VERDICT_SIGNIFICANT || out->verdict == VERDICT_UNDETERMINED;
	bool gdpr_needs = in->personal_data.set && in->personal_data.v && !in->gdpr_aware.set;
	if (!in->aware.set && (clock_runs || gdpr_needs))
		strlist_add_once(&missing, "incident.aware");

	/* 24 h notification for a trust service (NIS2 art. 23(4)): when listed,
	 * and while it is possible with the type absent. */
	unsigned listed = case_entity_types(c);
	bool trust_listed = listed & (1u << ET_TRUST_SERVICE);
	bool trust_maybe = !c->entity.type_set && trust_possible(rs, c);
	out->notify_24h = trust_listed || trust_maybe;
	out->notify_24h_if_trust = trust_maybe || (trust_listed && listed != (1u << ET_TRUST_SERVICE));

	/* what would change the verdict: only while it is not significant */
	if (out->verdict == VERDICT_SIGNIFICANT || routed) {
		for (size_t i = 0; i < out->n_near; i++) {
			free(out->near[i].id);
			free(out->near[i].fact);
			free(out->near[i].text);
		}
		free(out->near);
		out->near = NULL;
		out->n_near = 0;
	}
	finish(out, &j.met, &missing, &j.expl, &warn);
}
