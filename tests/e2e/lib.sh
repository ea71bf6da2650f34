# lib.sh: TAP helpers for the shell tests (sourced).
# Each check prints one "ok"/"not ok" line; done_testing prints the plan.
: "${NIS2_BIN:?run through make check}"
: "${TOP_SRCDIR:?run through make check}"
T_COUNT=0
T_FAILED=0
TMPDIR_TEST=$(mktemp -d "${TMPDIR:-/tmp}/nis2-test.XXXXXX")
trap 'rm -rf "$TMPDIR_TEST"' EXIT

ok() {  # ok CONDITION-STATUS DESCRIPTION
	T_COUNT=$((T_COUNT + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $T_COUNT - $2"
	else
		echo "not ok $T_COUNT - $2"
		T_FAILED=$((T_FAILED + 1))
	fi
}

# contains HAYSTACK NEEDLE DESCRIPTION
contains() {
	case "$1" in
	*"$2"*) ok 0 "$3" ;;
	*) ok 1 "$3"; printf '# expected to find: %s\n# in: %s\n' "$2" "$1" | head -n 40 ;;
	esac
}

# equals ACTUAL EXPECTED DESCRIPTION
equals() {
	if [ "$1" = "$2" ]; then ok 0 "$3"; else
		ok 1 "$3"; printf '# expected: %s\n# actual:   %s\n' "$2" "$1"; fi
}

done_testing() {
	echo "1..$T_COUNT"
	[ "$T_FAILED" -eq 0 ]
}
