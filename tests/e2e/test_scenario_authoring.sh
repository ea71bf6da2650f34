#!/bin/sh
# test_scenario_authoring.sh: what a scenario's author runs.  --evaluate
# takes a scenario file (its case part, at the scenario's end unless --now
# is given, in every output format); --training-expected prints what the
# rules compute at its end, as the expected: section to paste (text) or as
# JSON, and says whether the file's own section agrees; a scenario still
# without expected: loads for it but is refused for training.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
drill="$TOP_SRCDIR/tests/scenarios/e2e-nl-fr-drill.yaml"

out=$("$NIS2_BIN" --lang en --evaluate "$drill" --format json 2>&1)
equals "$?" "0" "--evaluate accepts a scenario file"
contains "$out" '"verdict": "significant"' "and evaluates its case part"
contains "$out" '"early-warning"' "with its deadlines"
contains "$out" '{"stage": "early-warning", "due": "2026-03-11T07:25:00+01:00", "status": "overdue"}' "at the scenario's end (the early warning is overdue by then)"
out=$("$NIS2_BIN" --lang en --evaluate "$drill" --now 2026-03-10T08:00:00+01:00 --format json)
contains "$out" '{"stage": "early-warning", "due": "2026-03-11T07:25:00+01:00", "status": "due"}' "--now still wins"
out=$("$NIS2_BIN" --evaluate "$drill")
contains "$out" "Waterbedrijf Testvallei NV" "the text format too, in the case's language"
contains "$out" "meld het aan het CCB" "(Dutch: the case part says language: nl)"
# a scenario whose case part is wrong is refused at its line and column
sed 's/excess_access: true/excess_acces: true/' "$drill" > "$TMPDIR_TEST/bad.yaml"
out=$("$NIS2_BIN" --evaluate "$TMPDIR_TEST/bad.yaml" 2>&1)
equals "$?" "1" "a bad scenario exits 1"
contains "$out" "bad.yaml:24:3:" "naming FILE:LINE:COLUMN"

out=$("$NIS2_BIN" --training-expected "$drill")
equals "$?" "0" "--training-expected of a scenario file"
contains "$out" "# The scenario's expected: section agrees." "says the file's section agrees"
contains "$out" "expected:
  verdict: significant
  met: [G1]
  deadlines:
    early-warning: 2026-03-11T07:25:00+01:00
    notification: 2026-03-13T07:25:00+01:00
    final: 2026-04-13T07:25:00+02:00" "prints the expected: section to paste"
# written without expected: it loads for --training-expected, and the
# section it prints makes it a scenario that trains
awk '/^  expected:/ { skip = 1; next } skip && /^  [a-z]/ { skip = 0 } !skip' "$drill" > "$TMPDIR_TEST/new.yaml"
out=$("$NIS2_BIN" --training-expected "$TMPDIR_TEST/new.yaml" --format json)
equals "$?" "0" "a scenario without expected: loads for --training-expected"
contains "$out" '"met": ["G1"]' "json: the criteria met"
contains "$out" '"notification": "2026-03-13T07:25:00+01:00"' "json: every due time"
contains "$out" '"expected_agrees": false' "json: its section does not agree (there is none)"
out=$(XDG_STATE_HOME="$TMPDIR_TEST/state" "$NIS2_BIN" --lang nl --training "$TMPDIR_TEST/new.yaml" 2>&1 </dev/null)
equals "$?" "1" "without expected: it is refused for training"
contains "$out" "expected" "saying the section is missing"
# a wrong expected verdict: the difference is named
sed 's/    verdict: significant/    verdict: not-significant/' "$drill" > "$TMPDIR_TEST/wrong.yaml"
out=$("$NIS2_BIN" --training-expected "$TMPDIR_TEST/wrong.yaml")
contains "$out" "expects the verdict not-significant, but the rules give significant" "names a wrong verdict"
contains "$out" "  verdict: significant" "and prints the right one"
"$NIS2_BIN" --training-expected "$drill" --format markdown >/dev/null 2>&1
equals "$?" "2" "markdown is not a format of --training-expected"
done_testing
