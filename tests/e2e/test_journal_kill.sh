#!/bin/sh
# test_journal_kill.sh: the journal is written and synced before the case
# file changes (issue 21), so SIGKILL at any moment of a handler's editing
# never leaves a change in the case file without its journal entry: the name
# the case holds is always one the journal recorded.  The delays come from
# a seeded sequence (tui_lib.sh's rand; NIS2_TEST_SEED) and are printed, so
# a failing round can be replayed exactly.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

for round in 1 2 3; do
	XDG_STATE_HOME="$TMPDIR_TEST/state$round"
	export XDG_STATE_HOME
	kill_while_editing KILL "$round" || continue
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
