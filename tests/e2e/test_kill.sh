#!/bin/sh
# test_kill.sh: the wizard killed at random moments while a handler edits
# and confirms (each confirmation saves): SIGHUP and SIGTERM save what is
# being typed and give the terminal back; SIGKILL cannot be caught, so the
# file must hold the last confirmed answer, whole.  Every time the case file
# must load again, and nothing confirmed may be lost.  The delays come from
# a seeded sequence (tui_lib.sh's rand; NIS2_TEST_SEED) and are printed, so
# a failing round can be replayed exactly.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

round=0
for sig in HUP TERM KILL HUP TERM KILL; do
	round=$((round + 1))
	XDG_STATE_HOME="$TMPDIR_TEST/state$round"
	export XDG_STATE_HOME
	kill_while_editing "$sig" "$round" || continue
	[ "$(echo "$case_file" | wc -w)" -eq 1 ]
	ok $? "round $round (SIG$sig): one case file in the state folder"
	out=$("$NIS2_BIN" --draft "$case_file" 2>&1 >/dev/null)
	ok $? "round $round (SIG$sig): it loads again"
	[ -z "$out" ] || echo "$out" | sed 's/^/# /'
	name=$(case_name "$case_file")
	echo "# saved name: '$name'"
	if [ "$sig" = KILL ]; then
		# only confirmed names can be on disk, and whole
		case "$name" in
		"Begin NV" | "Naam "[0-9]*" klaar") ok 0 "round $round (SIGKILL): the last confirmed name, whole" ;;
		*) ok 1 "round $round (SIGKILL): the last confirmed name, whole" ;;
		esac
		leftovers=$(ls "$XDG_STATE_HOME/nis2-notify/" | grep -v -e '\.yaml$' -e '\.journal$')
		run_wizard --lang nl
		see "Stap 1 van 9" "round $round (SIGKILL): the wizard starts again"
		see "$name" "round $round (SIGKILL): and offers the case"
		keys q
		wait_for "[exit " 10
		[ -z "$leftovers" ] || echo "# left by SIGKILL: $leftovers"
	else
		# what was being typed is saved too: a prefix of some name in the loop
		case "$name" in
		# never empty: a field cleared but not yet typed into keeps the
		# last confirmed name
		"Begin NV" | "Naam "[0-9]* | "N" | "Na" | "Naa" | "Naam" | "Naam ") ok 0 "round $round (SIG$sig): the name is whole or being typed" ;;
		*) ok 1 "round $round (SIG$sig): the name is whole or being typed" ;;
		esac
		case "$(all_text)" in
		*"$(basename "$case_file")"*) ok 0 "round $round (SIG$sig): the wizard says it saved the case" ;;
		*) ok 1 "round $round (SIG$sig): the wizard says it saved the case"; all_text | tail -5 | sed 's/^/# | /' ;;
		esac
		equals "$(ls "$XDG_STATE_HOME/nis2-notify/" | grep -c -v -e '\.yaml$' -e '\.journal$' -e '\.position$')" 0 \
			"round $round (SIG$sig): no temporary file left"
	fi
	equals "$(stat -c %a "$case_file")" 600 "round $round (SIG$sig): the file is still 0600"
done
done_testing
