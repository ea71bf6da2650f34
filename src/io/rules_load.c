/* rules_load.c: data/rules.yaml into a struct ruleset, checked against the
 * fact registry: a criterion that names an unknown fact, an unknown entity
 * type, a duplicate id or a malformed expression is an error at its line and
 * column, so a broken rules file never evaluates anything. */
#include "config.h"

#include "io/rules_load.h"

#include "core/xalloc.h"
#include "io/yamlnode.h"
#include "io/ydoc_data.h"
#include "io/ytext.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define CRITERIA_MAX 500
#define RULE_TEXT_MAX 4000
#define EXPR_ITEMS_MAX 100

struct rl {
	struct ydoc *d;
	struct yerr *e;
	const struct fact_registry *facts;
	struct ruleset *rs;
};

static bool get_word(struct rl *L, yaml_node_t *n, char **out)
{
	return y_get_string(L->d, n, 100, out, L->e);
}

static bool check_fact(struct rl *L, yaml_node_t *at, const char *name, bool number)
{
	const struct fact_def *f = facts_find(L->facts, name);
	if (!f)
		return yerr_at(L->e, L->d, at, _("unknown fact '%s'"), name);
	if (number && f->kind != FACT_NUMBER)
		return yerr_at(L->e, L->d, at, _("'%s' is not a number"), name);
	if (!number && f->kind != FACT_BOOL)
		return yerr_at(L->e, L->d, at, _("'%s' is not a yes/no fact"), name);
	return true;
}

/* A percentage such as 20, 5 or 0.1, in thousandths of a percent. */
static bool get_percent(struct rl *L, yaml_node_t *n, int64_t *out)
{
	const char *s = y_text(n);
	if (!s || !*s)
		return yerr_at(L->e, L->d, n, _("expected a percentage such as 5 or 0.1"));
	int64_t whole = 0, frac = 0;
	int fdigits = 0;
	const char *p = s;
	for (; *p >= '0' && *p <= '9'; p++) {
		whole = whole * 10 + (*p - '0');
		if (whole > 100)
			return yerr_at(L->e, L->d, n, _("a percentage is at most 100"));
	}
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++) {
			if (++fdigits > 3)
				return yerr_at(L->e, L->d, n, _("at most three decimals"));
			frac = frac * 10 + (*p - '0');
		}
		if (fdigits == 0)
			return yerr_at(L->e, L->d, n, _("expected a percentage such as 5 or 0.1"));
	}
	if (*p || p == s)
		return yerr_at(L->e, L->d, n, _("expected a percentage such as 5 or 0.1"));
	while (fdigits++ < 3)
		frac *= 10;
	*out = whole * PCT_SCALE + frac;
	if (*out > 100 * PCT_SCALE)
		return yerr_at(L->e, L->d, n, _("a percentage is at most 100"));
	return true;
}

static bool need(struct rl *L, yaml_node_t *map, const char *key, yaml_node_t **out)
{
	*out = y_map_get(L->d, map, key);
	if (!*out)
		return yerr_at(L->e, L->d, map, _("missing key '%s'"), key);
	return true;
}

static bool read_expr(struct rl *L, yaml_node_t *n, struct expr *x, int depth);

static bool read_list(struct rl *L, yaml_node_t *v, struct expr *x, const char *what, int depth)
{
	if (!y_expect_seq(L->d, v, what, EXPR_ITEMS_MAX, L->e))
		return false;
	if (y_seq_size(v) == 0)
		return yerr_at(L->e, L->d, v, _("'%s' must not be empty"), what);
	x->n = y_seq_size(v);
	x->kids = xcalloc(x->n, sizeof(*x->kids));
	for (size_t i = 0; i < x->n; i++)
		if (!read_expr(L, y_seq_item(L->d, v, i), &x->kids[i], depth + 1))
			return false;
	return true;
}

