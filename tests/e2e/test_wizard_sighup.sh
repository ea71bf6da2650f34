#!/bin/sh
# test_wizard_sighup.sh: the SSH link drops (SIGHUP) in the middle of a text
# field: the wizard saves the case with the text being typed, gives the
# terminal back, and the next start offers the case with nothing lost.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

run_wizard --lang nl
see "Stap 1 van 9" "the wizard starts in Dutch"
keys Enter
see "Stap 2 van 9" "a new case"
keys Enter
type_text "Half getypt: Ééntje & co"
see "Half getypt" "the text being typed shows in the field"

hangup "the wizard ends on SIGHUP"
case_file=$(state_cases)
grep -q "name: 'Half getypt: Ééntje & co'\|name: Half getypt: Ééntje & co\|name: \"Half getypt: Ééntje & co\"" "$case_file"
ok $? "the unconfirmed text was saved in the case"
grep -q "language: nl" "$case_file"; ok $? "so was the language"

run_wizard
see "Half getypt" "the next start lists the saved case with its entity"
keys Down
keys Enter
see "Stap 2 van 9" "choosing it resumes the case, in its language"
see "Half getypt: Ééntje & co" "with nothing lost"

# SIGTERM saves as well, and the terminal is given back.
keys Enter C-e
type_text " NV"
kill -TERM "$(wizard_pid)"
see_printed "[exit " "the wizard ends on SIGTERM"
grep -q "Ééntje & co NV" "$case_file"; ok $? "SIGTERM keeps the text being typed too"
done_testing
