## form: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.

## The form model (core), its data, loader, rendering and copying (io).
libnis2core_a_SOURCES += \
	src/core/form.h src/core/form_def.c src/core/form_check.c \
	src/core/form_prefill.c src/core/form_draft.c

libnis2io_a_SOURCES += \
	src/io/form_load.c src/io/form_load.h

EMBEDDED_FILES += data/form.yaml
nobase_dist_pkgdata_DATA += data/form.yaml

check_PROGRAMS += tests/unit/test_form tests/unit/test_form_load
tests_unit_test_form_SOURCES = tests/unit/test_form.c tests/unit/form_fixture.c tests/unit/form_fixture.h
tests_unit_test_form_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS) -I$(top_srcdir)/tests/unit
tests_unit_test_form_LDADD = $(TEST_LDADD)
tests_unit_test_form_load_SOURCES = tests/unit/test_form_load.c tests/unit/form_fixture.c tests/unit/form_fixture.h
tests_unit_test_form_load_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS) -I$(top_srcdir)/tests/unit
tests_unit_test_form_load_LDADD = $(TEST_LDADD)

libnis2io_a_SOURCES += \
	src/io/form_render.c src/io/form_render.h src/io/form_render_parts.h \
	src/io/form_render_text.c src/io/form_render_markdown.c src/io/form_render_json.c \
	src/io/clipboard.c src/io/clipboard.h

check_PROGRAMS += tests/unit/test_clipboard tests/unit/test_form_render
tests_unit_test_form_render_SOURCES = tests/unit/test_form_render.c tests/unit/form_fixture.c tests/unit/form_fixture.h
tests_unit_test_form_render_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS) -I$(top_srcdir)/tests/unit
tests_unit_test_form_render_LDADD = $(TEST_LDADD)
tests_unit_test_clipboard_SOURCES = tests/unit/test_clipboard.c
tests_unit_test_clipboard_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_clipboard_LDADD = $(TEST_LDADD)

## --draft end to end, against the expected files of tests/golden/draft.
dist_check_SCRIPTS += tests/e2e/test_draft.sh
TESTS += tests/e2e/test_draft.sh
EXTRA_DIST += tests/golden/draft
## --draft --output FILE (a private file instead of standard output).
dist_check_SCRIPTS += tests/e2e/test_draft_output.sh
TESTS += tests/e2e/test_draft_output.sh
