/* case_fixture.c: the schema and the comparison shared by the case tests. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "case_fixture.h"
#include "core/xalloc.h"
#include "io/facts_load.h"
#include "io/sectors_load.h"

void fixture_schema_load(struct case_schema *s)
{
	struct fact_registry *facts = xcalloc(1, sizeof(*facts));
	struct sector_registry *sectors = xcalloc(1, sizeof(*sectors));
	const char *top = getenv("TOP_SRCDIR");
	char *dir = top ? xasprintf("%s/data", top) : NULL;
	struct datasource src = { dir };
	char *err = NULL;
	if (!facts_load(&src, facts, &err) || !sectors_load(&src, sectors, &err))
		fail_msg("%s", err);
	free(dir);
	memset(s, 0, sizeof(*s));
	s->facts = facts;
	s->sectors = sectors;
}

void fixture_schema_free(struct case_schema *s)
{
	facts_free((struct fact_registry *)s->facts);
	free((void *)s->facts);
	sectors_free((struct sector_registry *)s->sectors);
	free((void *)s->sectors);
	memset(s, 0, sizeof(*s));
}

#define SAME(field) do { if ((a->field) != (b->field)) fail_msg("differs: %s", #field); } while (0)
#define SAME_OPT(field) do { SAME(field.set); if (a->field.set) SAME(field.v); } while (0)
#define SAME_TIME(field) do { SAME(field.set); if (a->field.set) SAME(field.t); } while (0)

static void same_string(const char *x, const char *y, const char *what)
{
	if ((x == NULL) != (y == NULL) || (x && strcmp(x, y) != 0))
		fail_msg("differs: %s ('%s' / '%s')", what, x ? x : "(null)", y ? y : "(null)");
}

void fixture_assert_same_case(const struct case_file *a, const struct case_file *b)
{
	SAME(version);
	SAME(language_set);
	SAME(language);
	same_string(a->entity.name, b->entity.name, "entity.name");
	SAME(entity.nis2_set);
	SAME(entity.nis2);
	SAME(entity.type_set);
	SAME(entity.type);
	if (case_entity_types(a) != case_entity_types(b))
		fail_msg("entity.type: the lists differ");
	SAME(incident.disruption_set);
	SAME(incident.disruption);
	SAME(entity.n_sectors);
	for (size_t i = 0; i < a->entity.n_sectors; i++)
		same_string(a->entity.sectors[i], b->entity.sectors[i], "entity.sectors");
	SAME_OPT(entity.dora);
	SAME_OPT(entity.turnover_eur);
	SAME_OPT(entity.users);
	SAME_OPT(entity.public_telecom);
	SAME_TIME(incident.aware);
	SAME_TIME(incident.started);
	SAME_TIME(incident.detected);
	SAME_TIME(incident.logged);
	SAME_TIME(incident.restored);
	SAME_TIME(incident.resolved);
	SAME_OPT(incident.annex_service);
	SAME_OPT(incident.planned_maintenance);
	SAME_OPT(incident.personal_data);
	SAME_TIME(incident.gdpr_aware);
	SAME(incident.malicious);
	/* impact: the same facts with the same values, in any order */
	SAME(n_impact);
	for (size_t i = 0; i < a->n_impact; i++) {
		int64_t v;
		if (!case_impact_get(b, a->impact[i].name, &v) || v != a->impact[i].v)
			fail_msg("differs: impact.%s", a->impact[i].name);
	}
	SAME(n_related);
	for (size_t i = 0; i < a->n_related; i++) {
		SAME_TIME(related[i].aware);
		SAME_TIME(related[i].started);
		SAME_OPT(related[i].significant);
		SAME_OPT(related[i].users_unknown);
		SAME_OPT(related[i].loss_eur);
		SAME_OPT(related[i].outage_minutes);
		SAME_OPT(related[i].outage_users);
	}
	for (int s = 0; s < STAGE_COUNT; s++)
		SAME_TIME(reports[s]);
	SAME(n_form);
	for (size_t i = 0; i < a->n_form; i++) {
		const struct form_entry *x = &a->form[i];
		const struct form_entry *y = case_form_get(b, x->key);
		if (!y || x->is_list != y->is_list || x->n != y->n)
			fail_msg("differs: form.%s", x->key);
		for (size_t j = 0; j < x->n; j++)
			same_string(x->values[j], y->values[j], x->key);
	}
}
