/* rules_load.c: the criteria of data/rules.yaml, read strictly. */
#include "config.h"

#include "io/rules_load.h"
#include "io/yamlnode.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define RULES_MAX 500
#define RULE_TEXT_MAX 2000
#define COND_ARGS_MAX 50

struct rl {
	struct ydoc *d;
	struct yerr *err;
	const struct fact_registry *facts;
};

static bool text3(struct rl *R, yaml_node_t *n, const char *what, struct text3 *t)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(R->d, n, what, R->err) || !y_check_keys(R->d, n, keys, R->err))
		return false;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(R->d, n, lang_code((enum lang)l));
		if (!v)
			return yerr_at(R->err, R->d, n, _("'%s' needs a text in %s"), what, lang_code((enum lang)l));
		if (!y_get_string(R->d, v, RULE_TEXT_MAX, &t->s[l], R->err))
			return false;
	}
	return true;
}

/* A fact of the given kind; "users" and "turnover_eur" (in entity:) are
 * numbers the rules read too. */
static bool fact_name(struct rl *R, yaml_node_t *n, enum fact_kind kind, char **out)
{
	const char *t = y_text(n);
	if (!t)
		return yerr_at(R->err, R->d, n, _("expected a fact name"));
	bool entity_number = !strcmp(t, "users") || !strcmp(t, "turnover_eur");
	const struct fact_def *f = facts_find(R->facts, t);
	if (!f && !(entity_number && kind == FACT_NUMBER))
		return yerr_at(R->err, R->d, n, _("unknown fact '%s'"), t);
	if (f && f->kind != kind)
		return yerr_at(R->err, R->d, n, kind == FACT_BOOL ? _("'%s' is not a true/false fact")
								  : _("'%s' is not a number"), t);
	*out = xstrdup(t);
	return true;
}

static bool count_at(struct rl *R, yaml_node_t *map, const char *key, bool required, int64_t *out)
{
	yaml_node_t *v = y_map_get(R->d, map, key);
	if (!v)
		return !required || yerr_at(R->err, R->d, map, _("missing key '%s'"), key);
	return y_get_count(R->d, v, FACT_NUMBER_MAX, out, R->err);
}

static bool cond(struct rl *R, yaml_node_t *n, struct cond *c);

static bool cond_list(struct rl *R, yaml_node_t *n, const char *what, struct cond *c)
{
	if (!y_expect_seq(R->d, n, what, COND_ARGS_MAX, R->err))
		return false;
	c->args = xcalloc(y_seq_size(n) + 1, sizeof(*c->args));
	for (size_t i = 0; i < y_seq_size(n); i++) {
		c->n_args++;
		if (!cond(R, y_seq_item(R->d, n, i), &c->args[i]))
			return false;
	}
	if (!c->n_args)
		return yerr_at(R->err, R->d, n, _("'%s' needs at least one condition"), what);
	return true;
}

static bool cond_share(struct rl *R, yaml_node_t *m, struct cond *c)
{
	static const char *const keys[] = { "count", "op", "permille", "cap", "of", NULL };
	static const char *const ops[] = { "ge", "gt", "le" };
	if (!y_expect_map(R->d, m, "share", R->err) || !y_check_keys(R->d, m, keys, R->err))
		return false;
	c->op = COND_SHARE;
	yaml_node_t *count = y_map_get(R->d, m, "count"), *op = y_map_get(R->d, m, "op");
	yaml_node_t *of = y_map_get(R->d, m, "of");
	if (!count || !op)
		return yerr_at(R->err, R->d, m, _("missing key '%s'"), count ? "op" : "count");
	if (!fact_name(R, count, FACT_NUMBER, &c->fact))
		return false;
	if (of ? !fact_name(R, of, FACT_NUMBER, &c->base) : !(c->base = xstrdup("users")))
		return false;
	const char *t = y_text(op);
	int i = 0;
	while (i < 3 && (!t || strcmp(t, ops[i])))
		i++;
	if (i == 3)
		return yerr_at(R->err, R->d, op, _("'op' must be ge, gt or le"));
	c->share_op = (enum share_op)i;
	c->has_cap = y_map_get(R->d, m, "cap") != NULL;
	if (c->has_cap && c->share_op != SHARE_GT)
		return yerr_at(R->err, R->d, m, _("'cap' goes only with op: gt"));
	return count_at(R, m, "permille", true, &c->permille) && count_at(R, m, "cap", false, &c->cap);
}

