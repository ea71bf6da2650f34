/* journal_file.h: the decision journal on disk (CASE.journal beside the
 * case, casepaths_journal()): appended to, synced, never rewritten.  The
 * format is core/journal.h's. */
#ifndef NIS2_JOURNAL_FILE_H
#define NIS2_JOURNAL_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/journal.h"

/* Appends the entries as lines and fsyncs the file (and, when it was
 * created, its folder) before returning: when this returns true the entries
 * are on disk.  The file is created mode 0600; a symbolic link, anything but
 * a regular file, or someone else's file is refused.  When the last line
 * was cut short (an interrupted write), a newline is written first so the
 * new entries start a line of their own. */
/* *errnum (may be NULL) gets the errno of a failed write or sync, 0 for a
 * refusal: a full or failing disk is the same reason for the case. */
bool journal_file_append(const char *path, const struct journal_entry *e, size_t n,
			 int *errnum, char **err);

/* Reads the journal at path: a missing file is an empty journal (*exists
 * false).  Damaged lines are listed in out->damaged, never an error; only a
 * file that cannot be read fails (*err "PATH: reason"). */
bool journal_file_read(const char *path, struct journal *out, bool *exists, char **err);

/* The damage as "PATH:LINE:COLUMN: what" (fresh, translated). */
char *journal_damage_text(const char *path, const struct journal_damage *d);

#endif
