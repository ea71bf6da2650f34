/* debrief_file.c: can the debrief be written where --debrief says? */
#include "config.h"

#include "io/debrief_file.h"
#include "io/casepaths.h"
#include "core/xalloc.h"
#include "nls.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool debrief_path_ok(const char *path, char **err)
{
	struct stat st;
	if (*path == '\0' || path[strlen(path) - 1] == '/') {
		*err = xasprintf(_("%s: not a file name"), path);
		return false;
	}
	if (stat(path, &st) == 0) {
		if (!S_ISREG(st.st_mode)) {
			*err = xasprintf(_("%s: not a regular file"), path);
			return false;
		}
		if (access(path, W_OK) != 0) {
			*err = xasprintf("%s: %s", path, strerror(errno));
			return false;
		}
		return true;
	}
	if (errno != ENOENT) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return false;
	}
	char *dir = casepaths_folder_of(path);
	const char *why = NULL;
	if (stat(dir, &st) != 0)
		why = strerror(errno);
	else if (!S_ISDIR(st.st_mode))
		why = _("not a folder");
	else if (access(dir, W_OK | X_OK) != 0)
		why = strerror(errno);
	if (why)
		*err = xasprintf(_("%s: cannot be created (folder %s: %s)"), path, dir, why);
	free(dir);
	return why == NULL;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

bool debrief_format_pick(const char *format, const char *path, enum debrief_format *f)
{
	*f = DEBRIEF_TEXT;
	if (format) {
		if (!strcmp(format, "markdown"))
			*f = DEBRIEF_MARKDOWN;
		else if (!strcmp(format, "json"))
			*f = DEBRIEF_JSON;
		else if (strcmp(format, "text") != 0)
			return false;
	} else if (path) {
		if (ends_with(path, ".md") || ends_with(path, ".markdown"))
			*f = DEBRIEF_MARKDOWN;
		else if (ends_with(path, ".json"))
			*f = DEBRIEF_JSON;
	}
	return true;
}
