# tui_lib.sh: drive the real wizard in a private tmux server (sourced after
# lib.sh).  Every start gets a fresh server on a socket of its own
# (-L nis2test-PID-N): a server being killed can never answer the next
# start.  The last one is killed at the end; screens are read with capture-pane and polled for the text
# expected, never with fixed sleeps.
if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi
TMUX_START=0
TMUX_SOCK="nis2test-$$-0"
unset TMUX
tm() { tmux -L "$TMUX_SOCK" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMPDIR_TEST"' EXIT
export XDG_STATE_HOME="$TMPDIR_TEST/state"

# start_wizard ENV-AND-ARGS...: runs "env ENV... nis2-notify ARGS..." in a
# fresh 80x24 window named w; the pane stays after the program ends so its
# last output can still be read.
start_wizard() {
	tm kill-server >/dev/null 2>&1
	TMUX_START=$((TMUX_START + 1))
	TMUX_SOCK="nis2test-$$-$TMUX_START"
	tm new-session -d -x 80 -y 24 -s w "sleep 600"
	tm set-option -g remain-on-exit on
	tm set-option -g default-terminal "${WIZ_TERM:-screen}"
	: > "$TMPDIR_TEST/out.bin"
	tm respawn-pane -k -t w "env TERM=${WIZ_TERM:-screen} XDG_STATE_HOME='$XDG_STATE_HOME' LANG=C.UTF-8 LC_ALL= LANGUAGE= $* ; echo '[exit '\$?']'"
	tm pipe-pane -t w -o "cat >> '$TMPDIR_TEST/out.bin'"
}

# run_wizard ARGS...: start_wizard with the built binary and ARGS.
run_wizard() {
	start_wizard "$NIS2_BIN" "$@"
}

screen_text() { tm capture-pane -p -t w 2>/dev/null; }
# Everything the terminal shows and scrolled back, wrapped lines joined: for
# what the wizard prints after it restored the terminal.
all_text() { tm capture-pane -p -J -S -500 -t w 2>/dev/null; }
keys() { tm send-keys -t w "$@"; }
# type_text TEXT: literal text, no key names.
type_text() { tm send-keys -t w -l "$1"; }

# wait_for TEXT [SECONDS]: true as soon as TEXT is on the screen (10 s at
# most by default: a loaded machine is slow, a passing test is not slowed).
wait_for() {
	_limit=$(( ${2:-10} * 20 ))
	_i=0
	while [ "$_i" -lt "$_limit" ]; do
		case "$(screen_text)" in *"$1"*) return 0 ;; esac
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}

# see TEXT DESCRIPTION: a check that TEXT shows up (within 10 s).
see() {
	if wait_for "$1" "${3:-10}"; then
		ok 0 "$2"
	else
		ok 1 "$2"
		printf '# expected on screen: %s\n' "$1"
		screen_text | sed 's/^/# | /'
	fi
}

# see_printed TEXT DESCRIPTION: TEXT was printed (after the wizard left).
see_printed() {
	wait_for "[exit " 10
	case "$(all_text)" in
	*"$1"*) ok 0 "$2" ;;
	*) ok 1 "$2"; printf '# expected in the output: %s\n' "$1"; all_text | sed 's/^/# | /' | tail -40 ;;
	esac
}

# gone TEXT DESCRIPTION: a check that TEXT leaves the screen (within 10 s),
# after a key that should take it away: the key may not be drawn yet.
gone() {
	_i=0
	while [ "$_i" -lt 200 ]; do
		case "$(screen_text)" in *"$1"*) ;; *) ok 0 "$2"; return 0 ;; esac
		sleep 0.05
		_i=$((_i + 1))
	done
	ok 1 "$2"
	screen_text | sed 's/^/# | /'
}

# not_see TEXT DESCRIPTION: a check that TEXT is not on the screen, once
# the screen has been drawn: as gone, since right after a key the screen
# before it may still be partly there (a loaded machine draws in pieces).
not_see() { gone "$@"; }

# rand N: sets RAND to a number in 0..N-1 from a seeded sequence (never
# /dev/urandom), for tests that vary their timing; NIS2_TEST_SEED (default
# 1) replays a run exactly.  Not in a subshell: $(rand) would not move on.
RAND_STATE=${NIS2_TEST_SEED:-1}
rand() {
	RAND_STATE=$(( (RAND_STATE * 1103515245 + 12345) % 2147483648 ))
	RAND=$(( (RAND_STATE / 65536) % $1 ))
}

# file_has REGEX FILE: true as soon as FILE holds a line matching REGEX
# (10 s at most): a save follows the screen by a moment.
file_has() {
	_i=0
	while [ "$_i" -lt 200 ]; do
		grep -q "$1" "$2" 2>/dev/null && return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}

# file_has_n N TEXT FILE: true as soon as TEXT stands N times in FILE (10 s
# at most), e.g. the second clipboard sequence in the terminal's output.
file_has_n() {
	_i=0
	while [ "$_i" -lt 200 ]; do
		[ "$(grep -o -F "$2" "$3" 2>/dev/null | wc -l)" -ge "$1" ] && return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}

# The selected row of a list (the line marked "> "), with its line number.
selected_row() { screen_text | grep -n -m1 '^ *> '; }

# key_drawn KEY: sends KEY and waits until the selection has moved on screen
# (5 s at most: a key that cannot move it, Home at the top, costs that), so
# that the next look at the screen sees the key's effect, not the screen
# before it: a test that pressed Down again on a stale screen would pass
# its row on a loaded machine.
key_drawn() {
	_before=$(selected_row)
	keys "$1"
	_w=0
	while [ "$_w" -lt 100 ] && [ "$(selected_row)" = "$_before" ]; do
		sleep 0.05
		_w=$((_w + 1))
	done
}

