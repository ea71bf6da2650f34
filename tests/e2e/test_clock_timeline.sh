#!/bin/sh
# test_clock_timeline.sh: the clock step's timeline draws the deadlines the
# engine computed (a->dl), never its own 24/72 h: for a trust service the
# incident notification is due 24 h after awareness, and the legend says
# so as the table does; a mark is red only when the engine says overdue, so
# a submitted report's mark is not.  The example's deadlines lie in
# November 2026, before any run of this test.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

ESC=$(printf '\033')
# timeline_row: the timeline as drawn, with its colour sequences.
timeline_row() { tm capture-pane -e -p -t w | sed -n 3p; }

# open_clock FILE: the wizard on FILE, on to the clock step (7).
open_clock() {
	WIZ_TERM=xterm-256color run_wizard "$1"
	see "tape 1 sur 9" "the case opens, in French"
	tab_to_step 7
	see "tape 7 sur 9" "on to the clock"
}

case_file="$TMPDIR_TEST/trust.yaml"
cp "$TOP_SRCDIR/data/examples/trust-service.yaml" "$case_file"
chmod 600 "$case_file"
open_clock "$case_file"
see "notification d'incident     mer. 2026-11-25 08:40" "the table: the notification 24 h after awareness"
see "2 = notification d'incident, 24 h" "the legend: the same 24 h"
not_see "72 h" "no 72 h anywhere on the clock"
see "1 = alerte précoce, 24 h" "the early warning in the legend"
row=$(timeline_row)
case "$row" in *"${ESC}[31m2"*) ok 0 "the overdue notification's mark is red" ;; *) ok 1 "the overdue notification's mark is red"; printf '# %s\n' "$row" | cat -v ;; esac

# Both reports submitted (the notification late): no mark is red.
sed 's/^  early-warning: .*/&\n  notification: 2026-11-26T09:00:00+01:00/' \
	"$TOP_SRCDIR/data/examples/trust-service.yaml" > "$case_file"
open_clock "$case_file"
see "jeu. 2026-11-26 0" "the table: the notification was submitted (late)"
row=$(timeline_row)
case "$row" in
*"${ESC}[31m1"*|*"${ESC}[31m2"*) ok 1 "a submitted report's mark is not red"; printf '# %s\n' "$row" | cat -v ;;
*) ok 0 "a submitted report's mark is not red" ;;
esac
case "$row" in *"${ESC}[32m2"*) ok 0 "it is drawn in the calm colour" ;; *) ok 1 "it is drawn in the calm colour"; printf '# %s\n' "$row" | cat -v ;; esac
done_testing