static bool read_cmp(struct rl *L, yaml_node_t *v, struct expr *x, const char *what)
{
	if (!y_expect_seq(L->d, v, what, 2, L->e))
		return false;
	if (y_seq_size(v) != 2)
		return yerr_at(L->e, L->d, v, _("'%s' needs a fact and a number"), what);
	yaml_node_t *f = y_seq_item(L->d, v, 0), *k = y_seq_item(L->d, v, 1);
	if (!get_word(L, f, &x->fact) || !check_fact(L, f, x->fact, true))
		return false;
	return y_get_count(L->d, k, FACT_NUMBER_MAX, &x->k, L->e);
}

static bool read_share(struct rl *L, yaml_node_t *v, struct expr *x)
{
	static const char *const keys[] = { "count", "of", "op", "percent", "cap", NULL };
	yaml_node_t *n;
	if (!y_expect_map(L->d, v, "share", L->e) || !y_check_keys(L->d, v, keys, L->e))
		return false;
	if (!need(L, v, "count", &n) || !get_word(L, n, &x->fact) || !check_fact(L, n, x->fact, true))
		return false;
	n = y_map_get(L->d, v, "of");
	if (n) {
		if (!get_word(L, n, &x->base) || !check_fact(L, n, x->base, true))
			return false;
	} else {
		x->base = xstrdup("users");
	}
	char *op = NULL;
	if (!need(L, v, "op", &n) || !get_word(L, n, &op))
		return false;
	if (!strcmp(op, "ge"))
		x->op = CMP_GE;
	else if (!strcmp(op, "gt"))
		x->op = CMP_GT;
	else if (!strcmp(op, "le"))
		x->op = CMP_LE;
	else {
		free(op);
		return yerr_at(L->e, L->d, n, _("'op' must be ge, gt or le"));
	}
	free(op);
	if (!need(L, v, "percent", &n) || !get_percent(L, n, &x->pct))
		return false;
	n = y_map_get(L->d, v, "cap");
	if (n) {
		if (x->op != CMP_GT)
			return yerr_at(L->e, L->d, n, _("a cap goes with op: gt (whichever is smaller)"));
		x->has_cap = true;
		if (!y_get_count(L->d, n, FACT_NUMBER_MAX, &x->cap, L->e))
			return false;
	}
	return true;
}

static bool read_loss_over(struct rl *L, yaml_node_t *v, struct expr *x)
{
	static const char *const keys[] = { "fact", "amount", "percent", "percent_at_least", NULL };
	yaml_node_t *n;
	if (!y_expect_map(L->d, v, "loss_over", L->e) || !y_check_keys(L->d, v, keys, L->e))
		return false;
	bool ge = false;
	if ((n = y_map_get(L->d, v, "percent_at_least")) && !y_get_bool(L->d, n, &ge, L->e))
		return false;
	x->op = ge ? CMP_GE : CMP_GT;
	if (!need(L, v, "fact", &n) || !get_word(L, n, &x->fact) || !check_fact(L, n, x->fact, true))
		return false;
	if (!need(L, v, "amount", &n) || !y_get_count(L->d, n, FACT_NUMBER_MAX, &x->k, L->e))
		return false;
	return need(L, v, "percent", &n) && get_percent(L, n, &x->pct);
}