# down_to TEXT [MAX]: moves the selection down one row at a time, each one
# drawn before the next, until the selected row holds TEXT; false after MAX
# (40) rows.
down_to() {
	_n=0
	while ! selected_row | grep -qF -- "$1"; do
		[ "$_n" -lt "${2:-40}" ] || return 1
		key_drawn Down
		_n=$((_n + 1))
	done
}

# The number of the step shown ("5" of "Step 5 of 9", "Stap 5 van 9",
# "Étape 5 sur 9"), or nothing.
step_shown() { screen_text | grep -E -o -m1 '[0-9]+ (of|van|sur) 9' | head -n 1 | cut -d' ' -f1; }

# tab_to_step N: Tab until step N shows, each Tab drawn before the next (a
# Tab pressed on a screen not yet redrawn would pass the step); false after
# 12 Tabs.
tab_to_step() {
	_n=0
	while [ "$(step_shown)" != "$1" ]; do
		[ "$_n" -lt 12 ] || return 1
		_before=$(step_shown)
		keys Tab
		_w=0
		while [ "$_w" -lt 200 ] && [ "$(step_shown)" = "$_before" ]; do
			sleep 0.05
			_w=$((_w + 1))
		done
		_n=$((_n + 1))
	done
}

# The case files the wizard saved.
state_cases() { ls "$XDG_STATE_HOME/nis2-notify/"*.yaml 2>/dev/null; }

# The wizard's process id (the program in the pane), for signals.
wizard_pid() { pgrep -P "$(tm display -p -t w '#{pane_pid}')" -x nis2-notify; }

# The entity's name in a saved case file.
case_name() { sed -n 's/^  name: //p' "$1" | tr -d "'\""; }

# kill_while_editing SIG ROUND: a handler renames the entity again and again
# in a new Dutch case, each name confirmed (and so saved): "Begin NV", then
# "Naam 1 klaar", "Naam 2 klaar", ...; after a seeded delay (rand; printed,
# so that a failing round can be replayed with NIS2_TEST_SEED) the wizard
# gets SIG.  Returns once it has ended, with case_file set to the one case
# in the state folder; non-zero (after a failed check) when the wizard
# could not be brought to the editing.
kill_while_editing() {
	run_wizard --lang nl
	wait_for "Stap 1 van 9" 10 || { ok 1 "round $2: the wizard starts"; return 1; }
	keys Enter
	wait_for "Stap 2 van 9" || { ok 1 "round $2: a new case"; return 1; }
	keys Enter
	type_text "Begin NV"
	keys Enter
	wait_for "Begin NV |" || { ok 1 "round $2: the first name is confirmed"; return 1; }
	_pid=$(wizard_pid)
	rand 1500
	echo "# round $2: SIG$1 after ${RAND} ms of editing (NIS2_TEST_SEED=${NIS2_TEST_SEED:-1})"
	_edit_loop &
	_loop=$!
	sleep "$(printf '%d.%03d' $((RAND / 1000)) $((RAND % 1000)))"
	kill -"$1" "$_pid"
	kill "$_loop" 2>/dev/null
	wait "$_loop" 2>/dev/null
	wait_for "[exit " 10
	case_file=$(state_cases)
}

_edit_loop() {
	_i=1
	while [ $_i -le 40 ]; do
		keys Home Enter C-a C-k 2>/dev/null || return
		type_text "Naam $_i klaar" 2>/dev/null || return
		keys Enter 2>/dev/null || return
		_i=$((_i + 1))
	done
}

# hangup DESCRIPTION: the link drops (SIGHUP to the wizard); a check that
# the wizard ran and then ended.
hangup() {
	_pid=$(wizard_pid)
	[ -n "$_pid" ]; ok $? "the wizard runs (pid $_pid)"
	kill -HUP "$_pid"
	see_printed "[exit " "$1"
}

# screen_is NAME DESCRIPTION: the whole 80x24 screen, as capture-pane gives
# it, equals tests/golden/screens/NAME.screen (as tig's .screen files: a cut
# word, an overwritten letter or a language slip fails).  With
# NIS2_UPDATE_SCREENS=1 the expected file is written from the screen
# instead (tests/golden/screens/README says how; review the diff).  Call it
# once the screen shows what it waits for (see/wait_for).
screen_is() {
	_want="$TOP_SRCDIR/tests/golden/screens/$1.screen"
	_got="$TMPDIR_TEST/$1.screen"
	if [ -n "$NIS2_UPDATE_SCREENS" ]; then
		# the screen once it has stopped changing
		_w=0
		screen_text > "$_got"
		while [ "$_w" -lt 40 ]; do
			sleep 0.25
			screen_text > "$_got.next"
			cmp -s "$_got" "$_got.next" && break
			mv "$_got.next" "$_got"
			_w=$((_w + 1))
		done
		cp "$_got" "$_want"
		ok 0 "$2 (tests/golden/screens/$1.screen written)"
		return
	fi
	# A screen is drawn in pieces on a loaded machine (tmux may show the
	# header before the body): wait for the whole of it (10 s at most),
	# then show the difference of the last look.
	_w=0
	while [ "$_w" -lt 200 ]; do
		screen_text > "$_got"
		cmp -s "$_want" "$_got" && { ok 0 "$2"; return; }
		sleep 0.05
		_w=$((_w + 1))
	done
	ok 1 "$2"
	printf '# the screen differs from tests/golden/screens/%s.screen:\n' "$1"
	diff -u "$_want" "$_got" | sed 's/^/# /'
}
