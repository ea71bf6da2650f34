/* data_fixture.h: the shipped data files for the unit tests that read them
 * (rules, facts, sectors, form, scenarios): a cmocka group setup and
 * teardown, and what they load. */
#ifndef NIS2_TEST_DATA_FIXTURE_H
#define NIS2_TEST_DATA_FIXTURE_H

#include "io/datafiles.h"
#include "io/dataset.h"

/* Where the data is read from: TOP_SRCDIR/data when TOP_SRCDIR is set (a
 * test of the source tree), else the copy built into the program. */
extern struct datasource fixture_data;
extern struct dataset fixture_ds;

int fixture_data_setup(void **state);
int fixture_data_teardown(void **state);

#endif
