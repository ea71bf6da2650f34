/* sectors_load.c: the sector registry from data/sectors.yaml, read strictly
 * (unknown keys, duplicate ids and missing names are errors). */
#include "config.h"

#include "io/sectors_load.h"
#include "io/yamlnode.h"
#include "io/ydoc_data.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define SECTORS_MAX 200
#define SECTOR_NAME_MAX 400

static bool read_name(struct ydoc *d, yaml_node_t *n, struct text3 *t, struct yerr *err)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(d, n, "name", err) || !y_check_keys(d, n, keys, err))
		return false;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(d, n, lang_code((enum lang)l));
		if (!v)
			return yerr_at(err, d, n, _("'name' needs a text in %s"), lang_code((enum lang)l));
		if (!y_get_string(d, v, SECTOR_NAME_MAX, &t->s[l], err))
			return false;
	}
	return true;
}

static struct sector_def *add_def(struct sector_registry *r, size_t *cap)
{
	r->defs = xgrow(r->defs, cap, r->n + 1, sizeof(*r->defs));
	struct sector_def *s = &r->defs[r->n++];
	memset(s, 0, sizeof(*s));
	return s;
}

static bool read_sector(struct ydoc *d, yaml_node_t *n, const char *parent, int parent_annex,
			struct sector_registry *r, size_t *cap, struct yerr *err)
{
	static const char *const top_keys[] = { "id", "annex", "name", "subsectors", NULL };
	static const char *const sub_keys[] = { "id", "name", NULL };
	if (!y_expect_map(d, n, parent ? "subsectors" : "sectors", err) ||
	    !y_check_keys(d, n, parent ? sub_keys : top_keys, err))
		return false;
	yaml_node_t *id = y_map_get(d, n, "id");
	if (!id)
		return yerr_at(err, d, n, _("missing key '%s'"), "id");
	char *ids = NULL;
	if (!y_get_string(d, id, 100, &ids, err))
		return false;
	if (sectors_find(r, ids)) {
		yerr_at(err, d, id, _("sector '%s' appears twice"), ids);
		free(ids);
		return false;
	}
	struct sector_def *s = add_def(r, cap);
	s->id = ids;
	s->parent = parent ? xstrdup(parent) : NULL;
	s->annex = parent_annex;
	if (!parent) {
		yaml_node_t *a = y_map_get(d, n, "annex");
		int64_t v = 0;
		if (!a)
			return yerr_at(err, d, n, _("missing key '%s'"), "annex");
		if (!y_get_count(d, a, 2, &v, err))
			return false;
		if (v < 1)
			return yerr_at(err, d, a, _("'annex' must be 1 or 2"));
		s->annex = (int)v;
	}
	yaml_node_t *name = y_map_get(d, n, "name");
	if (!name)
		return yerr_at(err, d, n, _("missing key '%s'"), "name");
	if (!read_name(d, name, &s->name, err))
		return false;
	yaml_node_t *subs = y_map_get(d, n, "subsectors");
	s->selectable = subs == NULL;
	if (!subs)
		return true;
	if (!y_expect_seq(d, subs, "subsectors", SECTORS_MAX, err))
		return false;
	/* s may move as the array grows: copy what the subsectors need */
	char *pid = xstrdup(s->id);
	int annex = s->annex;
	bool ok = true;
	for (size_t i = 0; ok && i < y_seq_size(subs); i++)
		ok = read_sector(d, y_seq_item(d, subs, i), pid, annex, r, cap, err);
	free(pid);
	return ok;
}

bool sectors_load_buffer(const char *origin, const char *buf, size_t len,
			 struct sector_registry *out, char **err)
{
	static const char *const keys[] = { "format", "sectors", NULL };
	struct ydoc d;
	struct yerr e = { NULL };
	size_t cap = 0;
	memset(out, 0, sizeof(*out));
	bool ok = ydoc_load_data(&d, origin, buf, len, &e);
	yaml_node_t *root = ok ? ydoc_root(&d) : NULL;
	ok = ok && y_expect_map(&d, root, "sectors.yaml", &e) && y_check_keys(&d, root, keys, &e);
	if (ok) {
		yaml_node_t *f = y_map_get(&d, root, "format");
		int64_t v = 0;
		if (!f)
			ok = yerr_at(&e, &d, root, _("missing key '%s'"), "format");
		else if (y_get_count(&d, f, 1000, &v, &e) && v != 1)
			ok = yerr_at(&e, &d, f, _("unsupported format version %lld (this program reads version %d)"),
				     (long long)v, 1);
		ok = ok && !e.msg;
	}
	yaml_node_t *list = ok ? y_map_get(&d, root, "sectors") : NULL;
	if (ok && !list)
		ok = yerr_at(&e, &d, root, _("missing key '%s'"), "sectors");
	ok = ok && y_expect_seq(&d, list, "sectors", SECTORS_MAX, &e);
	for (size_t i = 0; ok && i < y_seq_size(list); i++)
		ok = read_sector(&d, y_seq_item(&d, list, i), NULL, 0, out, &cap, &e);
	ydoc_free(&d);
	if (!ok) {
		sectors_free(out);
		*err = e.msg;
		return false;
	}
	return true;
}

bool sectors_load(const struct datasource *src, struct sector_registry *out, char **err)
{
	char *buf, *origin;
	size_t len;
	memset(out, 0, sizeof(*out));
	if (!datafile_read(src, "sectors.yaml", &buf, &len, &origin, err))
		return false;
	bool ok = sectors_load_buffer(origin, buf, len, out, err);
	free(buf);
	free(origin);
	return ok;
}
