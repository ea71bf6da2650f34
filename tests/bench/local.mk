## make bench: the wizard beside a bare ncurses program and dialog(1) in a
## pty, the batch commands with hyperfine; prints the table of README
## "Performance".  Measured here, never asserted in make check.
BENCH_RUNS = 10
EXTRA_DIST += tests/bench/bench.sh tests/bench/bench_wizard.sh tests/bench/ptyrun.c tests/bench/bare.c
tests/bench/ptyrun: $(top_srcdir)/tests/bench/ptyrun.c
	$(AM_V_CC)$(MKDIR_P) tests/bench && \
	$(CC) $(AM_CFLAGS) -O2 -o $@ $(top_srcdir)/tests/bench/ptyrun.c -lutil
tests/bench/bare: $(top_srcdir)/tests/bench/bare.c
	$(AM_V_CC)$(MKDIR_P) tests/bench && \
	$(CC) $(AM_CFLAGS) $(NCURSES_CFLAGS) -O2 -o $@ $(top_srcdir)/tests/bench/bare.c $(NCURSES_LIBS)
CLEANFILES += tests/bench/ptyrun tests/bench/bare
bench: all tests/bench/ptyrun tests/bench/bare
	NIS2_BIN='$(abs_top_builddir)/nis2-notify' TOP_SRCDIR='$(abs_top_srcdir)' \
	PTYRUN='$(abs_top_builddir)/tests/bench/ptyrun' BARE='$(abs_top_builddir)/tests/bench/bare' \
	RUNS='$(BENCH_RUNS)' \
	$(SHELL) $(top_srcdir)/tests/bench/bench.sh
.PHONY: bench
