#!/bin/sh
# test_choosing.sh: choosing and typing under stress.  A number in a list of
# ten or more selects only once it cannot be the start of a longer one and
# shows what it chose ("12" on the entity type is the trust service, never
# option 1 and a "2" typed elsewhere; "13" in the sectors ticks 13); m on the
# form stays on the empty mandatory field under the cursor; typing replaces
# a date offered as now, Ctrl-U clears a field, "the field is full" goes
# once it no longer is; a text over its limit opens whole and is never cut;
# a date in the future or out of order is refused where it is typed, with
# the reason.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# The case file of the last start (each start below makes a new one).
newest_case() { ls -t "$XDG_STATE_HOME/nis2-notify/"*.yaml 2>/dev/null | head -n 1; }

# --- "12" on the entity type, in English.
run_wizard --lang en
see "Step 1 of 9" "the start screen"
keys Enter
see "Step 2 of 9: The entity" "a new case"
keys Down Down Down
see "> Type of entity" "on the entity type"
type_text 1
see "1: none of the types below (the guide's criteria) (another digit" "1 in a list of 12 waits for a second digit, and shows what it would take"
type_text 2
see "12: trust service provider (Enter to confirm)" "12 selects the trust service and says so before it counts"
keys Enter
see "Type of entity                          trust service provider" "Enter confirms the trust service"
see "> Users of the affected service           unknown" "the 2 went nowhere else: the users stay unknown"
case_file=$(newest_case)
grep -q "type: trust-service" "$case_file"; ok $? "the case holds the trust service type"
grep -q "users:" "$case_file"; ok $((! $?)) "no number was typed into the users"
# A number no option has restarts with its last digit.
keys Up
type_text 19
see "9: online marketplace (Enter to confirm)" "19 (no such option) is taken as 9"
keys Escape

# --- "13" in the sectors, in Dutch.
run_wizard --lang nl
see "Stap 1 van 9" "[nl] the start screen"
keys n
see "Stap 2 van 9" "[nl] a new case (n: the last one is offered first)"
keys Down Down Enter
see "[ ] " "[nl] the sectors open"
type_text 1
see "(nog een cijfer, of Enter om dit te nemen)" "[nl] 1 in a list of sectors waits"
type_text 3
see " 13 [x] " "[nl] 13 ticks sector 13"
see "aangevinkt" "[nl] and says which it ticked"
not_see "  1 [x] " "[nl] not sector 1"
not_see "  3 [x] " "[nl] nor sector 3"
type_text 3
see "(nog een cijfer, of Enter om dit te nemen)" "[nl] 3 may still be 30-39: it waits"
keys Enter
see "2 gekozen" "[nl] Enter takes the 3 typed and confirms: two sectors"
case_file=$(newest_case)
grep -q "drinking-water" "$case_file"; ok $? "[nl] drinking water (13) is saved"

# --- Dates: the prefill replaced, the future and the order refused (fr).
run_wizard --lang fr
see "tape 1 sur 9" "[fr] the start screen"
keys n
see "tape 2 sur 9" "[fr] a new case"
keys Tab
see "tape 3 sur 9" "[fr] the moment of awareness"
keys Enter
see "n maintenant" "[fr] the awareness field opens (on now)"
type_text "2027-12-07 09:30"
see "2027-12-07 09:30" "[fr] typing replaces the time offered as now"
not_see ":112027" "[fr] nothing appended to it"
keys Enter
see "Ce moment est dans le futur" "[fr] a mistyped year is refused where it is typed, with the reason"
case_file=$(newest_case)
grep -q "aware:" "$case_file"; ok $((! $?)) "[fr] the future moment drives no deadline"
keys C-u
type_text "2026-12-07 10:00"
see "2026-12-07 10:00" "[fr] Ctrl-U cleared the whole field"
not_see "2027-12-07" "[fr] nothing of the old text is left"
keys Enter
see "connaissance" "[fr] the awareness is taken"
file_has "aware: \"\?2026-12-07T10:00" "$case_file"; ok $? "[fr] and saved"
# The start after the moment of awareness is refused, naming the other.
see "> Début" "[fr] Enter went on to the start"
type_text "2026-12-07 11:00"
keys Enter
see "Ce moment est postérieur à « Prise" "[fr] a start after the awareness is refused, naming the awareness"
keys C-u
type_text "2026-12-07 08:00"
keys Enter
see "Début de l'incident                     lun. 2026-12-07 08:00" "[fr] a start before it is taken"
not_see "postérieur" "[fr] and the reason is gone"

# --- "The field is full" goes once it no longer is (the name: 200).
run_wizard --lang en
see "Step 1 of 9" "the start screen again"
keys n
see "Step 2 of 9" "another new case"
keys Enter
long=$(printf 'x%.0s' $(seq 1 210))
tm set-buffer "$long"
tm paste-buffer -p -t w
see "The field is full" "a paste longer than the field says so"
keys BSpace
see "199/200" "Backspace makes room"
not_see "The field is full" "and the message goes with it"
keys C-u
see "0/200 characters" "Ctrl-U clears a 200-character text in one key"
keys Escape

# --- A text over its limit opens whole; m starts from the field under the cursor.
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$TMPDIR_TEST/w.yaml"
chmod 600 "$TMPDIR_TEST/w.yaml"
over=$(printf 'y%.0s' $(seq 1 520))
printf '  9-Incident_Description: %sTHE-END\n' "$over" > "$TMPDIR_TEST/desc"
# The example's own description (a folded block) makes way for it.
sed -i '/^  9-Incident_Description:/,/^  [0-9]*-[A-Za-z_]*:/{/^  9-Incident_Description:/d;/^    /d}' "$TMPDIR_TEST/w.yaml"
sed -i "/^form:/r $TMPDIR_TEST/desc" "$TMPDIR_TEST/w.yaml"
run_wizard --lang en "$TMPDIR_TEST/w.yaml"
see "Step " "the example case opens"
tab_to_step 8
see "Step 8 of 9" "on to the form"
keys I
keys Enter
see "527/500 characters, 27 over the limit: shorten it" "a text over its limit opens whole, marked over the limit"
keys Enter
wait_for "> I" 5
grep -q "THE-END" "$TMPDIR_TEST/w.yaml"; ok $? "confirming it cuts nothing"
keys W Enter
type_text "cert@example.be"
keys Enter
see "> X" "Enter on W moves to X, empty and mandatory"
keys m
see "> X" "m stays on the empty mandatory X under the cursor"
keys Enter
type_text "+32 2 000 00 00"
keys Enter
wait_for "> Y" 5
grep -q "24-Telephone: .*+32 2 000 00 00" "$TMPDIR_TEST/w.yaml"; ok $? "the text typed after m went into X"
done_testing