static bool cond(struct rl *R, yaml_node_t *n, struct cond *c)
{
	memset(c, 0, sizeof(*c));
	if (y_is_scalar(n)) {
		if (strcmp(y_text(n), "suspected") == 0) {
			c->op = COND_SUSPECTED;
			return true;
		}
		c->op = COND_FACT;
		return fact_name(R, n, FACT_BOOL, &c->fact);
	}
	if (!y_is_map(n) || y_map_size(n) != 1)
		return yerr_at(R->err, R->d, n, _("a condition is a fact name or a mapping with one key"));
	yaml_node_t *k, *v;
	y_pair(R->d, n, 0, &k, &v);
	const char *op = y_text(k) ? y_text(k) : "";
	if (!strcmp(op, "all") || !strcmp(op, "any")) {
		c->op = op[1] == 'l' ? COND_ALL : COND_ANY;
		return cond_list(R, v, op, c);
	}
	if (!strcmp(op, "not")) {
		c->op = COND_NOT;
		c->args = xcalloc(1, sizeof(*c->args));
		c->n_args = 1;
		return cond(R, v, &c->args[0]);
	}
	if (!strcmp(op, "gt") || !strcmp(op, "ge")) {
		c->op = op[1] == 't' ? COND_GT : COND_GE;
		if (!y_expect_seq(R->d, v, op, 2, R->err) || y_seq_size(v) != 2)
			return yerr_at(R->err, R->d, v, _("'%s' takes [FACT, NUMBER]"), op);
		return fact_name(R, y_seq_item(R->d, v, 0), FACT_NUMBER, &c->fact) &&
		       y_get_count(R->d, y_seq_item(R->d, v, 1), FACT_NUMBER_MAX, &c->n, R->err);
	}
	if (!strcmp(op, "share"))
		return cond_share(R, v, c);
	if (!strcmp(op, "loss")) {
		static const char *const keys[] = { "cap", "permille", NULL };
		c->op = COND_LOSS;
		c->has_cap = true;
		return y_expect_map(R->d, v, "loss", R->err) && y_check_keys(R->d, v, keys, R->err) &&
		       count_at(R, v, "cap", true, &c->cap) && count_at(R, v, "permille", true, &c->permille);
	}
	if (!strcmp(op, "recurring")) {
		const char *t = y_text(v);
		c->op = COND_RECURRING;
		if (t && !strcmp(t, "guide"))
			c->recurring = REGIME_GUIDE;
		else if (t && !strcmp(t, "ir"))
			c->recurring = REGIME_IR;
		else
			return yerr_at(R->err, R->d, v, _("'recurring' must be guide or ir"));
		return true;
	}
	return yerr_at(R->err, R->d, k, _("unknown condition '%s'"), op);
}

static bool criterion(struct rl *R, yaml_node_t *n, struct criterion *k)
{
	static const char *const keys[] = { "id", "regime", "types", "availability", "when", "text", NULL };
	if (!y_expect_map(R->d, n, "criteria", R->err) || !y_check_keys(R->d, n, keys, R->err))
		return false;
	yaml_node_t *id = y_map_get(R->d, n, "id"), *regime = y_map_get(R->d, n, "regime");
	yaml_node_t *types = y_map_get(R->d, n, "types"), *avail = y_map_get(R->d, n, "availability");
	yaml_node_t *when = y_map_get(R->d, n, "when"), *text = y_map_get(R->d, n, "text");
	if (!id || !regime || !when || !text)
		return yerr_at(R->err, R->d, n, _("a criterion needs id, regime, when and text"));
	if (!y_get_string(R->d, id, 20, &k->id, R->err))
		return false;
	const char *rt = y_text(regime);
	if (rt && !strcmp(rt, "guide"))
		k->regime = REGIME_GUIDE;
	else if (rt && !strcmp(rt, "ir"))
		k->regime = REGIME_IR;
	else
		return yerr_at(R->err, R->d, regime, _("'regime' must be guide or ir"));
	if (types) {
		if (!y_expect_seq(R->d, types, "types", ET_COUNT, R->err))
			return false;
		for (size_t i = 0; i < y_seq_size(types); i++) {
			yaml_node_t *t = y_seq_item(R->d, types, i);
			enum entity_type et;
			if (!entity_type_from_name(y_text(t), &et) || et == ET_GENERAL)
				return yerr_at(R->err, R->d, t, _("not an entity type of the IR: '%s'"),
					       y_text(t) ? y_text(t) : "...");
			k->types |= 1u << et;
		}
	}
	if (avail && !y_get_bool(R->d, avail, &k->availability, R->err))
		return false;
	return cond(R, when, &k->when) && text3(R, text, "text", &k->text);
}

