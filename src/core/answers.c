/* answers.c: answers written into the case only when it stays loadable
 * (answers.h): the old value is put back when the check fails. */
#include "config.h"

#include "core/answers.h"

bool answer_users(struct case_file *c, bool set, int64_t v, struct case_problem *p)
{
	struct opt_i64 old = c->entity.users;
	c->entity.users.set = set;
	c->entity.users.v = set ? v : 0;
	if (case_check_values(c, p))
		return true;
	c->entity.users = old;
	return false;
}

bool answer_impact(struct case_file *c, const char *fact, bool set, int64_t v, struct case_problem *p)
{
	int64_t old;
	bool had = case_impact_get(c, fact, &old);
	if (set)
		case_impact_set(c, fact, v);
	else
		case_impact_unset(c, fact);
	if (case_check_values(c, p))
		return true;
	if (had)
		case_impact_set(c, fact, old);
	else
		case_impact_unset(c, fact);
	return false;
}

static void set_time(struct opt_time *o, bool set, int64_t v)
{
	o->set = set;
	o->t = set ? (instant_t)v : 0;
}

static void set_bool(struct opt_bool *o, bool set, int64_t v)
{
	o->set = set;
	o->v = set && v != 0;
}

static void set_i64(struct opt_i64 *o, bool set, int64_t v)
{
	o->set = set;
	o->v = set ? v : 0;
}

bool answer_related(struct case_file *c, size_t i, enum related_value what, bool set, int64_t v)
{
	if (i >= c->n_related)
		return false;
	struct related *r = &c->related[i];
	switch (what) {
	case RV_STARTED: set_time(&r->started, set, v); break;
	case RV_AWARE: set_time(&r->aware, set, v); break;
	case RV_SIGNIFICANT: set_bool(&r->significant, set, v); break;
	case RV_LOSS_EUR: set_i64(&r->loss_eur, set, v); break;
	case RV_OUTAGE_MINUTES: set_i64(&r->outage_minutes, set, v); break;
	case RV_OUTAGE_USERS: set_i64(&r->outage_users, set, v); break;
	case RV_USERS_UNKNOWN: set_bool(&r->users_unknown, set, v); break;
	case RV_COUNT: return false;
	}
	return true;
}
