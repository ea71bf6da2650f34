/* rules_text.c: the explanations' words: a criterion's text with its
 * {placeholders} filled from the case (values, shares, the euro and users
 * thresholds, recurring sums), and the other texts of rules.yaml filled
 * from named values; every placeholder is found by core/placeholder.c. */
#include "config.h"

#include "core/rules_internal.h"
#include "core/numfmt.h"
#include "core/placeholder.h"

#include <stdlib.h>
#include <string.h>

static enum fact_unit unit_of(const struct ruleset *rs, const char *name)
{
	const struct fact_def *d = rs->facts ? facts_find(rs->facts, name) : NULL;
	return d ? d->unit : UNIT_NONE;
}

static void put_value(struct sbuf *b, const struct ctx *x, const char *name)
{
	int64_t v;
	if (!rules_value_of(x, name, &v)) {
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
int64_t rules_euro_threshold(const struct ctx *x, int64_t amount, int64_t pct)
{
	int64_t t;
	if (!rules_value_of(x, "turnover_eur", &t) || t == 0)
		return amount;
	/* t * pct / (100 * PCT_SCALE) without overflow: t <= 10^15. */
	int64_t share_eur = (int64_t)((long double)t * (long double)pct / (100.0L * PCT_SCALE));
	while (share_eur > 0 && rules_cmp_products(share_eur, 100 * PCT_SCALE, t, pct) > 0)
		share_eur--;
	while (rules_cmp_products(share_eur + 1, 100 * PCT_SCALE, t, pct) <= 0)
		share_eur++;
	return share_eur < amount ? share_eur : amount;
}

/* The users limit of a share: "at least" -> the smallest count that meets
 * it; "more than" -> the largest that does not. */
bool rules_users_limit(const struct ctx *x, const struct expr *s, int64_t *out)
{
	int64_t base;
	if (!rules_value_of(x, s->base, &base))
		return false;
	long double exact = (long double)base * (long double)s->pct / (100.0L * PCT_SCALE);
	int64_t lim = (int64_t)exact;
	if (s->op == CMP_GE) {
		/* smallest n with n * 100 * SCALE >= base * pct */
		while (lim > 0 && rules_cmp_products(lim - 1, 100 * PCT_SCALE, base, s->pct) >= 0)
			lim--;
		while (rules_cmp_products(lim, 100 * PCT_SCALE, base, s->pct) < 0)
			lim++;
	} else {
		/* largest n with n * 100 * SCALE <= base * pct */
		while (lim > 0 && rules_cmp_products(lim, 100 * PCT_SCALE, base, s->pct) > 0)
			lim--;
		while (rules_cmp_products(lim + 1, 100 * PCT_SCALE, base, s->pct) <= 0)
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
		if (!d || d->kind != FACT_BOOL || !rules_value_of(x, cr->inputs[i], &v) || !v)
			continue;
		if (!first)
			sbuf_puts(b, ", ");
		sbuf_puts(b, text3_get(&d->label, x->lang));
		first = false;
	}
}

void rules_expand(struct sbuf *b, const char *tmpl, const struct ctx *x,
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
		rules_expand(b, text3_get(parts[i], x->lang), x, cr, id);
		first = false;
	}
}

/* The article number of an IR id: "IR10a" -> "10". */
void rules_put_article(struct sbuf *b, const char *id)
{
	const char *p = id;
	while (*p && (*p < '0' || *p > '9'))
		p++;
	while (*p >= '0' && *p <= '9')
		sbuf_putc(b, *p++);
}

void rules_expand(struct sbuf *b, const char *tmpl, const struct ctx *x,
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
			const struct expr *lo = cr ? rules_expr_find(&cr->when, EX_LOSS_OVER) : NULL;
			int64_t amount = lo ? lo->k : x->rec_threshold_amount;
			int64_t pct = lo ? lo->pct : x->rec_threshold_pct;
			numfmt_eur(b, rules_euro_threshold(x, amount, pct), x->lang);
		} else if (!strcmp(name, "limit")) {
			const struct expr *s = cr ? rules_expr_find(&cr->when, EX_SHARE) : NULL;
			int64_t lim;
			if (s && rules_users_limit(x, s, &lim))
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
		} else if (!strncmp(name, "minutes:", 8)) {
			int64_t m = x->rec_minutes;
			bool known = !strcmp(name + 8, "sum_minutes") || rules_value_of(x, name + 8, &m);
			if (known)
				numfmt_int(b, m, x->lang);
			else
				sbuf_puts(b, "?");
			/* one minute; in French also 0 (le singulier jusqu'à 1) */
			bool one = known && (m == 1 || (x->lang == LANG_FR && m == 0));
			sbuf_putc(b, ' ');
			sbuf_puts(b, text3_get(&x->rs->texts[one ? RT_NOTE_MINUTE : RT_NOTE_MINUTES], x->lang));
		} else if (!strcmp(name, "sum_minutes")) {
			numfmt_int(b, x->rec_minutes, x->lang);
		} else if (!strcmp(name, "recurring_parts")) {
			put_recurring_parts(b, x, cr, id);
		} else if (!strcmp(name, "art")) {
			rules_put_article(b, id ? id : "");
		} else if (!strcmp(name, "fields")) {
			/* filled by the caller (warnings) */
		} else if (!strncmp(name, "pct:", 4)) {
			char *what = name + 4, *of = strchr(what, ':');
			if (of)
				*of++ = '\0';
			int64_t num, den;
			if (rules_value_of(x, what, &num) && rules_value_of(x, of ? of : "users", &den) && den > 0)
				numfmt_pct(b, num, den, x->lang);
			else
				sbuf_puts(b, "?");
		} else {
			put_value(b, x, name);
		}
	}
}

char *rules_fill(const struct ruleset *rs, enum rules_text t, enum lang lang, const char *const *vars)
{
	return rules_fill_text(&rs->texts[t], lang, vars);
}

char *rules_fill_text(const struct text3 *text, enum lang lang, const char *const *vars)
{
	struct sbuf b;
	sbuf_init(&b);
	const char *tmpl = text3_get(text, lang);
	for (const char *p = tmpl; *p; p++) {
		const char *end;
		char name[PLACEHOLDER_NAME_MAX];
		if (placeholder_at(p, name, &end) != PH_NAME) {
			sbuf_putc(&b, *p);
			continue;
		}
		const char *val = NULL;
		for (size_t i = 0; vars && vars[i]; i += 2)
			if (!strcmp(vars[i], name))
				val = vars[i + 1];
		if (!val) {
			sbuf_putc(&b, *p);   /* not ours: kept as written */
			continue;
		}
		sbuf_puts(&b, val);
		p = end;
	}
	return sbuf_take(&b);
}
