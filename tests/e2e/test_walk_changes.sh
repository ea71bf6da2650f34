#!/bin/sh
# test_walk_changes.sh: the second half of the walk as a handler really uses
# it: going back from the verdict to change a fact (and the verdict follows),
# switching language in the middle, resizing to 100x40 and back, and the link
# dropping (SIGHUP) while a form field is being typed.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# A cloud provider (IR art. 7): entity, awareness and scope known, no facts.
case_file="$TMPDIR_TEST/cloud.yaml"
cat > "$case_file" <<'EOF'
nis2-notify: 1
language: en
entity:
  name: Wolk Proef BV
  nis2: essential
  type: cloud
  sectors: [digital-infrastructure]
  users: 2000000
  turnover_eur: 90000000
incident:
  aware: 2026-11-23T09:30:00+01:00
  started: 2026-11-23T08:00:00+01:00
  annex_service: true
  planned_maintenance: false
  personal_data: false
  malicious: no
EOF
chmod 600 "$case_file"

# select_q TEXT: selects the question whose whole text (shown below the
# list for the selected one) has TEXT.
select_q() {
	key_drawn Home
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		case "$(screen_text | sed -n '/───/,$p')" in *"$1"*) return 0 ;; esac
		key_drawn Down
	done
	return 1
}

run_wizard "$case_file"
see "Step 1 of 9" "the case opens on the start screen"
keys Tab Tab Tab Tab
see "Step 5 of 9" "Tab goes on to the facts"
see "Implementing Regulation" "a cloud provider gets the IR's questions"
not_see "Is it impossible to determine how many" "and not the guide's (no G2b question)"

# The first IR 7 fact is the complete outage in minutes: 45 minutes.
select_q "service completely unavailable (partial"
ok $? "the complete outage question is there"
type_text 45
keys Enter
keys Tab
see "Step 6 of 9" "the verdict"
see "IR7a" "45 minutes complete unavailability is significant for a cloud provider (IR art. 7(a))"
see "Implementing Regulation (EU) 2024/2690" "under the IR's rules"

# Back to the facts, change the answer: 20 minutes is below 30.
keys Escape
see "Step 5 of 9" "Esc goes back to the facts"
select_q "service completely unavailable (partial"
see "45" "the answer is still there"
keys Delete
type_text 20
keys Enter
keys Tab
see "Step 6 of 9" "on to the verdict again"
# Not restored: the 20 minutes are a lower bound (nis2-notify-case(5), CRITERIA), so IR7a is
# open, not "not met", and the verdict says what is still needed.
see "IR7a: met if it" "with 20 minutes of a disruption not over, IR7a is open"
grep -q "complete_outage_minutes: 20" "$case_file"; ok $? "the changed answer is saved at once"

# Questions are still open: a goes to the first of them in the facts.
see "a answer what is open" "the help line offers a while questions are open"
keys a
see "Step 5 of 9" "a goes back to the facts"
screen_text | grep -q '^ > .*unknown *$'
ok $? "on a question still unknown"
keys Tab

# Language in the middle of the walk: the verdict, then the facts, in Dutch.
keys C-l
see "Stap 6 van 9" "Ctrl-L: the verdict in Dutch"
keys Escape
see "Stap 5 van 9: De feiten" "the facts in Dutch"
see "uitvoeringsverordening" "with the group titles of the data in Dutch"
keys C-l
see "tape 5 sur 9" "and in French"
keys C-l
see "Step 5 of 9" "and back to English"

# Resize to 100x40 and back, on the verdict.
keys Tab
see "Step 6 of 9" "the verdict"
tm resize-window -t w -x 100 -y 40
see "What to do now:" "at 100x40 the verdict shows what to do without scrolling"
tm resize-window -t w -x 80 -y 24
see "Step 6 of 9" "back at 80x24 the verdict is drawn again"

# The form: SIGHUP while a description is being typed.
keys f
see "Step 8 of 9" "f goes to the form"
keys I Enter C-a C-k
type_text "Halve zin over de storing in de zone eu-west, nog niet beve"
see "characters" "the editor counts the characters"
see "nog niet beve" "the whole text is on the screen (typed, not yet confirmed)"
hangup "the wizard ends on SIGHUP"
# (the YAML writer may fold a long text over two lines: join them)
tr '\n' ' ' < "$case_file" | tr -s ' ' | grep -q "Halve zin over de storing in de zone eu-west, nog niet beve"
ok $? "the field being typed is saved in the case"

run_wizard "$case_file"
see "Step 1 of 9" "the case opens again"
keys Tab Tab Tab Tab Tab Tab Tab
see "Step 8 of 9" "on to the form"
keys I
see "Halve zin over de storing" "the half-typed description is there, nothing lost"
done_testing
