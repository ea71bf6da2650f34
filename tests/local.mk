## Tests: every test speaks TAP, so each cmocka test and each check of a
## shell test is counted on its own.
TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
AM_TESTS_ENVIRONMENT = \
	CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
	NIS2_BIN='$(abs_top_builddir)/nis2-notify'; export NIS2_BIN; \
	TOP_SRCDIR='$(abs_top_srcdir)'; export TOP_SRCDIR; \
	TOP_BUILDDIR='$(abs_top_builddir)'; export TOP_BUILDDIR;

TEST_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS) -Wno-missing-prototypes
TEST_LDADD = libnis2io.a libnis2core.a $(CMOCKA_LIBS) $(YAML_LIBS) $(LIBINTL)

check_PROGRAMS += tests/unit/test_core_basics
tests_unit_test_core_basics_SOURCES = tests/unit/test_core_basics.c
tests_unit_test_core_basics_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_core_basics_LDADD = $(TEST_LDADD)

TESTS += $(check_PROGRAMS)

dist_check_SCRIPTS += tests/e2e/lib.sh tests/e2e/test_lang.sh
TESTS += tests/e2e/test_lang.sh

dist_check_SCRIPTS += tests/e2e/test_translations.sh
TESTS += tests/e2e/test_translations.sh

## The README's set-up step, in the tarball too.
EXTRA_DIST += tests/install-deps.sh
