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
	text3_free(&s->title);
	text3_free(&s->briefing);
	text3_free(&s->lesson);
	for (size_t i = 0; i < s->n_injects; i++)
		text3_free(&s->injects[i].text);
	free(s->injects);
	for (size_t i = 0; i < s->n_refs; i++) {
		free(s->refs[i].section);
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
