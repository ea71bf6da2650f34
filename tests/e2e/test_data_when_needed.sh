#!/bin/sh
# test_data_when_needed.sh: the wizard reads its data when it first needs
# it (tui/app_data.c, app_load_data): the built-in data after the first
# frame of an empty start screen, --data DIR before the terminal is taken,
# so that a bad file of a trainer's data is reported as FILE:LINE:COLUMN on
# a plain terminal and nothing is drawn.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# --data DIR with a broken rules.yaml: the error, before any screen
bad="$TMPDIR_TEST/data"
mkdir -p "$bad"
cp -R "$TOP_SRCDIR/data/." "$bad/"
printf 'format: 1\nrules: [\n' > "$bad/rules.yaml"
run_wizard --data "$bad" --lang en
see "[exit 1]" "a bad --data file: exit 1"
contains "$(all_text)" "data/rules.yaml:3:1: " "with FILE:LINE:COLUMN"
case "$(screen_text)" in
*"Step 1 of 9"*) ok 1 "no screen was drawn" ;;
*) ok 0 "no screen was drawn" ;;
esac

# the built-in data: the start screen, then a new case needs the data
run_wizard --lang en
see "Step 1 of 9" "the start screen"
keys Enter
see "Step 2 of 9" "a new case: the entity step, with its questions from the data"
see "Name of the organisation" "the questions are there"
keys q
see "[exit 0]" "and the wizard leaves"

# a saved case on the start screen needs the data before the first frame
run_wizard --lang en
see "Step 1 of 9" "the start screen"
see "aware not set" "lists the case saved above, read with the data"
keys q
wait_for "[exit 0]" 5 || { keys q; wait_for "[exit 0]" 5; }
contains "$(all_text)" "[exit 0]" "left"
done_testing
