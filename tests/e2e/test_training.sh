#!/bin/sh
# test_training.sh: a training run end to end in a real terminal (tmux): a
# shipped scenario on a fast exercise clock, its inject, a report sent, the
# end of the exercise and the debrief on screen and in the --debrief file;
# then a scenario file in Dutch; then, in English and in Dutch, a trainee
# who walks the wizard to the facts step while the clock runs and the news
# comes in, answers the impact questions, and finds their answers in the
# debrief against the expected ones; and the command line's errors.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

# Usage errors and a bad scenario need no terminal.
"$NIS2_BIN" --training water-scada-alert --speed 0 >/dev/null 2>&1
equals "$?" "2" "--speed 0 is a usage error"
out=$("$NIS2_BIN" --training water-scada-alert --speed fast 2>&1)
contains "$out" "'fast'" "the usage error names the bad speed"
"$NIS2_BIN" --training water-scada-alert --debrief x.txt --format xml >/dev/null 2>&1
equals "$?" "2" "a debrief is text, markdown or json, not xml"
# A debrief that could not be written is refused before the exercise.
out=$("$NIS2_BIN" --training water-scada-alert --debrief "$TMPDIR_TEST/nodir/x.md" 2>&1 </dev/null)
equals "$?" "2" "a --debrief in a missing folder is refused at the start"
contains "$out" "nodir/x.md: cannot be created" "and says which path and why"
mkdir "$TMPDIR_TEST/adir"
out=$("$NIS2_BIN" --training water-scada-alert --debrief "$TMPDIR_TEST/adir" 2>&1 </dev/null)
equals "$?" "2" "a --debrief naming a folder is refused at the start"
contains "$out" "adir: not a regular file" "and says so"
out=$(XDG_STATE_HOME="$TMPDIR_TEST/state" "$NIS2_BIN" --training no-such-scenario 2>&1)
equals "$?" "1" "an unknown scenario name exits 1"
contains "$out" "no-such-scenario" "and says which name"
printf 'nis2-notify: 1\nscenario:\n  title: { en: x }\n' > "$TMPDIR_TEST/bad.yaml"
out=$(XDG_STATE_HOME="$TMPDIR_TEST/state" "$NIS2_BIN" --training "$TMPDIR_TEST/bad.yaml" 2>&1)
equals "$?" "1" "a bad scenario file exits 1"
contains "$out" "bad.yaml:3:3: 'briefing' is required" "with FILE:LINE:COLUMN and what is wrong"
# A scenario whose expected answers are not what the rules compute is
# refused before the exercise starts: the debrief would be wrong.
sed 's/verdict: dora/verdict: significant/' "$TOP_SRCDIR/tests/scenarios/e2e-dora-bank.yaml" > "$TMPDIR_TEST/wrong.yaml"
out=$(XDG_STATE_HOME="$TMPDIR_TEST/state" "$NIS2_BIN" --training "$TMPDIR_TEST/wrong.yaml" 2>&1)
equals "$?" "1" "a scenario expecting a verdict the rules do not give exits 1"
contains "$out" "wrong.yaml: the scenario expects the verdict significant, but the rules give dora" \
	"and says which answer differs"

. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# The test drives the exercise clock with the facilitator's keys (n: to the
# next news, F: one hour on) instead of waiting for it: at --speed 1 it
# moves by itself only a second a second.  The water scenario runs from
# Tuesday 06:40 to Wednesday 12:00.
debrief="$TMPDIR_TEST/debrief.md"
run_wizard --training water-scada-alert --facilitator --speed 1 --debrief "$debrief" --trainee Team-Blue
see "Black screens at a drinking-water operator" "the briefing page comes first"
see "You are the incident handler of Waterbedrijf" "with the briefing text"
see "| exercise Tue 06:4" "the header shows the exercise clock"
not_see "news (Ctrl-T to read)" "no news before its time"
keys n
see "news (Ctrl-T to read)" "the inject arrives in the notice line when its time comes"
keys C-t
see "The IT lead confirms" "Ctrl-T shows the inject in full"
keys 1
see "1  early warning: 2026-03-10" "key 1 records the early warning as sent, in exercise time"
keys Enter
see "Step 2 of 9" "Enter goes on with the walk, on an empty case"
see "(not answered)" "nothing of the scenario is filled in for the trainee"
# To the end of the exercise, an hour a key, one key once the last took.
keys C-t
see "The IT lead confirms" "Ctrl-T: back to the exercise page"
h=0
while [ "$h" -lt 40 ] && ! screen_text | grep -q "Debrief"; do
	before=$(screen_text | grep -o "exercise [A-Za-z]* [0-9:]*" | head -1)
	keys F
	# the header moves on (or the debrief comes), then the next hour
	_i=0
	while [ "$_i" -lt 100 ] && [ "$(screen_text | grep -o "exercise [A-Za-z]* [0-9:]*" | head -1)" = "$before" ] &&
	      ! screen_text | grep -q "Debrief"; do
		sleep 0.05; _i=$((_i + 1))
	done
	h=$((h + 1))
