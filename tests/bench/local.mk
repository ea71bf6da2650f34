## make bench: the wizard beside a bare ncurses program and dialog(1) in a
## pty, the batch commands with hyperfine; prints the table of README
## "Performance".  Measured here, never asserted in make check.
BENCH_RUNS = 10
EXTRA_DIST += tests/bench/bench.sh tests/bench/bench_wizard.sh tests/bench/ptyrun.c
tests/bench/ptyrun: $(top_srcdir)/tests/bench/ptyrun.c
	$(AM_V_CC)$(MKDIR_P) tests/bench && \
	$(CC) $(AM_CFLAGS) -O2 -o $@ $(top_srcdir)/tests/bench/ptyrun.c -lutil
CLEANFILES += tests/bench/ptyrun
bench: all tests/bench/ptyrun
	NIS2_BIN='$(abs_top_builddir)/nis2-notify' TOP_SRCDIR='$(abs_top_srcdir)' \
	PTYRUN='$(abs_top_builddir)/tests/bench/ptyrun' RUNS='$(BENCH_RUNS)' \
	$(SHELL) $(top_srcdir)/tests/bench/bench.sh
.PHONY: bench
