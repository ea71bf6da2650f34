/* test_ydoc_data.c: the trees built into the binary are exactly what the
 * strict reader makes of the same bytes, and nothing else gets them. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "io/datafiles.h"
#include "io/ydoc_data.h"

static void same_node(struct ydoc *pd, yaml_node_t *p, struct ydoc *td, yaml_node_t *t, int depth)
{
	assert_non_null(p);
	assert_non_null(t);
	assert_true(depth < 64);
	assert_int_equal(p->type, t->type);
	assert_string_equal((const char *)p->tag, (const char *)t->tag);
	assert_int_equal(p->start_mark.line, t->start_mark.line);
	assert_int_equal(p->start_mark.column, t->start_mark.column);
	if (p->type == YAML_SCALAR_NODE) {
		assert_int_equal(p->data.scalar.length, t->data.scalar.length);
		assert_memory_equal(p->data.scalar.value, t->data.scalar.value, p->data.scalar.length + 1);
		assert_int_equal(p->data.scalar.style, t->data.scalar.style);
	} else if (p->type == YAML_SEQUENCE_NODE) {
		assert_int_equal(p->data.sequence.style, t->data.sequence.style);
		size_t n = y_seq_size(p);
		assert_int_equal(n, y_seq_size(t));
		for (size_t i = 0; i < n; i++)
			same_node(pd, y_seq_item(pd, p, i), td, y_seq_item(td, t, i), depth + 1);
	} else {
		assert_int_equal(p->data.mapping.style, t->data.mapping.style);
		size_t n = y_map_size(p);
		assert_int_equal(n, y_map_size(t));
		for (size_t i = 0; i < n; i++) {
			yaml_node_t *pk, *pv, *tk, *tv;
			y_pair(pd, p, i, &pk, &pv);
			y_pair(td, t, i, &tk, &tv);
			same_node(pd, pk, td, tk, depth + 1);
			same_node(pd, pv, td, tv, depth + 1);
		}
	}
}

/* Every built-in file: its tree, node for node, is the parse of its bytes. */
static void test_every_tree_is_the_parse(void **state)
{
	(void)state;
	assert_int_equal(embedded_trees_count, embedded_files_count);
	for (size_t i = 0; i < embedded_files_count; i++) {
		const struct embedded_file *f = &embedded_files[i];
		struct ydoc parsed, built;
		struct yerr e1 = { NULL }, e2 = { NULL };
		assert_true(ydoc_load(&parsed, f->name, (const char *)f->data, f->size, &e1));
		assert_true(ydoc_load_data(&built, f->name, (const char *)f->data, f->size, &e2));
		assert_true(built.builtin);
		assert_false(parsed.builtin);
		assert_int_equal(parsed.doc.nodes.top - parsed.doc.nodes.start,
				 built.doc.nodes.top - built.doc.nodes.start);
		same_node(&parsed, ydoc_root(&parsed), &built, ydoc_root(&built), 0);
		ydoc_free(&parsed);
		ydoc_free(&built);
	}
}

/* One byte changed, even in a comment, and the text is parsed, not matched:
 * and a broken copy of a built-in file still gets its FILE:LINE:COLUMN. */
static void test_other_bytes_are_parsed(void **state)
{
	(void)state;
	const struct embedded_file *f = &embedded_files[0];
	char *copy = malloc(f->size + 1);
	assert_non_null(copy);
	memcpy(copy, f->data, f->size + 1);
	copy[f->size - 1] = copy[f->size - 1] == '\n' ? ' ' : '\n';
	struct ydoc d;
	struct yerr e = { NULL };
	assert_true(ydoc_load_data(&d, "x.yaml", copy, f->size, &e));
	assert_false(d.builtin);
	ydoc_free(&d);

	memcpy(copy, "a: [", 4);
	assert_false(ydoc_load_data(&d, "x.yaml", copy, f->size, &e));
	assert_non_null(e.msg);
	assert_non_null(strstr(e.msg, "x.yaml:1:"));
	yerr_free(&e);
	ydoc_free(&d);
	free(copy);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_tree_is_the_parse),
		cmocka_unit_test(test_other_bytes_are_parsed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
