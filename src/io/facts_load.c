/* facts_load.c: the fact registry from data/facts.yaml, read strictly. */
#include "config.h"

#include "io/facts_load.h"
#include "io/yamlnode.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define FACTS_MAX 200
#define FACT_TEXT_MAX 2000

static bool read_text3(struct ydoc *d, yaml_node_t *map, const char *key, struct text3 *t,
		       struct yerr *err)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	yaml_node_t *n = y_map_get(d, map, key);
	if (!n)
		return yerr_at(err, d, map, _("missing key '%s'"), key);
	if (!y_expect_map(d, n, key, err) || !y_check_keys(d, n, keys, err))
		return false;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(d, n, lang_code((enum lang)l));
		if (!v)
			return yerr_at(err, d, n, _("'%s' needs a text in %s"), key, lang_code((enum lang)l));
		if (!y_get_string(d, v, FACT_TEXT_MAX, &t->s[l], err))
			return false;
	}
	return true;
}

static bool read_word(struct ydoc *d, yaml_node_t *map, const char *key, const char *const *words,
		      int *out, struct yerr *err)
{
	yaml_node_t *n = y_map_get(d, map, key);
	const char *t = y_text(n);
	if (!n)
		return yerr_at(err, d, map, _("missing key '%s'"), key);
	for (int i = 0; t && words[i]; i++) {
		if (strcmp(words[i], t) == 0) {
			*out = i;
			return true;
		}
	}
	return yerr_at(err, d, n, _("unknown %s '%s'"), key, t ? t : "...");
}

static bool read_fact(struct ydoc *d, yaml_node_t *n, struct fact_registry *r, struct yerr *err)
{
	static const char *const keys[] = { "name", "kind", "unit", "group", "question", "help", NULL };
	/* in the order of enum fact_kind and enum fact_unit */
	static const char *const kinds[] = { "bool", "number", NULL };
	static const char *const units[] = { "none", "users", "minutes", "eur", "domains", NULL };
	if (!y_expect_map(d, n, "facts", err) || !y_check_keys(d, n, keys, err))
		return false;
	/* the slot is zeroed (xcalloc) and owned by the registry at once, so
	 * facts_free frees whatever was read before an error */
	struct fact_def *f = &r->defs[r->n++];
	yaml_node_t *name = y_map_get(d, n, "name");
	if (!name)
		return yerr_at(err, d, n, _("missing key '%s'"), "name");
	if (!y_get_string(d, name, 100, &f->name, err))
		return false;
	struct fact_registry before = { r->n - 1, r->defs };
	if (facts_find(&before, f->name))
		return yerr_at(err, d, name, _("fact '%s' appears twice"), f->name);
	int kind = 0, unit = 0;
	if (!read_word(d, n, "kind", kinds, &kind, err))
		return false;
	f->kind = (enum fact_kind)kind;
	if (y_map_get(d, n, "unit") && !read_word(d, n, "unit", units, &unit, err))
		return false;
	f->unit = (enum fact_unit)unit;
	if (f->kind == FACT_NUMBER && f->unit == UNIT_NONE)
		return yerr_at(err, d, n, _("a number needs a 'unit'"));
	yaml_node_t *group = y_map_get(d, n, "group");
	if (!group)
		return yerr_at(err, d, n, _("missing key '%s'"), "group");
	return y_get_string(d, group, 100, &f->group, err) &&
	       read_text3(d, n, "question", &f->question, err) &&
	       read_text3(d, n, "help", &f->help, err);
}

bool facts_load_buffer(const char *origin, const char *buf, size_t len,
		       struct fact_registry *out, char **err)
{
	static const char *const keys[] = { "format", "facts", NULL };
	struct ydoc d;
	struct yerr e = { NULL };
	int64_t v = 0;
	memset(out, 0, sizeof(*out));
	bool ok = ydoc_load(&d, origin, buf, len, &e);
	yaml_node_t *root = ok ? ydoc_root(&d) : NULL;
	ok = ok && y_expect_map(&d, root, "facts.yaml", &e) && y_check_keys(&d, root, keys, &e);
	yaml_node_t *f = ok ? y_map_get(&d, root, "format") : NULL;
	if (ok && !f)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "format");
	ok = ok && y_get_count(&d, f, 1000, &v, &e);
	if (ok && v != 1)
		ok = yerr_at(&e, &d, f, _("unsupported format version %lld (this program reads version %d)"),
			     (long long)v, 1);
	yaml_node_t *list = ok ? y_map_get(&d, root, "facts") : NULL;
	if (ok && !list)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "facts");
	ok = ok && y_expect_seq(&d, list, "facts", FACTS_MAX, &e);
	if (ok)
		out->defs = xcalloc(y_seq_size(list) + 1, sizeof(*out->defs));
	for (size_t i = 0; ok && i < y_seq_size(list); i++)
		ok = read_fact(&d, y_seq_item(&d, list, i), out, &e);
	ydoc_free(&d);
	if (!ok) {
		facts_free(out);
		*err = e.msg;
		return false;
	}
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
