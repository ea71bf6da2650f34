#!/bin/sh
# test_two_handlers.sh: two wizards on one case (issue 16, review H2).  The
# second is told who holds the case (host, process, since) and chooses read
# only or take over; a wizard whose file was taken over or changed under it
# writes nothing over it and offers to load the file or keep both; --forget
# refuses a case open in a wizard, --draft -o warns.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
d=$TMPDIR_TEST
cat > "$d/c.yaml" <<'CASE'
nis2-notify: 1
language: en
entity:
  name: Waterbedrijf Voorbeeld NV
  nis2: essential
  users: 50000
CASE
chmod 600 "$d/c.yaml"
case_name() { sed -n 's/^  name: //p' "$1" | tr -d "'\""; }

# The second wizard: window w2 of the same tmux server.
start_second() {
	tm kill-session -t w2 >/dev/null 2>&1
	tm new-session -d -x 80 -y 24 -s w2 "env TERM=screen XDG_STATE_HOME='$XDG_STATE_HOME' LANG=C.UTF-8 LC_ALL= LANGUAGE= $NIS2_BIN $* ; echo '[exit '\$?']'"
}
screen2() { tm capture-pane -p -t w2 2>/dev/null; }
keys2() { tm send-keys -t w2 "$@"; }
type2() { tm send-keys -t w2 -l "$1"; }
see2() {
	_i=0
	while [ "$_i" -lt 200 ]; do
		case "$(screen2)" in *"$1"*) ok 0 "$2"; return ;; esac
		sleep 0.05
		_i=$((_i + 1))
	done
	ok 1 "$2"; printf '# expected on screen 2: %s\n' "$1"; screen2 | sed 's/^/# | /'
}
# rename KEYS-FN TYPE-FN NAME: the entity's name replaced on step 2.
rename1() { keys Home Enter C-a C-k; type_text "$1"; keys Enter; }
rename2() { keys2 Home Enter C-a C-k; type2 "$1"; keys2 Enter; }

# 1. A opens the case; B is told who holds it and reads only.
run_wizard "$d/c.yaml"
see "Waterbedrijf" "wizard A opens the case"
pid_a=$(wizard_pid)
grep -q "pid: $pid_a" "$d/c.yaml.lock"; ok $? "A holds the case's lock (pid $pid_a)"
start_second "$d/c.yaml"
see2 "This case is open in another wizard" "wizard B is told the case is held"
see2 "process $pid_a" "with the holder's process"
see2 "$(hostname)" "and host"
keys2 r
see2 "Read only" "B: read only"
keys Enter
see "Step 2 of 9" "A: step 2"
rename1 "EDIT-A"
see "EDIT-A |" "A renames the entity"
keys2 Enter
see2 "Step 2 of 9" "B: step 2"
rename2 "EDIT-B"
see2 "Not saved" "B's answer is not saved in the held file"
equals "$(case_name "$d/c.yaml")" "EDIT-A" "A's change is in the file, B wrote nothing over it"

# 2. --forget and --draft -o against the held case.
err=$("$NIS2_BIN" --forget "$d/c.yaml" --yes 2>&1); rc=$?
equals "$rc" 1 "--forget refuses a case open in a wizard"
contains "$err" "open in a wizard" "and says why"
[ -f "$d/c.yaml" ]; ok $? "the case is still there"
err=$("$NIS2_BIN" --draft "$d/c.yaml" -o "$d/draft.txt" 2>&1); rc=$?
equals "$rc" 0 "--draft -o still writes the draft"
contains "$err" "open in a wizard" "and warns that the case is open"

# 3. B leaves: told what is not saved; its lock never was.
keys2 q
see2 "The case is not saved" "B: leaving, its answer is not saved"
keys2 Q
see2 "[exit 1]" "B leaves without saving, exit 1"
grep -q "pid: $pid_a" "$d/c.yaml.lock"; ok $? "A still holds the lock"

# 4. B again, taking over; A's next save writes nothing over B's.
start_second "$d/c.yaml"
see2 "This case is open in another wizard" "B again: held"
keys2 t
see2 "Taken over" "B takes the case over"
keys2 Enter
see2 "Step 2 of 9" "B: step 2"
see2 "EDIT-A" "B goes on from A's saved answers"
rename2 "EDIT-B2"
see2 "EDIT-B2 |" "B renames"
equals "$(case_name "$d/c.yaml")" "EDIT-B2" "B's change is in the file"
rename1 "EDIT-A2"
see "The case file was changed by someone else" "A's save finds the case taken over"
see "taken over by another wizard" "and says so"
equals "$(case_name "$d/c.yaml")" "EDIT-B2" "A wrote nothing over B's change"
keys l
see "This case is open in another wizard" "A loads the file, and is told B holds it now"
keys r
see "EDIT-B2 |" "A shows B's change"
keys2 q
see2 "[exit 0]" "B leaves"
[ ! -e "$d/c.yaml.lock" ]; ok $? "B's lock is gone with it"
keys q
see "[exit 0]" "A leaves: it loaded the file, so it has nothing unsaved"
not_see "NOT saved" "and it says nothing is lost"

# 5. One wizard; another program changes the file: keep both.
run_wizard "$d/c.yaml"
see "EDIT-B2" "a wizard on the case"
keys Enter
see "Step 2 of 9" "step 2"
sed -i 's/EDIT-B2/BY-HAND/' "$d/c.yaml"
rename1 "MINE"
see "The case file was changed by someone else" "a change by hand is found before the save"
equals "$(case_name "$d/c.yaml")" "BY-HAND" "and not overwritten"
keys s
see "Step 2 of 9" "keep both: the wizard goes on with its answers in a new file"
kept=$(state_cases)
[ -n "$kept" ] && [ "$(case_name "$kept")" = "MINE" ]; ok $? "its answers are in the state folder"
equals "$(case_name "$d/c.yaml")" "BY-HAND" "the hand edit is kept"
keys q
see_printed "The case is saved in $kept" "on leaving it names the new file"

# 6. The case deleted under an open wizard (review M6b): never brought back.
run_wizard "$d/c.yaml"
see "BY-HAND" "a wizard on the case again"
keys Enter
see "Step 2 of 9" "step 2"
rm "$d/c.yaml"
rename1 "BACK?"
see "deleted since this wizard opened it" "the deletion is found before the save"
[ ! -e "$d/c.yaml" ]; ok $? "the case is not created again"
keys Q
see "[exit 1]" "leaving without saving"
[ ! -e "$d/c.yaml" ] && [ ! -e "$d/c.yaml.lock" ]; ok $? "nothing of the case is left"
done_testing
