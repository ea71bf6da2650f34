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
