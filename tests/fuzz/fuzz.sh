#!/bin/sh
# fuzz.sh: builds each libFuzzer target with clang (AddressSanitizer and
# UBSan) and runs it for FUZZ_SECONDS; called by `make fuzz`, which passes:
#   FUZZ_CC, FUZZ_CPPFLAGS, FUZZ_LIBS, FUZZ_SOURCES (the library sources, as
#   the Makefile lists them), FUZZ_TARGETS, FUZZ_SECONDS, top_srcdir.
# Inputs that grow coverage go to tests/fuzz/work/TARGET (build folder);
# a crash, leak or hang is saved as tests/fuzz/artifacts/TARGET-*: copy it
# to $top_srcdir/tests/fuzz/regress/TARGET/ so that make check replays it
# forever, then fix the code.
set -u
: "${FUZZ_CC:?}" "${top_srcdir:?}" "${FUZZ_TARGETS:?}"
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
out=tests/fuzz
mkdir -p "$out/obj" "$out/bin" "$out/work" "$out/artifacts" "$out/logs" || exit 1

# The library sources once, instrumented for coverage but without libFuzzer's
# main; a source is in the build folder when generated, else in the sources.
objs=
for f in $FUZZ_SOURCES; do
	case $f in *.c) ;; *) continue ;; esac
	src=$f
	[ -f "$src" ] || src="$top_srcdir/$f"
	o="$out/obj/$(printf '%s' "$f" | tr '/' '_' | sed 's/\.c$/.o/')"
	if [ ! -f "$o" ] || [ "$src" -nt "$o" ]; then
		# shellcheck disable=SC2086
		$FUZZ_CC $FUZZ_CPPFLAGS $san -fsanitize=fuzzer-no-link -c -o "$o" "$src" || exit 1
	fi
	objs="$objs $o"
done
# An archive, so each target links only the objects it needs.
rm -f "$out/obj/libfuzz.a"
# shellcheck disable=SC2086
ar rcs "$out/obj/libfuzz.a" $objs || exit 1

status=0
for t in $FUZZ_TARGETS; do
	bin="$out/bin/fuzz-$t"
	# shellcheck disable=SC2086
	$FUZZ_CC $FUZZ_CPPFLAGS -I"$top_srcdir/tests/fuzz" $san -fsanitize=fuzzer \
		-o "$bin" "$top_srcdir/tests/fuzz/fuzz_$t.c" "$out/obj/libfuzz.a" $FUZZ_LIBS || exit 1
	mkdir -p "$out/work/$t"
	seeds=
	for d in "$top_srcdir/tests/fuzz/corpus/$t" "$top_srcdir/tests/fuzz/regress/$t"; do
		[ -d "$d" ] && seeds="$seeds $d"
	done
	echo "== fuzz $t for $FUZZ_SECONDS s"
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	"$bin" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
		-max_len=65536 -print_final_stats=1 \
		-artifact_prefix="$out/artifacts/$t-" "$out/work/$t" $seeds \
		> "$out/logs/$t.log" 2>&1
	st=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/logs/$t.log" | tail -n 1)
	echo "   $t: ${runs:-?} executions, exit $st (log: $out/logs/$t.log)"
	if [ "$st" -ne 0 ]; then
		status=1
		grep -E 'ERROR|SUMMARY|Test unit written' "$out/logs/$t.log" | head -n 5
	fi
done
exit $status