done
see "Debrief" "the debrief comes up when the exercise clock reaches the end"
see "Answers: 0 of" "the debrief counts the answers"
see "| exercise over" "and the exercise clock stands still"
[ -s "$debrief" ]; ok $? "the --debrief file is written"
md=$(cat "$debrief" 2>/dev/null)
contains "$md" "# Debrief: Black screens at a drinking-water operator" "as markdown (by its .md name)"
contains "$md" "| early warning | 2026-03-11 07:25 +01:00 |" "with the expected due time"
contains "$md" "| sent on time |" "and the report sent on time"
contains "$md" "Trainee: Team-Blue" "with the trainee's name (--trainee)"
contains "$md" "Scenario: water-scada-alert" "and the scenario's id"
contains "$md" "| incident notification | 2026-03-13 07:25 +01:00 |" "the notification, due after the end"
contains "$md" "not sent, not yet due" "is not yet due"
contains "$md" "| Do you think the incident is the result of malicious intent (yes, no, unsure)? \`incident.malicious\` | yes | (not answered) | left open | G1 (guide A.2, 1) |" \
	"each answer side by side, as the wizard's question, with the criterion it counts for"
contains "$md" "| G1 | guide A.2, 1 | expected, but missed |" "each criterion with its reference"
contains "$md" "The clock starts at 07:25" "the lesson"
contains "$md" "- **A.2, 1)**" "and the guide's passages"
keys q
see_printed "[exit 0]" "leaving after the debrief exits 0"

# A scenario given as a file, in Dutch, ended by the trainer; the debrief
# is written when the wizard is left, as text.
rm -f "$TMPDIR_TEST/d.txt"
run_wizard --lang nl --training "$TOP_SRCDIR/tests/scenarios/e2e-dora-bank.yaml" --facilitator --debrief "$TMPDIR_TEST/d.txt"
see "BRIEFING-NL" "a scenario file runs, in the chosen language"
see "| oefening di 08:3" "the header says 'oefening'"
keys n
see "INJECT-NL" "n jumps the clock to the next inject"
keys E
see "De oefening nu beëindigen" "E asks before it ends the exercise"
keys j
see "Nabespreking" "j (ja) ends the exercise: the debrief, in Dutch"
keys q
see_printed "[exit 0]" "the wizard is left"
txt=$(cat "$TMPDIR_TEST/d.txt" 2>/dev/null)
contains "$txt" "Nabespreking: Testbank onder DORA" "the debrief file is text (no .md)"
contains "$txt" "LESSON-NL" "with the lesson in Dutch"
contains "$txt" "Scenario: e2e-dora-bank" "the id of a scenario file is its name without .yaml"

# flat: the text on stdin as one line, runs of white space one space, so
# that a block can be looked for however it is wrapped.
flat() { tr '\n' ' ' | tr -s ' '; }

# scroll_to TEXT: presses Down on a scrolled page until TEXT (white space
# squeezed) is on screen, at most 200 times; false when it never comes.
scroll_to() {
	_n=0
	while [ "$_n" -lt 200 ]; do
		case "$(screen_text | flat)" in *"$1"*) return 0 ;; esac
		keys Down
		_n=$((_n + 1))
	done
	return 1
}

