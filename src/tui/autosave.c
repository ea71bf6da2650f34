/* autosave.c: saving the case (atomic, 0600, folder 0700) and naming new
 * cases in the state folder. */
#include "config.h"

#include "tui/autosave.h"

#include "io/case_save.h"
#include "io/casepaths.h"

bool autosave_write(const char *path, const struct case_file *c,
		    const struct fact_registry *facts, char **err)
{
	return case_save_file(path, c, facts, err);
}

char *autosave_new_path(instant_t now, char **err)
{
	return casepaths_new_case(now, err);
}
