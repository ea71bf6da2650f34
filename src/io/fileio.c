/* fileio.c: whole-file reads and atomic, private saves. */
#include "config.h"

#include "io/fileio.h"
#include "core/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "nls.h"

char *file_not_regular(const char *path, mode_t mode)
{
	if (S_ISFIFO(mode))
		return xasprintf(_("%s: is a named pipe (FIFO), not a file; not reading it"), path);
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return xasprintf(_("%s: is a device, not a file; not reading it"), path);
	if (S_ISSOCK(mode))
		return xasprintf(_("%s: is a socket, not a file; not reading it"), path);
	if (S_ISDIR(mode))
		return xasprintf(_("%s: is a folder, not a file"), path);
	if (S_ISLNK(mode))
		return xasprintf(_("%s: is a symbolic link; open the file it points to instead"), path);
	return xasprintf(_("%s: not a regular file"), path);
}

bool file_read_all(const char *path, char **buf, size_t *len, char **err)
{
	/* O_NONBLOCK: opening a named pipe must not wait for a writer; what is
	 * not a regular file is refused by fstat before a byte is read. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		int e = errno;
		struct stat lst;
		if (e == ENXIO && stat(path, &lst) == 0 && !S_ISREG(lst.st_mode))
			*err = file_not_regular(path, lst.st_mode);   /* a socket */
		else
			*err = xasprintf("%s: %s", path, strerror(e));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*err = fstat(fd, &st) == 0 ? file_not_regular(path, st.st_mode)
					   : xasprintf("%s: %s", path, strerror(errno));
		close(fd);
		return false;
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	if ((unsigned long long)st.st_size > FILE_READ_MAX) {
		*err = xasprintf(_("%s: file too large (%lld bytes; at most %u)"), path,
				 (long long)st.st_size, FILE_READ_MAX);
		close(fd);
		return false;
	}
	size_t cap = (size_t)st.st_size + 1, n = 0;
	char *p = xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap) {
			if (cap > FILE_READ_MAX) {
				*err = xasprintf(_("%s: file too large (at most %u bytes)"), path, FILE_READ_MAX);
				free(p);
				close(fd);
				return false;
			}
			cap *= 2;
			p = xrealloc(p, cap);
		}
		ssize_t r = read(fd, p + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			*err = xasprintf("%s: %s", path, strerror(errno));
			free(p);
			close(fd);
			return false;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	p[n] = '\0';
	*buf = p;
	*len = n;
	return true;
}

bool file_is_tmp_of(const char *name, const char *base)
{
	size_t bl = strlen(base);
	if (strncmp(name, base, bl) != 0 || strncmp(name + bl, FILE_TMP_INFIX, strlen(FILE_TMP_INFIX)) != 0)
		return false;
	const char *r = name + bl + strlen(FILE_TMP_INFIX);
	if (strlen(r) != FILE_TMP_RANDOM_LEN)
		return false;
	for (; *r; r++)
		if (!((*r >= 'a' && *r <= 'z') || (*r >= 'A' && *r <= 'Z') || (*r >= '0' && *r <= '9')))
			return false;
	return true;
}

/* The leftovers of interrupted saves of path (in folder dir): each a full
 * copy of what was being saved, personal data included. */
static void remove_stale_copies(const char *dir, const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	DIR *d = opendir(dir);
	if (!d)
		return;
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!file_is_tmp_of(e->d_name, base))
			continue;
		struct stat st;
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
		    st.st_uid == geteuid() && now - st.st_mtime > FILE_TMP_STALE_SECONDS)
			unlinkat(dirfd(d), e->d_name, 0);
	}
	closedir(d);
}

static bool write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t w = write(fd, data, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		data += w;
		len -= (size_t)w;
	}
	return true;
}

bool file_save_atomic(const char *path, const char *data, size_t len, char **err)
{
	struct stat st;
	if (lstat(path, &st) == 0) {
		if (S_ISLNK(st.st_mode)) {
			*err = xasprintf(_("%s: is a symbolic link; not replacing it"), path);
			return false;
		}
		if (!S_ISREG(st.st_mode)) {
			*err = xasprintf(_("%s: not a regular file; not replacing it"), path);
			return false;
		}
		if (st.st_uid != geteuid()) {
			*err = xasprintf(_("%s: belongs to another user; not replacing it"), path);
			return false;
		}
	}

	char *copy = xstrdup(path);
	char *dir = xstrdup(dirname(copy));
	free(copy);
	char *tmp = xasprintf("%s.tmp.XXXXXX", path);
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		goto fail_names;
	}
	/* mkostemp creates 0600 whatever the umask; make sure anyway */
	if (fchmod(fd, 0600) != 0 || !write_all(fd, data, len) || fsync(fd) != 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		close(fd);
		unlink(tmp);
		goto fail_names;
	}
	if (close(fd) != 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		unlink(tmp);
		goto fail_names;
	}
	if (rename(tmp, path) != 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		unlink(tmp);
		goto fail_names;
	}
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	remove_stale_copies(dir, path);
	free(tmp);
	free(dir);
	return true;

fail_names:
	free(tmp);
	free(dir);
	return false;
}

void file_stamp_of(const char *data, size_t len, struct file_stamp *st)
{
	unsigned long long h = 1469598103934665603ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)data[i];
		h *= 1099511628211ULL;
	}
	st->exists = true;
	st->size = len;
	st->hash = h;
}

bool file_stamp_get(const char *path, struct file_stamp *st, char **err)
{
	struct stat ls;
	memset(st, 0, sizeof(*st));
	if (lstat(path, &ls) != 0 && errno == ENOENT)
		return true;
	if (lstat(path, &ls) == 0 && !S_ISREG(ls.st_mode)) {
		/* a link or a folder in its place: the save says why it refuses */
		*err = file_not_regular(path, ls.st_mode);
		return false;
	}
	char *buf;
	size_t len;
	if (!file_read_all(path, &buf, &len, err))
		return false;
	file_stamp_of(buf, len, st);
	free(buf);
	return true;
}

bool file_stamp_same(const struct file_stamp *a, const struct file_stamp *b)
{
	if (a->exists != b->exists)
		return false;
	return !a->exists || (a->size == b->size && a->hash == b->hash);
}

bool file_create_new(const char *path, char **err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
	if (fd < 0) {
		*err = errno == EEXIST ? xasprintf(_("%s: already exists; choose another name"), path)
				       : xasprintf("%s: %s", path, strerror(errno));
		return false;
	}
	close(fd);
	return true;
}

bool dir_ensure_private(const char *dir, char **err)
{
	char *p = xstrdup(dir);
	for (char *s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char keep = *s;
			*s = '\0';
			if (mkdir(p, 0700) != 0 && errno != EEXIST) {
				*err = xasprintf("%s: %s", p, strerror(errno));
				free(p);
				return false;
			}
			*s = keep;
			if (!keep)
				break;
		}
	}
	struct stat st;
	if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*err = xasprintf(_("%s: not a folder"), p);
		free(p);
		return false;
	}
	free(p);
	return true;
}
