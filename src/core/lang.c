/* lang.c: language codes and three-language texts. */
#include "config.h"

#include "core/lang.h"

#include <stdlib.h>
#include <string.h>

static const char *const codes[LANG_COUNT] = { "en", "nl", "fr" };

const char *lang_code(enum lang l)
{
	return (unsigned)l < LANG_COUNT ? codes[l] : codes[LANG_EN];
}

bool lang_from_code(const char *code, enum lang *out)
{
	if (!code)
		return false;
	for (int i = 0; i < LANG_COUNT; i++) {
		if (strcmp(code, codes[i]) == 0) {
			*out = (enum lang)i;
			return true;
		}
	}
	return false;
}

bool lang_from_locale(const char *value, enum lang *out)
{
	if (!value || !*value)
		return false;
	if (strncmp(value, "nl", 2) == 0)
		*out = LANG_NL;
	else if (strncmp(value, "fr", 2) == 0)
		*out = LANG_FR;
	else
		*out = LANG_EN;
	return true;
}

const char *text3_get(const struct text3 *t, enum lang l)
{
	if ((unsigned)l < LANG_COUNT && t->s[l])
		return t->s[l];
	return t->s[LANG_EN] ? t->s[LANG_EN] : "";
}

void text3_free(struct text3 *t)
{
	for (int i = 0; i < LANG_COUNT; i++) {
		free(t->s[i]);
		t->s[i] = NULL;
	}
}
