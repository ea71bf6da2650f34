/* ydoc_data.h: the data files built into the binary come with their parsed
 * YAML tree, made at build time by src/io/yamltree.c with the same strict
 * reader; a loader given the built-in bytes takes that tree instead of
 * parsing them again.  Any other buffer (a file of --data, a test's text)
 * is parsed by ydoc_load. */
#ifndef NIS2_IO_YDOC_DATA_H
#define NIS2_IO_YDOC_DATA_H

#include "io/yamlnode.h"

/* One node as the build wrote it: offsets instead of pointers, so that the
 * tables need no relocation when the program starts, in 16 bytes instead of
 * libyaml's 96; ydoc_load_data makes libyaml's records from them.  yamltree
 * refuses a file whose columns or tags would not fit. */
struct ydoc_cnode {
	uint32_t a, b;     /* scalar: value offset in the pool, length in bytes;
			      sequence: first item, count; mapping: first pair, count */
	uint32_t line;     /* of the start mark, 0-based */
	uint16_t column;   /* of the start mark, 0-based */
	uint8_t tag;       /* index in the file's tags */
	uint8_t kind;      /* yaml_node_type_t | style << 2 */
};

struct ydoc_tree {
	const char *name;                /* path below data/, "rules.yaml" */
	const struct ydoc_cnode *nodes;  /* node 1 (the root) first, as libyaml numbers them */
	size_t count;
	const char *pool;                /* every tag and scalar, each NUL-terminated, each once */
	const uint32_t *tags;            /* offsets in the pool of the file's tags */
	const yaml_node_item_t *items;   /* the sequences' items, in node order */
	const yaml_node_pair_t *pairs;   /* the mappings' pairs, in node order */
};

extern const struct ydoc_tree embedded_trees[];
extern const size_t embedded_trees_count;

/* As ydoc_load; when buf holds exactly the bytes of a built-in data file,
 * *d is that file's tree, without parsing: libyaml's records are made from
 * the built-in ones (their texts, items and pairs stay where they are). */
bool ydoc_load_data(struct ydoc *d, const char *origin, const char *buf, size_t len, struct yerr *err);

#endif
