## privacy: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.

## The CCB's table of purposes (privacy notice, Annex I) and what the tool
## itself does with personal data (the case folder, --forget).
libnis2core_a_SOURCES += \
	src/core/privacy.c src/core/privacy.h \
	src/core/wrap.c src/core/wrap.h
libnis2io_a_SOURCES += \
	src/io/privacy_load.c src/io/privacy_load.h \
	src/io/privacy_render.c src/io/privacy_render.h

EMBEDDED_FILES += data/privacy.yaml
nobase_dist_pkgdata_DATA += data/privacy.yaml data/privacy-decisions.md

check_PROGRAMS += tests/unit/test_privacy
tests_unit_test_privacy_SOURCES = tests/unit/test_privacy.c
tests_unit_test_privacy_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_privacy_LDADD = $(TEST_LDADD)

dist_check_SCRIPTS += tests/e2e/test_privacy.sh
TESTS += tests/e2e/test_privacy.sh

libnis2io_a_SOURCES += src/io/casepaths.c src/io/casepaths.h

check_PROGRAMS += tests/unit/test_casepaths
tests_unit_test_casepaths_SOURCES = tests/unit/test_casepaths.c
tests_unit_test_casepaths_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_casepaths_LDADD = $(TEST_LDADD)

dist_check_SCRIPTS += tests/e2e/test_forget.sh
TESTS += tests/e2e/test_forget.sh

## The wizard's page "privacy" (src/tui/screen_privacy.c) is listed in
## src/tui.mk, which defines libnis2tui_a_SOURCES after this fragment.
dist_check_SCRIPTS += tests/e2e/test_tui_privacy.sh
TESTS += tests/e2e/test_tui_privacy.sh
