/* answer_labels.c: the debrief's rows in the trainee's words. */
#include "config.h"

#include "io/answer_labels.h"
#include "core/sbuf.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

/* The case's own questions (steps 2 to 4), as the wizard words them: the
 * same messages, so the same translations. */
static const struct {
	const char *field;
	const char *question;
} wizard_questions[] = {
	{ "entity.nis2", N_("Status under the NIS2 law") },
	{ "entity.type", N_("Type of entity") },
	{ "entity.sectors", N_("Sectors (Annex I and II)") },
	{ "entity.dora", N_("Under DORA (banking, financial market infrastructure)?") },
	{ "entity.public_telecom", N_("Provider of public electronic communications?") },
	{ "entity.users", N_("Users of the affected service") },
	{ "entity.turnover_eur", N_("Annual turnover (EUR, last full year)") },
	{ "incident.aware", N_("Aware of the significant incident") },
	{ "incident.started", N_("Start of the incident") },
	{ "incident.detected", N_("Detected") },
	{ "incident.restored", N_("Service restored") },
	{ "incident.resolved", N_("Incident fully handled") },
	{ "incident.annex_service", N_("Is a system supporting an Annex I or II service affected?") },
	{ "incident.planned_maintenance", N_("Only the planned effects of scheduled maintenance?") },
	{ "incident.personal_data", N_("Are personal data involved?") },
	{ "incident.gdpr_aware", N_("Aware of the personal-data breach (if another moment)") },
	{ "related", N_("Earlier incidents with the same root cause (recurring incident)") },
};

/* The registry's fact behind a field, when the field is where the
 * registry keeps it: "impact.death", "entity.users", "incident.malicious". */
static const struct fact_def *fact_of(const char *field, const struct fact_registry *facts)
{
	static const struct {
		const char *prefix;
		enum fact_place place;
	} places[] = {
		{ "impact.", FACT_IN_IMPACT },
		{ "entity.", FACT_IN_ENTITY },
		{ "incident.", FACT_IN_INCIDENT },
	};
	if (!facts)
		return NULL;
	for (size_t i = 0; i < sizeof(places) / sizeof(places[0]); i++) {
		size_t n = strlen(places[i].prefix);
		if (strncmp(field, places[i].prefix, n) != 0)
			continue;
		const struct fact_def *f = facts_find(facts, field + n);
		return f && f->place == places[i].place ? f : NULL;
	}
	return NULL;
}

const char *answer_question(const char *field, const struct fact_registry *facts, enum lang l)
{
	const struct fact_def *f = fact_of(field, facts);
	if (f && f->question.s[LANG_EN])
		return text3_get(&f->question, l);
	for (size_t i = 0; i < sizeof(wizard_questions) / sizeof(wizard_questions[0]); i++)
		if (strcmp(field, wizard_questions[i].field) == 0)
			return _(wizard_questions[i].question);
	return field;
}

/* Whether criterion c reads `field`: its inputs name a fact by its bare
 * name ("outage_users", "users") and the rest by field ("related"). */
static bool reads(const struct criterion *c, const char *field, const struct fact_def *f)
{
	for (size_t i = 0; i < c->n_inputs; i++)
		if (strcmp(c->inputs[i], field) == 0 || (f && strcmp(c->inputs[i], f->name) == 0))
			return true;
	return false;
}

char *answer_criteria(const char *field, const struct ruleset *rules, enum entity_type t,
		      enum lang l)
{
	if (!rules)
		return NULL;
	const struct fact_def *f = fact_of(field, rules->facts);
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < rules->n; i++) {
		const struct criterion *c = &rules->crit[i];
		if (!c->ids[t] || !reads(c, field, f))
			continue;
		char *ref = rules_reference(rules, t, c->ids[t], l);
		sbuf_printf(&b, "%s%s", b.len ? "; " : "", c->ids[t]);
		if (ref && *ref)
			sbuf_printf(&b, " (%s)", ref);
		free(ref);
	}
	if (b.len == 0) {
		sbuf_free(&b);
		return NULL;
	}
	return sbuf_take(&b);
}
