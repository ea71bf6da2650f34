/* i18n.c: gettext set-up that works on jump hosts with only C.UTF-8.
 *
 * glibc's gettext ignores LANGUAGE while LC_MESSAGES is "C", and setlocale
 * fails for a locale that is not generated (LANG=fr_BE.UTF-8 on a machine
 * with only C.UTF-8).  So we choose the language ourselves, fall back to
 * C.UTF-8 (UTF-8 text, and LANGUAGE honoured), and tell gettext the language
 * through LANGUAGE. */
#include "config.h"

#include "cli/i18n.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool is_utf8_codeset(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

static bool file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The catalogues of the build tree when this binary is the uninstalled one
 * (so the README's run command works without `make install`); else the
 * installed ones. */
static const char *catalogue_dir(void)
{
	const char *env = getenv("NIS2_NOTIFY_LOCALEDIR");
	if (env && *env)
		return env;
#ifdef BUILD_LOCALEDIR
	char exe[PATH_MAX], build[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		if (realpath(BUILD_TOPDIR, build) && strcmp(exe, build) == 0 &&
		    file_exists(BUILD_LOCALEDIR "/nl/LC_MESSAGES/" PACKAGE ".mo"))
			return BUILD_LOCALEDIR;
	}
#endif
	return LOCALEDIR;
}

static const char *first_set(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return NULL;
}

enum lang i18n_setup(const char *forced)
{
	enum lang l = LANG_EN;

	if (!forced || !lang_from_code(forced, &l)) {
		const char *v = first_set();
		if (!v || !lang_from_locale(v, &l))
			l = LANG_EN;
	}

	if (!setlocale(LC_ALL, ""))
		setlocale(LC_ALL, "C.UTF-8");
	if (!is_utf8_codeset())
		setlocale(LC_CTYPE, "C.UTF-8");
	const char *msgs = setlocale(LC_MESSAGES, NULL);
	if (!msgs || strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	/* Numbers in our own output are formatted by us, per language. */
	setlocale(LC_NUMERIC, "C");

	bindtextdomain(PACKAGE, catalogue_dir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	i18n_switch(l);
	return l;
}

void i18n_switch(enum lang l)
{
	setenv("LANGUAGE", lang_code(l), 1);
	/* Setting a locale category makes glibc forget the messages it looked up
	 * in the old language. */
	const char *msgs = setlocale(LC_MESSAGES, NULL);
	if (msgs) {
		char keep[64];
		strncpy(keep, msgs, sizeof(keep) - 1);
		keep[sizeof(keep) - 1] = '\0';
		setlocale(LC_MESSAGES, keep);
	}
}
