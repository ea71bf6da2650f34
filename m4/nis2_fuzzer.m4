dnl nis2_fuzzer.m4: is there a clang that can build libFuzzer targets with
dnl AddressSanitizer and UBSan (Debian: clang, libclang-rt-14-dev)?  Sets
dnl FUZZ_CC and the conditional HAVE_FUZZER; `make fuzz` needs it, nothing
dnl else does.
AC_DEFUN([NIS2_CHECK_FUZZER], [
  AC_ARG_VAR([FUZZ_CC], [clang used by make fuzz (libFuzzer)])
  AC_CHECK_PROGS([FUZZ_CC], [clang clang-14], [])
  nis2_have_fuzzer=no
  AS_IF([test -n "$FUZZ_CC"], [
    AC_MSG_CHECKING([whether $FUZZ_CC builds libFuzzer targets])
    cat > conftest_fuzz.c <<'_NIS2_EOF'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }
_NIS2_EOF
    AS_IF([$FUZZ_CC -fsanitize=fuzzer,address,undefined -o conftest_fuzz conftest_fuzz.c >&AS_MESSAGE_LOG_FD 2>&1],
      [nis2_have_fuzzer=yes])
    rm -f conftest_fuzz conftest_fuzz.c
    AC_MSG_RESULT([$nis2_have_fuzzer])
  ])
  AM_CONDITIONAL([HAVE_FUZZER], [test "x$nis2_have_fuzzer" = xyes])
])
