#!/bin/sh
# test_training.sh: a training run end to end in a real terminal (tmux): a
# shipped scenario on a fast exercise clock, its inject, a report sent, the
# end of the exercise and the debrief on screen and in the --debrief file;
# then a scenario file in Dutch; and the command line's errors.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

# Usage errors and a bad scenario need no terminal.
"$NIS2_BIN" --training water-ransomware --speed 0 >/dev/null 2>&1
equals "$?" "2" "--speed 0 is a usage error"
out=$("$NIS2_BIN" --training water-ransomware --speed fast 2>&1)
contains "$out" "'fast'" "the usage error names the bad speed"
"$NIS2_BIN" --training water-ransomware --debrief x.txt --format json >/dev/null 2>&1
equals "$?" "2" "a debrief is text or markdown, not json"
out=$(XDG_STATE_HOME="$TMPDIR_TEST/state" "$NIS2_BIN" --training no-such-scenario 2>&1)
equals "$?" "1" "an unknown scenario name exits 1"
contains "$out" "no-such-scenario" "and says which name"
printf 'nis2-notify: 1\nscenario:\n  title: { en: x }\n' > "$TMPDIR_TEST/bad.yaml"
out=$(XDG_STATE_HOME="$TMPDIR_TEST/state" "$NIS2_BIN" --training "$TMPDIR_TEST/bad.yaml" 2>&1)
equals "$?" "1" "a bad scenario file exits 1"
contains "$out" "bad.yaml:3:3: 'briefing' is required" "with FILE:LINE:COLUMN and what is wrong"

. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# One exercise hour per second: the water scenario runs from Tuesday 06:40
# to Wednesday 12:00, about half a minute.
debrief="$TMPDIR_TEST/debrief.md"
run_wizard --training water-ransomware --speed 3600 --debrief "$debrief"
see "Ransomware at a drinking-water operator" "the briefing page comes first"
see "You are the incident handler of Waterbedrijf" "with the briefing text"
see "| exercise Tue" "the header shows the exercise clock"
see "news (Ctrl-T to read)" "the inject arrives in the notice line when its time comes"
keys C-t
see "The IT lead confirms" "Ctrl-T shows the inject in full"
keys 1
see "1  early warning: 2026-03-10" "key 1 records the early warning as sent, in exercise time"
keys Enter
see "Step 2 of 9" "Enter goes on with the walk, on an empty case"
see "(not answered)" "nothing of the scenario is filled in for the trainee"
see "Debrief" "the debrief comes up when the exercise clock reaches the end" 60
see "Answers: 0 of" "the debrief counts the answers"
see "| exercise over" "and the exercise clock stands still"
[ -s "$debrief" ]; ok $? "the --debrief file is written"
md=$(cat "$debrief" 2>/dev/null)
contains "$md" "# Debrief: Ransomware at a drinking-water operator" "as markdown (by its .md name)"
contains "$md" "| early warning | 2026-03-11 07:25 +01:00 |" "with the expected due time"
contains "$md" "| sent on time |" "and the report sent on time"
contains "$md" "| incident notification | 2026-03-13 07:25 +01:00 |" "the notification, due after the end"
contains "$md" "not sent, not yet due" "is not yet due"
contains "$md" "| Do you think the incident is the result of malicious intent (yes, no, unsure)? \`incident.malicious\` | yes | (not answered) | left open | G1 (guide A.2, 1) |" \
	"each answer side by side, as the wizard's question, with the criterion it counts for"
contains "$md" "| G1 | guide A.2, 1 | expected, but missed |" "each criterion with its reference"
contains "$md" "The clock starts at 07:25" "the lesson"
contains "$md" "- **A.2, 1)**" "and the guide's passages"
keys q
see_printed "[exit 0]" "leaving after the debrief exits 0"

# A scenario given as a file, in Dutch, ended by the trainer; the debrief
# is written when the wizard is left, as text.
rm -f "$TMPDIR_TEST/d.txt"
run_wizard --lang nl --training "$TOP_SRCDIR/tests/scenarios/e2e-dora-bank.yaml" --debrief "$TMPDIR_TEST/d.txt"
see "BRIEFING-NL" "a scenario file runs, in the chosen language"
see "| oefening di 08:3" "the header says 'oefening'"
keys n
see "INJECT-NL" "n jumps the clock to the next inject"
keys E
see "Nabespreking" "E ends the exercise: the debrief, in Dutch"
keys q
see_printed "[exit 0]" "the wizard is left"
txt=$(cat "$TMPDIR_TEST/d.txt" 2>/dev/null)
contains "$txt" "Nabespreking: Testbank onder DORA" "the debrief file is text (no .md)"
contains "$txt" "LESSON-NL" "with the lesson in Dutch"

done_testing
