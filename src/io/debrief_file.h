/* debrief_file.h: where --debrief writes, checked before the exercise.
 *
 * A debrief is written when the exercise ends; a path that cannot be
 * written then would lose an hour of a room's work.  So the path is
 * checked at the start, and refused with the reason. */
#ifndef NIS2_DEBRIEF_FILE_H
#define NIS2_DEBRIEF_FILE_H

#include <stdbool.h>

#include "io/debrief_render.h"

/* True when a file can be written at path: an existing regular file we may
 * write, or a new name in an existing folder we may write in.  Else false
 * and *err (fresh): "PATH: reason". */
bool debrief_path_ok(const char *path, char **err);

/* The debrief's format: `format` (--format: text, markdown or json) when
 * given, else by the --debrief file's extension (.md or .markdown:
 * markdown; .json: JSON; anything else, or no file: text).  False for an
 * unknown format. */
bool debrief_format_pick(const char *format, const char *path, enum debrief_format *f);

#endif
