/* lang.h: the three languages of the tool (English is the source language). */
#ifndef NIS2_LANG_H
#define NIS2_LANG_H

#include <stdbool.h>

enum lang { LANG_EN = 0, LANG_NL, LANG_FR, LANG_COUNT };

/* "en", "nl" or "fr". */
const char *lang_code(enum lang l);
/* Accepts "en", "nl", "fr" exactly; false otherwise. */
bool lang_from_code(const char *code, enum lang *out);
/* Guesses from a locale-like value ("nl_BE.UTF-8", "fr", "C"): nl* -> NL,
 * fr* -> FR, anything else -> EN.  Returns false for NULL or "". */
bool lang_from_locale(const char *value, enum lang *out);

/* A text given in the three languages, as data files carry it. */
struct text3 {
	char *s[LANG_COUNT];
};

/* The text in language l, falling back to English when that one is absent. */
const char *text3_get(const struct text3 *t, enum lang l);
void text3_free(struct text3 *t);

#endif
