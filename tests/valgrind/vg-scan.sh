#!/bin/sh
# vg-scan.sh LOGDIR: fails when any memcheck log of a check-valgrind run
# reports an error or a leak, and shows which.
dir=${1:?}
n=$(find "$dir" -name '*.log' | wc -l)
bad=$(grep -l -E 'ERROR SUMMARY: [1-9]|definitely lost|indirectly lost|possibly lost|Invalid (read|write|free)|uninitialised' "$dir"/*.log 2>/dev/null)
if [ -n "$bad" ]; then
	for f in $bad; do
		echo "== $f"
		head -n 60 "$f"
	done
	echo "check-valgrind: memcheck found errors or leaks ($(echo "$bad" | wc -l) of $n runs)" >&2
	exit 1
fi
if [ "$n" -eq 0 ]; then
	echo "check-valgrind: no memcheck log at all: nothing ran under valgrind" >&2
	exit 1
fi
echo "check-valgrind: $n runs under memcheck, no error, no leak"
