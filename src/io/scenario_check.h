/* scenario_check.h: a scenario's expected answers against the rules.
 *
 * The debrief compares the trainee with the scenario's `expected:` section;
 * if that section were not what the rules compute from the scenario's own
 * case, a trainee who answered right would be told they were wrong.  So a
 * scenario is checked before an exercise starts, as make check does for the
 * shipped ones (man/nis2-notify-case.5, "Writing a scenario"). */
#ifndef NIS2_SCENARIO_CHECK_H
#define NIS2_SCENARIO_CHECK_H

#include <stdbool.h>

#include "core/rules.h"
#include "core/scenario.h"

/* True when the rules give, for the scenario's case at its end time, the
 * expected verdict, exactly the expected criteria met (in order) and the
 * expected due time of every stage (and no other), and the exercise does not
 * end before the first expected due time (else no report could be late).
 * Else false and *err
 * (fresh) says the first difference: "NAME: the scenario expects ...". */
bool scenario_check(const char *name, const struct scenario *s, const struct ruleset *rules,
		    char **err);

/* What a scenario's author should know but that does not make the debrief
 * wrong: an expected answer that neither the briefing nor any inject
 * reveals (it is never scored), and an answer the wizard never asks for the
 * scenario's entity type and sectors (core/asked.h).  Returns the count of
 * fresh messages "NAME: ..." in *out (free each and the array). */
size_t scenario_warnings(const char *name, const struct scenario *s, const struct ruleset *rules,
			 char ***out);

#endif
