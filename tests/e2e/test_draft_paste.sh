#!/bin/sh
# test_draft_paste.sh: a draft that pastes clean.  --draft CASE --field
# LETTER and the review's c give exactly the text of that field of the CCB
# form: no "> ", no line breaks the handler did not type, the criteria met
# by their reference in the guide or the IR, not our ids; inside tmux, c
# puts it in tmux's paste buffer and says so; v shows the field alone.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

ex="$TOP_SRCDIR/data/examples/water-utility.yaml"
j=$("$NIS2_BIN" --draft "$ex" --field J --lang nl --now 2026-11-23T12:00:00+01:00)
ok $? "--draft --field J"
contains "$j" "(gids A.2, 2)" "[nl] J names the criterion by its reference in the guide"
case "$j" in *G2a*) ok 1 "[nl] and not by its internal id" ;; *) ok 0 "[nl] and not by its internal id" ;; esac
case "$j" in "> "*) ok 1 "no '> ' before the text" ;; *) ok 0 "no '> ' before the text" ;; esac
jf=$("$NIS2_BIN" --draft "$ex" --field j --lang fr --now 2026-11-23T12:00:00+01:00)
contains "$jf" "(guide A.2, 2)" "[fr] the letter in lower case too, the reference in French"
i=$("$NIS2_BIN" --draft "$ex" --field I --lang en --now 2026-11-23T12:00:00+01:00)
equals "$(printf '%s\n' "$i" | wc -l)" "1" "I: one line, as the handler gave it (no hard wrap)"
contains "$i" "failed update of the load balancer; about 12 000 of 50 000 customers" "I: the text whole"
h=$("$NIS2_BIN" --draft "$ex" --field H --now 2026-11-23T12:00:00+01:00)
equals "$h" "11/22/2026" "H: exactly the form's MM/DD/YYYY, nothing beside it to break the date box"
"$NIS2_BIN" --draft "$ex" --field Z >/dev/null 2>"$TMPDIR_TEST/err"
equals "$?" "2" "--field Z: no such field, a usage error"
contains "$(cat "$TMPDIR_TEST/err")" "A to Y" "with the reason"
"$NIS2_BIN" --draft "$ex" --field J --format json >/dev/null 2>&1
equals "$?" "2" "--field with --format: refused"
"$NIS2_BIN" --evaluate "$ex" --field J >/dev/null 2>&1
equals "$?" "2" "--field without --draft: refused"

# The wizard's review, inside tmux.
cp "$ex" "$TMPDIR_TEST/w.yaml"
chmod 600 "$TMPDIR_TEST/w.yaml"
run_wizard --lang fr "$TMPDIR_TEST/w.yaml"
see "tape " "[fr] the case opens"
tab_to_step 9
see "tape 9 sur 9" "[fr] the review"
keys J c
see "mémoire tampon de tmux" "[fr] c says the field went into tmux's paste buffer"
case "$(tm show-buffer 2>/dev/null)" in
*"(guide A.2, 2)"*) ok 0 "[fr] and it is there, as --field gives it" ;;
*) ok 1 "[fr] and it is there, as --field gives it"; tm show-buffer | sed 's/^/# /' ;;
esac
equals "$(tm show-buffer 2>/dev/null)" "$("$NIS2_BIN" --draft "$TMPDIR_TEST/w.yaml" --field J --lang fr)" "[fr] exactly the text of --field J"
keys v
see "Incident significatif au sens de la loi NIS2" "[fr] v shows the field"
not_see "nis2-notify |" "[fr] alone: no header"
not_see "Entrée" "[fr] and no key line"
keys Space
see "tape 9 sur 9" "[fr] any key goes back to the review"
# H: the form's MM/DD/YYYY, with the date spelled out beside it for the eye
# only; c gives the form's text alone.
keys H
see "11/22/2026  (22 novembre 2026)" "[fr] H shows the date spelled out in French beside the form's date"
keys c
see "Champ H mis dans" "[fr] c on H"
equals "$(tm show-buffer 2>/dev/null)" "11/22/2026" "[fr] and gives only the form's MM/DD/YYYY"
done_testing