static bool read_recurring(struct rl *L, yaml_node_t *v, struct expr *x)
{
	static const char *const keys[] = { "financial", "availability", "others", "reads", NULL };
	static const char *const fin_keys[] = { "amount", "percent", "percent_at_least", NULL };
	static const char *const av_keys[] = { "percent", "minutes", NULL };
	static const char *const readable[] = { "loss_eur", "outage_minutes", "outage_users", NULL };
	yaml_node_t *n, *m;
	if (!y_expect_map(L->d, v, "recurring", L->e) || !y_check_keys(L->d, v, keys, L->e))
		return false;
	struct recurring_spec *r = x->rec = xcalloc(1, sizeof(*r));
	if ((n = y_map_get(L->d, v, "financial"))) {
		r->financial = true;
		if (!y_expect_map(L->d, n, "financial", L->e) || !y_check_keys(L->d, n, fin_keys, L->e) ||
		    !need(L, n, "amount", &m) || !y_get_count(L->d, m, FACT_NUMBER_MAX, &r->amount, L->e) ||
		    !need(L, n, "percent", &m) || !get_percent(L, m, &r->pct))
			return false;
		if ((m = y_map_get(L->d, n, "percent_at_least")) && !y_get_bool(L->d, m, &r->pct_ge, L->e))
			return false;
	}
	if ((n = y_map_get(L->d, v, "availability"))) {
		r->availability = true;
		if (!y_expect_map(L->d, n, "availability", L->e) || !y_check_keys(L->d, n, av_keys, L->e) ||
		    !need(L, n, "percent", &m) || !get_percent(L, m, &r->avail_pct) ||
		    !need(L, n, "minutes", &m) || !y_get_count(L->d, m, FACT_NUMBER_MAX, &r->avail_minutes, L->e))
			return false;
	}
	if ((n = y_map_get(L->d, v, "others"))) {
		if (!get_word(L, n, &r->others) || !check_fact(L, n, r->others, false))
			return false;
	}
	if (!r->financial && !r->availability && !r->others)
		return yerr_at(L->e, L->d, v, _("'recurring' needs financial, availability or others"));
	if (!need(L, v, "reads", &n) || !y_expect_seq(L->d, n, "reads", 10, L->e))
		return false;
	r->reads = xcalloc(y_seq_size(n) + 1, sizeof(*r->reads));
	for (size_t i = 0; i < y_seq_size(n); i++) {
		yaml_node_t *it = y_seq_item(L->d, n, i);
		if (!get_word(L, it, &r->reads[r->n_reads]))
			return false;
		r->n_reads++;
		bool ok = false;
		for (int k = 0; readable[k]; k++)
			ok = ok || !strcmp(readable[k], r->reads[r->n_reads - 1]);
		if (!ok)
			return yerr_at(L->e, L->d, it, _("a related incident has no value '%s'"), r->reads[r->n_reads - 1]);
	}
	return true;
}

static bool read_expr(struct rl *L, yaml_node_t *n, struct expr *x, int depth)
{
	if (depth > 16)
		return yerr_at(L->e, L->d, n, _("nested too deeply"));
	if (!y_expect_map(L->d, n, "when", L->e))
		return false;
	if (y_map_size(n) != 1)
		return yerr_at(L->e, L->d, n, _("an expression is a map with exactly one key"));
	yaml_node_t *k, *v;
	y_pair(L->d, n, 0, &k, &v);
	const char *op = y_text(k);
	if (!op)
		return yerr_at(L->e, L->d, k, _("a key must be a plain word"));
	if (!strcmp(op, "all")) {
		x->kind = EX_ALL;
		return read_list(L, v, x, "all", depth);
	}
	if (!strcmp(op, "any")) {
		x->kind = EX_ANY;
		return read_list(L, v, x, "any", depth);
	}
	if (!strcmp(op, "not")) {
		x->kind = EX_NOT;
		x->n = 1;
		x->kids = xcalloc(1, sizeof(*x->kids));
		return read_expr(L, v, &x->kids[0], depth + 1);
	}
	if (!strcmp(op, "fact")) {
		x->kind = EX_FACT;
		return get_word(L, v, &x->fact) && check_fact(L, v, x->fact, false);
	}
	if (!strcmp(op, "suspected")) {
		bool b;
		x->kind = EX_SUSPECTED;
		if (!y_get_bool(L->d, v, &b, L->e))
			return false;
		if (!b)
			return yerr_at(L->e, L->d, v, _("write 'suspected: true'"));
		return true;
	}
	if (!strcmp(op, "ge") || !strcmp(op, "gt") || !strcmp(op, "lt")) {
		x->kind = EX_CMP;
		x->op = !strcmp(op, "ge") ? CMP_GE : !strcmp(op, "gt") ? CMP_GT : CMP_LT;
		return read_cmp(L, v, x, op);
	}
	if (!strcmp(op, "share")) {
		x->kind = EX_SHARE;
		return read_share(L, v, x);
	}
	if (!strcmp(op, "loss_over")) {
		x->kind = EX_LOSS_OVER;
		return read_loss_over(L, v, x);
	}
	if (!strcmp(op, "recurring")) {
		if (depth > 0)
			return yerr_at(L->e, L->d, k, _("'recurring' must be the whole condition"));
		x->kind = EX_RECURRING;
		return read_recurring(L, v, x);
	}
	return yerr_at(L->e, L->d, k, _("unknown expression '%s'"), op);
}

