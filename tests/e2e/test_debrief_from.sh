#!/bin/sh
# test_debrief_from.sh: --debrief-from CASE rebuilds the debrief of a saved
# exercise case from its exercise: section: the trainee's name, the verdict,
# the reports sent; as text, markdown and JSON (parsed back by
# --debrief-summary); a note when the scenario's version changed; a case
# without an exercise refused; a bad --debrief path refused first.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

# A copy of the shipped drinking-water scenario, by path (its id in the
# debrief), with a version.
src=$(ls "$TOP_SRCDIR"/data/scenarios/water-*.yaml | head -n 1)
sc="$TMPDIR_TEST/water.yaml"
sed 's/^scenario:$/scenario:\n  version: "3"/' "$src" > "$sc"
grep -q '^  version: "3"' "$sc"
ok $? "the scenario copy has a version"

# The trainee's case: awareness at the first alert (06:40, not 07:25),
# malicious, early warning sent the next morning, nothing else.
case_file="$TMPDIR_TEST/trainee.yaml"
cat > "$case_file" <<CASE
nis2-notify: 1
language: en
entity:
  nis2: essential
  type: general
  sectors: [drinking-water]
incident:
  aware: 2026-03-10T06:40:00+01:00
  malicious: yes
impact:
  excess_access: true
  unlawful_change: true
reports:
  early-warning: 2026-03-11T07:11:00+01:00
exercise:
  scenario: $sc
  version: "3"
  trainee: Team B
  at: 2026-03-11T09:00:00+01:00
  speed: 60
  paused: false
  shown: 3
  ended: 2026-03-11T09:00:00+01:00
CASE

out=$("$NIS2_BIN" --debrief-from "$case_file" --lang en 2>&1)
equals "$?" "0" "--debrief-from prints the debrief"
contains "$out" "Trainee: Team B" "the trainee's name from the exercise section"
contains "$out" "version 3" "the scenario's version"
contains "$out" "Exercise clock at the debrief: 2026-03-11 09:00 +01:00" "made at the exercise's end"
contains "$out" "early warning: sent" "the early warning sent"
contains "$out" "First, the root causes" "the awareness at the first alert is a root cause"

out=$("$NIS2_BIN" --debrief-from "$case_file" --lang en --trainee "Ann Peeters" 2>&1)
contains "$out" "Trainee: Ann Peeters" "--trainee wins over the recorded name"

"$NIS2_BIN" --debrief-from "$case_file" --lang nl --debrief "$TMPDIR_TEST/d.md" >/dev/null 2>&1
equals "$?" "0" "written to a .md file"
head -n 1 "$TMPDIR_TEST/d.md" | grep -q '^# Nabespreking'
ok $? "as markdown, in Dutch"

"$NIS2_BIN" --debrief-from "$case_file" --debrief "$TMPDIR_TEST/d.json" >/dev/null 2>&1
equals "$?" "0" "written to a .json file"
contains "$(cat "$TMPDIR_TEST/d.json")" '"trainee": "Team B"' "the JSON debrief names the trainee"
contains "$(cat "$TMPDIR_TEST/d.json")" '"status": "on_time"' "and the early warning's status"
out=$("$NIS2_BIN" --debrief-summary "$TMPDIR_TEST/d.json" --format json 2>&1)
equals "$?" "0" "the rebuilt JSON debrief is read back by --debrief-summary"
contains "$out" '"trainees": 1' "one trainee"

# The scenario changed since: the debrief says so.
sed -i 's/^  version: "3"$/  version: "4"/' "$sc"
out=$("$NIS2_BIN" --debrief-from "$case_file" --lang en 2>&1 >/dev/null)
contains "$out" "version 3 of" "a changed scenario version is noted"
contains "$out" "version 4" "with the new version"

# Errors.
plain="$TMPDIR_TEST/plain.yaml"
printf 'nis2-notify: 1\nlanguage: en\n' > "$plain"
out=$("$NIS2_BIN" --debrief-from "$plain" --lang en 2>&1)
equals "$?" "1" "a case without an exercise is refused"
contains "$out" "not an exercise case" "and says why"
out=$("$NIS2_BIN" --debrief-from "$case_file" --debrief "$TMPDIR_TEST/nodir/x.md" 2>&1)
equals "$?" "2" "a --debrief in a missing folder is refused"
"$NIS2_BIN" --debrief-from "$case_file" --format xml >/dev/null 2>&1
equals "$?" "2" "an unknown format is a usage error"
done_testing
