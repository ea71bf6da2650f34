/* disruption.h: the disruption's state of an incident (nis2-notify-case(5),
 * "The disruption's state"): none, ongoing or ended, as the case says it,
 * or derived from the other values when the case file omits it; the facts
 * that measure the disruption; and the contradictions between a stated
 * state and those facts, which core/case_check.c refuses for the loader and
 * the wizard alike. */
#ifndef NIS2_DISRUPTION_H
#define NIS2_DISRUPTION_H

#include <stdbool.h>

#include "core/case.h"

/* The counts and durations of the disruption (outage_users, users_unknown,
 * outage_minutes, complete_outage, complete_outage_minutes, limited_users,
 * limited_minutes, slow_minutes, weekly_outage_minutes): 0 (false) when
 * the disruption is `none`; those in minutes are lower bounds while it is
 * `ongoing`.  NULL-terminated. */
extern const char *const disruption_facts[];
bool disruption_fact(const char *name);

/* The state: incident.disruption when given; else ended when restored is
 * given, ongoing when started is given or any of disruption_facts is above
 * 0 (true), else none. */
enum disruption disruption_of(const struct case_file *c);

enum disruption_conflict {
	DC_NONE = 0,
	DC_NONE_WITH_VALUE,        /* disruption: none, *fact above 0 (or true) */
	DC_ONGOING_RESTORED,       /* disruption: ongoing with incident.restored */
	DC_COMPLETE_FALSE_MINUTES, /* complete_outage: false, complete_outage_minutes above 0 */
	DC_COMPLETE_TRUE_ZERO,     /* complete_outage: true, complete_outage_minutes 0 */
};

/* The first contradiction of case c, DC_NONE when there is none; *fact (may
 * be NULL) gets the impact fact concerned (static), or NULL. */
enum disruption_conflict disruption_conflict(const struct case_file *c, const char **fact);

#endif
