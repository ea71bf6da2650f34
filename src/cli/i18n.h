/* i18n.h: gettext set-up and the user's language. */
#ifndef NIS2_I18N_H
#define NIS2_I18N_H

#include "core/lang.h"

#include "nls.h"

/* Sets the locale and the message catalogue up, and returns the language:
 * `forced` (from --lang) if not NULL, else the first of LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG that is set (nl*, fr*, anything else English).
 * Works where only the C and C.UTF-8 locales exist. */
enum lang i18n_setup(const char *forced);

/* Switches the program's messages to language l at run time. */
void i18n_switch(enum lang l);

#endif
