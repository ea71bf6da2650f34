#!/bin/sh
# test_hand_edited.sh: the handler's file stays the handler's (issue 16,
# review M3).  Opening a hand-written case and leaving, or walking through
# it without a change, leaves the file byte for byte; the first change
# rewrites it (the man page says so) and keeps the file as it was in
# CASE.orig, mode 0600; a later rewrite of the program's own file keeps
# that copy as it is.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
d=$TMPDIR_TEST
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$d/w.yaml"
chmod 600 "$d/w.yaml"
cp "$d/w.yaml" "$d/hand.yaml"

run_wizard --lang en "$d/w.yaml"
see "Waterbedrijf" "the wizard opens the hand-written case"
keys q
see "[exit 0]" "and leaves"
cmp -s "$d/w.yaml" "$d/hand.yaml"; ok $? "open and quit: the file is byte for byte as written by hand"
[ ! -e "$d/w.yaml.orig" ]; ok $? "no copy made: nothing was rewritten"

run_wizard --lang en "$d/w.yaml"
see "Waterbedrijf" "again"
keys Tab
see "Step 2 of 9" "walking on"
keys Tab
see "Step 3 of 9" "step 3"
keys Escape Escape
see "Step 1 of 9" "and back"
keys q
see "[exit 0]" "leaves"
cmp -s "$d/w.yaml" "$d/hand.yaml"; ok $? "a walk without a change does not rewrite it"

run_wizard --lang en "$d/w.yaml"
see "Waterbedrijf" "once more"
keys Enter
see "Step 2 of 9" "step 2"
keys Home Enter C-a C-k
type_text "Hand NV"
keys Enter
see "Hand NV |" "a change"
keys q
see "[exit 0]" "leaves"
grep -q "Hand NV" "$d/w.yaml"; ok $? "the change is saved"
cmp -s "$d/w.yaml.orig" "$d/hand.yaml"; ok $? "the file as written by hand is kept in w.yaml.orig"
equals "$(stat -c %a "$d/w.yaml.orig")" 600 "private (0600)"

cp "$d/w.yaml" "$d/mine.yaml"
run_wizard --lang en "$d/w.yaml"
see "Hand NV" "the program's own file"
keys Enter
see "Step 2 of 9" "step 2"
keys Home Enter C-a C-k
type_text "Again NV"
keys Enter
see "Again NV |" "another change"
keys q
see "[exit 0]" "leaves"
cmp -s "$d/w.yaml.orig" "$d/hand.yaml"; ok $? "the copy of the hand-written file is kept as it was"
"$NIS2_BIN" --evaluate "$d/w.yaml" >/dev/null; ok $? "the rewritten case loads"
done_testing
