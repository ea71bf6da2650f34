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

## Fuzzing (issue 7).  Each target in tests/fuzz/fuzz_NAME.c is built twice:
## as a libFuzzer binary by `make fuzz` (clang, see tests/fuzz/fuzz.sh), and
## as tests/fuzz/replay-NAME, which make check runs over the seed corpus and
## every input that once crashed (tests/fuzz/regress/NAME/).
FUZZ_SECONDS = 60
FUZZ_TARGETS = yaml case data editor
FUZZ_REPLAY_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/fuzz $(YAML_CFLAGS)
FUZZ_REPLAY_LDADD = libnis2io.a libnis2core.a $(YAML_LIBS) $(LIBINTL)
check_PROGRAMS += tests/fuzz/replay-yaml
tests_fuzz_replay_yaml_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_yaml.c tests/fuzz/fuzz_target.h
tests_fuzz_replay_yaml_CPPFLAGS = $(FUZZ_REPLAY_CPPFLAGS) -DFUZZ_TARGET='"yaml"'
tests_fuzz_replay_yaml_LDADD = $(FUZZ_REPLAY_LDADD)
check_PROGRAMS += tests/fuzz/replay-case tests/fuzz/replay-data tests/fuzz/replay-editor
tests_fuzz_replay_case_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_case.c tests/fuzz/fuzz_target.h \
	tests/fuzz/output_check.h
tests_fuzz_replay_case_CPPFLAGS = $(FUZZ_REPLAY_CPPFLAGS) -DFUZZ_TARGET='"case"'
tests_fuzz_replay_case_LDADD = $(FUZZ_REPLAY_LDADD)
tests_fuzz_replay_data_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_data.c tests/fuzz/fuzz_target.h \
	tests/fuzz/output_check.h
tests_fuzz_replay_data_CPPFLAGS = $(FUZZ_REPLAY_CPPFLAGS) -DFUZZ_TARGET='"data"'
tests_fuzz_replay_data_LDADD = $(FUZZ_REPLAY_LDADD)
tests_fuzz_replay_editor_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_editor.c tests/fuzz/fuzz_target.h \
	tests/fuzz/output_check.h
tests_fuzz_replay_editor_CPPFLAGS = $(FUZZ_REPLAY_CPPFLAGS) $(NCURSES_CFLAGS) -DFUZZ_TARGET='"editor"'
tests_fuzz_replay_editor_LDADD = libnis2tui.a $(FUZZ_REPLAY_LDADD) $(NCURSES_LIBS)

EXTRA_DIST += tests/fuzz/fuzz.sh tests/fuzz/corpus tests/fuzz/regress
## The seed copies of the data files stay the shipped ones.
dist_check_SCRIPTS += tests/e2e/test_corpus_fresh.sh
TESTS += tests/e2e/test_corpus_fresh.sh

if HAVE_FUZZER
fuzz: $(BUILT_SOURCES)
	FUZZ_CC='$(FUZZ_CC)' top_srcdir='$(top_srcdir)' \
	FUZZ_CPPFLAGS='$(DEFS) -I$(top_builddir) -I$(top_srcdir)/src -I$(top_builddir)/src $(YAML_CFLAGS) $(NCURSES_CFLAGS) -std=c11' \
	FUZZ_LIBS='$(YAML_LIBS) $(NCURSES_LIBS) $(LIBINTL)' \
	FUZZ_SOURCES='$(libnis2core_a_SOURCES) $(libnis2io_a_SOURCES) $(nodist_libnis2io_a_SOURCES) $(libnis2tui_a_SOURCES)' \
	FUZZ_TARGETS='$(FUZZ_TARGETS)' FUZZ_SECONDS='$(FUZZ_SECONDS)' \
	$(SHELL) $(top_srcdir)/tests/fuzz/fuzz.sh
else
fuzz:
	@echo "make fuzz needs clang with libFuzzer (Debian: clang libclang-rt-14-dev); install them and run configure again" >&2; exit 1
endif
.PHONY: fuzz
clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz/obj tests/fuzz/bin tests/fuzz/logs
.PHONY: clean-fuzz

