/* journal_file.c: appending to the decision journal and reading it back.
 * An entry is written and fsynced before the case file changes, so that a
 * power cut or a kill between the two never leaves a change of the case
 * without its entry (at worst an entry whose case save did not happen). */
#include "config.h"

#include "io/journal_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/fileio.h"
#include "nls.h"

static bool write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t w = write(fd, p, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		p += w;
		len -= (size_t)w;
	}
	return true;
}

static bool sync_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = !slash ? xstrdup(".") : slash == path ? xstrdup("/")
		: xstrndup(path, (size_t)(slash - path));
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0 || errno == EINVAL;
	close(fd);
	return ok;
}

bool journal_file_append(const char *path, const struct journal_entry *e, size_t n,
			 int *errnum, char **err)
{
	int dummy;
	if (!errnum)
		errnum = &dummy;
	*errnum = 0;
	if (n == 0)
		return true;
	struct stat before;
	bool existed = lstat(path, &before) == 0;
	int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
	if (fd < 0) {
		*errnum = errno == ELOOP ? 0 : errno;
		*err = errno == ELOOP ? xasprintf(_("%s: a symbolic link; refused"), path)
			: xasprintf("%s: %s", path, strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		*err = xasprintf(_("%s: not a regular file of ours; refused"), path);
		close(fd);
		return false;
	}
	if ((st.st_mode & 077) && fchmod(fd, 0600) != 0) {
		*errnum = errno;
		*err = xasprintf("%s: %s", path, strerror(errno));
		close(fd);
		return false;
	}
	struct sbuf b;
	sbuf_init(&b);
	char last = '\n';
	if (st.st_size > 0 && pread(fd, &last, 1, st.st_size - 1) != 1)
		last = '\n';
	if (last != '\n')
		sbuf_putc(&b, '\n');
	for (size_t i = 0; i < n; i++) {
		char *line = journal_format_line(&e[i]);
		sbuf_puts(&b, line);
		free(line);
	}
	bool ok = write_all(fd, sbuf_str(&b), b.len) && fsync(fd) == 0;
	if (!ok) {
		*errnum = errno;
		*err = xasprintf("%s: %s", path, strerror(errno));
	}
	sbuf_free(&b);
	if (close(fd) != 0 && ok) {
		*errnum = errno;
		*err = xasprintf("%s: %s", path, strerror(errno));
		ok = false;
	}
	if (ok && !existed && !sync_folder(path)) {
		*errnum = errno;
		*err = xasprintf("%s: %s", path, strerror(errno));
		ok = false;
	}
	return ok;
}

bool journal_file_read(const char *path, struct journal *out, bool *exists, char **err)
{
	memset(out, 0, sizeof(*out));
	out->next_seq = 1;
	out->ends_cleanly = true;
	struct stat st;
	if (lstat(path, &st) != 0 && errno == ENOENT) {
		*exists = false;
		return true;
	}
	*exists = true;
	if (S_ISLNK(st.st_mode)) {
		*err = xasprintf(_("%s: a symbolic link; refused"), path);
		return false;
	}
	char *buf;
	size_t len;
	if (!file_read_all(path, &buf, &len, err))
		return false;
	journal_parse(buf, len, out);
	free(buf);
	return true;
}

char *journal_damage_text(const char *path, const struct journal_damage *d)
{
	const char *what;
	switch (d->kind) {
	case JD_CHECKSUM: what = _("damaged journal line (its checksum does not match); left out"); break;
	case JD_SEQUENCE: what = _("journal entries missing before this line (a gap in the numbering)"); break;
	case JD_TORN: what = _("the journal's last line was cut short (an interrupted write); left out"); break;
	case JD_SYNTAX:
	default: what = _("damaged journal line (not an entry); left out"); break;
	}
	return xasprintf("%s:%zu:%zu: %s", path, d->line, d->column, what);
}
