#!/bin/sh
# test_clock_aware.sh: on the clock step, a missing moment of awareness is
# given there (w), checked as step 3 checks it (a date in the future is
# refused with the reason), and the clock starts at once.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

run_wizard --lang nl --now 2026-12-07T15:00:00+01:00
see "Stap 1 van 9" "the start screen"
keys n
see "Stap 2 van 9" "a new case"
tab_to_step 7
see "Stap 7 van 9" "the clock, without a moment of awareness"
see "w geeft het" "the clock says where to give it"
see "w bewustwording" "and the key line too"
keys w
see "Moment van bewustwording" "w opens it on the clock"
type_text "2027-12-07 09:30"
keys Enter
see "Dit moment ligt in de toekomst" "a mistyped year is refused, with the reason"
keys C-u
type_text "2026-12-07 09:30"
keys Enter
see "A " "the clock starts: its timeline is drawn"
not_see "w geeft het" "and the missing moment is no longer asked for"
case_file=$(state_cases)
grep -q "aware: \"\?2026-12-07T09:30" "$case_file"; ok $? "the moment is saved in the case"
done_testing
