/* facts_load.c: data/facts.yaml into a struct fact_registry. */
#include "config.h"

#include "io/facts_load.h"

#include "core/xalloc.h"
#include "io/yamlnode.h"
#include "io/ydoc_data.h"
#include "io/ytext.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define FACTS_MAX 200
#define FACT_TEXT_MAX 2000

static bool read_word(struct ydoc *d, yaml_node_t *map, const char *key, char **out, struct yerr *err)
{
	yaml_node_t *v = y_map_get(d, map, key);
	if (!v)
		return yerr_at(err, d, map, _("missing key '%s'"), key);
	return y_get_string(d, v, 100, out, err);
}

static bool read_group(struct ydoc *d, yaml_node_t *n, struct fact_registry *r, struct yerr *err)
{
	static const char *const keys[] = { "id", "title", "earlier_incidents", NULL };
	if (!y_expect_map(d, n, "groups", err) || !y_check_keys(d, n, keys, err))
		return false;
	struct fact_group g = { 0 };
	bool ok = read_word(d, n, "id", &g.id, err);
	if (ok && facts_find_group(r, g.id))
		ok = yerr_at(err, d, y_map_get(d, n, "id"), _("group '%s' appears twice"), g.id);
	yaml_node_t *t = ok ? y_map_get(d, n, "title") : NULL;
	if (ok && !t)
		ok = yerr_at(err, d, n, _("missing key '%s'"), "title");
	ok = ok && y_get_text3(d, t, "title", FACT_TEXT_MAX, &g.title, err);
	yaml_node_t *e = ok ? y_map_get(d, n, "earlier_incidents") : NULL;
	if (e)
		ok = y_get_bool(d, e, &g.earlier_incidents, err);
	if (!ok) {
		free(g.id);
		text3_free(&g.title);
		return false;
	}
	size_t cap = r->n_groups;
	r->groups = xgrow(r->groups, &cap, r->n_groups + 1, sizeof(*r->groups));
	r->groups[r->n_groups++] = g;
	return true;
}

static bool read_fact(struct ydoc *d, yaml_node_t *n, struct fact_def *f,
		      const struct fact_registry *r, struct yerr *err)
{
	static const char *const keys[] = {
		"name", "where", "kind", "unit", "group", "label", "question", "help", NULL,
	};
	if (!y_expect_map(d, n, "facts", err) || !y_check_keys(d, n, keys, err))
		return false;
	if (!read_word(d, n, "name", &f->name, err))
		return false;
	if (facts_find(r, f->name))
		return yerr_at(err, d, y_map_get(d, n, "name"), _("fact '%s' appears twice"), f->name);

	char *w = NULL;
	yaml_node_t *wn = y_map_get(d, n, "where");
	f->place = FACT_IN_IMPACT;
	if (wn) {
		if (!y_get_string(d, wn, 100, &w, err))
			return false;
		if (!strcmp(w, "entity"))
			f->place = FACT_IN_ENTITY;
		else if (!strcmp(w, "incident"))
			f->place = FACT_IN_INCIDENT;
		else if (strcmp(w, "impact")) {
			free(w);
			return yerr_at(err, d, wn, _("'where' must be impact, entity or incident"));
		}
		free(w);
	}

	char *k = NULL;
	if (!read_word(d, n, "kind", &k, err))
		return false;
	yaml_node_t *kn = y_map_get(d, n, "kind");
	if (!strcmp(k, "bool"))
		f->kind = FACT_BOOL;
	else if (!strcmp(k, "number"))
		f->kind = FACT_NUMBER;
	else if (!strcmp(k, "choice"))
		f->kind = FACT_CHOICE;
	else {
		free(k);
		return yerr_at(err, d, kn, _("'kind' must be bool, number or choice"));
	}
	free(k);

	yaml_node_t *un = y_map_get(d, n, "unit");
	f->unit = UNIT_NONE;
	if (f->kind == FACT_NUMBER && !un)
		return yerr_at(err, d, n, _("missing key '%s'"), "unit");
	if (un) {
		static const char *const units[] = { "users", "minutes", "eur", "domains", NULL };
		static const enum fact_unit vals[] = { UNIT_USERS, UNIT_MINUTES, UNIT_EUR, UNIT_DOMAINS };
		char *u = NULL;
		if (f->kind != FACT_NUMBER)
			return yerr_at(err, d, un, _("only a number has a unit"));
		if (!y_get_string(d, un, 100, &u, err))
			return false;
		bool found = false;
		for (int i = 0; units[i]; i++)
			if (!strcmp(u, units[i])) {
				f->unit = vals[i];
				found = true;
			}
		free(u);
		if (!found)
			return yerr_at(err, d, un, _("'unit' must be users, minutes, eur or domains"));
	}

	if (!read_word(d, n, "group", &f->group, err))
		return false;
	if (!facts_find_group(r, f->group))
		return yerr_at(err, d, y_map_get(d, n, "group"), _("unknown group '%s'"), f->group);
	static const char *const texts[] = { "label", "question", "help" };
	struct text3 *dst[] = { &f->label, &f->question, &f->help };
	for (int i = 0; i < 3; i++) {
		yaml_node_t *t = y_map_get(d, n, texts[i]);
		if (!t)
			return yerr_at(err, d, n, _("missing key '%s'"), texts[i]);
		if (!y_get_text3(d, t, texts[i], FACT_TEXT_MAX, dst[i], err))
			return false;
	}
	return true;
}

