/* savefail.c: the notice of a failed save, reason first (savefail.h). */
#include "config.h"

#include "tui/savefail.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "nls.h"

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash && slash[1] ? slash + 1 : path;
}

/* err begins with "P: " where P is path itself or one of its folders:
 * the length of P, else 0. */
static size_t path_prefix(const char *path, const char *err)
{
	const char *colon = err;
	while ((colon = strstr(colon, ": ")) != NULL) {
		size_t n = (size_t)(colon - err);
		bool same = n == strlen(path) && strncmp(err, path, n) == 0;
		bool folder = n > 0 && strncmp(err, path, n) == 0 && path[n] == '/';
		if (same || folder)
			return n;
		colon += 2;
	}
	return 0;
}

char *save_failure_text(const char *path, const char *err)
{
	const char *name = path ? base_name(path) : "?";
	if (!err || !*err)
		err = "?";
	size_t n = path ? path_prefix(path, err) : 0;
	if (n == 0)
		return xasprintf(_("%s. Not saved: %s"), err, name);
	const char *reason = err + n + 2;
	if (n == strlen(path))
		return xasprintf(_("%s. Not saved: %s"), reason, name);
	/* a folder of the file: its name says which one */
	char *folder = xstrndup(err, n);
	char *why = xasprintf(_("%s: %s"), base_name(folder), reason);
	char *text = xasprintf(_("%s. Not saved: %s"), why, name);
	free(why);
	free(folder);
	return text;
}
