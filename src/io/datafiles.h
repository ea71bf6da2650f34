/* datafiles.h: the data files (rules, facts, form, texts, scenarios), read
 * from --data DIR when given, else from the copy built into the binary. */
#ifndef NIS2_DATAFILES_H
#define NIS2_DATAFILES_H

#include <stdbool.h>
#include <stddef.h>

struct embedded_file {
	const char *name;            /* path below data/, "rules.yaml" */
	const unsigned char *data;   /* NUL-terminated */
	size_t size;                 /* without the NUL */
};

extern const struct embedded_file embedded_files[];
extern const size_t embedded_files_count;

/* Where data comes from: a folder, or NULL for the built-in copy. */
struct datasource {
	const char *dir;
};

/* Reads data file `name` (e.g. "rules.yaml").  On success *buf is a fresh
 * NUL-terminated copy and *origin (for error messages) names where it came
 * from: "DIR/rules.yaml" or "<built-in>/rules.yaml"; both are to be freed.
 * On failure returns false and *err holds a message. */
bool datafile_read(const struct datasource *src, const char *name,
		   char **buf, size_t *len, char **origin, char **err);

/* Lists the data files below `prefix` ("scenarios/"), sorted; returns the
 * count and a fresh array of fresh names in *names. */
size_t datafile_list(const struct datasource *src, const char *prefix, char ***names);

#endif
