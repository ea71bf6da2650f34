## Faults on demand: tests/fault/failwrite.c fails write()/fsync() when told
## to, linked into a unit test and, as an LD_PRELOAD library, into the real
## binary (a full disk, a failing fsync, under a save).
UNIT_EXTRA_test_fileio_faults = $(top_srcdir)/tests/fault/failwrite.c
tests/unit/test_fileio_faults.t: tests/fault/failwrite.c
EXTRA_DIST += tests/fault/failwrite.c

## Built without the sanitizer flags of CFLAGS: it only forwards system calls.
tests/fault/libfailwrite.so: $(top_srcdir)/tests/fault/failwrite.c
	$(AM_V_CC)$(MKDIR_P) tests/fault && \
	$(CC) $(AM_CFLAGS) -fPIC -shared -o $@ $(top_srcdir)/tests/fault/failwrite.c
CLEANFILES += tests/fault/libfailwrite.so
tests/e2e/test_fault_save.log tests/e2e/test_save_notice.log: tests/fault/libfailwrite.so
