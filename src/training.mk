## training: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.

## Training: scenarios, the exercise clock and the debrief (issue 6).
libnis2core_a_SOURCES += \
	src/core/scenario.c src/core/scenario.h \
	src/core/simclock.c src/core/simclock.h \
	src/core/debrief.c src/core/debrief.h
libnis2io_a_SOURCES += \
	src/io/scenario_load.c src/io/scenario_load.h \
	src/io/debrief_render.c src/io/debrief_render.h \
	src/io/answer_labels.c src/io/answer_labels.h \
	src/io/scenario_check.c src/io/scenario_check.h

check_PROGRAMS += tests/unit/test_simclock tests/unit/test_debrief
tests_unit_test_simclock_SOURCES = tests/unit/test_simclock.c
tests_unit_test_simclock_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_simclock_LDADD = $(TEST_LDADD)
tests_unit_test_debrief_SOURCES = tests/unit/test_debrief.c
tests_unit_test_debrief_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_debrief_LDADD = $(TEST_LDADD)

## The shipped scenarios (data/scenarios/, built into the binary).
TRAINING_SCENARIOS = \
	data/scenarios/cloud-outage-45min.yaml \
	data/scenarios/dns-misconfiguration.yaml \
	data/scenarios/dora-bank.yaml \
	data/scenarios/friday-before-dst.yaml \
	data/scenarios/hospital-patient-impact.yaml \
	data/scenarios/maintenance-overran.yaml \
	data/scenarios/personal-data-mailbox.yaml \
	data/scenarios/recurring-cleanup-script.yaml \
	data/scenarios/trust-service-25min.yaml \
	data/scenarios/water-ransomware.yaml
EMBEDDED_FILES += $(TRAINING_SCENARIOS)
nobase_dist_pkgdata_DATA += $(TRAINING_SCENARIOS)

check_PROGRAMS += tests/unit/test_scenario_load
tests_unit_test_scenario_load_SOURCES = tests/unit/test_scenario_load.c \
	tests/unit/case_fixture.c tests/unit/case_fixture.h
tests_unit_test_scenario_load_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS) -I$(top_srcdir)/tests/unit
tests_unit_test_scenario_load_LDADD = $(TEST_LDADD)

check_PROGRAMS += tests/unit/test_debrief_render
tests_unit_test_debrief_render_SOURCES = tests/unit/test_debrief_render.c \
	tests/unit/data_fixture.c tests/unit/data_fixture.h
tests_unit_test_debrief_render_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_debrief_render_LDADD = $(TEST_LDADD)

## The wizard's training run, end to end in tmux.
dist_check_SCRIPTS += tests/e2e/test_training.sh
TESTS += tests/e2e/test_training.sh
EXTRA_DIST += tests/scenarios/e2e-dora-bank.yaml

## Every shipped scenario against the engine.
check_PROGRAMS += tests/unit/test_scenarios
tests_unit_test_scenarios_SOURCES = tests/unit/test_scenarios.c \
	tests/unit/data_fixture.c tests/unit/data_fixture.h
tests_unit_test_scenarios_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_scenarios_LDADD = $(TEST_LDADD)