static bool type_from_word(const char *w, enum entity_type *t)
{
	return entity_type_from_name(w, t);
}

static bool read_ids(struct rl *L, yaml_node_t *n, struct criterion *cr)
{
	yaml_node_t *id = y_map_get(L->d, n, "id"), *ids = y_map_get(L->d, n, "ids");
	yaml_node_t *types = y_map_get(L->d, n, "types");
	if (id && ids)
		return yerr_at(L->e, L->d, ids, _("give either 'id' or 'ids', not both"));
	if (ids) {
		if (types)
			return yerr_at(L->e, L->d, types, _("'ids' already names the types"));
		if (!y_expect_map(L->d, ids, "ids", L->e))
			return false;
		for (size_t i = 0; i < y_map_size(ids); i++) {
			yaml_node_t *k, *v;
			enum entity_type t;
			y_pair(L->d, ids, i, &k, &v);
			const char *w = y_text(k);
			if (!w || !type_from_word(w, &t))
				return yerr_at(L->e, L->d, k, _("unknown entity type '%s'"), w ? w : "");
			if (cr->ids[t])
				return yerr_at(L->e, L->d, k, _("key '%s' appears twice"), w);
			if (!get_word(L, v, &cr->ids[t]))
				return false;
		}
		if (y_map_size(ids) == 0)
			return yerr_at(L->e, L->d, ids, _("'%s' must not be empty"), "ids");
		return true;
	}
	if (!id)
		return yerr_at(L->e, L->d, n, _("missing key '%s'"), "id");
	if (!types)
		return yerr_at(L->e, L->d, n, _("missing key '%s'"), "types");
	char *w = NULL;
	if (!get_word(L, id, &w))
		return false;
	if (!y_expect_seq(L->d, types, "types", ET_COUNT + 1, L->e)) {
		free(w);
		return false;
	}
	for (size_t i = 0; i < y_seq_size(types); i++) {
		yaml_node_t *tn = y_seq_item(L->d, types, i);
		const char *tw = y_text(tn);
		enum entity_type t;
		if (tw && !strcmp(tw, "ir")) {
			for (int k = ET_GENERAL + 1; k < ET_COUNT; k++)
				if (!cr->ids[k])
					cr->ids[k] = xstrdup(w);
			continue;
		}
		if (!tw || !type_from_word(tw, &t)) {
			free(w);
			return yerr_at(L->e, L->d, tn, _("unknown entity type '%s'"), tw ? tw : "");
		}
		if (!cr->ids[t])
			cr->ids[t] = xstrdup(w);
	}
	free(w);
	return true;
}

