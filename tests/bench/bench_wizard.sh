#!/bin/sh
# bench_wizard.sh: what the wizard costs over an SSH link, measured in a
# private tmux server at 80x24 (not a test: nothing is asserted).
#   - the time from starting the program to its first drawn screen;
#   - the bytes written to the terminal for a whole walk (pipe-pane).
# Usage: tests/bench/bench_wizard.sh BUILT-BINARY [RUNS]
BIN=${1:?usage: bench_wizard.sh BUILT-BINARY [RUNS]}
RUNS=${2:-10}
SOCK="nis2bench-$$"
TMP=$(mktemp -d)
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMP"' EXIT
now_ms() { date +%s%3N; }

tm new-session -d -x 80 -y 24 -s w "sleep 600"
tm set-option -g remain-on-exit on

total=0
for i in $(seq "$RUNS"); do
	rm -rf "$TMP/state"
	t0=$(now_ms)
	tm respawn-pane -k -t w "env TERM=screen XDG_STATE_HOME=$TMP/state LANG=C.UTF-8 $BIN"
	until tm capture-pane -p -t w | grep -q "Step 1 of 9"; do :; done
	t1=$(now_ms)
	total=$((total + t1 - t0))
done
echo "first screen: $((total / RUNS)) ms on average over $RUNS runs (polling included)"

# A whole walk, with the output recorded.
rm -rf "$TMP/state"
: > "$TMP/out"
tm respawn-pane -k -t w "env TERM=screen XDG_STATE_HOME=$TMP/state LANG=C.UTF-8 $BIN"
tm pipe-pane -t w -o "cat >> $TMP/out"
wait_for() { until tm capture-pane -p -t w | grep -q "$1"; do sleep 0.02; done; }
wait_for "Step 1 of 9"
tm send-keys -t w Enter; wait_for "Step 2 of 9"
if [ -n "$WALK_SCRIPT" ]; then . "$WALK_SCRIPT"; fi
tm send-keys -t w q
sleep 0.5
echo "bytes written to the terminal for the walk: $(wc -c < "$TMP/out")"
