/* privacy_load.c: data/privacy.yaml into a struct privacy_table. */
#include "config.h"

#include "io/privacy_load.h"
#include "io/yamlnode.h"
#include "io/ydoc_data.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_MAX 2000
#define BASES_MAX 16
#define PURPOSES_MAX 200

/* The marks as the notice prints them. */
#define MARK_YES "\xe2\x9c\x93"   /* ✓ U+2713 */
#define MARK_NO "\xc3\x97"        /* × U+00D7 */

struct loader {
	struct ydoc *d;
	struct yerr *err;
	struct privacy_table *t;
};

/* A text in the three languages: a mapping with exactly en, nl and fr, none
 * of them empty. */
static bool read_text3(struct loader *L, const yaml_node_t *n, const char *what, struct text3 *out)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(L->d, n, what, L->err) || !y_check_keys(L->d, n, keys, L->err))
		return false;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(L->d, n, lang_code((enum lang)l));
		if (!v)
			return yerr_at(L->err, L->d, n, _("'%s' has no '%s' text"), what,
				       lang_code((enum lang)l));
		if (!y_get_string(L->d, v, TEXT_MAX, &out->s[l], L->err))
			return false;
		if (!out->s[l][0])
			return yerr_at(L->err, L->d, v, _("'%s' has an empty '%s' text"), what,
				       lang_code((enum lang)l));
	}
	return true;
}

/* Ids are lower-case words joined by hyphens: they are looked up by
 * commands and tests, so a typo must not pass. */
static bool read_id(struct loader *L, const yaml_node_t *n, char **out)
{
	const char *t = y_text(n);
	bool ok = t && *t && t[0] != '-';
	for (const char *s = t; ok && *s; s++)
		ok = (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-';
	if (!ok)
		return yerr_at(L->err, L->d, n, _("an id is made of a-z, 0-9 and '-', found '%s'"),
			       t ? t : "...");
	*out = xstrdup(t);
	return true;
}

static yaml_node_t *require(struct loader *L, const yaml_node_t *map, const char *key)
{
	yaml_node_t *v = y_map_get(L->d, map, key);
	if (!v)
		yerr_at(L->err, L->d, map, _("'%s' is missing"), key);
	return v;
}

static bool read_categories(struct loader *L, const yaml_node_t *seq)
{
	static const char *const keys[] = { "id", "short", "text", NULL };
	if (!y_expect_seq(L->d, seq, "categories", PRIV_CATEGORY_COUNT, L->err))
		return false;
	if (y_seq_size(seq) != PRIV_CATEGORY_COUNT)
		return yerr_at(L->err, L->d, seq, _("'categories' must list the notice's four columns: %s, %s, %s and %s"),
			       privacy_category_id(PRIV_IDENTIFICATION), privacy_category_id(PRIV_COMMUNICATIONS),
			       privacy_category_id(PRIV_VIDEO), privacy_category_id(PRIV_PENALTIES));
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		yaml_node_t *n = y_seq_item(L->d, seq, (size_t)c);
		if (!y_expect_map(L->d, n, "categories", L->err) || !y_check_keys(L->d, n, keys, L->err))
			return false;
		yaml_node_t *id = require(L, n, "id"), *sh = require(L, n, "short"), *tx = require(L, n, "text");
		if (!id || !sh || !tx)
			return false;
		const char *want = privacy_category_id((enum privacy_category)c);
		if (!y_text(id) || strcmp(y_text(id), want) != 0)
			return yerr_at(L->err, L->d, id, _("category %d must be '%s' (the order of the marks)"),
				       c + 1, want);
		if (!read_text3(L, sh, "short", &L->t->categories[c].short_name) ||
		    !read_text3(L, tx, "text", &L->t->categories[c].name))
			return false;
	}
	return true;
}

/* marks: [✓, ×, ×, ×], one per category, in the categories' order. */
static bool read_marks(struct loader *L, const yaml_node_t *seq, privacy_mask *out)
{
	if (!y_is_seq(seq) || y_seq_size(seq) != PRIV_CATEGORY_COUNT)
		return yerr_at(L->err, L->d, seq, _("'marks' must be a list of %d marks, one per category"),
			       PRIV_CATEGORY_COUNT);
	*out = 0;
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		yaml_node_t *m = y_seq_item(L->d, seq, (size_t)c);
		const char *t = y_text(m);
		if (t && strcmp(t, MARK_YES) == 0)
			*out |= PRIVACY_MASK(c);
		else if (!t || strcmp(t, MARK_NO) != 0)
			return yerr_at(L->err, L->d, m, _("unclear mark '%s': write %s or %s"),
				       t ? t : "...", MARK_YES, MARK_NO);
	}
	if (*out == 0)
		return yerr_at(L->err, L->d, seq, _("a purpose must process at least one category of data"));
	return true;
}

