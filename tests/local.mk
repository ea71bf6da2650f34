## Paths are found under $(abs_top_srcdir) and made relative to it, so that
## the same lists serve a build in the source tree and a VPATH build.
## Tests.  Every test is found by its name, as tig finds its tests:
##   tests/unit/test_NAME.c   a cmocka program, built as tests/unit/test_NAME.t
##                            and linked with every layer's library and the
##                            fixtures (tests/unit/*_fixture.c)
##   tests/e2e/test_NAME.sh   a TAP shell script against the built binary
##   tests/fuzz/fuzz_NAME.c   a fuzz target, replayed over its corpus
## Adding a test is adding its file.  Every test speaks TAP, so each cmocka
## test and each check of a shell test is counted on its own.
TEST_EXTENSIONS = .t .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
T_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_DRIVER = $(LOG_DRIVER)
AM_TESTS_ENVIRONMENT = \
	CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
	NIS2_BIN='$(abs_top_builddir)/nis2-notify'; export NIS2_BIN; \
	TOP_SRCDIR='$(abs_top_srcdir)'; export TOP_SRCDIR; \
	TOP_BUILDDIR='$(abs_top_builddir)'; export TOP_BUILDDIR;

## What every test program links: all layers, top down, and their libraries.
TEST_LAYER_LIBS = libnis2tui.a libnis2io.a libnis2core.a
TEST_LIBS = $(NCURSES_LIBS) $(YAML_LIBS) $(LIBINTL)
TEST_COMPILE = $(CC) $(DEFS) $(DEFAULT_INCLUDES) $(INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
	$(AM_CFLAGS) -Wno-missing-prototypes $(NCURSES_CFLAGS) $(YAML_CFLAGS) $(CFLAGS)
## A test is rebuilt when any header changes (the programs are small).
TEST_HEADER_DEPS = $(top_builddir)/config.h \
	$(wildcard $(abs_top_srcdir)/src/*.h $(abs_top_srcdir)/src/*/*.h $(abs_top_srcdir)/tests/*/*.h)

## Unit tests (cmocka).  A test that needs another source file names it as
## UNIT_EXTRA_test_NAME (see tests/fault/local.mk).
UNIT_TESTS = $(patsubst $(abs_top_srcdir)/%.c,%.t,$(sort $(wildcard $(abs_top_srcdir)/tests/unit/test_*.c)))
check_LIBRARIES += tests/unit/libfixture.a
tests_unit_libfixture_a_SOURCES = \
	tests/unit/case_fixture.c tests/unit/case_fixture.h \
	tests/unit/data_fixture.c tests/unit/data_fixture.h \
	tests/unit/form_fixture.c tests/unit/form_fixture.h
tests_unit_libfixture_a_CFLAGS = $(AM_CFLAGS) $(CMOCKA_CFLAGS) -Wno-missing-prototypes
if HAVE_CMOCKA
tests/unit/%.t: tests/unit/%.c tests/unit/libfixture.a $(TEST_LAYER_LIBS) $(TEST_HEADER_DEPS)
	$(AM_V_CCLD)$(TEST_COMPILE) $(CMOCKA_CFLAGS) -I$(top_srcdir)/tests/unit -o $@ \
	  $< $(UNIT_EXTRA_$*) tests/unit/libfixture.a $(TEST_LAYER_LIBS) \
	  $(CMOCKA_LIBS) $(TEST_LIBS) $(LDFLAGS) $(LIBS)
else
tests/unit/%.t: tests/unit/%.c
	@echo "make check needs cmocka for $@ (Debian: libcmocka-dev); install it and run configure again" >&2; exit 1
endif
CLEANFILES += $(UNIT_TESTS)

## End-to-end tests of the built binary (tmux for the wizard's).
E2E_TESTS = $(patsubst $(abs_top_srcdir)/%,%,$(sort $(wildcard $(abs_top_srcdir)/tests/e2e/test_*.sh)))

## An end-to-end test that runs a unit test program (under several TZ).
tests/e2e/test_clock_tz.log: tests/unit/test_clock.t

## Everything under tests/ that the tests read, in the tarball.
EXTRA_DIST += $(patsubst $(abs_top_srcdir)/%,%,$(wildcard $(abs_top_srcdir)/tests/unit/test_*.c \
	$(abs_top_srcdir)/tests/e2e/*.sh)) \
	tests/install-deps.sh tests/cases tests/golden tests/scenarios

## The glossary that tests/e2e/test_glossary.sh holds the nl and fr texts to.
EXTRA_DIST += po/glossary.tsv

## Built by pattern rules for their logs, they are no intermediate files.
.SECONDARY: $(UNIT_TESTS) $(FUZZ_REPLAYS)

## The found tests join TESTS when make runs: automake would split the
## function calls above into words and write a rule for each.
$(eval TESTS += $$(UNIT_TESTS) $$(E2E_TESTS) $$(FUZZ_REPLAYS))

include tests/fault/local.mk
include tests/fuzz/local.mk
include tests/valgrind/local.mk
include tests/bench/local.mk