static bool named_texts(struct rl *R, yaml_node_t *root, const char *key, size_t n,
			const char *(*name)(int), struct text3 *out)
{
	yaml_node_t *m = y_map_get(R->d, root, key);
	const char *keys[16];
	if (!m)
		return yerr_at(R->err, R->d, root, _("missing key '%s'"), key);
	for (size_t i = 0; i < n; i++)
		keys[i] = name((int)i);
	keys[n] = NULL;
	if (!y_expect_map(R->d, m, key, R->err) || !y_check_keys(R->d, m, keys, R->err))
		return false;
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *v = y_map_get(R->d, m, keys[i]);
		if (!v)
			return yerr_at(R->err, R->d, m, _("missing key '%s'"), keys[i]);
		if (!text3(R, v, keys[i], &out[i]))
			return false;
	}
	return true;
}

static const char *vt_name(int i) { return verdict_text_name((enum verdict_text)i); }
static const char *w_name(int i) { return warning_name((enum warning_id)i); }

bool rules_load_buffer(const char *origin, const char *buf, size_t len,
		       const struct fact_registry *facts, struct ruleset *out, char **err)
{
	static const char *const keys[] = { "format", "criteria", "verdicts", "unsure", "warnings", NULL };
	struct ydoc d;
	struct yerr e = { NULL };
	struct rl R = { &d, &e, facts };
	int64_t v = 0;
	memset(out, 0, sizeof(*out));
	bool ok = ydoc_load(&d, origin, buf, len, &e);
	yaml_node_t *root = ok ? ydoc_root(&d) : NULL;
	ok = ok && y_expect_map(&d, root, "rules.yaml", &e) && y_check_keys(&d, root, keys, &e);
	yaml_node_t *f = ok ? y_map_get(&d, root, "format") : NULL;
	if (ok && !f)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "format");
	ok = ok && y_get_count(&d, f, 1000, &v, &e);
	if (ok && v != 1)
		ok = yerr_at(&e, &d, f, _("unsupported format version %lld (this program reads version %d)"),
			     (long long)v, 1);
	yaml_node_t *list = ok ? y_map_get(&d, root, "criteria") : NULL;
	if (ok && !list)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "criteria");
	ok = ok && y_expect_seq(&d, list, "criteria", RULES_MAX, &e);
	if (ok)
		out->criteria = xcalloc(y_seq_size(list) + 1, sizeof(*out->criteria));
	for (size_t i = 0; ok && i < y_seq_size(list); i++) {
		yaml_node_t *item = y_seq_item(&d, list, i);
		struct criterion *k = &out->criteria[out->n++];
		ok = criterion(&R, item, k);
		for (size_t j = 0; ok && j + 1 < out->n; j++)
			if (strcmp(out->criteria[j].id, k->id) == 0)
				ok = yerr_at(&e, &d, item, _("criterion '%s' appears twice"), k->id);
	}
	ok = ok && named_texts(&R, root, "verdicts", VT_COUNT, vt_name, out->verdicts) &&
	     named_texts(&R, root, "warnings", WARN_COUNT, w_name, out->warnings);
	yaml_node_t *unsure = ok ? y_map_get(&d, root, "unsure") : NULL;
	if (ok && !unsure)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "unsure");
	ok = ok && text3(&R, unsure, "unsure", &out->unsure);
	ydoc_free(&d);
	if (!ok) {
		ruleset_free(out);
		*err = e.msg;
		return false;
	}
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
