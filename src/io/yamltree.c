/* yamltree.c: a build tool, run by make, never installed.  It reads each
 * data file with the program's own strict reader (ydoc_load: the same refusal
 * of anchors, aliases, NUL bytes, several documents and deep nesting as for
 * --data) and writes C source holding the parsed node tree of each, so that
 * the binary does not parse its built-in YAML at every start: parsing was
 * 83% of the instructions of an --evaluate.  The loaders still read the tree
 * and check every field at run time, exactly as for a file of --data.
 *
 *   yamltree SRCDIR data/NAME... > data_tree.c
 *
 * Each node is written as a struct ydoc_cnode (offsets, no pointers), with
 * every text in one pool per file and the items and pairs in two arrays. */
#include "config.h"

#include "io/yamlnode.h"
#include "io/fileio.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes as a C string literal: printable ASCII as is, the rest in octal
 * (always three digits, so that a following digit is never swallowed). */
static void put_bytes(FILE *o, const unsigned char *s, size_t n, size_t *col)
{
	for (size_t i = 0; i < n; i++) {
		if (*col >= 72) {
			fputs("\"\n\t\"", o);
			*col = 0;
		}
		unsigned c = s[i];
		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
			fputc((int)c, o);
			*col += 1;
		} else {
			fprintf(o, "\\%03o", c);
			*col += 4;
		}
	}
}

/* The texts of one file, each written once: keys such as "en" or "label"
 * occur thousands of times.  Open addressing over a table that is never
 * more than half full. */
struct pool {
	FILE *o;
	size_t used, col;
	struct { const unsigned char *s; size_t n, at; } *slot;
	size_t cap;
};

static size_t hash(const unsigned char *s, size_t n)
{
	size_t h = 5381;
	for (size_t i = 0; i < n; i++)
		h = h * 33 + s[i];
	return h;
}

/* The offset of s (n bytes, then a NUL) in the pool, added if new. */
static size_t pool_add(struct pool *p, const unsigned char *s, size_t n)
{
	size_t i = hash(s, n) & (p->cap - 1);
	while (p->slot[i].s) {
		if (p->slot[i].n == n && memcmp(p->slot[i].s, s, n) == 0)
			return p->slot[i].at;
		i = (i + 1) & (p->cap - 1);
	}
	p->slot[i].s = s;
	p->slot[i].n = n;
	p->slot[i].at = p->used;
	put_bytes(p->o, s, n, &p->col);
	put_bytes(p->o, (const unsigned char *)"", 1, &p->col);
	p->used += n + 1;
	return p->slot[i].at;
}

static bool fail(const char *name, const yaml_node_t *x, const char *why)
{
	fprintf(stderr, "%s:%zu:%zu: %s\n", name, x->start_mark.line + 1, x->start_mark.column + 1, why);
	return false;
}

