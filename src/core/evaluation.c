/* evaluation.c: the names of verdicts, regimes and deadline statuses as the
 * JSON output and the case file spell them, and the evaluation's lifetime. */
#include "config.h"

#include "core/evaluation.h"

#include <stdlib.h>

static const char *const verdict_names[VERDICT_COUNT] = {
	"dora", "out-of-scope", "significant", "undetermined", "not-an-incident",
	"not-significant",
};

static const char *const status_names[] = {
	"done", "due", "overdue", "on-request", "no-deadline", "after-resolution",
	"after-notification",
};

const char *verdict_name(enum verdict v)
{
	return (unsigned)v < VERDICT_COUNT ? verdict_names[v] : NULL;
}

const char *regime_name(enum regime r)
{
	switch (r) {
	case REGIME_GUIDE: return "guide";
	case REGIME_IR: return "ir";
	case REGIME_BOTH: return "both";
	}
	return NULL;
}

enum regime regime_for_types(unsigned types)
{
	unsigned general = 1u << ET_GENERAL;
	if (!(types & general))
		return REGIME_IR;
	return (types & ~general) ? REGIME_BOTH : REGIME_GUIDE;
}

const char *deadline_status_name(enum deadline_status s)
{
	return (unsigned)s < sizeof status_names / sizeof status_names[0] ? status_names[s] : NULL;
}

static void free_id_texts(struct id_text *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].text);
	}
	free(v);
}

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void evaluation_free(struct evaluation *e)
{
	if (!e)
		return;
	free_strings(e->met, e->n_met);
	free_strings(e->missing, e->n_missing);
	free_id_texts(e->explanation, e->n_explanation);
	free_id_texts(e->warnings, e->n_warnings);
	for (size_t i = 0; i < e->n_outcomes; i++)
		free(e->outcomes[i].id);
	free(e->outcomes);
	for (size_t i = 0; i < e->n_near; i++) {
		free(e->near[i].id);
		free(e->near[i].fact);
		free(e->near[i].text);
	}
	free(e->near);
	/* Zeroed again: a second free, or a reuse, finds nothing to free. */
	*e = (struct evaluation){ 0 };
}
