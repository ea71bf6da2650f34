/* evaluation.h: what the engine answers about a case: the verdict with its
 * reasons (rules.c) and the notification clock (deadlines.c). */
#ifndef NIS2_EVALUATION_H
#define NIS2_EVALUATION_H

#include <stdbool.h>
#include <stddef.h>

#include "core/case.h"
#include "core/clock.h"
#include "core/tri.h"

enum verdict {
	VERDICT_DORA = 0, VERDICT_OUT_OF_SCOPE, VERDICT_SIGNIFICANT,
	VERDICT_UNDETERMINED, VERDICT_NOT_AN_INCIDENT, VERDICT_NOT_SIGNIFICANT,
	VERDICT_COUNT
};
/* "dora", "out-of-scope", "significant", ... */
const char *verdict_name(enum verdict v);

enum regime { REGIME_GUIDE = 0, REGIME_IR, REGIME_BOTH };
/* "guide", "ir", "both" */
const char *regime_name(enum regime r);
/* For the entity types judged (bit 1u << t): general alone -> guide, none
 * of general -> ir (IR art. 3(1) is a closed list), general with others ->
 * both. */
enum regime regime_for_types(unsigned types);

/* An id with a text in the chosen language (explanations, warnings). */
struct id_text {
	char *id;
	char *text;
};

/* Every criterion the engine looked at, for the wizard and the debrief. */
struct outcome {
	char *id;
	tri value;
};

/* What would change the verdict: a criterion not met yet, the fact that
 * would meet it at `needed`, and, for a duration running on the clock, the
 * instant it will (nis2-notify-case(5), CRITERIA, "When a running disruption crosses a
 * threshold"). */
struct near {
	char *id;
	char *fact;
	int64_t needed;
	bool has_at;
	instant_t at;
	char *text;   /* "G2a: met at 10:09:21 if the service is still unavailable" */
};

struct evaluation {
	enum verdict verdict;
	enum regime regime;
	size_t n_met;
	char **met;                 /* criterion ids, in rules order */
	size_t n_missing;
	char **missing;             /* fact names, in rules order, each once */
	size_t n_explanation;
	struct id_text *explanation;
	size_t n_warnings;
	struct id_text *warnings;
	size_t n_outcomes;
	struct outcome *outcomes;
	size_t n_near;
	struct near *near;
	enum disruption disruption;  /* as stated or derived */
	/* The notification is due 24 h after awareness (a trust service, NIS2
	 * art. 23(4)); _if_trust: only for an incident affecting the trust
	 * service (several types, or the type absent), 72 h otherwise. */
	bool notify_24h, notify_24h_if_trust;
};

void evaluation_free(struct evaluation *e);

enum deadline_status {
	DL_DONE = 0, DL_DUE, DL_OVERDUE, DL_ON_REQUEST, DL_NO_DEADLINE,
	DL_AFTER_RESOLUTION, DL_AFTER_NOTIFICATION
};
/* "done", "due", "overdue", "on-request", "no-deadline", "after-resolution",
 * "after-notification" (the final report without a moment of awareness:
 * one month after the incident notification) */
const char *deadline_status_name(enum deadline_status s);

struct deadline {
	enum stage stage;
	bool has_due;
	instant_t due;
	enum deadline_status status;
	bool submitted_set;
	instant_t submitted;
	bool late;                  /* submitted after due */
};

/* In the order of nis2-notify-case(5)'s REPORTS, progress before final. */
struct deadlines {
	size_t n;
	struct deadline items[STAGE_COUNT];
};

#endif