static bool emit_file(FILE *o, int i, const char *name, struct ydoc *d)
{
	yaml_node_t *start = d->doc.nodes.start, *top = d->doc.nodes.top;
	size_t n = (size_t)(top - start);
	size_t *tag_of = calloc(n + 1, sizeof(size_t)), *val_at = calloc(n + 1, sizeof(size_t));
	size_t tags[256], n_tags = 0;
	struct pool p = { o, 0, 0, NULL, 1 };
	while (p.cap < 4 * (n + 1))
		p.cap *= 2;
	p.slot = calloc(p.cap, sizeof(*p.slot));
	if (!tag_of || !val_at || !p.slot)
		return false;

	fprintf(o, "\n/* %s */\nstatic const char pool_%d[] =\n\t\"", name, i);
	for (size_t k = 0; k < n; k++) {
		yaml_node_t *x = &start[k];
		size_t at = pool_add(&p, x->tag, strlen((const char *)x->tag)), t = 0;
		while (t < n_tags && tags[t] != at)
			t++;
		if (t == n_tags) {
			if (n_tags == 256)
				return fail(name, x, "more than 256 different tags");
			tags[n_tags++] = at;
		}
		tag_of[k] = t;
		if (x->type == YAML_SCALAR_NODE)
			val_at[k] = pool_add(&p, x->data.scalar.value, x->data.scalar.length);
	}
	fputs("\";\n", o);
	fprintf(o, "static const uint32_t tags_%d[] = {", i);
	for (size_t t = 0; t < n_tags; t++)
		fprintf(o, " %zu,", tags[t]);
	fputs(" };\n", o);

	size_t n_items = 0, n_pairs = 0;
	fprintf(o, "static const yaml_node_item_t items_%d[] = {", i);
	for (size_t k = 0; k < n; k++)
		if (start[k].type == YAML_SEQUENCE_NODE)
			for (yaml_node_item_t *it = start[k].data.sequence.items.start;
			     it < start[k].data.sequence.items.top; it++, n_items++)
				fprintf(o, "%s%d,", n_items % 16 ? " " : "\n\t", *it);
	fputs(n_items ? "\n};\n" : " 0 };\n", o);
	fprintf(o, "static const yaml_node_pair_t pairs_%d[] = {", i);
	for (size_t k = 0; k < n; k++)
		if (start[k].type == YAML_MAPPING_NODE)
			for (yaml_node_pair_t *pr = start[k].data.mapping.pairs.start;
			     pr < start[k].data.mapping.pairs.top; pr++, n_pairs++)
				fprintf(o, "%s{ %d, %d },", n_pairs % 8 ? " " : "\n\t", pr->key, pr->value);
	fputs(n_pairs ? "\n};\n" : " { 0, 0 } };\n", o);

	fprintf(o, "static const struct ydoc_cnode nodes_%d[] = {\n", i);
	size_t item = 0, pair = 0;
	for (size_t k = 0; k < n; k++) {
		yaml_node_t *x = &start[k];
		size_t a = 0, b = 0;
		int style = 0;
		if (x->type == YAML_SCALAR_NODE) {
			a = val_at[k];
			b = x->data.scalar.length;
			style = (int)x->data.scalar.style;
		} else if (x->type == YAML_SEQUENCE_NODE) {
			a = item;
			b = (size_t)(x->data.sequence.items.top - x->data.sequence.items.start);
			style = (int)x->data.sequence.style;
			item += b;
		} else if (x->type == YAML_MAPPING_NODE) {
			a = pair;
			b = (size_t)(x->data.mapping.pairs.top - x->data.mapping.pairs.start);
			style = (int)x->data.mapping.style;
			pair += b;
		}
		if (x->start_mark.column > 0xffff || x->start_mark.line > 0xffffffffu || style > 63 ||
		    a > 0xffffffffu || b > 0xffffffffu)
			return fail(name, x, "a node too far into the file for the built-in tables");
		fprintf(o, "\t{ %zu, %zu, %zu, %zu, %zu, %d },\n", a, b, x->start_mark.line,
			x->start_mark.column, tag_of[k], (int)x->type | style << 2);
	}
	fputs("};\n", o);
	free(tag_of);
	free(val_at);
	free(p.slot);
	return true;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s SRCDIR data/NAME... > data_tree.c\n", argv[0]);
		return 2;
	}
	FILE *o = stdout;
	fputs("/* Generated by yamltree from data/: do not edit. */\n"
	      "#include \"config.h\"\n#include \"io/ydoc_data.h\"\n", o);
	for (int i = 2; i < argc; i++) {
		char *path = NULL, *buf = NULL, *err = NULL;
		size_t len = 0;
		struct ydoc d;
		struct yerr e = { NULL };
		if (asprintf(&path, "%s/%s", argv[1], argv[i]) < 0)
			return 1;
		if (!file_read_all(path, &buf, &len, &err)) {
			fprintf(stderr, "%s\n", err);
			return 1;
		}
		if (!ydoc_load(&d, argv[i], buf, len, &e)) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		if (!emit_file(o, i - 2, argv[i], &d))
			return 1;
		ydoc_free(&d);
		free(buf);
		free(path);
	}
	fputs("\nconst struct ydoc_tree embedded_trees[] = {\n", o);
	for (int i = 2; i < argc; i++) {
		const char *name = strncmp(argv[i], "data/", 5) == 0 ? argv[i] + 5 : argv[i];
		int k = i - 2;
		fprintf(o, "\t{ \"%s\", nodes_%d, sizeof(nodes_%d) / sizeof(nodes_%d[0]), pool_%d, tags_%d, items_%d, pairs_%d },\n",
			name, k, k, k, k, k, k, k);
	}
	fprintf(o, "\t{ 0, 0, 0, 0, 0, 0, 0 }\n};\nconst size_t embedded_trees_count = %d;\n", argc - 2);
	return ferror(o) || fflush(o) ? 1 : 0;
}
