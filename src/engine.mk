## engine: the significance rules as data, their loaders and the evaluator.

libnis2core_a_SOURCES += \
	src/core/numfmt.c src/core/numfmt.h \
	src/core/placeholder.c src/core/placeholder.h \
	src/core/rules.c src/core/rules.h

libnis2io_a_SOURCES += \
	src/io/facts_load.c src/io/facts_load.h \
	src/io/rules_load.c src/io/rules_load.h \
	src/io/ytext.c src/io/ytext.h

EMBEDDED_FILES += data/facts.yaml data/rules.yaml
nobase_dist_pkgdata_DATA += data/facts.yaml data/rules.yaml

check_PROGRAMS += tests/unit/test_rules
tests_unit_test_rules_SOURCES = tests/unit/test_rules.c
tests_unit_test_rules_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_rules_LDADD = $(TEST_LDADD)

check_PROGRAMS += tests/unit/test_numfmt
tests_unit_test_numfmt_SOURCES = tests/unit/test_numfmt.c
tests_unit_test_numfmt_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_numfmt_LDADD = $(TEST_LDADD)

check_PROGRAMS += tests/unit/test_rules_load
tests_unit_test_rules_load_SOURCES = tests/unit/test_rules_load.c
tests_unit_test_rules_load_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_rules_load_LDADD = $(TEST_LDADD)

## The same engine through case files (YAML in, verdict, met and missing out).
check_PROGRAMS += tests/unit/test_rules_cases
tests_unit_test_rules_cases_SOURCES = tests/unit/test_rules_cases.c \
	tests/unit/data_fixture.c tests/unit/data_fixture.h
tests_unit_test_rules_cases_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_rules_cases_LDADD = $(TEST_LDADD)