static bool read_criterion(struct rl *L, yaml_node_t *n, struct criterion *cr)
{
	static const char *const keys[] = {
		"id", "ids", "types", "availability", "when", "inputs", "ref", "text",
		"threshold", "parts", NULL,
	};
	static const char *const part_keys[] = { "financial", "availability", "others", NULL };
	yaml_node_t *v;
	if (!y_expect_map(L->d, n, "criteria", L->e) || !y_check_keys(L->d, n, keys, L->e) ||
	    !read_ids(L, n, cr))
		return false;
	/* Ids are unique per entity type across the file. */
	for (int t = 0; t < ET_COUNT; t++) {
		if (!cr->ids[t])
			continue;
		for (size_t i = 0; i < L->rs->n; i++)
			if (L->rs->crit[i].ids[t] && !strcmp(L->rs->crit[i].ids[t], cr->ids[t]))
				return yerr_at(L->e, L->d, n, _("criterion '%s' appears twice"), cr->ids[t]);
	}
	if ((v = y_map_get(L->d, n, "availability")) && !y_get_bool(L->d, v, &cr->availability, L->e))
		return false;
	if (!need(L, n, "when", &v) || !read_expr(L, v, &cr->when, 0))
		return false;
	if (!need(L, n, "inputs", &v) || !y_expect_seq(L->d, v, "inputs", 50, L->e))
		return false;
	cr->inputs = xcalloc(y_seq_size(v) + 1, sizeof(*cr->inputs));
	for (size_t i = 0; i < y_seq_size(v); i++) {
		yaml_node_t *it = y_seq_item(L->d, v, i);
		if (!get_word(L, it, &cr->inputs[cr->n_inputs]))
			return false;
		cr->n_inputs++;
		if (!rules_is_input_name(L->facts, cr->inputs[cr->n_inputs - 1]))
			return yerr_at(L->e, L->d, it, _("unknown fact '%s'"), cr->inputs[cr->n_inputs - 1]);
	}
	if (!need(L, n, "ref", &v) || !y_get_text3(L->d, v, "ref", RULE_TEXT_MAX, &cr->ref, L->e))
		return false;
	if (!need(L, n, "text", &v) || !y_get_text3(L->d, v, "text", RULE_TEXT_MAX, &cr->text, L->e))
		return false;
	if ((v = y_map_get(L->d, n, "threshold")) &&
	    !y_get_text3(L->d, v, "threshold", RULE_TEXT_MAX, &cr->threshold, L->e))
		return false;
	if ((v = y_map_get(L->d, n, "parts"))) {
		if (cr->when.kind != EX_RECURRING)
			return yerr_at(L->e, L->d, v, _("only a recurring criterion has parts"));
		if (!y_expect_map(L->d, v, "parts", L->e) || !y_check_keys(L->d, v, part_keys, L->e))
			return false;
		struct text3 *dst[] = { &cr->part_financial, &cr->part_availability, &cr->part_others };
		for (int i = 0; i < 3; i++) {
			yaml_node_t *p = y_map_get(L->d, v, part_keys[i]);
			if (p && !y_get_text3(L->d, p, part_keys[i], RULE_TEXT_MAX, dst[i], L->e))
				return false;
		}
	}
	return true;
}

static const char *const text_keys[RT_COUNT] = {
	[RT_DORA] = "dora", [RT_OUT_OF_SCOPE] = "out-of-scope", [RT_UNDETERMINED] = "undetermined",
	[RT_NOT_AN_INCIDENT] = "not-an-incident", [RT_NOT_AN_INCIDENT_IR] = "not-an-incident-ir",
	[RT_NOT_SIGNIFICANT] = "not-significant", [RT_NOT_SIGNIFICANT_IR] = "not-significant-ir",
	[RT_NOTE_UNSURE] = "unsure-suspected", [RT_NOTE_COMPUTED] = "computed-minutes",
	[RT_NOTE_CROSSING] = "crossing", [RT_NOTE_LASTS_MORE] = "lasts-more",
	[RT_NOTE_LASTS_MORE_1] = "lasts-one-more", [RT_NOTE_MAINTENANCE_OVERRUN] = "maintenance-overrun",
	[RT_NOTE_IR_MAY_DECIDE] = "ir-may-decide", [RT_NOTE_TYPE_POSSIBLE] = "type-possible",
	[RT_NOTE_TRUST_POSSIBLE] = "trust-possible", [RT_NOTE_MINUTE] = "minute",
	[RT_NOTE_MINUTES] = "minutes", [RT_NOTE_NEAR_VALUE] = "near-value",
	[RT_WARN_NIS2_UNKNOWN] = "nis2-unknown", [RT_WARN_ROUTING_DEFAULT] = "routing-default",
	[RT_WARN_DORA_SECTOR] = "dora-sector", [RT_WARN_DORA_SET_ASIDE] = "dora-set-aside",
	[RT_WARN_DORA_NO_SECTOR] = "dora-no-sector", [RT_WARN_TIME_ORDER] = "time-order",
	[RT_WARN_TELECOM] = "telecom",
};

/* One of the sections verdicts:, notes: and warnings:, each text required. */
static bool read_texts(struct rl *L, yaml_node_t *root, const char *section, int from, int to)
{
	yaml_node_t *m;
	const char *keys[RT_COUNT + 1];
	int k = 0;
	for (int i = from; i < to; i++)
		keys[k++] = text_keys[i];
	keys[k] = NULL;
	if (!need(L, root, section, &m) || !y_expect_map(L->d, m, section, L->e) ||
	    !y_check_keys(L->d, m, keys, L->e))
		return false;
	for (int i = from; i < to; i++) {
		yaml_node_t *t;
		if (!need(L, m, text_keys[i], &t) ||
		    !y_get_text3(L->d, t, text_keys[i], RULE_TEXT_MAX, &L->rs->texts[i], L->e))
			return false;
	}
	return true;
}

