## clock: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.
libnis2core_a_SOURCES += \
	src/core/clock.c \
	src/core/deadlines.c src/core/deadlines.h \
	src/core/evaluation.c

check_PROGRAMS += tests/unit/test_clock tests/unit/test_deadlines
tests_unit_test_clock_SOURCES = tests/unit/test_clock.c
tests_unit_test_clock_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_clock_LDADD = $(TEST_LDADD)
tests_unit_test_deadlines_SOURCES = tests/unit/test_deadlines.c
tests_unit_test_deadlines_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_deadlines_LDADD = $(TEST_LDADD)

## The clock's unit test again under several TZ values: it must not care.
dist_check_SCRIPTS += tests/e2e/test_clock_tz.sh
TESTS += tests/e2e/test_clock_tz.sh
