/* catalogues.h: where the program's message catalogues come from: an
 * installed or relocated share/locale, or the copies built into the binary. */
#ifndef NIS2_CATALOGUES_H
#define NIS2_CATALOGUES_H

#include <stdbool.h>
#include <stddef.h>

/* The compiled po/LL.po files, built in (catalogues_embedded.c, generated). */
struct embedded_catalogue {
	const char *lang;          /* "nl", "fr"; NULL ends the list */
	const unsigned char *mo;
	size_t size;
};
extern const struct embedded_catalogue embedded_catalogues[];

/* The first folder that holds LL/LC_MESSAGES/PACKAGE.mo for every built-in
 * language: $NIS2_NOTIFY_LOCALEDIR, locale/ beside the binary (the build
 * tree), ../share/locale beside it (an installed or moved tree), then the
 * configured LOCALEDIR.  NULL if none does. */
const char *catalogues_find_installed(void);

/* Makes gettext load the built-in catalogues for every built-in language,
 * through a private folder that exists only while they are read (see the
 * file's comment).  False, with nothing left behind, if that cannot be done. */
bool catalogues_load_embedded(void);

#endif
