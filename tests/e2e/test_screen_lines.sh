#!/bin/sh
# test_screen_lines.sh: the screen's lines and marks.  The rule above the
# help panel is drawn with the wide-character API (a line, never the VT100
# "qqqq" a mismatched TERM shows); a scroll mark never covers a letter of a
# row; a group of questions has its title once.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$TMPDIR_TEST/w.yaml"
chmod 600 "$TMPDIR_TEST/w.yaml"
for term in xterm-256color screen; do
	WIZ_TERM=$term
	run_wizard --lang en "$TMPDIR_TEST/w.yaml"
	see "Step " "[$term] the case opens"
	tab_to_step 5
	see "Step 5 of 9" "[$term] the facts"
	see "──────────" "[$term] the rule is a line on the screen"
	equals "$(screen_text | grep -c 'A suspected malicious event')" 1 "[$term] a group title appears once"
	screen_text | grep -Eq ' v$'; ok $? "[$term] the list scrolls (its mark in the last column)"
	screen_text | grep -Eq '[^ ][v^]$'; ok $((! $?)) "[$term] and the mark covers no letter"
	screen_text | grep -E 'v$' | sed 's/^/# /'
	# A resize makes the wizard draw the whole screen again, now that
	# tmux's pipe is surely on; the raw output reaches out.bin after the
	# screen shows it: wait for it.
	: > "$TMPDIR_TEST/out.bin"
	tm resize-window -t w -x 100 -y 30
	wait_for "──────────────────────────────────────────────────────────────────────────────────" 5 || true
	tm resize-window -t w -x 80 -y 24
	line=$(printf '\342\224\200\342\224\200\342\224\200')
	i=0
	while [ $i -lt 100 ] && ! grep -q "$line" "$TMPDIR_TEST/out.bin"; do sleep 0.05; i=$((i + 1)); done
	grep -q "$line" "$TMPDIR_TEST/out.bin"
	ok $? "[$term] sent as the wide character, not through the VT100 line set"
	grep -q "qqqqqqqqqq" "$TMPDIR_TEST/out.bin"; ok $((! $?)) "[$term] no 'qqqq' sent"
done
done_testing