bool facts_load_buffer(const char *origin, const char *buf, size_t len,
		       struct fact_registry *out, char **err)
{
	static const char *const keys[] = { "format", "groups", "facts", NULL };
	struct ydoc d;
	struct yerr e = { NULL };
	memset(out, 0, sizeof(*out));
	bool ok = ydoc_load_data(&d, origin, buf, len, &e);
	yaml_node_t *root = ok ? ydoc_root(&d) : NULL;
	ok = ok && y_expect_map(&d, root, "facts.yaml", &e) && y_check_keys(&d, root, keys, &e) &&
	     y_check_format(&d, root, &e);
	yaml_node_t *groups = ok ? y_map_get(&d, root, "groups") : NULL;
	if (ok && !groups)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "groups");
	ok = ok && y_expect_seq(&d, groups, "groups", FACTS_MAX, &e);
	for (size_t i = 0; ok && i < y_seq_size(groups); i++)
		ok = read_group(&d, y_seq_item(&d, groups, i), out, &e);
	yaml_node_t *list = ok ? y_map_get(&d, root, "facts") : NULL;
	if (ok && !list)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "facts");
	ok = ok && y_expect_seq(&d, list, "facts", FACTS_MAX, &e);
	size_t cap = 0;
	for (size_t i = 0; ok && i < y_seq_size(list); i++) {
		out->defs = xgrow(out->defs, &cap, out->n + 1, sizeof(*out->defs));
		struct fact_def *f = &out->defs[out->n];
		memset(f, 0, sizeof(*f));
		ok = read_fact(&d, y_seq_item(&d, list, i), f, out, &e);
		out->n++;   /* counted even on failure, so that facts_free frees it */
	}
	if (ok && out->n == 0)
		ok = yerr_at(&e, &d, list, _("'%s' must not be empty"), "facts");
	ydoc_free(&d);
	if (!ok) {
		facts_free(out);
		*err = e.msg ? e.msg : xstrdup(origin);
		return false;
	}
	yerr_free(&e);
	return true;
}

bool facts_load(const struct datasource *src, struct fact_registry *out, char **err)
{
	char *buf, *origin;
	size_t len;
	memset(out, 0, sizeof(*out));
	if (!datafile_read(src, "facts.yaml", &buf, &len, &origin, err))
		return false;
	bool ok = facts_load_buffer(origin, buf, len, out, err);
	free(buf);
	free(origin);
	return ok;
}
