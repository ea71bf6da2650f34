/* i18n.c: gettext set-up that works on jump hosts with only C.UTF-8.
 *
 * glibc's gettext ignores LANGUAGE while LC_MESSAGES is "C", and setlocale
 * fails for a locale that is not generated (LANG=fr_BE.UTF-8 on a machine
 * with only C.UTF-8).  So we choose the language ourselves, fall back to
 * C.UTF-8 (UTF-8 text, and LANGUAGE honoured), and tell gettext the language
 * through LANGUAGE.  The catalogues come from beside the binary, the
 * installed tree, or the binary itself (src/cli/catalogues_*.c); if none
 * can be had the program says so once and runs in English throughout, data
 * texts included, rather than mixing two languages. */
#include "config.h"

#include "cli/i18n.h"
#include "cli/catalogues.h"
#include "core/xalloc.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* Which languages' messages gettext can serve (English always). */
static bool available[LANG_COUNT];
/* The last "no catalogue" message, for the wizard's notice line: stderr is
 * cleared by the full screen before anyone can read it. */
static char missing_notice[160];
static bool missing_notice_shown;

static bool is_utf8_codeset(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* glibc keeps the translations it looked up, keyed by the locale's name, not
 * by LANGUAGE; setting LC_MESSAGES to the name it already has does not clear
 * them (so Ctrl-L changed only the tag).  Calling textdomain does: it is the
 * documented way to say that LANGUAGE changed. */
static void forget_looked_up(void)
{
	textdomain(PACKAGE);
}

/* Whether gettext serves a catalogue for the language LANGUAGE names now. */
static bool catalogue_served(void)
{
	const char *header = gettext("");
	return header && *header;
}

/* Binds the domain to an installed catalogue folder if one is found and
 * serves its texts, else to the copies built into the binary. */
static bool bind_catalogues(void)
{
	const char *dir = catalogues_find_installed();
	if (dir) {
		bindtextdomain(PACKAGE, dir);
		bool all = true;
		for (const struct embedded_catalogue *c = embedded_catalogues; c->lang; c++) {
			setenv("LANGUAGE", c->lang, 1);
			forget_looked_up();
			all = all && catalogue_served();
		}
		if (all)
			return true;
	}
	return catalogues_load_embedded();
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

	textdomain(PACKAGE);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	bool have = bind_catalogues();
	for (int i = 0; i < LANG_COUNT; i++) {
		i18n_switch((enum lang)i);
		available[i] = i == LANG_EN || (have && catalogue_served());
	}
	return i18n_use(l);
}

bool i18n_available(enum lang l)
{
	return available[l];
}

enum lang i18n_use(enum lang l)
{
	static bool warned[LANG_COUNT];
	if (!available[l]) {
		if (!warned[l]) {
			/* In English on purpose: the catalogue that would word it is missing. */
			snprintf(missing_notice, sizeof(missing_notice),
				 "no %s message catalogue could be found or unpacked; using English instead",
				 l == LANG_NL ? "Dutch" : "French");
			fprintf(stderr, "%s: %s\n", PACKAGE, missing_notice);
			missing_notice_shown = false;
		}
		warned[l] = true;
		l = LANG_EN;
	}
	i18n_switch(l);
	return l;
}

void i18n_switch(enum lang l)
{
	setenv("LANGUAGE", lang_code(l), 1);
	forget_looked_up();
}

char *i18n_missing_notice(void *ctx, instant_t now)
{
	(void)ctx;
	(void)now;
	if (!missing_notice[0] || missing_notice_shown)
		return NULL;
	missing_notice_shown = true;
	return xstrdup(missing_notice);
}
