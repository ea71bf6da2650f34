/* i18n.h: gettext set-up and the user's language. */
#ifndef NIS2_I18N_H
#define NIS2_I18N_H

#include "core/clock.h"
#include "core/lang.h"

#include "nls.h"

/* Sets the locale and the message catalogue up, and returns the language:
 * `forced` (from --lang) if not NULL, else the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG that is set (nl*, fr*, anything else English).
 * Works where only the C and C.UTF-8 locales exist.  A language whose
 * catalogue cannot be had gives English, as i18n_use says. */
enum lang i18n_setup(const char *forced);

/* Whether the messages of language l can be had (English: always). */
bool i18n_available(enum lang l);

/* Switches to language l if its messages can be had and returns l; else
 * says so on stderr, in English, once per language, and switches to and
 * returns English, so that data texts and messages never mix. */
enum lang i18n_use(enum lang l);

/* For the wizard's notice line (struct tui_notices): the message i18n_use
 * printed on stderr about a missing catalogue, a fresh copy once, else
 * NULL. */
char *i18n_missing_notice(void *ctx, instant_t now);

/* Switches the program's messages to language l at run time. */
void i18n_switch(enum lang l);

#endif
