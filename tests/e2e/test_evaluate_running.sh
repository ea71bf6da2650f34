#!/bin/sh
# test_evaluate_running.sh: --evaluate on a running outage (spec/rules.md,
# "The disruption's state"): the golden outputs in en, nl and fr and the
# JSON `near` list ("G2a: met at 10:29:01 if the service is still
# unavailable"), the verdict turning significant at that second and not
# before, and the restoration ending it.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

golden="$TOP_SRCDIR/tests/golden/evaluate"
case_file="$golden/running-outage.yaml"
ev() {
	env LANG=C.UTF-8 "$NIS2_BIN" --evaluate "$@"
}
same_as() {  # same_as FILE OUTPUT-FILE DESCRIPTION
	if cmp -s "$1" "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		diff -u "$1" "$2" | head -n 30 | sed 's/^/# /'
	fi
}

for l in en nl fr; do
	ev "$case_file" --lang "$l" --now 2026-11-22T10:00:00+01:00 >"$TMPDIR_TEST/out.$l"
	equals "$?" 0 "$l: exit 0"
	same_as "$golden/running-outage.$l.txt" "$TMPDIR_TEST/out.$l" "$l: the running outage as the golden text says"
done
ev "$case_file" --format json --now 2026-11-22T10:00:00+01:00 >"$TMPDIR_TEST/out.json"
same_as "$golden/running-outage.en.json" "$TMPDIR_TEST/out.json" "json: the running outage as the golden JSON says"

out=$(ev "$case_file" --format json --now 2026-11-22T10:00:00+01:00)
contains "$out" '"verdict": "undetermined"' "at 10:00 it is undetermined, never not significant"
contains "$out" '"at": "2026-11-22T10:29:01+01:00"' "JSON carries the instant G2a will be met"
contains "$out" '"disruption": "ongoing"' "and the state of the disruption"

out=$(ev "$case_file" --format json --now 2026-11-22T10:29:00+01:00)
contains "$out" '"verdict": "undetermined"' "one second before the instant: still undetermined"
out=$(ev "$case_file" --format json --now 2026-11-22T10:29:01+01:00)
contains "$out" '"verdict": "significant"' "at the instant: significant"
contains "$out" '"met": ["G2a"]' "by G2a"

# The service back at 10:20: 50 minutes, below the hour, no longer a bound.
sed -e 's/^  disruption: ongoing$/  disruption: ended\n  restored: 2026-11-22T10:20:00+01:00/' \
	"$case_file" >"$TMPDIR_TEST/restored.yaml"
out=$(ev "$TMPDIR_TEST/restored.yaml" --format json --now 2026-11-22T11:00:00+01:00)
contains "$out" '"verdict": "not-significant"' "restored after 50 minutes: not significant"
contains "$out" '"disruption": "ended"' "the disruption ended"
contains "$out" '"needed": 60' "and what would have changed it: 60 minutes"

done_testing