# see_flat TEXT DESCRIPTION: TEXT (white space squeezed) shows up on the
# screen within 5 s, however it is wrapped.
see_flat() {
	_i=0
	while [ "$_i" -lt 100 ]; do
		case "$(screen_text | flat)" in *"$1"*) ok 0 "$2"; return ;; esac
		sleep 0.05
		_i=$((_i + 1))
	done
	ok 1 "$2"
	printf '# expected on screen: %s\n' "$1"
	screen_text | sed 's/^/# | /'
}

# exercise LANG: the water scenario, its clock moved on by the trainer to
# the first news (n).  The trainee walks steps 2 to 5 as a handler would,
# answers the impact questions of step 5 (one of them unlike the scenario,
# one number unlike it), sees the verdict, ends the exercise and reads the
# debrief on screen and in the --debrief file.
exercise() {
	lang=$1
	case "$lang" in
	en)
		S_STEP5="Step 5 of 9"; S_STEP6="Step 6 of 9"; S_NEWS="news (Ctrl-T to read)"
		S_INJECT="The IT lead confirms"; S_DEBRIEF="Debrief: Black screens at a drinking-water operator"
		S_VERDICT="significant incident: notify the CCB  (as expected)"
		S_Q_ABNORMAL="Does a system or network supporting the service perform tasks it should"
		S_ABNORMAL="! Does a system or network supporting the service perform tasks it should not, or not perform tasks it should? expected: yes; yours: no (differs) counts for: G1 (guide A.2, 1)"
		S_Q_OUTAGE="How many users had (or could have) no access"
		S_OUTAGE="expected: 0; yours: 5,000 (differs, same consequence)"
		S_Q_EXCESS="Did someone obtain more access rights than intended"
		S_ASK_EXCESS="More access than intended"
		S_EXCESS="expected: yes; yours: yes (as expected)"
		S_CRIT="G1 expected, and found (guide A.2, 1)"
		S_TL_VERDICT="your verdict: significant incident"
		;;
	nl)
		S_STEP5="Stap 5 van 9"; S_STEP6="Stap 6 van 9"; S_NEWS="nieuws (Ctrl-T om te lezen)"
		S_INJECT="De IT-verantwoordelijke bevestigt"; S_DEBRIEF="Nabespreking: Zwarte schermen bij een drinkwaterbedrijf"
		S_VERDICT="significant incident: meld het aan het CCB  (zoals verwacht)"
		S_Q_ABNORMAL="Voert een systeem of netwerk dat de dienst ondersteunt taken uit die"
		S_ABNORMAL="! Voert een systeem of netwerk dat de dienst ondersteunt taken uit die het niet hoort uit te voeren, of voert het taken niet uit die het hoort uit te voeren? verwacht: ja; uw antwoord: nee (verschilt) telt mee voor: G1 (gids A.2, 1)"
		S_Q_OUTAGE="Hoeveel gebruikers hadden (of konden hebben) helemaal geen"
		S_OUTAGE="verwacht: 0; uw antwoord: 5.000 (verschilt, zelfde gevolg)"
		S_Q_EXCESS="Heeft iemand meer dan de voorziene toegangsrechten verkregen"
		S_ASK_EXCESS="Meer toegang dan voorzien"
		S_EXCESS="verwacht: ja; uw antwoord: ja (zoals verwacht)"
		S_CRIT="G1 verwacht en gevonden (gids A.2, 1)"
		S_TL_VERDICT="uw conclusie: significant incident"
		;;
	fr)
		S_STEP5="tape 5 sur 9"; S_STEP6="tape 6 sur 9"; S_NEWS="nouvelle (Ctrl-T pour lire)"
		S_INJECT="Le responsable informatique confirme"; S_DEBRIEF="Débriefing : Des écrans noirs chez un distributeur d'eau potable"
		S_VERDICT="incident significatif : à notifier au CCB  (conforme)"
		S_Q_ABNORMAL="Fonctionnement anormal : un système ou réseau"
		S_ABNORMAL="! Fonctionnement anormal : un système ou réseau qui soutient le service exécute-t-il des tâches qu'il ne devrait pas, ou n'exécute-t-il pas celles qu'il devrait ? attendu : oui ; votre réponse : non (diffère) compte pour : G1 (guide A.2, 1)"
		S_Q_OUTAGE="Combien d'utilisateurs n'avaient (ou pourraient n'avoir) aucun"
		# French groups thousands with a no-break space
		S_OUTAGE=$(printf 'attendu : 0 ; votre réponse : 5\302\240000 (diffère, même conséquence)')
		S_Q_EXCESS="Quelqu'un a-t-il obtenu plus de droits d'accès que prévu"
		S_ASK_EXCESS="Plus d'accès que prévu"
		S_EXCESS="attendu : oui ; votre réponse : oui (conforme)"
		S_CRIT="G1 attendu et trouvé (guide A.2, 1)"
		S_TL_VERDICT=$(printf 'votre conclusion\302\240: incident significatif')
		;;
	esac
	rm -rf "$XDG_STATE_HOME"
	file="$TMPDIR_TEST/exercise-$lang.txt"
	run_wizard --lang "$lang" --training water-scada-alert --facilitator --speed 1 --debrief "$file"
	keys p
	see " x1" "[$lang] the exercise page, its clock in the header, started with p"
	keys n
	see "$S_NEWS" "[$lang] the first news arrives when the trainer moves the clock on"
	keys Enter

	# 2. The entity, as the briefing tells it.
	keys Enter
	type_text "Waterbedrijf Scheldevallei NV"
	keys Enter
	keys Enter 1                       # essential entity
	keys Enter
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12; do keys Down; done
	keys Space Enter Down              # drinking water
	keys Enter 1 Enter                 # the guide's criteria (1 of 12: Enter takes it)
	type_text 210000
	keys Enter
	type_text 48000000
	keys Enter
	keys Tab
	# 3. Aware now (exercise time); 4. an Annex I service, no maintenance,
	# no personal data.
	keys n Tab
	keys y n n Tab

	# 5. The facts, answered by the trainee: suspected malicious; more
	# access than intended; not the three signs the scenario leaves open;
	# configurations changed; systems doing what they should not: no (the
	# scenario says yes); 5 000 users without access (the scenario: none; both
	# below every threshold: the same consequence, the difference shown).
	see "$S_STEP5" "[$lang] the trainee reaches the facts step during the exercise"
	see "$S_ASK_EXCESS" "[$lang] the facts step asks the impact questions"
	keys Enter 1
	keys y n n y n n
	type_text 5000
	keys Enter
	keys Tab
	see "$S_STEP6" "[$lang] the answers give a verdict"
	keys C-t
	see "$S_INJECT" "[$lang] Ctrl-T: the news so far in full"
	keys E y
	see "$S_DEBRIEF" "[$lang] E, confirmed, ends the exercise: the debrief"
	see "$S_VERDICT" "[$lang] the trainee's verdict beside the expected one"
	scroll_to "$S_CRIT"; ok $? "[$lang] the criterion found, with its guide reference"
	# The answers of step 5, each as its question, with both values.
	scroll_to "$S_Q_EXCESS"; ok $? "[$lang] the debrief asks the facts step's question"
	keys Down Down
	see_flat "$S_EXCESS" "[$lang] and shows the trainee's answer as expected"
	scroll_to "$S_Q_ABNORMAL"; ok $? "[$lang] a question answered unlike the scenario"
	keys Down Down Down Down
	see_flat "$S_ABNORMAL" "[$lang] is marked, both answers beside it, and the criterion it counts for"
	scroll_to "$S_Q_OUTAGE"; ok $? "[$lang] the number question"
	keys Down Down Down Down
	see_flat "$S_OUTAGE" "[$lang] with the number the trainee typed, as the language writes it"
	not_see "impact." "[$lang] no case-file field names on screen"
	keys q
	see_printed "[exit 0]" "[$lang] the wizard is left"
	txt=$(flat < "$file" 2>/dev/null)
	contains "$txt" "$S_ABNORMAL" "[$lang] the --debrief file has the same answers"
	contains "$txt" "$S_OUTAGE" "[$lang] and the number typed"
	contains "$txt" "$S_TL_VERDICT" "[$lang] the trainee's verdict on the timeline, from the decision journal"
}

exercise en
exercise nl
exercise fr

done_testing
