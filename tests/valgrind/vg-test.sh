#!/bin/sh
# vg-test.sh: how `make check-valgrind` runs each unit-test binary: under
# memcheck, every leak counted, an error fails the test.
: "${VALGRIND:?run through make check-valgrind}" "${VG_LOGDIR:?}"
exec "$VALGRIND" --quiet --leak-check=full --error-exitcode=1 \
	--log-file="$VG_LOGDIR/%p.log" "$@"
