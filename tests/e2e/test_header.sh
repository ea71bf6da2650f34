#!/bin/sh
# test_header.sh: the next deadline in the header always fits at 80
# columns, in every language, with a long entity name and in training, and
# the saved-case list shows it first: a short form ("EW 09:30 -3h12", the
# stage's translated abbreviation), the name giving way to it.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

header() { screen_text | head -n 1; }
# The header ends with the deadline, whole: ABBR [Day] HH:MM -XhYY / -NdHHh.
ends_with_deadline() {
	header | grep -Eq " $1 ([^ ]+ )?[0-9]{2}:[0-9]{2} -([0-9]+h[0-9]{2}|[0-9]+d[0-9]{2}h)\$"
}
long="Intercommunale Drinkwatermaatschappij van de Zuidelijke Kempen en omstreken CV"

for l in en nl fr; do
	case $l in
	en) abbr=EW; tag=EN ;;
	nl) abbr=VW; tag=NL ;;
	fr) abbr=AP; tag=FR ;;
	esac
	run_wizard --lang $l
	wait_for "$tag" || true
	keys n
	wait_for " 2 " || true
	keys Enter
	type_text "$long"
	keys Enter
	keys Tab
	wait_for " 3 " || true
	keys n
	i=0
	while [ $i -lt 100 ] && ! ends_with_deadline $abbr; do sleep 0.05; i=$((i + 1)); done
	ends_with_deadline $abbr; ok $? "[$l] the header ends with the whole deadline, '$abbr HH:MM -..'"
	header | grep -q "| $tag "; ok $? "[$l] and still shows the language"
	header | grep -q "Intercommunale"; ok $? "[$l] the name gives way, but stays"
	[ "$(header | wc -m)" -le 81 ]; ok $? "[$l] within 80 columns"
	header | sed 's/^/# /'
	hangup "[$l] the link drops"
	run_wizard --lang $l
	see "> [ " "[$l] the start screen"
	screen_text | grep -Eq "^ > \[ [^:]+ ?: $abbr ([^ ]+ )?[0-9]{2}:[0-9]{2} -[0-9]+[hd][0-9]{2}h? \| Intercommunale"
	ok $? "[$l] the saved case shows its deadline first, whole"
	screen_text | grep "> \[" | sed 's/^/# /'
	keys q
	wait_for "[exit " 5 || true
done

# In training, beside the exercise's clock.
run_wizard --lang nl --training water-scada-alert --speed 1
see "oefening" "[training] the exercise is in the header"
tab_to_step 3
see "Stap 3 van 9" "[training] the moment of awareness"
keys n
wait_for "VW " 5 || true
header | grep -Eq "oefening .* [A-Z]{2,4} ([^ ]+ )?[0-9]{2}:[0-9]{2} -[0-9]+[hd][0-9]{2}h?\$"
ok $? "[training] the exercise clock and the whole deadline both fit"
header | sed 's/^/# /'
done_testing
