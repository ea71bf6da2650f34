/* case_check.h: what one value of a case says about another, checked in one
 * place for the loader (a file that breaks a rule is refused) and for the
 * wizard (an answer that would break one is refused at its field, before
 * it is confirmed), so that a case the wizard saved always loads.
 *
 * The problem is a code and the values at fault, never a text: the core has
 * no message catalogue; io/case_problem.h words it. */
#ifndef NIS2_CASE_CHECK_H
#define NIS2_CASE_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/case.h"

enum case_problem_kind {
	CP_NONE = 0,
	CP_USERS_ZERO,          /* entity.users: 0 */
	CP_AFFECTED_ABOVE_USERS,/* impact.<what> (value) > entity.users (limit) */
	CP_DOMAINS_ABOVE_TOTAL, /* impact.integrity_domains (value) > domains_total (limit) */
	CP_RELATED_NO_AWARE,    /* related[index] has no 'aware' */
	CP_DISRUPTION_NONE,     /* impact.<what> above 0 (true) with incident.disruption: none */
	CP_ONGOING_RESTORED,    /* incident.restored with incident.disruption: ongoing */
	CP_COMPLETE_FALSE_MINUTES, /* complete_outage false, complete_outage_minutes (value) above 0 */
	CP_COMPLETE_TRUE_ZERO,  /* complete_outage true, complete_outage_minutes 0 */
};

struct case_problem {
	enum case_problem_kind kind;
	const char *what;       /* the impact fact at fault (static), or NULL */
	int64_t value, limit;
	size_t index;           /* CP_RELATED_NO_AWARE: the entry */
};

/* The impact facts that count users of the service (each at most
 * entity.users), NULL-terminated. */
extern const char *const case_affected_user_facts[];

/* An earlier incident the loader accepts: its moment of awareness is known.
 * The wizard keeps one that is not until it is, and does not save it. */
bool case_related_complete(const struct related *r);

/* The rules between values (users at least 1, affected counts at most the
 * users, integrity_domains at most domains_total, a stated disruption
 * against its facts and complete_outage against its minutes: see
 * core/disruption.h); true when all hold,
 * else false and *p says which broke first. */
bool case_check_values(const struct case_file *c, struct case_problem *p);

/* case_check_values and every earlier incident complete: what the loader
 * demands of a file. */
bool case_check(const struct case_file *c, struct case_problem *p);

#endif
