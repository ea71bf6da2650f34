/* case_save.h: writing a case file (nis2-notify-case(5)) with libyaml's
 * emitter, keys in the order of the spec, readable for hand-editing. */
#ifndef NIS2_CASE_SAVE_H
#define NIS2_CASE_SAVE_H

#include <stdbool.h>

#include "core/case.h"
#include "core/facts.h"

/* The case as YAML text, a comment line first; only what is set is written
 * (an absent fact stays absent).  The registry gives the order and kind of
 * impact facts (booleans are held as 0 / 1).  A fresh string. */
char *case_to_yaml(const struct case_file *c, const struct fact_registry *facts);

/* Saves atomically at path, mode 0600; a missing folder is created with mode
 * 0700.  A text larger than the loader reads (FILE_READ_MAX) is refused:
 * a save never makes a file that cannot be read back.  On failure the old
 * file is untouched and *err says why. */
bool case_save_text(const char *path, const char *yaml, char **err);
/* case_to_yaml, then case_save_text. */
bool case_save_file(const char *path, const struct case_file *c, const struct fact_registry *facts,
		    char **err);

#endif
