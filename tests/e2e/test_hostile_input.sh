#!/bin/sh
# test_hostile_input.sh: case files no one should write, through the real
# batch commands and the wizard's start (issue 7): a 10 MB field, a field
# just under the file limit, 100 000-item lists, escape sequences and
# invalid UTF-8.  Each gives a clear message naming the file (and the place)
# and exit 1, or output with every control character removed; none may hang
# (each run is bounded by `timeout`, a guard, not a performance assertion).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
T=$TMPDIR_TEST
export XDG_STATE_HOME="$T/state" LANG=C.UTF-8 LC_ALL= LANGUAGE=

head_case() {
	printf 'nis2-notify: 1\nlanguage: en\nentity:\n  name: Groot NV\n  nis2: essential\nincident:\n  aware: 2026-11-22T09:30:00+01:00\n'
}

# refused FILE WHAT EXPECTED-TEXT: every entry point refuses FILE with a
# message holding EXPECTED-TEXT, exit 1, within the guard time.
refused() {
	for cmd in "--evaluate" "--draft" ""; do
		out=$(timeout 60 "$NIS2_BIN" $cmd "$1" 2>&1 </dev/null)
		st=$?
		name=${cmd:-the wizard}
		equals "$st" 1 "$2: $name exits 1 (not a hang: 124, not a crash)"
		contains "$out" "$3" "$2: $name says why"
		contains "$out" "$1" "$2: $name names the file"
	done
}

# 1. A 10 MB description: larger than any case file may be.
{ head_case; printf 'form:\n  9-Incident_Description: "'; head -c 10485760 /dev/zero | tr '\0' 'x'; printf '"\n'; } > "$T/big-field.yaml"
refused "$T/big-field.yaml" "a 10 MB field" "too large"

# 2. A 6 MB description: under the file limit, far over a field's.
{ head_case; printf 'form:\n  9-Incident_Description: "'; head -c 6291456 /dev/zero | tr '\0' 'y'; printf '"\n'; } > "$T/long-field.yaml"
out=$(timeout 60 "$NIS2_BIN" --evaluate "$T/long-field.yaml" 2>&1)
equals "$?" 1 "a 6 MB field: exit 1"
contains "$out" "long-field.yaml:9:" "a 6 MB field: the message points at the line"
contains "$out" "too long" "a 6 MB field: and says the text is too long"

# 3. 100 000 earlier incidents, and 100 000 sectors.
{ head_case; echo 'related:'; awk 'BEGIN { for (i = 0; i < 100000; i++) print "  - { aware: 2026-10-02T14:00:00+02:00, loss_eur: 5 }" }'; } > "$T/many-related.yaml"
refused "$T/many-related.yaml" "100 000 related incidents" "100000"
{ printf 'nis2-notify: 1\nentity:\n  sectors: ['; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "energy-gas, " }'; printf 'health]\n'; } > "$T/many-sectors.yaml"
refused "$T/many-sectors.yaml" "100 000 sectors" "many-sectors.yaml:3:"

# 4. Escape sequences in the texts never reach the output raw.
printf 'nis2-notify: 1\nlanguage: en\nentity:\n  name: "Evil \\e[2J\\e]0;pwned\\a\\u009b31m NV"\n  nis2: essential\nincident:\n  aware: 2026-11-22T09:30:00+01:00\nform:\n  9-Incident_Description: "line\\e[31m red\\r\\n\\x07bell"\n' > "$T/escapes.yaml"
for args in "--evaluate" "--evaluate --format json" "--draft" "--draft --format markdown" "--draft --format json"; do
	cmd=${args%% *}
	rest=${args#"$cmd"}
	# shellcheck disable=SC2086
	timeout 60 "$NIS2_BIN" "$cmd" "$T/escapes.yaml" $rest > "$T/out" 2>&1
	equals "$?" 0 "escapes: $args runs"
	LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$T/out"
	ok $((! $?)) "escapes: $args writes no control character"
	LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$T/out"
	ok $((! $?)) "escapes: $args writes no C1 control either"
done
contains "$(timeout 60 "$NIS2_BIN" --draft "$T/escapes.yaml")" "Evil [2J]0;pwned31m NV" "escapes: the words themselves stay"

# 5. Invalid UTF-8: refused with its place.
printf 'nis2-notify: 1\nentity:\n  name: "Caf\351 NV"\n' > "$T/latin1.yaml"
refused "$T/latin1.yaml" "invalid UTF-8" "latin1.yaml:3:"
done_testing
