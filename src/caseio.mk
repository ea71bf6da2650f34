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

## --evaluate: the data it needs, and its two output formats.
libnis2io_a_SOURCES += \
	src/io/dataset.c src/io/dataset.h \
	src/io/evaluation_render.c src/io/evaluation_render.h \
	src/io/labels.c src/io/labels.h \
	src/io/timefmt.c src/io/timefmt.h

check_PROGRAMS += tests/unit/test_evaluation_render
tests_unit_test_evaluation_render_SOURCES = tests/unit/test_evaluation_render.c \
	tests/unit/case_fixture.c tests/unit/case_fixture.h
tests_unit_test_evaluation_render_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS) -I$(top_srcdir)/tests/unit
tests_unit_test_evaluation_render_LDADD = $(TEST_LDADD)

## Example cases users can start from (installed, not built in).
nobase_dist_pkgdata_DATA += \
	data/examples/new-case.yaml data/examples/water-utility.yaml \
	data/examples/cloud-provider.yaml data/examples/trust-service.yaml \
	data/examples/not-significant.yaml data/examples/undetermined.yaml \
	data/examples/dora-bank.yaml

dist_check_SCRIPTS += tests/e2e/test_evaluate.sh
TESTS += tests/e2e/test_evaluate.sh
