/* fileio.h: reading whole files, and saving them atomically and privately. */
#ifndef NIS2_FILEIO_H
#define NIS2_FILEIO_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Files larger than this are refused with a clear message, never read. */
#define FILE_READ_MAX (8u * 1024u * 1024u)

/* Why the file at path, of type mode (st_mode), is not read or written as
 * a case: a named pipe, a device, a socket, a folder, a link; fresh
 * "PATH: reason". */
char *file_not_regular(const char *path, mode_t mode);

/* Reads a regular file whole (a named pipe, device or socket is refused
 * before anything is read, never waited on); *buf is NUL-terminated.  On failure *err is a
 * fresh "PATH: reason" message. */
bool file_read_all(const char *path, char **buf, size_t *len, char **err);

/* The temporary copies file_save_atomic() writes: PATH.tmp.XXXXXX. */
#define FILE_TMP_INFIX ".tmp."
#define FILE_TMP_RANDOM_LEN 6
/* True when name is base + ".tmp." + six letters or digits. */
bool file_is_tmp_of(const char *name, const char *base);
/* A temporary copy older than this is a crash's leftover, never a save
 * in progress (a save takes well under a second). */
#define FILE_TMP_STALE_SECONDS 60

/* Saves data to path atomically: a temporary file in the same folder,
 * written, fsync'ed, mode 0600, then renamed over path, and the folder
 * fsync'ed.  Refuses to replace anything that is not a regular file we own
 * (a directory, a symlink, someone else's file).  On failure path is left as
 * it was and *err says why.  After a save, the temporary copies of path
 * that a crash left (ours, older than FILE_TMP_STALE_SECONDS) are removed,
 * so that they never pile up. */
bool file_save_atomic(const char *path, const char *data, size_t len, char **err);

/* Creates path as a new, empty file of mode 0600; fails (with *err) when
 * anything of that name exists, so that a new case never takes another's
 * place. */
bool file_create_new(const char *path, char **err);

/* What a file held when it was last read or written, to tell whether
 * someone else changed it since: whether it exists, its size and a hash of
 * its bytes (FNV-1a, 64 bits). */
struct file_stamp {
	bool exists;
	unsigned long long size;
	unsigned long long hash;
};
/* The stamp of the file at path now; false (and *err) when it exists but
 * cannot be read. */
bool file_stamp_get(const char *path, struct file_stamp *st, char **err);
/* The stamp of data about to be written. */
void file_stamp_of(const char *data, size_t len, struct file_stamp *st);
bool file_stamp_same(const struct file_stamp *a, const struct file_stamp *b);

/* Creates dir (and its parents) with mode 0700 when missing. */
bool dir_ensure_private(const char *dir, char **err);

#endif
