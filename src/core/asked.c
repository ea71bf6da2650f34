/* asked.c: which questions the wizard asks for a case, from the rules. */
#include "config.h"

#include "core/asked.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

bool asked_dora(const struct ruleset *rs, const struct case_file *c)
{
	for (size_t i = 0; i < rs->n_dora_sectors; i++)
		if (case_has_sector(c, rs->dora_sectors[i]))
			return true;
	return false;
}

bool asked_public_telecom(const struct case_file *c)
{
	return case_has_sector(c, "digital-infrastructure");
}

bool asked_planned_maintenance(const struct case_file *c)
{
	return !(c->incident.annex_service.set && !c->incident.annex_service.v);
}

bool asked_gdpr_aware(const struct case_file *c)
{
	return c->incident.personal_data.set && c->incident.personal_data.v;
}

/* A fact of the registry that the rules of the case's types read. */
static bool fact_read(const struct ruleset *rs, unsigned t, const char *name)
{
	size_t n = rules_facts_for(rs, t, NULL, 0);
	const char **names = xcalloc(n ? n : 1, sizeof(*names));
	rules_facts_for(rs, t, names, n);
	bool found = false;
	for (size_t i = 0; i < n && !found; i++)
		found = strcmp(names[i], name) == 0;
	free(names);
	return found;
}

bool asked_field(const struct ruleset *rs, const struct case_file *c, const char *field)
{
	static const char *const always[] = {
		"entity.nis2", "entity.type", "entity.sectors", "entity.users", "entity.turnover_eur",
		"incident.aware", "incident.started", "incident.detected", "incident.logged",
		"incident.restored", "incident.resolved", "incident.annex_service",
		"incident.personal_data", NULL
	};
	for (size_t i = 0; always[i]; i++)
		if (strcmp(field, always[i]) == 0)
			return true;
	if (strcmp(field, "entity.dora") == 0)
		return asked_dora(rs, c);
	if (strcmp(field, "entity.public_telecom") == 0)
		return asked_public_telecom(c);
	if (strcmp(field, "incident.planned_maintenance") == 0)
		return asked_planned_maintenance(c);
	if (strcmp(field, "incident.gdpr_aware") == 0)
		return asked_gdpr_aware(c);
	if (strcmp(field, "incident.malicious") == 0)
		return fact_read(rs, rules_case_types(c), "malicious");
	if (strcmp(field, "related") == 0)
		return rules_related_reads(rs, rules_case_types(c), NULL, 0) > 0;
	if (strncmp(field, "impact.", 7) == 0)
		return fact_read(rs, rules_case_types(c), field + 7);
	return false;
}
