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

/* The reading behind y_get_text3(), for a loader that words its own
 * messages for a missing or empty text (a scenario's, for its authors). */
enum y_text3_result {
	Y_TEXT3_OK = 0,
	Y_TEXT3_ERROR,    /* *err is set: not a map, another key, not a string, too long */
	Y_TEXT3_MISSING,  /* no text in *lang; *at is the map; *err untouched */
	Y_TEXT3_EMPTY,    /* the text in *lang is empty; *at is that text */
};
enum y_text3_result y_read_text3(struct ydoc *d, yaml_node_t *n, const char *what, size_t max,
				 struct text3 *t, struct yerr *err, enum lang *lang,
				 yaml_node_t **at);

/* The `format:` key of a data file's root: must be present and 1. */
bool y_check_format(struct ydoc *d, yaml_node_t *root, struct yerr *err);

#endif
