/* datafiles.c: reading data files from a folder or from the binary. */
#include "config.h"

#include "io/datafiles.h"
#include "io/fileio.h"
#include "core/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

bool datafile_read(const struct datasource *src, const char *name,
		   char **buf, size_t *len, char **origin, char **err)
{
	if (src && src->dir) {
		char *path = xasprintf("%s/%s", src->dir, name);
		if (!file_read_all(path, buf, len, err)) {
			free(path);
			return false;
		}
		*origin = path;
		return true;
	}
	for (size_t i = 0; i < embedded_files_count; i++) {
		if (strcmp(embedded_files[i].name, name) == 0) {
			*buf = xmalloc(embedded_files[i].size + 1);
			memcpy(*buf, embedded_files[i].data, embedded_files[i].size + 1);
			*len = embedded_files[i].size;
			*origin = xasprintf("<built-in>/%s", name);
			return true;
		}
	}
	*err = xasprintf("<built-in>/%s: %s", name, strerror(ENOENT));
	return false;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t datafile_list(const struct datasource *src, const char *prefix, char ***names)
{
	size_t n = 0, cap = 0;
	char **v = NULL;
	size_t plen = strlen(prefix);

	if (src && src->dir) {
		char *path = xasprintf("%s/%s", src->dir, prefix);
		DIR *d = opendir(path);
		free(path);
		if (d) {
			struct dirent *e;
			while ((e = readdir(d))) {
				size_t l = strlen(e->d_name);
				if (e->d_name[0] == '.' || l < 6 || strcmp(e->d_name + l - 5, ".yaml"))
					continue;
				v = xgrow(v, &cap, n + 1, sizeof(*v));
				v[n++] = xasprintf("%s%s", prefix, e->d_name);
			}
			closedir(d);
		}
	} else {
		for (size_t i = 0; i < embedded_files_count; i++) {
			if (strncmp(embedded_files[i].name, prefix, plen) == 0) {
				v = xgrow(v, &cap, n + 1, sizeof(*v));
				v[n++] = xstrdup(embedded_files[i].name);
			}
		}
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_names);
	*names = v;
	return n;
}
