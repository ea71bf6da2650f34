#!/bin/sh
# test_monkey.sh: the wizard must never crash, whatever is typed.  Random
# keys (from a fixed seed, so a failure can be replayed) go to the real
# wizard in tmux: arrows, Enter, Tab, Esc, letters, digits, pastes, Delete,
# Ctrl-L, the form's capital letters, now and then a resize.  The wizard
# must still run after every burst and leave with status 0 at the end; the
# sanitizer build runs the same test, where any memory error aborts it.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

SEED=${MONKEY_SEED:-20261125}
BURSTS=${MONKEY_BURSTS:-40}

# A case with something in every step, so that every screen gets keys.
case_file="$TMPDIR_TEST/monkey.yaml"
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$case_file"
chmod 600 "$case_file"

# keys_for SEED N: N random key names for tmux send-keys (never q, Ctrl-X
# or Ctrl-C, which would end the run before its time).
keys_for() {
	awk -v seed="$1" -v n="$2" 'BEGIN {
		srand(seed);
		split("Up Down Left Right Home End PageUp PageDown Enter Enter Tab Tab Escape BSpace " \
		      "DC Space y n u j o 1 2 3 4 7 9 0 m t p c a s f A B G I M P U W X Y E n " \
		      "C-l C-j C-a C-e C-k C-d C-r C-t", k, " ");
		for (i = 0; i < n; i++)
			printf "%s ", k[int(rand() * length(k)) + 1];
	}'
}

run_wizard --lang en "$case_file"
see "Step 1 of 9" "the wizard starts on the case"
alive=0
b=0
while [ "$b" -lt "$BURSTS" ]; do
	# shellcheck disable=SC2046
	keys $(keys_for $((SEED + b)) 25)
	case $((b % 10)) in
	3) tm set-buffer "$(printf 'pasted €5 000 text\nover two lines\033[2J')"; tm paste-buffer -p -t w ;;
	6) tm resize-window -t w -x 100 -y 40 ;;
	7) tm resize-window -t w -x 80 -y 24 ;;
	9) tm resize-window -t w -x 60 -y 20; sleep 0.1; tm resize-window -t w -x 80 -y 24 ;;
	esac
	sleep 0.1
	if [ -z "$(wizard_pid)" ]; then
		printf '# the wizard is gone after burst %d (seed %d)\n' "$b" "$((SEED + b))"
		screen_text | tail -5 | sed 's/^/# | /'
		break
	fi
	alive=$((alive + 1))
	b=$((b + 1))
done
equals "$alive" "$BURSTS" "the wizard survives $BURSTS bursts of 25 random keys, pastes and resizes"

# Leave: out of any field first (Esc), then quit; q may be text in a field,
# Ctrl-X saves and leaves from anywhere.
keys Escape Escape C-x
see_printed "[exit 0]" "and leaves with status 0"
nis2_evaluate() { "$NIS2_BIN" --evaluate "$case_file" >/dev/null 2>&1; }
nis2_evaluate
ok $? "the case it saved along the way is still a valid case file"
done_testing