/* `actions:`: what the wizard's verdict step says to do now. */
static bool read_action(struct rl *L, yaml_node_t *n, struct action *ac)
{
	static const char *const keys[] = { "verdicts", "when", "stage", "heading", "text", NULL };
	yaml_node_t *v;
	if (!y_expect_map(L->d, n, "action", L->e) || !y_check_keys(L->d, n, keys, L->e))
		return false;
	if (!need(L, n, "verdicts", &v) || !y_expect_seq(L->d, v, "verdicts", VERDICT_COUNT, L->e))
		return false;
	for (size_t i = 0; i < y_seq_size(v); i++) {
		yaml_node_t *it = y_seq_item(L->d, v, i);
		const char *w = y_text(it);
		int found = -1;
		for (int k = 0; w && k < VERDICT_COUNT && found < 0; k++)
			if (strcmp(w, verdict_name((enum verdict)k)) == 0)
				found = k;
		if (found < 0)
			return yerr_at(L->e, L->d, it, _("unknown verdict '%s'"), w ? w : "");
		ac->verdicts |= 1u << found;
	}
	if ((v = y_map_get(L->d, n, "when"))) {
		if (!y_text(v) || !action_when_from_name(y_text(v), &ac->when))
			return yerr_at(L->e, L->d, v, _("unknown condition '%s'"), y_text(v) ? y_text(v) : "");
	}
	if ((v = y_map_get(L->d, n, "stage"))) {
		if (!y_text(v) || !stage_from_name(y_text(v), &ac->stage))
			return yerr_at(L->e, L->d, v, _("unknown stage '%s'"), y_text(v) ? y_text(v) : "");
		ac->has_stage = true;
	}
	if ((v = y_map_get(L->d, n, "heading")) && !y_get_bool(L->d, v, &ac->heading, L->e))
		return false;
	return need(L, n, "text", &v) && y_get_text3(L->d, v, "text", RULE_TEXT_MAX, &ac->text, L->e);
}

static bool read_actions(struct rl *L, yaml_node_t *root)
{
	yaml_node_t *v;
	if (!need(L, root, "actions", &v) || !y_expect_seq(L->d, v, "actions", 64, L->e))
		return false;
	L->rs->actions = xcalloc(y_seq_size(v) + 1, sizeof(*L->rs->actions));
	for (size_t i = 0; i < y_seq_size(v); i++) {
		/* counted first, so that ruleset_free frees a half-read one */
		struct action *ac = &L->rs->actions[L->rs->n_actions++];
		if (!read_action(L, y_seq_item(L->d, v, i), ac))
			return false;
	}
	return true;
}

/* `type_sectors:` {type: [sector, ...]}: where each IR type exists. */
static bool read_type_sectors(struct rl *L, yaml_node_t *root)
{
	yaml_node_t *m;
	if (!need(L, root, "type_sectors", &m) || !y_expect_map(L->d, m, "type_sectors", L->e))
		return false;
	for (size_t i = 0; i < y_map_size(m); i++) {
		yaml_node_t *k, *v;
		enum entity_type t;
		y_pair(L->d, m, i, &k, &v);
		if (!y_text(k) || !entity_type_from_name(y_text(k), &t))
			return yerr_at(L->e, L->d, k, _("unknown entity type '%s'"), y_text(k) ? y_text(k) : "");
		struct sector_list *l = &L->rs->type_sectors[t];
		if (l->ids)
			return yerr_at(L->e, L->d, k, _("key '%s' appears twice"), y_text(k));
		if (!y_expect_seq(L->d, v, y_text(k), 20, L->e))
			return false;
		l->ids = xcalloc(y_seq_size(v) + 1, sizeof(*l->ids));
		for (size_t j = 0; j < y_seq_size(v); j++) {
			if (!get_word(L, y_seq_item(L->d, v, j), &l->ids[j]))
				return false;
			l->n++;
		}
	}
	return true;
}

