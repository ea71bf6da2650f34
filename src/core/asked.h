/* asked.h: which questions the wizard asks for a case.
 *
 * The wizard's pages show a question only when it matters for the case as
 * answered so far (DORA only for the financial sectors, a fact only when the
 * entity type's rules read it).  The pages and the debrief ask here, so that
 * a trainee is scored only on questions the wizard put to them, and a
 * scenario's check can warn about a fact the wizard never asks for. */
#ifndef NIS2_ASKED_H
#define NIS2_ASKED_H

#include <stdbool.h>

#include "core/case.h"
#include "core/rules.h"

/* Step 2 asks about DORA for an entity in one of the rules' DORA sectors. */
bool asked_dora(const struct ruleset *rs, const struct case_file *c);
/* Step 2 asks about public electronic communications for digital
 * infrastructure. */
bool asked_public_telecom(const struct case_file *c);
/* Step 4 asks about planned maintenance unless no Annex service is
 * affected. */
bool asked_planned_maintenance(const struct case_file *c);
/* Step 4 asks when the personal data breach became known when personal
 * data are involved. */
bool asked_gdpr_aware(const struct case_file *c);

/* Whether the wizard asks the question behind a debrief field
 * ("entity.dora", "incident.malicious", "impact.loss_eur", "related") for
 * case c, as answered: a fact only when the rules of c's entity type read
 * it (rules_facts_for), earlier incidents only when they recur
 * (rules_related_reads).  An unknown field is not asked. */
bool asked_field(const struct ruleset *rs, const struct case_file *c, const char *field);

#endif