/* notes: {communications: {en, nl, fr}}: a note in a ✓ cell. */
static bool read_notes(struct loader *L, const yaml_node_t *map, struct privacy_purpose *p)
{
	if (!y_expect_map(L->d, map, "notes", L->err))
		return false;
	for (size_t i = 0; i < y_map_size(map); i++) {
		yaml_node_t *k, *v;
		y_pair(L->d, map, i, &k, &v);
		enum privacy_category c;
		if (!privacy_category_from_id(y_text(k), &c))
			return yerr_at(L->err, L->d, k, _("unknown category '%s'"), y_text(k) ? y_text(k) : "...");
		if (p->notes[c].s[LANG_EN])
			return yerr_at(L->err, L->d, k, _("key '%s' appears twice"), y_text(k));
		if (!privacy_purpose_has(p, c))
			return yerr_at(L->err, L->d, k, _("a note on '%s', which this purpose does not process"),
				       y_text(k));
		if (!read_text3(L, v, "notes", &p->notes[c]))
			return false;
	}
	return true;
}

static bool unique_purpose_id(struct loader *L, const yaml_node_t *n, const char *id)
{
	for (size_t i = 0; i + 1 < L->t->n_purposes; i++)
		if (strcmp(L->t->purposes[i].id, id) == 0)
			return yerr_at(L->err, L->d, n, _("purpose '%s' appears twice"), id);
	return true;
}

static bool read_purpose(struct loader *L, const yaml_node_t *n, size_t basis)
{
	static const char *const keys[] = { "id", "marks", "text", "notes", NULL };
	if (!y_expect_map(L->d, n, "purposes", L->err) || !y_check_keys(L->d, n, keys, L->err))
		return false;
	yaml_node_t *id = require(L, n, "id");
	if (!id)
		return false;
	yaml_node_t *marks = require(L, n, "marks");
	if (!marks)
		return false;
	yaml_node_t *text = require(L, n, "text");
	if (!text)
		return false;

	struct privacy_table *t = L->t;
	t->purposes = xrealloc(t->purposes, (t->n_purposes + 1) * sizeof(*t->purposes));
	struct privacy_purpose *p = &t->purposes[t->n_purposes++];
	memset(p, 0, sizeof(*p));
	p->basis = basis;
	if (!read_id(L, id, &p->id) || !unique_purpose_id(L, id, p->id) ||
	    !read_marks(L, marks, &p->marks) || !read_text3(L, text, "text", &p->text))
		return false;
	yaml_node_t *notes = y_map_get(L->d, n, "notes");
	if (notes && !read_notes(L, notes, p))
		return false;
	return true;
}

/* notification: [{purpose: ID, why: {en, nl, fr}}, ...], after the bases. */
static bool read_notification(struct loader *L, const yaml_node_t *seq)
{
	static const char *const keys[] = { "purpose", "why", NULL };
	struct privacy_table *t = L->t;
	if (!y_expect_seq(L->d, seq, "notification", PURPOSES_MAX, L->err))
		return false;
	t->notification = xcalloc(y_seq_size(seq) ? y_seq_size(seq) : 1, sizeof(*t->notification));
	for (size_t k = 0; k < y_seq_size(seq); k++) {
		yaml_node_t *n = y_seq_item(L->d, seq, k);
		if (!y_expect_map(L->d, n, "notification", L->err) || !y_check_keys(L->d, n, keys, L->err))
			return false;
		yaml_node_t *id = require(L, n, "purpose");
		if (!id)
			return false;
		yaml_node_t *why = require(L, n, "why");
		if (!why)
			return false;
		const char *name = y_text(id);
		size_t i = 0;
		while (name && i < t->n_purposes && strcmp(t->purposes[i].id, name) != 0)
			i++;
		if (!name || i == t->n_purposes)
			return yerr_at(L->err, L->d, id, _("no purpose '%s' in the table"), name ? name : "...");
		if (t->purposes[i].for_notification.s[LANG_EN])
			return yerr_at(L->err, L->d, id, _("purpose '%s' appears twice"), name);
		if (!read_text3(L, why, "why", &t->purposes[i].for_notification))
			return false;
		t->notification[t->n_notification++] = i;
	}
	return true;
}

