/* catalogues_find.c: finds an installed copy of the message catalogues.
 * A tree installed with `make install DESTDIR=...` or moved elsewhere keeps
 * bin/ and share/locale/ side by side, so the binary looks beside itself
 * (/proc/self/exe -> ../share/locale) before the configured LOCALEDIR, which
 * such a tree does not have; the build tree keeps its binary beside
 * locale/.  No build path is compiled in, so the package builds the same
 * binary in any folder.  A folder counts only if it holds every built-in
 * language, so that Ctrl-L never switches into a language it lacks. */
#include "config.h"

#include "cli/catalogues.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool has_all(const char *dir)
{
	if (!dir || !*dir)
		return false;
	for (const struct embedded_catalogue *c = embedded_catalogues; c->lang; c++) {
		char path[PATH_MAX];
		struct stat st;
		int n = snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/%s.mo", dir, c->lang, PACKAGE);
		if (n < 0 || (size_t)n >= sizeof(path) || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			return false;
	}
	return true;
}

/* The folder of the running binary, symlinks resolved; false if unknown. */
static bool exe_dir(char *out, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", out, size - 1);
	if (n <= 0)
		return false;
	out[n] = '\0';
	char *slash = strrchr(out, '/');
	if (!slash)
		return false;
	*slash = '\0';
	return true;
}

const char *catalogues_find_installed(void)
{
	static char beside[PATH_MAX];
	const char *env = getenv("NIS2_NOTIFY_LOCALEDIR");
	if (has_all(env))
		return env;
	char exe[PATH_MAX];
	if (exe_dir(exe, sizeof(exe))) {
		/* The build tree: its binary and locale/ side by side (Makefile.am). */
		int n = snprintf(beside, sizeof(beside), "%s/locale", exe);
		if (n > 0 && (size_t)n < sizeof(beside) && has_all(beside))
			return beside;
		n = snprintf(beside, sizeof(beside), "%s/../share/locale", exe);
		if (n > 0 && (size_t)n < sizeof(beside) && has_all(beside))
			return beside;
	}
	if (has_all(LOCALEDIR))
		return LOCALEDIR;
	return NULL;
}