## Fault tests (issue 7): saving onto a full disk, a failing fsync, a
## read-only folder, a folder or a link in the way; tests/fault/failwrite.c
## fails write()/fsync() on demand, linked into the unit test and as an
## LD_PRELOAD library for the real binary.
check_PROGRAMS += tests/unit/test_fileio_faults
tests_unit_test_fileio_faults_SOURCES = tests/unit/test_fileio_faults.c tests/fault/failwrite.c
tests_unit_test_fileio_faults_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_fileio_faults_LDADD = $(TEST_LDADD)

check_PROGRAMS += tests/unit/test_text_safety
tests_unit_test_text_safety_SOURCES = tests/unit/test_text_safety.c
tests_unit_test_text_safety_CFLAGS = $(TEST_CFLAGS) $(YAML_CFLAGS)
tests_unit_test_text_safety_LDADD = $(TEST_LDADD)

## make check-valgrind (issue 7): the whole test suite again, the unit tests
## and the batch commands under valgrind memcheck (--leak-check=full); fails
## on any error or leak in any run.
EXTRA_DIST += tests/valgrind/vg-test.sh tests/valgrind/vg-bin.sh tests/valgrind/vg-scan.sh
check-valgrind: all
	@test -n "$(VALGRIND)" || { echo "check-valgrind needs valgrind (Debian: valgrind); run configure again" >&2; exit 1; }
	rm -rf tests/valgrind/logs && $(MKDIR_P) tests/valgrind/logs && chmod 1777 tests/valgrind/logs
	$(MAKE) $(AM_MAKEFLAGS) check \
	  LOG_COMPILER='$(SHELL) $(abs_top_srcdir)/tests/valgrind/vg-test.sh' \
	  TESTS_ENVIRONMENT='VALGRIND=$(VALGRIND); VG_LOGDIR=$(abs_top_builddir)/tests/valgrind/logs; \
	    NIS2_REAL_BIN=$(abs_top_builddir)/nis2-notify; \
	    NIS2_BIN=$(abs_top_srcdir)/tests/valgrind/vg-bin.sh; \
	    export VALGRIND VG_LOGDIR NIS2_REAL_BIN NIS2_BIN;'
	$(SHELL) $(top_srcdir)/tests/valgrind/vg-scan.sh tests/valgrind/logs
.PHONY: check-valgrind
clean-local: clean-valgrind
clean-valgrind:
	-rm -rf tests/valgrind/logs
.PHONY: clean-valgrind

## The same failing disk for the real binary, as an LD_PRELOAD library; built
## without the sanitizer flags of CFLAGS (it only forwards system calls).
tests/fault/libfailwrite.so: $(top_srcdir)/tests/fault/failwrite.c
	$(AM_V_CC)$(MKDIR_P) tests/fault && \
	$(CC) $(AM_CFLAGS) -fPIC -shared -o $@ $(top_srcdir)/tests/fault/failwrite.c
CLEANFILES += tests/fault/libfailwrite.so
dist_check_SCRIPTS += tests/e2e/test_fault_save.sh tests/e2e/test_kill.sh tests/e2e/test_hostile_input.sh
TESTS += tests/e2e/test_fault_save.sh tests/e2e/test_kill.sh tests/e2e/test_hostile_input.sh
tests/e2e/test_fault_save.log: tests/fault/libfailwrite.so nis2-notify
tests/e2e/test_kill.log: nis2-notify

## make bench (issue 7): the wizard and dialog(1) side by side in a pty, the
## batch commands with hyperfine; prints the table of README "Performance".
BENCH_RUNS = 10
EXTRA_DIST += tests/bench/bench.sh tests/bench/ptyrun.c
tests/bench/ptyrun: $(top_srcdir)/tests/bench/ptyrun.c
	$(AM_V_CC)$(MKDIR_P) tests/bench && \
	$(CC) $(AM_CFLAGS) -O2 -o $@ $(top_srcdir)/tests/bench/ptyrun.c -lutil
CLEANFILES += tests/bench/ptyrun
bench: all tests/bench/ptyrun
	NIS2_BIN='$(abs_top_builddir)/nis2-notify' TOP_SRCDIR='$(abs_top_srcdir)' \
	PTYRUN='$(abs_top_builddir)/tests/bench/ptyrun' RUNS='$(BENCH_RUNS)' \
	$(SHELL) $(top_srcdir)/tests/bench/bench.sh
.PHONY: bench
