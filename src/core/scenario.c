/* scenario.c: the training scenario model. */
#include "config.h"

#include "core/scenario.h"

#include <stdlib.h>
#include <string.h>

void scenario_init(struct scenario *s)
{
	memset(s, 0, sizeof(*s));
	case_init(&s->truth);
}

void scenario_free(struct scenario *s)
{
	free(s->id);
	free(s->version);
	text3_free(&s->title);
	text3_free(&s->briefing);
	text3_free(&s->lesson);
	for (size_t i = 0; i < s->n_injects; i++) {
		text3_free(&s->injects[i].text);
		text3_free(&s->injects[i].action);
		for (size_t j = 0; j < s->injects[i].n_reveals; j++)
			free(s->injects[i].reveals[j]);
		free(s->injects[i].reveals);
	}
	for (size_t i = 0; i < s->n_reveals; i++)
		free(s->reveals[i]);
	free(s->reveals);
	free(s->injects);
	for (size_t i = 0; i < s->n_refs; i++) {
		text3_free(&s->refs[i].section);
		text3_free(&s->refs[i].text);
	}
	free(s->refs);
	for (size_t i = 0; i < s->expected.n_met; i++)
		free(s->expected.met[i]);
	free(s->expected.met);
	case_free(&s->truth);
	memset(s, 0, sizeof(*s));
}

size_t scenario_next_inject(const struct scenario *s, size_t seen, instant_t now)
{
	if (seen < s->n_injects && s->injects[seen].at <= now)
		return seen;
	return s->n_injects;
}

static bool names(char *const *list, size_t n, const char *field)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], field) == 0)
			return true;
	return false;
}

size_t scenario_revealed_by(const struct scenario *s, const char *field, instant_t by)
{
	if (!s->has_reveals || names(s->reveals, s->n_reveals, field))
		return REVEALED_BRIEFING;
	for (size_t i = 0; i < s->n_injects && s->injects[i].at <= by; i++)
		if (names(s->injects[i].reveals, s->injects[i].n_reveals, field))
			return i;
	return REVEALED_NEVER;
}

bool scenario_has_lang(const struct scenario *s, enum lang l)
{
	return (unsigned)l < LANG_COUNT && (s->langs & (1u << l)) != 0;
}

void scenario_lang_codes(const struct scenario *s, char buf[SCENARIO_LANGS_LEN])
{
	size_t o = 0;
	buf[0] = '\0';
	for (int l = 0; l < LANG_COUNT; l++) {
		if (!scenario_has_lang(s, (enum lang)l))
			continue;
		const char *c = lang_code((enum lang)l);
		if (o) {
			memcpy(buf + o, ", ", 2);
			o += 2;
		}
		memcpy(buf + o, c, 2);
		o += 2;
		buf[o] = '\0';
	}
}

enum lang scenario_first_lang(const struct scenario *s)
{
	for (int l = 0; l < LANG_COUNT; l++)
		if (scenario_has_lang(s, (enum lang)l))
			return (enum lang)l;
	return LANG_EN;
}

const char *scenario_text(const struct scenario *s, const struct text3 *t, enum lang l)
{
	if ((unsigned)l < LANG_COUNT && t->s[l])
		return t->s[l];
	return t->s[scenario_first_lang(s)];
}
