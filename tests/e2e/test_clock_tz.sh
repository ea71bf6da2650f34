#!/bin/sh
# test_clock_tz.sh: Brussels time must not depend on the machine's time zone.
# Runs the clock's unit test under several TZ values (and none); each run
# must pass every check.
. "$TOP_SRCDIR/tests/e2e/lib.sh"
: "${TOP_BUILDDIR:?run through make check}"
bin="$TOP_BUILDDIR/tests/unit/test_clock.t"

run_with() {  # run_with DESCRIPTION [TZ-VALUE]
	desc=$1
	if [ $# -ge 2 ]; then
		out=$(env TZ="$2" CMOCKA_MESSAGE_OUTPUT=TAP "$bin" 2>&1)
	else
		out=$(env -u TZ CMOCKA_MESSAGE_OUTPUT=TAP "$bin" 2>&1)
	fi
	st=$?
	ok "$st" "clock unit test passes with $desc"
	[ "$st" -eq 0 ] || printf '%s\n' "$out" | grep -v '^ok' | sed 's/^/# /' | head -n 20
	case "$out" in *"not ok"*) ok 1 "no failed check with $desc" ;; *) ok 0 "no failed check with $desc" ;; esac
}

run_with "TZ=UTC" UTC
run_with "TZ=America/New_York" America/New_York
run_with "TZ=Europe/Brussels" Europe/Brussels
run_with "TZ=Asia/Kolkata" Asia/Kolkata
run_with "TZ unset"
done_testing
