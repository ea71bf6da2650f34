## Fuzzing.  Each target tests/fuzz/fuzz_NAME.c is built twice: as a
## libFuzzer binary by `make fuzz` (clang, see tests/fuzz/fuzz.sh), and as
## tests/fuzz/replay-NAME.t, which make check runs over the seed corpus and
## every input that once crashed (tests/fuzz/regress/NAME/).
FUZZ_SECONDS = 60
FUZZ_TARGETS = $(patsubst $(abs_top_srcdir)/tests/fuzz/fuzz_%.c,%,$(sort $(wildcard $(abs_top_srcdir)/tests/fuzz/fuzz_*.c)))
FUZZ_REPLAYS = $(FUZZ_TARGETS:%=tests/fuzz/replay-%.t)
tests/fuzz/replay-%.t: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(TEST_LAYER_LIBS) $(TEST_HEADER_DEPS)
	$(AM_V_CCLD)$(MKDIR_P) tests/fuzz && $(TEST_COMPILE) -I$(top_srcdir)/tests/fuzz \
	  -DFUZZ_TARGET='"$*"' -o $@ $(top_srcdir)/tests/fuzz/replay.c $< \
	  $(TEST_LAYER_LIBS) $(TEST_LIBS) $(LDFLAGS) $(LIBS)
CLEANFILES += $(FUZZ_REPLAYS)
EXTRA_DIST += tests/fuzz/fuzz.sh tests/fuzz/replay.c tests/fuzz/corpus tests/fuzz/regress \
	$(patsubst $(abs_top_srcdir)/%,%,$(wildcard $(abs_top_srcdir)/tests/fuzz/fuzz_*.c $(abs_top_srcdir)/tests/fuzz/*.h))

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
