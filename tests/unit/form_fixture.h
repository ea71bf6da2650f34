/* form_fixture.h: the form definition of data/form.yaml for the tests, with
 * the sectors of data/sectors.yaml attached (TOP_SRCDIR/data when set, else
 * the built-in copy). */
#ifndef NIS2_TEST_FORM_FIXTURE_H
#define NIS2_TEST_FORM_FIXTURE_H

#include "core/form.h"

/* Fails the test on error. */
void fixture_form_load(struct form_def *def);

#endif
