/* autosave.h: the case saved after every confirmed change (atomic, 0600, in
 * a 0700 folder), and the state folder the wizard keeps its cases in. */
#ifndef NIS2_TUI_AUTOSAVE_H
#define NIS2_TUI_AUTOSAVE_H

#include <stdbool.h>

#include "core/case.h"
#include "core/facts.h"

/* The facts registry gives the order of the impact facts in the file. */
bool autosave_write(const char *path, const struct case_file *c,
		    const struct fact_registry *facts, char **err);
/* A fresh path for a new case in the state folder: the file is created
 * there, empty, with O_EXCL (io/casepaths.h casepaths_new_case). */
char *autosave_new_path(instant_t now, char **err);

#endif
