/* test_answers.c: the wizard's answer model (core/answers.h) never leaves a
 * case its own loader refuses.  A property test: seeded random sequences of
 * the answers the walk can give (users, impact facts, earlier incidents
 * added, answered and removed); after every answer the case is saved as
 * the wizard saves it and read back as the loader reads it, and an answer
 * that was refused left the saved text as it was. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "case_fixture.h"
#include "core/answers.h"
#include "core/xalloc.h"
#include "io/case_problem.h"
#include "io/case_save.h"

static struct case_schema schema;

static int setup(void **state)
{
	(void)state;
	fixture_schema_load(&schema);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fixture_schema_free(&schema);
	return 0;
}

/* xorshift64: the same sequence for the same seed on every machine. */
static uint64_t next(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static int64_t pick_number(uint64_t *s)
{
	static const int64_t v[] = { 0, 1, 5, 100, 777, 4000, 5000, 12000, 50000, 99999, 1000000 };
	return v[next(s) % (sizeof(v) / sizeof(v[0]))];
}

static void assert_loads(const struct case_file *c, const char *what, unsigned seed, int step)
{
	char *yaml = case_to_yaml(c, schema.facts);
	struct case_file back;
	char *err = NULL;
	if (!case_load_buffer("saved.yaml", yaml, strlen(yaml), &schema, &back, &err))
		fail_msg("seed %u, answer %d (%s): the saved case does not load: %s\n%s", seed, step, what,
			 err, yaml);
	case_free(&back);
	free(yaml);
}

/* One random answer; returns what it was (for the failure message). */
static const char *answer_once(struct case_file *c, uint64_t *s, bool *refused)
{
	const struct fact_registry *facts = schema.facts;
	struct case_problem p;
	bool set = next(s) % 5 != 0;
	*refused = false;
	switch (next(s) % 6) {
	case 0:
		*refused = !answer_users(c, set, pick_number(s), &p);
		return "users";
	case 1:
	case 2: {
		const struct fact_def *f = &facts->defs[next(s) % facts->n];
		if (f->place != FACT_IN_IMPACT)
			return "nothing";
		int64_t v = f->kind == FACT_BOOL ? (int64_t)(next(s) % 2) : pick_number(s);
		*refused = !answer_impact(c, f->name, set, v, &p);
		return f->name;
	}
	case 3:
		case_related_add(c);
		return "add an earlier incident";
	case 4:
		if (c->n_related)
			case_related_remove(c, next(s) % c->n_related);
		return "remove an earlier incident";
	default:
		if (!c->n_related)
			return "nothing";
		answer_related(c, next(s) % c->n_related, (enum related_value)(next(s) % RV_COUNT), set,
			       1790000000 + (int64_t)(next(s) % 1000) * 3600);
		return "a value of an earlier incident";
	}
}

static void random_answers_always_load(void **state)
{
	(void)state;
	int refusals = 0;
	for (unsigned seed = 1; seed <= 300; seed++) {
		uint64_t s = 0x9e3779b97f4a7c15ULL * seed;
		struct case_file c;
		case_init(&c);
		for (int step = 0; step < 80; step++) {
			char *before = case_to_yaml(&c, schema.facts);
			bool refused;
			const char *what = answer_once(&c, &s, &refused);
			if (refused) {
				char *after = case_to_yaml(&c, schema.facts);
				assert_string_equal(before, after);
				free(after);
				refusals++;
			}
			free(before);
			assert_loads(&c, what, seed, step);
		}
		case_free(&c);
	}
	/* the sequences do reach the rules, or the test would prove nothing */
	assert_true(refusals > 100);
}

/* The review's three cases, one by one. */
static void users_below_an_affected_count_is_refused(void **state)
{
	(void)state;
	struct case_file c;
	struct case_problem p;
	case_init(&c);
	assert_true(answer_users(&c, true, 50000, &p));
	assert_true(answer_impact(&c, "outage_users", true, 12000, &p));
	assert_false(answer_users(&c, true, 777, &p));
	assert_int_equal(p.kind, CP_AFFECTED_ABOVE_USERS);
	assert_string_equal(p.what, "outage_users");
	assert_int_equal(c.entity.users.v, 50000);
	assert_false(answer_impact(&c, "outage_users", true, 99999, &p));
	assert_true(case_impact_get(&c, "outage_users", &p.value));
	assert_int_equal(p.value, 12000);
	assert_false(answer_users(&c, true, 0, &p));
	assert_int_equal(p.kind, CP_USERS_ZERO);
	char *why = case_problem_answer_text(&(struct case_problem){ CP_AFFECTED_ABOVE_USERS,
								  "outage_users", 12000, 777, 0 },
					     schema.facts, LANG_EN);
	assert_non_null(strstr(why, "12,000"));
	assert_non_null(strstr(why, "777"));
	free(why);
	case_free(&c);
}

static void an_earlier_incident_is_saved_once_complete(void **state)
{
	(void)state;
	struct case_file c;
	case_init(&c);
	case_related_add(&c);
	char *yaml = case_to_yaml(&c, schema.facts);
	assert_null(strstr(yaml, "related"));
	assert_null(strstr(yaml, "{}"));
	free(yaml);
	assert_true(answer_related(&c, 0, RV_LOSS_EUR, true, 5000));
	assert_true(answer_related(&c, 0, RV_AWARE, true, 1790000000));
	yaml = case_to_yaml(&c, schema.facts);
	assert_non_null(strstr(yaml, "related"));
	assert_non_null(strstr(yaml, "loss_eur: 5000"));
	free(yaml);
	assert_loads(&c, "complete", 0, 0);
	case_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(random_answers_always_load),
		cmocka_unit_test(users_below_an_affected_count_is_refused),
		cmocka_unit_test(an_earlier_incident_is_saved_once_complete),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
