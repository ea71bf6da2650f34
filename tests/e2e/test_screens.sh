#!/bin/sh
# test_screens.sh: the main screens of each step, whole (80x24), against the
# expected files in tests/golden/screens/ (as tig does): start, entity,
# verdict and form in the three languages, and awareness, scope, facts,
# clock and review in English.  The wizard runs on a clock standing still
# (--now), so every screen is the same at every run.
#
# After a deliberate change of a screen text, regenerate them all with
#   NIS2_UPDATE_SCREENS=1 make check TESTS=tests/e2e/test_screens.sh
# and review the diff (tests/golden/screens/README).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

NOW=2026-11-25T10:00:00+01:00

# step N: the title of step N in language L ($l).
step() {
	case $l in
	en) printf 'Step %d of 9' "$1" ;;
	nl) printf 'Stap %d van 9' "$1" ;;
	fr) printf 'tape %d sur 9' "$1" ;;
	esac
}


for l in en nl fr; do
	export XDG_STATE_HOME="$TMPDIR_TEST/state-$l"
	run_wizard --lang $l --now $NOW
	see "$(step 1)" "[$l] the start screen"
	screen_is "start.$l" "[$l] the start screen, whole"
	keys n
	see "$(step 2)" "[$l] a new case: the entity"
	screen_is "entity.$l" "[$l] the entity screen, whole"

	cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$TMPDIR_TEST/water-$l.yaml"
	chmod 600 "$TMPDIR_TEST/water-$l.yaml"
	run_wizard --lang $l --now $NOW "$TMPDIR_TEST/water-$l.yaml"
	see "$(step 1)" "[$l] the example case"
	keys Enter
	see "$(step 2)" "[$l] its entity"
	if [ $l = en ]; then
		tab_to_step 3; see "$(step 3)" "[$l] awareness"; screen_is "aware.$l" "[$l] the awareness screen, whole"
		tab_to_step 4; see "$(step 4)" "[$l] scope"; screen_is "scope.$l" "[$l] the scope screen, whole"
		tab_to_step 5; see "$(step 5)" "[$l] facts"; screen_is "facts.$l" "[$l] the facts screen, whole"
	fi
	tab_to_step 6
	see "$(step 6)" "[$l] the verdict"
	screen_is "verdict.$l" "[$l] the verdict screen, whole"
	if [ $l = en ]; then
		tab_to_step 7; see "$(step 7)" "[$l] clock"; screen_is "clock.$l" "[$l] the clock screen, whole"
	fi
	tab_to_step 8
	see "$(step 8)" "[$l] the form"
	screen_is "form.$l" "[$l] the form screen, whole"
	if [ $l = en ]; then
		tab_to_step 9; see "$(step 9)" "[$l] review"; screen_is "review.$l" "[$l] the review screen, whole"
	fi
done
done_testing
