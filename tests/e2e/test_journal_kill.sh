#!/bin/sh
# test_journal_kill.sh: the journal is written and synced before the case
# file changes (issue 21), so SIGKILL at any moment of a handler's editing
# never leaves a change in the case file without its journal entry: the name
# the case holds is always one the journal recorded.  The delays come from
# a seeded sequence (tui_lib.sh's rand; NIS2_TEST_SEED) and are printed, so
# a failing round can be replayed exactly.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"


case_name() { sed -n 's/^  name: //p' "$1" | tr -d "'\""; }

edit_loop() {
	i=1
	while [ $i -le 40 ]; do
		keys Home Enter C-a C-k 2>/dev/null || return
		type_text "Naam $i klaar" 2>/dev/null || return
		keys Enter 2>/dev/null || return
		i=$((i + 1))
	done
}

for round in 1 2 3; do
	XDG_STATE_HOME="$TMPDIR_TEST/state$round"
	export XDG_STATE_HOME
	run_wizard --lang nl
	wait_for "Stap 1 van 9" 10 || { ok 1 "round $round: the wizard starts"; continue; }
	keys Enter
	wait_for "Stap 2 van 9" || { ok 1 "round $round: a new case"; continue; }
	keys Enter
	type_text "Begin NV"
	keys Enter
	wait_for "Begin NV |" || { ok 1 "round $round: the first name is confirmed"; continue; }
	pid=$(wizard_pid)
	rand 1500
	delay=$RAND
	echo "# round $round: SIGKILL after ${delay} ms of editing"
	edit_loop &
	loop=$!
	sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
	kill -KILL "$pid"
	kill "$loop" 2>/dev/null
	wait "$loop" 2>/dev/null
	wait_for "[exit " 10
	case_file=$(state_cases)
	journal="${case_file%.yaml}.journal"
	[ -f "$journal" ]
	ok $? "round $round: the journal sits beside the case"
	equals "$(stat -c %a "$journal")" 600 "round $round: the journal is 0600"
	name=$(case_name "$case_file")
	echo "# saved name: '$name'"
	grep -q "\"fact\":\"entity.name\",\"old\":[^,]*,\"new\":\"$name\"" "$journal"
	ok $? "round $round: the name in the case is one the journal recorded"
	last=$(grep -c '"fact":"entity.name"' "$journal")
	[ "$last" -ge 1 ]
	ok $? "round $round: the names are in it ($last)"
done
done_testing
