#!/bin/sh
# vg-bin.sh: stands in for nis2-notify during `make check-valgrind`.  The
# batch commands (output to a file or a pipe) run under memcheck; the wizard
# in a terminal runs as it is, since the screen tests wait on it in real time.
# A memory error exits 99, never 1, so that it cannot pass for "invalid
# input"; vg-scan.sh reads every log afterwards in any case.
: "${VALGRIND:?run through make check-valgrind}" "${VG_LOGDIR:?}" "${NIS2_REAL_BIN:?}"
if [ -t 0 ] || [ -t 1 ]; then
	exec "$NIS2_REAL_BIN" "$@"
fi
exec "$VALGRIND" --quiet --leak-check=full --error-exitcode=99 \
	--log-file="$VG_LOGDIR/%p.log" "$NIS2_REAL_BIN" "$@"
