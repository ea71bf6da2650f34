/* case_check.c: the rules between a case's values, shared by the loader and
 * the wizard (case_check.h). */
#include "config.h"

#include "core/case_check.h"
#include "core/disruption.h"

#include <string.h>

const char *const case_affected_user_facts[] = {
	"outage_users", "limited_users", "integrity_users", NULL,
};

bool case_related_complete(const struct related *r)
{
	return r->aware.set;
}

static bool problem(struct case_problem *p, enum case_problem_kind kind, const char *what,
		    int64_t value, int64_t limit, size_t index)
{
	p->kind = kind;
	p->what = what;
	p->value = value;
	p->limit = limit;
	p->index = index;
	return false;
}

bool case_check_values(const struct case_file *c, struct case_problem *p)
{
	int64_t v, total;
	memset(p, 0, sizeof(*p));
	if (c->entity.users.set && c->entity.users.v == 0)
		return problem(p, CP_USERS_ZERO, NULL, 0, 1, 0);
	for (const char *const *f = case_affected_user_facts; *f; f++)
		if (c->entity.users.set && case_impact_get(c, *f, &v) && v > c->entity.users.v)
			return problem(p, CP_AFFECTED_ABOVE_USERS, *f, v, c->entity.users.v, 0);
	if (case_impact_get(c, "integrity_domains", &v) && case_impact_get(c, "domains_total", &total) &&
	    v > total)
		return problem(p, CP_DOMAINS_ABOVE_TOTAL, "integrity_domains", v, total, 0);
	const char *f;
	switch (disruption_conflict(c, &f)) {
	case DC_NONE_WITH_VALUE: return problem(p, CP_DISRUPTION_NONE, f, 0, 0, 0);
	case DC_ONGOING_RESTORED: return problem(p, CP_ONGOING_RESTORED, NULL, 0, 0, 0);
	case DC_COMPLETE_FALSE_MINUTES:
		case_impact_get(c, f, &v);
		return problem(p, CP_COMPLETE_FALSE_MINUTES, f, v, 0, 0);
	case DC_COMPLETE_TRUE_ZERO: return problem(p, CP_COMPLETE_TRUE_ZERO, f, 0, 0, 0);
	case DC_NONE: break;
	}
	return true;
}

bool case_check(const struct case_file *c, struct case_problem *p)
{
	if (!case_check_values(c, p))
		return false;
	for (size_t i = 0; i < c->n_related; i++)
		if (!case_related_complete(&c->related[i]))
			return problem(p, CP_RELATED_NO_AWARE, NULL, 0, 0, i);
	return true;
}
