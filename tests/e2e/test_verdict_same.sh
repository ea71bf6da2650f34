#!/bin/sh
# test_verdict_same.sh: --evaluate and the wizard's verdict step show the
# same lines (io/verdict_lines.c words them once), French punctuation
# included: the text and the screen, each unwrapped and with its spacing
# collapsed, are the same words.  Every report is submitted, so no line
# depends on the minute the two were run.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

case_file="$TMPDIR_TEST/water.yaml"
sed -e 's/^language: nl .*/language: fr/' \
    -e 's/^\(  gdpr: 2026-11-23T10:00:00+01:00\).*/\1\n  final: 2026-12-01T18:00:00+01:00/' \
    -e '/^#/d' "$TOP_SRCDIR/tests/cases/good/spec-example.yaml" > "$case_file"
chmod 600 "$case_file"

# collapse: one line of words, spacing and line breaks made single spaces.
collapse() { tr -s ' \n' '  ' | sed 's/^ //; s/ $//'; }

cli=$("$NIS2_BIN" --evaluate "$case_file" | sed 1d | collapse)
contains "$cli" "Conclusion : incident significatif" "the text: the verdict, French colon"
contains "$cli" "- G2a : 24" "the text: the criterion with its reference, French colon"
contains "$cli" "Que faire maintenant :" "the text: what to do now"
contains "$cli" "envoi : mar. 2026-12-01 18:00 (+01:00)" "the text: the deadlines"

run_wizard "$case_file"
see "tape 1 sur 9" "the case opens, in French"
tm resize-window -t w -x 200 -y 100
tab_to_step 6
see "tape 6 sur 9" "Tab leads to the verdict step"
see "rapport final" "the whole verdict is on one screen at 200x100"
# The verdict's rows: from the verdict line to the last row before the
# help line (the screen's last two rows are the status and the keys).
tui=$(screen_text | sed -n '/Conclusion :/,$p' | sed '$d' | sed '$d' | collapse)
tui=${tui%" v"}
equals "$tui" "$cli" "the wizard's verdict step shows the lines --evaluate prints"
done_testing