static bool read_basis(struct loader *L, const yaml_node_t *n)
{
	static const char *const keys[] = { "id", "text", "purposes", NULL };
	if (!y_expect_map(L->d, n, "bases", L->err) || !y_check_keys(L->d, n, keys, L->err))
		return false;
	yaml_node_t *id = require(L, n, "id");
	if (!id)
		return false;
	yaml_node_t *text = require(L, n, "text");
	if (!text)
		return false;
	yaml_node_t *purposes = require(L, n, "purposes");
	if (!purposes)
		return false;

	struct privacy_table *t = L->t;
	size_t b = t->n_bases++;
	struct privacy_basis *basis = &t->bases[b];
	if (!read_id(L, id, &basis->id))
		return false;
	for (size_t i = 0; i < b; i++)
		if (strcmp(t->bases[i].id, basis->id) == 0)
			return yerr_at(L->err, L->d, id, _("basis '%s' appears twice"), basis->id);
	if (!read_text3(L, text, "text", &basis->name))
		return false;
	if (!y_expect_seq(L->d, purposes, "purposes", PURPOSES_MAX, L->err))
		return false;
	if (y_seq_size(purposes) == 0)
		return yerr_at(L->err, L->d, purposes, _("a legal basis without purposes"));
	for (size_t i = 0; i < y_seq_size(purposes); i++)
		if (!read_purpose(L, y_seq_item(L->d, purposes, i), b))
			return false;
	return true;
}

static bool read_table(struct loader *L)
{
	static const char *const keys[] = { "privacy", "title", "categories", "bases", "notification", NULL };
	yaml_node_t *root = ydoc_root(L->d);
	if (!y_expect_map(L->d, root, "privacy.yaml", L->err) || !y_check_keys(L->d, root, keys, L->err))
		return false;
	yaml_node_t *version = require(L, root, "privacy");
	if (!version)
		return false;
	int64_t v;
	if (!y_get_count(L->d, version, 1000, &v, L->err))
		return false;
	if (v != 1)
		return yerr_at(L->err, L->d, version, _("format version %lld is not supported (this program reads 1)"),
			       (long long)v);
	yaml_node_t *title = require(L, root, "title");
	if (!title || !read_text3(L, title, "title", &L->t->title))
		return false;
	yaml_node_t *cats = require(L, root, "categories");
	if (!cats || !read_categories(L, cats))
		return false;
	yaml_node_t *bases = require(L, root, "bases");
	if (!bases || !y_expect_seq(L->d, bases, "bases", BASES_MAX, L->err))
		return false;
	if (y_seq_size(bases) == 0)
		return yerr_at(L->err, L->d, bases, _("'bases' is empty"));
	L->t->bases = xcalloc(y_seq_size(bases), sizeof(*L->t->bases));
	for (size_t i = 0; i < y_seq_size(bases); i++)
		if (!read_basis(L, y_seq_item(L->d, bases, i)))
			return false;
	yaml_node_t *notification = require(L, root, "notification");
	return notification && read_notification(L, notification);
}

bool privacy_load_buffer(const char *origin, const char *buf, size_t len,
			 struct privacy_table *t, char **err)
{
	struct ydoc d;
	struct yerr e = { NULL };
	*err = NULL;
	if (!ydoc_load_data(&d, origin, buf, len, &e)) {
		ydoc_free(&d);
		*err = e.msg;
		return false;
	}
	struct loader L = { &d, &e, t };
	bool ok = read_table(&L);
	ydoc_free(&d);
	if (!ok) {
		privacy_table_free(t);
		*err = e.msg ? e.msg : xasprintf("%s: %s", origin, _("invalid data"));
		return false;
	}
	return true;
}

bool privacy_load(const struct datasource *src, struct privacy_table *t, char **err)
{
	char *buf, *origin;
	size_t len;
	if (!datafile_read(src, PRIVACY_DATA_FILE, &buf, &len, &origin, err))
		return false;
	bool ok = privacy_load_buffer(origin, buf, len, t, err);
	free(buf);
	free(origin);
	return ok;
}
