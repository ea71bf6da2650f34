/* savefail.h: the one-line notice of a save that failed.
 *
 * io says why a save failed as "PATH: reason" (io/fileio.h), PATH being the
 * file or one of its folders.  On an 80-column screen a long PATH pushed
 * the reason off the line; the notice leads with the reason and names the
 * file by its base name only. */
#ifndef NIS2_TUI_SAVEFAIL_H
#define NIS2_TUI_SAVEFAIL_H

/* "REASON. Not saved: NAME" for the file at path and io's message err
 * (NULL: the reason is unknown); a fresh string.  When err starts with a
 * folder of path, that folder's own name stays in front of the reason. */
char *save_failure_text(const char *path, const char *err);

#endif
