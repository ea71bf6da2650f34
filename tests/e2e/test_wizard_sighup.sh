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
see "> [ Resume: Half getypt" "the next start offers the saved case first, with its entity"
keys Enter
see "Stap 2 van 9" "Enter resumes the case, in its language"
see "Half getypt: Ééntje & co" "with nothing lost"
see "tekens, nog" "back in the field being typed in (test_resume.sh)"

# SIGTERM saves as well, and the terminal is given back.
keys C-e
type_text " NV"
see "co NV" "the text typed shows"
kill -TERM "$(wizard_pid)"
see_printed "[exit " "the wizard ends on SIGTERM"
grep -q "Ééntje & co NV" "$case_file"; ok $? "SIGTERM keeps the text being typed too"

# A number half typed in the facts step (no Enter yet) is kept as well.
facts_case="$TMPDIR_TEST/feiten.yaml"
printf 'nis2-notify: 1\nlanguage: nl\nentity: { name: Feiten NV, type: general, users: 50000 }\n' > "$facts_case"
chmod 600 "$facts_case"
run_wizard "$facts_case"
see "Stap 1 van 9" "a case opens"
keys Tab Tab Tab Tab
see "Stap 5 van 9" "the facts"
down_to "> Gebruikers zonder toegang" 30
type_text 12345
see "12345" "a number is being typed"
hangup "SIGHUP in the middle of the number"
grep -q "outage_users: 12345" "$facts_case"; ok $? "the number being typed is saved in the case"
done_testing
