## make check-valgrind: the suite again under valgrind memcheck
## (--leak-check=full): the unit tests run under it, the end-to-end tests run
## the binary under it (vg-bin.sh); fails on any error or leak in any run.
EXTRA_DIST += tests/valgrind/vg-test.sh tests/valgrind/vg-bin.sh tests/valgrind/vg-scan.sh
check-valgrind: all
	@test -n "$(VALGRIND)" || { echo "check-valgrind needs valgrind (Debian: valgrind); run configure again" >&2; exit 1; }
	rm -rf tests/valgrind/logs && $(MKDIR_P) tests/valgrind/logs && chmod 1777 tests/valgrind/logs
	$(MAKE) $(AM_MAKEFLAGS) check \
	  T_LOG_COMPILER='$(SHELL) $(abs_top_srcdir)/tests/valgrind/vg-test.sh' \
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
