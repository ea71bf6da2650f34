## training: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.

## Training: scenarios, the exercise clock and the debrief (issue 6).
libnis2core_a_SOURCES += \
	src/core/scenario.c src/core/scenario.h \
	src/core/simclock.c src/core/simclock.h \
	src/core/debrief.c src/core/debrief.h
libnis2io_a_SOURCES += \
	src/io/scenario_load.c src/io/scenario_load.h

check_PROGRAMS += tests/unit/test_simclock tests/unit/test_debrief
tests_unit_test_simclock_SOURCES = tests/unit/test_simclock.c
tests_unit_test_simclock_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_simclock_LDADD = $(TEST_LDADD)
tests_unit_test_debrief_SOURCES = tests/unit/test_debrief.c
tests_unit_test_debrief_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_debrief_LDADD = $(TEST_LDADD)
