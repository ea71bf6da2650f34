/* autosave.c: saving the case (atomic, 0600, folder 0700) and naming new
 * cases in the state folder. */
#include "config.h"

#include "tui/autosave.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "core/xalloc.h"
#include "io/case_save.h"
#include "io/casepaths.h"
#include "nls.h"

bool autosave_write(const char *path, const struct case_file *c,
		    const struct fact_registry *facts, char **err)
{
	return case_save_file(path, c, facts, err);
}

char *autosave_new_path(instant_t now, char **err)
{
	char *dir = casepaths_state_dir_ensure(err);
	if (!dir)
		return NULL;
	struct civil t = clock_to_local(now, NULL);
	for (int n = 1; n < 1000; n++) {
		char *path = n == 1
			? xasprintf("%s/case-%04d%02d%02d-%02d%02d%02d.yaml", dir, t.year, t.month,
				    t.day, t.hour, t.min, t.sec)
			: xasprintf("%s/case-%04d%02d%02d-%02d%02d%02d-%d.yaml", dir, t.year, t.month,
				    t.day, t.hour, t.min, t.sec, n);
		struct stat st;
		if (lstat(path, &st) != 0) {
			free(dir);
			return path;
		}
		free(path);
	}
	free(dir);
	*err = xstrdup(_("no free case file name in the state folder"));
	return NULL;
}
