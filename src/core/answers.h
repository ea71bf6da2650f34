/* answers.h: the wizard's answer model: each confirmed answer of the walk
 * that another value can contradict, written into the case only when the
 * case stays one the loader accepts (core/case_check.h).  A refused answer
 * leaves the case as it was and says why in *p, so that the screen can
 * show it at the field with the old value kept.
 *
 * The screens call these for the users, turnover and impact facts, and for
 * the values of earlier incidents; the property test and the fuzz target
 * drive the same functions with random answers. */
#ifndef NIS2_ANSWERS_H
#define NIS2_ANSWERS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/case.h"
#include "core/case_check.h"

/* entity.users (set false: unknown). */
bool answer_users(struct case_file *c, bool set, int64_t v, struct case_problem *p);
/* A number or yes/no (0 / 1) of impact: by fact name (set false: unknown). */
bool answer_impact(struct case_file *c, const char *fact, bool set, int64_t v, struct case_problem *p);

/* The values of earlier incident i. */
enum related_value {
	RV_STARTED, RV_AWARE, RV_SIGNIFICANT, RV_LOSS_EUR, RV_OUTAGE_MINUTES, RV_OUTAGE_USERS,
	RV_USERS_UNKNOWN, RV_COUNT
};
/* Sets value what of entry i: a time (RV_STARTED, RV_AWARE), a yes/no
 * (v 0 / 1) or a number; false when there is no entry i. */
bool answer_related(struct case_file *c, size_t i, enum related_value what, bool set, int64_t v);

#endif
