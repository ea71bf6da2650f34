/* case_fixture.h: what the case-file tests share: the schema (facts and
 * sectors) and a field-by-field comparison of two cases. */
#ifndef NIS2_TEST_CASE_FIXTURE_H
#define NIS2_TEST_CASE_FIXTURE_H

#include "core/case.h"
#include "io/case_load.h"

/* Loads the schema from the data files (TOP_SRCDIR/data when set, else the
 * built-in copy); fails the test on error. */
void fixture_schema_load(struct case_schema *s);
void fixture_schema_free(struct case_schema *s);
/* Fails the test, naming the first field that differs. */
void fixture_assert_same_case(const struct case_file *a, const struct case_file *b);

#endif
