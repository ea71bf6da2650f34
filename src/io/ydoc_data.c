/* ydoc_data.c: the built-in data's trees, found by their bytes.
 *
 * The match is on content, not on a name: a buffer equal byte for byte to a
 * built-in file parses to exactly that file's tree, wherever it came from,
 * so the shortcut can never hand a loader the tree of other text. */
#include "config.h"

#include "io/ydoc_data.h"
#include "io/datafiles.h"
#include "core/xalloc.h"

#include <string.h>

static const struct ydoc_tree *tree_named(const char *name)
{
	for (size_t i = 0; i < embedded_trees_count; i++)
		if (strcmp(embedded_trees[i].name, name) == 0)
			return &embedded_trees[i];
	return NULL;
}

/* libyaml's record of node c.  Its pointers are into the const tables: the
 * y_* accessors only read them, and ydoc_free frees only the records. */
static void expand(const struct ydoc_tree *t, const struct ydoc_cnode *c, yaml_node_t *n)
{
	int style = c->kind >> 2;
	n->type = (yaml_node_type_t)(c->kind & 3);
	n->tag = (yaml_char_t *)(t->pool + t->tags[c->tag]);
	if (n->type == YAML_SCALAR_NODE) {
		n->data.scalar.value = (yaml_char_t *)(t->pool + c->a);
		n->data.scalar.length = c->b;
		n->data.scalar.style = (yaml_scalar_style_t)style;
	} else if (n->type == YAML_SEQUENCE_NODE) {
		n->data.sequence.items.start = (yaml_node_item_t *)(t->items + c->a);
		n->data.sequence.items.top = n->data.sequence.items.end = n->data.sequence.items.start + c->b;
		n->data.sequence.style = (yaml_sequence_style_t)style;
	} else if (n->type == YAML_MAPPING_NODE) {
		n->data.mapping.pairs.start = (yaml_node_pair_t *)(t->pairs + c->a);
		n->data.mapping.pairs.top = n->data.mapping.pairs.end = n->data.mapping.pairs.start + c->b;
		n->data.mapping.style = (yaml_mapping_style_t)style;
	}
	n->start_mark.line = c->line;  /* the index is not kept: no reader uses it */
	n->start_mark.column = c->column;
	n->end_mark = n->start_mark;  /* no reader uses the end */
}

bool ydoc_load_data(struct ydoc *d, const char *origin, const char *buf, size_t len, struct yerr *err)
{
	for (size_t i = 0; i < embedded_files_count; i++) {
		const struct embedded_file *f = &embedded_files[i];
		if (f->size != len || memcmp(f->data, buf, len) != 0)
			continue;
		const struct ydoc_tree *t = tree_named(f->name);
		if (!t)
			break;
		memset(d, 0, sizeof(*d));
		d->origin = xstrdup(origin);
		d->doc.nodes.start = xcalloc(t->count ? t->count : 1, sizeof(yaml_node_t));
		for (size_t k = 0; k < t->count; k++)
			expand(t, &t->nodes[k], &d->doc.nodes.start[k]);
		d->doc.nodes.top = d->doc.nodes.end = d->doc.nodes.start + t->count;
		d->doc.start_implicit = d->doc.end_implicit = 1;
		d->loaded = true;
		d->builtin = true;
		return true;
	}
	return ydoc_load(d, origin, buf, len, err);
}
