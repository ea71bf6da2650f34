## caseio: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.

libnis2core_a_SOURCES += src/core/sectors.c src/core/sectors.h

libnis2io_a_SOURCES += \
	src/io/case_load.c src/io/case_load.h \
	src/io/case_save.c src/io/case_save.h \
	src/io/sectors_load.c src/io/sectors_load.h

EMBEDDED_FILES += data/sectors.yaml
nobase_dist_pkgdata_DATA += data/sectors.yaml

check_PROGRAMS += tests/unit/test_case_io
tests_unit_test_case_io_SOURCES = tests/unit/test_case_io.c \
	tests/unit/case_fixture.c tests/unit/case_fixture.h
tests_unit_test_case_io_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS) -I$(top_srcdir)/tests/unit
tests_unit_test_case_io_LDADD = $(TEST_LDADD)
EXTRA_DIST += tests/cases
