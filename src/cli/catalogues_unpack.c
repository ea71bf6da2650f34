/* catalogues_unpack.c: lets GNU gettext read the catalogues built into the
 * binary.  gettext reads catalogues only from files, under a folder given to
 * bindtextdomain, and keeps a catalogue in memory once it has read it (for
 * the life of the process, whatever LANGUAGE or the locale later say).  So:
 *   - a private folder is made with mkdtemp (mode 0700) under
 *     $XDG_RUNTIME_DIR, else $TMPDIR, else /tmp; the .mo files are written
 *     in it with O_EXCL|O_NOFOLLOW, mode 0600;
 *   - gettext is made to read each language's catalogue at once;
 *   - the files and folders are removed straight away, before the program
 *     does anything else, and a check confirms the texts are still served.
 * The folder lives for a few milliseconds at start-up, with SIGHUP, SIGINT,
 * SIGQUIT, SIGTERM and SIGTSTP blocked, so no signal can end the program
 * while it exists; a signal that arrives meanwhile is delivered after the
 * clean-up.  No exit or signal handler is needed, and nothing is left in
 * /tmp even after a crash or SIGKILL later on.  Only SIGKILL in those
 * milliseconds could leave the 0700 folder behind. */
#include "config.h"

#include "cli/catalogues.h"
#include "nls.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_LANGS = 8 };

/* The private folder and what was made in it, for the clean-up. */
struct unpacked {
	char root[PATH_MAX];
	size_t nlangs;
	int made[MAX_LANGS];       /* 0 nothing, 1 LL/, 2 LL/LC_MESSAGES/, 3 the .mo */
};

static bool path_of(char *out, const struct unpacked *u, const char *lang, int depth)
{
	static const char *const tails[] = { "", "/LC_MESSAGES", "/LC_MESSAGES/" PACKAGE ".mo" };
	int n = snprintf(out, PATH_MAX, "%s/%s%s", u->root, lang, tails[depth - 1]);
	return n > 0 && n < PATH_MAX;
}

static bool write_all(int fd, const unsigned char *p, size_t size)
{
	while (size > 0) {
		ssize_t w = write(fd, p, size);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		size -= (size_t)w;
	}
	return true;
}

static bool unpack_one(struct unpacked *u, size_t i, const struct embedded_catalogue *c)
{
	char path[PATH_MAX];
	if (!path_of(path, u, c->lang, 1) || mkdir(path, 0700) != 0)
		return false;
	u->made[i] = 1;
	if (!path_of(path, u, c->lang, 2) || mkdir(path, 0700) != 0)
		return false;
	u->made[i] = 2;
	if (!path_of(path, u, c->lang, 3))
		return false;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return false;
	u->made[i] = 3;
	bool ok = write_all(fd, c->mo, c->size);
	return close(fd) == 0 && ok;
}

static void remove_all(const struct unpacked *u)
{
	for (size_t i = 0; i < u->nlangs; i++) {
		char path[PATH_MAX];
		for (int depth = u->made[i]; depth >= 1; depth--) {
			if (!path_of(path, u, embedded_catalogues[i].lang, depth))
				continue;
			if (depth == 3)
				unlink(path);
			else
				rmdir(path);
		}
	}
	rmdir(u->root);
}

static bool make_root(struct unpacked *u)
{
	const char *bases[] = { getenv("XDG_RUNTIME_DIR"), getenv("TMPDIR"), "/tmp" };
	for (size_t i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
		const char *b = bases[i];
		if (!b || b[0] != '/')
			continue;
		int n = snprintf(u->root, sizeof(u->root), "%s/nis2-notify-catalogues.XXXXXX", b);
		if (n > 0 && (size_t)n < sizeof(u->root) && mkdtemp(u->root))
			return true;
	}
	return false;
}

/* Asks gettext for the catalogue's header in language lang: this reads the
 * catalogue if it was not read yet, and is "" if it cannot be had. */
static bool served(const char *lang)
{
	setenv("LANGUAGE", lang, 1);
	/* Makes glibc forget what it looked up in the previous language. */
	textdomain(PACKAGE);
	const char *header = gettext("");
	return header && *header;
}

bool catalogues_load_embedded(void)
{
	struct unpacked u;
	memset(&u, 0, sizeof(u));
	for (const struct embedded_catalogue *c = embedded_catalogues; c->lang; c++)
		u.nlangs++;
	if (u.nlangs == 0 || u.nlangs > MAX_LANGS)
		return false;

	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGQUIT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGTSTP);
	sigprocmask(SIG_BLOCK, &block, &old);

	bool ok = make_root(&u);
	if (ok) {
		u.nlangs = 0;
		for (const struct embedded_catalogue *c = embedded_catalogues; ok && c->lang; c++) {
			u.nlangs++;
			ok = unpack_one(&u, u.nlangs - 1, c);
		}
		if (ok) {
			bindtextdomain(PACKAGE, u.root);
			for (size_t i = 0; ok && i < u.nlangs; i++)
				ok = served(embedded_catalogues[i].lang);
		}
		remove_all(&u);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);

	/* Read from memory now: the folder is gone. */
	for (size_t i = 0; ok && i < u.nlangs; i++)
		ok = served(embedded_catalogues[i].lang);
	return ok;
}
