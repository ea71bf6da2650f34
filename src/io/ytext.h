/* ytext.h: reading the data files' three-language texts ({en, nl, fr}). */
#ifndef NIS2_YTEXT_H
#define NIS2_YTEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/lang.h"
#include "io/yamlnode.h"

/* A map with exactly en, nl and fr, each a text of at most max bytes; `what`
 * names the key in messages.  On failure t may hold some texts: free it. */
bool y_get_text3(struct ydoc *d, yaml_node_t *n, const char *what, size_t max,
		 struct text3 *t, struct yerr *err);

/* The `format:` key of a data file's root: must be present and 1. */
bool y_check_format(struct ydoc *d, yaml_node_t *root, struct yerr *err);

#endif
