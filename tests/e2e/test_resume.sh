#!/bin/sh
# test_resume.sh: coming back after a dropped link.  The start screen puts
# the open case saved last first and selected, so Enter resumes it (a new
# case is n, never the default when a case was open in the last day); the
# case opens on the step and field where the handler was, the editor open on
# the half-typed text; the position is kept beside the case (0600), not in
# it, and --forget deletes it with the case.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

state="$XDG_STATE_HOME/nis2-notify"
mkdir -p "$state" && chmod 700 "$state"
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$state/water.yaml"
chmod 600 "$state/water.yaml"

run_wizard --lang en
see "> [ Resume: " "the case saved last is first and selected"
see "| Waterbedrijf Voorbeeld NV |" "with its entity"
see "n new case" "a new case is one key away"
keys Enter
see "Step 2 of 9" "Enter resumes it (no position kept yet: the first question)"
equals "$(ls "$state"/*.yaml | wc -l)" "1" "Enter made no second case"
for i in 3 4 5 6 7 8; do
	keys Tab
	wait_for "Step $i of 9" || true
done
see "Step 8 of 9" "on to the form"
keys I Enter
see "characters," "the description is being edited"
keys End
type_text " HALF-TYPED"
see "HALF-TYPED" "half a sentence typed"
hangup "the link drops (SIGHUP)"
[ -f "$state/water.position" ]; ok $? "the position is kept beside the case"
equals "$(stat -c %a "$state/water.position" 2>/dev/null)" "600" "and private (0600)"
grep -q "HALF-TYPED" "$state/water.position"; ok $((! $?)) "the position file holds no text of the case"
grep -q "step\|editing" "$state/water.yaml"; ok $((! $?)) "the case file holds no position"

run_wizard --lang en
see "> [ Resume: " "after the drop: the case is first and selected"
keys Enter
see "Step 8 of 9" "Enter goes back to the form step"
see "HALF-TYPED" "with the half-typed text"
see "characters," "in the editor of that field, as it was"
type_text " MORE"
keys Enter
wait_for "> J" 5
grep -q "HALF-TYPED MORE" "$state/water.yaml"; ok $? "typing goes on in the same field"
keys Escape
see "Step 7 of 9" "Esc goes back through the walk"

# In Dutch, and n for a new case.
run_wizard --lang nl
see "> [ Hervatten: " "[nl] the case is offered first"
keys n
see "Stap 2 van 9" "[nl] n starts a new case"
equals "$(ls "$state"/*.yaml | wc -l)" "2" "[nl] a second case only when asked for"

hangup "[nl] the link drops again"
# A case last saved two days ago is not taken for a dropped link.
for f in "$state"/*.yaml; do touch -d "2 days ago" "$f"; done
run_wizard --lang fr
see "> [ Nouveau dossier" "[fr] no case of the last day: the new case is selected"

# --forget deletes the position with the case.
"$NIS2_BIN" --forget "$state/water.yaml" --yes >/dev/null 2>&1
[ ! -e "$state/water.yaml" ] && [ ! -e "$state/water.position" ]; ok $? "--forget deletes the case and its position"
done_testing
