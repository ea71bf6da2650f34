/* yamlnode.h: a YAML file read whole with libyaml, for strict loaders.
 *
 * Every error is worded "ORIGIN:LINE:COLUMN: message" (1-based), pointing at
 * the node at fault, so the case file, the rules and the form data all report
 * bad input the same way.  Aliases and anchors are refused: no data file
 * needs them and they would let a small file expand without bound. */
#ifndef NIS2_YAMLNODE_H
#define NIS2_YAMLNODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

#include "core/clock.h"

struct ydoc {
	yaml_document_t doc;
	bool loaded;
	bool builtin;       /* made from a built-in tree (io/ydoc_data.h): only
			       the node records are ours to free */
	char *origin;       /* file name for messages */
};

/* The first error of a load, as a fresh string (NULL while none). */
struct yerr {
	char *msg;
};

/* Parses buf (len bytes) as exactly one YAML document with a root node.
 * On failure *err says where and why, and *d holds nothing to free. */
bool ydoc_load(struct ydoc *d, const char *origin, const char *buf, size_t len, struct yerr *err);
void ydoc_free(struct ydoc *d);
yaml_node_t *ydoc_root(struct ydoc *d);

/* Sets err (if not already set) to "ORIGIN:LINE:COL: <fmt...>" at node n
 * (n may be NULL: then line 1, column 1).  Always returns false. */
bool yerr_at(struct yerr *err, const struct ydoc *d, const yaml_node_t *n, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void yerr_free(struct yerr *err);

bool y_is_map(const yaml_node_t *n);
bool y_is_seq(const yaml_node_t *n);
bool y_is_scalar(const yaml_node_t *n);
/* The scalar's text (NUL-terminated by libyaml), or NULL for other nodes. */
const char *y_text(const yaml_node_t *n);
/* A plain (unquoted) scalar that YAML reads as null: "", "~", "null". */
bool y_is_null(const yaml_node_t *n);

/* Walking a mapping: returns the number of pairs; y_pair gets the i-th. */
size_t y_map_size(const yaml_node_t *map);
void y_pair(struct ydoc *d, const yaml_node_t *map, size_t i, yaml_node_t **key, yaml_node_t **value);
/* The value under a key, or NULL. */
yaml_node_t *y_map_get(struct ydoc *d, const yaml_node_t *map, const char *key);
/* Every key must be a scalar, appear once and be one of allowed[] (NULL-
 * terminated); else an error at the offending key. */
bool y_check_keys(struct ydoc *d, const yaml_node_t *map, const char *const *allowed, struct yerr *err);

size_t y_seq_size(const yaml_node_t *seq);
yaml_node_t *y_seq_item(struct ydoc *d, const yaml_node_t *seq, size_t i);

/* Typed readers: each checks the node and reports a clear error. */
bool y_expect_map(struct ydoc *d, const yaml_node_t *n, const char *what, struct yerr *err);
bool y_expect_seq(struct ydoc *d, const yaml_node_t *n, const char *what, size_t max_items, struct yerr *err);
bool y_get_bool(struct ydoc *d, const yaml_node_t *n, bool *out, struct yerr *err);
bool y_get_count(struct ydoc *d, const yaml_node_t *n, int64_t max, int64_t *out, struct yerr *err);
/* A string scalar of at most max_bytes bytes, valid UTF-8; *out is fresh. */
bool y_get_string(struct ydoc *d, const yaml_node_t *n, size_t max_bytes, char **out, struct yerr *err);
bool y_get_time(struct ydoc *d, const yaml_node_t *n, instant_t *out, struct yerr *err);

#endif
