/* io/case_node.h: the case reader on an already parsed YAML document, for
 * the io readers that embed a case in a larger file (a training scenario).
 * Private to io: it names libyaml's types, which no other layer sees. */
#ifndef NIS2_IO_CASE_NODE_H
#define NIS2_IO_CASE_NODE_H

#include "io/case_load.h"
#include "io/yamlnode.h"

/* The case held by mapping `root` of an already loaded document, which may
 * also carry the top-level keys of extra_keys (NULL-terminated, or NULL):
 * a training scenario is a case file with a `scenario:` section.  On failure
 * returns false, leaves *c empty and sets err. */
bool case_from_node(struct ydoc *d, yaml_node_t *root, const char *const *extra_keys,
		    const struct case_schema *s, struct case_file *c, struct yerr *err);

#endif
