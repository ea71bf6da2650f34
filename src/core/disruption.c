/* disruption.c: the disruption's state, stated or derived, its facts, and
 * what contradicts a stated one (see disruption.h). */
#include "config.h"

#include "core/disruption.h"

#include <stddef.h>
#include <string.h>

const char *const disruption_facts[] = {
	"outage_users", "users_unknown", "outage_minutes", "complete_outage",
	"complete_outage_minutes", "limited_users", "limited_minutes", "slow_minutes",
	"weekly_outage_minutes", NULL,
};

bool disruption_fact(const char *name)
{
	for (const char *const *f = disruption_facts; *f; f++)
		if (!strcmp(*f, name))
			return true;
	return false;
}

/* The first disruption fact of the case above 0 (true), or NULL. */
static const char *first_disrupted(const struct case_file *c)
{
	for (const char *const *f = disruption_facts; *f; f++) {
		int64_t v;
		if (case_impact_get(c, *f, &v) && v > 0)
			return *f;
	}
	return NULL;
}

enum disruption disruption_of(const struct case_file *c)
{
	const struct incident *in = &c->incident;
	if (in->disruption_set)
		return in->disruption;
	if (in->restored.set)
		return DISRUPTION_ENDED;
	if (in->started.set || first_disrupted(c))
		return DISRUPTION_ONGOING;
	return DISRUPTION_NONE;
}

enum disruption_conflict disruption_conflict(const struct case_file *c, const char **fact)
{
	const struct incident *in = &c->incident;
	const char *f = NULL;
	int64_t flag, minutes;
	enum disruption_conflict r = DC_NONE;
	bool has_flag = case_impact_get(c, "complete_outage", &flag);
	bool has_minutes = case_impact_get(c, "complete_outage_minutes", &minutes);
	if (in->disruption_set && in->disruption == DISRUPTION_NONE && (f = first_disrupted(c))) {
		r = DC_NONE_WITH_VALUE;
	} else if (in->disruption_set && in->disruption == DISRUPTION_ONGOING && in->restored.set) {
		r = DC_ONGOING_RESTORED;
	} else if (has_flag && has_minutes && !flag && minutes > 0) {
		r = DC_COMPLETE_FALSE_MINUTES;
		f = "complete_outage_minutes";
	} else if (has_flag && has_minutes && flag && minutes == 0) {
		r = DC_COMPLETE_TRUE_ZERO;
		f = "complete_outage_minutes";
	}
	if (fact)
		*fact = f;
	return r;
}