bool rules_load_buffer(const char *origin, const char *buf, size_t len,
		       const struct fact_registry *facts, struct ruleset *out, char **err)
{
	static const char *const keys[] = {
		"format", "edition", "types", "dora_sectors", "type_sectors", "criteria", "verdicts",
		"notes", "warnings", "actions", NULL,
	};
	struct ydoc d;
	struct yerr e = { NULL };
	struct rl L = { &d, &e, facts, out };
	memset(out, 0, sizeof(*out));
	out->facts = facts;
	bool ok = ydoc_load_data(&d, origin, buf, len, &e);
	yaml_node_t *root = ok ? ydoc_root(&d) : NULL, *v = NULL;
	ok = ok && y_expect_map(&d, root, "rules.yaml", &e) && y_check_keys(&d, root, keys, &e) &&
	     y_check_format(&d, root, &e);
	/* `edition:` names the guide and regulation the rules follow; every
	 * draft and journal export names it (optional: absent, nothing is named). */
	v = ok ? y_map_get(&d, root, "edition") : NULL;
	ok = ok && (!v || y_get_string(&d, v, 200, &out->edition, &e));
	/* `types:` documents the entity types; each must be one we know. */
	ok = ok && need(&L, root, "types", &v) && y_expect_seq(&d, v, "types", ET_COUNT, &e);
	for (size_t i = 0; ok && i < y_seq_size(v); i++) {
		yaml_node_t *tn = y_seq_item(&d, v, i);
		enum entity_type t;
		if (!y_text(tn) || !entity_type_from_name(y_text(tn), &t))
			ok = yerr_at(&e, &d, tn, _("unknown entity type '%s'"), y_text(tn) ? y_text(tn) : "");
	}
	ok = ok && need(&L, root, "dora_sectors", &v) && y_expect_seq(&d, v, "dora_sectors", 20, &e);
	if (ok) {
		out->dora_sectors = xcalloc(y_seq_size(v) + 1, sizeof(*out->dora_sectors));
		for (size_t i = 0; ok && i < y_seq_size(v); i++) {
			ok = get_word(&L, y_seq_item(&d, v, i), &out->dora_sectors[i]);
			if (ok)
				out->n_dora_sectors++;
		}
	}
	ok = ok && read_type_sectors(&L, root);
	ok = ok && need(&L, root, "criteria", &v) && y_expect_seq(&d, v, "criteria", CRITERIA_MAX, &e);
	size_t cap = 0;
	for (size_t i = 0; ok && i < y_seq_size(v); i++) {
		out->crit = xgrow(out->crit, &cap, out->n + 1, sizeof(*out->crit));
		struct criterion *cr = &out->crit[out->n];
		memset(cr, 0, sizeof(*cr));
		struct criterion tmp = { 0 };
		ok = read_criterion(&L, y_seq_item(&d, v, i), &tmp);
		*cr = tmp;
		out->n++;   /* counted even on failure, so that ruleset_free frees it */
	}
	ok = ok && read_texts(&L, root, "verdicts", RT_DORA, RT_NOTE_UNSURE) &&
	     read_texts(&L, root, "notes", RT_NOTE_UNSURE, RT_WARN_NIS2_UNKNOWN) &&
	     read_texts(&L, root, "warnings", RT_WARN_NIS2_UNKNOWN, RT_COUNT) &&
	     read_actions(&L, root);
	ydoc_free(&d);
	if (!ok) {
		ruleset_free(out);
		*err = e.msg ? e.msg : xstrdup(origin);
		return false;
	}
	yerr_free(&e);
	return true;
}

bool rules_load(const struct datasource *src, const struct fact_registry *facts,
		struct ruleset *out, char **err)
{
	char *buf, *origin;
	size_t len;
	memset(out, 0, sizeof(*out));
	if (!datafile_read(src, "rules.yaml", &buf, &len, &origin, err))
		return false;
	bool ok = rules_load_buffer(origin, buf, len, facts, out, err);
	free(buf);
	free(origin);
	return ok;
}
