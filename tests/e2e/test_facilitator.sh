#!/bin/sh
# test_facilitator.sh: a facilitated exercise in a real terminal (tmux), in
# Dutch, French and English: the facilitator's clock starts paused on the
# briefing; the facilitator's keys start it, jump to the next news, go back
# to the previous news and by 10 minutes, give a news item typed on the
# spot, set the clock to the room's time (refused outside the exercise),
# and end the exercise after asking; a report recorded with its time and
# undone; the exercise kept in the case.  Then a trainee's wizard: no jump
# or end keys, the clock started with one key, set with --exercise-time.
# Every step waits for what it expects on the screen, never for a time.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# The water scenario runs from Tuesday 06:40 to Wednesday 12:00; its news
# comes at 07:25, 11:00 and 16:00.
facilitated() {
	lang=$1
	case "$lang" in
	nl)
		S_PAUSED="oefening di 06:40 gepauzeerd"; S_ROOM="Zeg aan de zaal: zet de klok op di 06:40"
		S_AT0725="oefening di 07:25 gepauzeerd"; S_NEWS="nieuws (Ctrl-T om te lezen)"
		S_AT1100="oefening di 11:00"; S_AT1050="oefening di 10:50 gepauzeerd"
		S_FREE="De burgemeester belt: is het water drinkbaar?"; S_ASKNEWS="Nieuws voor de zaal:"
		S_ASKTIME="Zet de oefenklok op:"; S_SET="De oefenklok staat op di 09:10"; S_AT0910="oefening di 09:10"
		S_OUTSIDE="valt buiten de oefening"; S_REC="Geregistreerd: vroegtijdige waarschuwing ingediend op di 09:10"
		S_SENT="1  vroegtijdige waarschuwing: 2026-03-10 09:10"; S_UNSENT="1  vroegtijdige waarschuwing: niet ingediend"
		S_UNDONE="niet langer als ingediend"; S_ASKEND="De oefening nu beëindigen"; S_YES=j; S_DEBRIEF="Nabespreking"
		S_KEYS="Toetsen van de begeleider"
		;;
	fr)
		S_PAUSED="exercice mar. 06:40 en pause"; S_ROOM=$(printf "Dites à la salle\302\240: réglez l'horloge sur mar. 06:40")
		S_AT0725="exercice mar. 07:25 en pause"; S_NEWS="nouvelle (Ctrl-T pour lire)"
		S_AT1100="exercice mar. 11:00"; S_AT1050="exercice mar. 10:50 en pause"
		S_FREE="Le bourgmestre appelle, la presse attend"; S_ASKNEWS=$(printf "Nouvelle pour la salle\302\240:")
		S_ASKTIME=$(printf "Régler l'horloge de l'exercice sur\302\240:"); S_SET="L'horloge de l'exercice est réglée sur mar. 09:10"
		S_AT0910="exercice mar. 09:10"; S_OUTSIDE="est en dehors de l'exercice"
		S_REC=$(printf "Enregistrement\302\240: alerte précoce, envoi le mar. 09:10")
		# French: a no-break space before the colon
		S_SENT=$(printf '1  alerte précoce\302\240: 2026-03-10 09:10'); S_UNSENT=$(printf "1  alerte précoce\302\240: pas d'envoi")
		S_UNDONE="plus enregistrée comme envoyée"; S_ASKEND="Mettre fin à l'exercice maintenant"; S_YES=o
		S_DEBRIEF="Débriefing"; S_KEYS="Touches de l'animateur"
		;;
	en)
		S_PAUSED="exercise Tue 06:40 paused"; S_ROOM="Tell the room: set the clock to Tue 06:40"
		S_AT0725="exercise Tue 07:25 paused"; S_NEWS="news (Ctrl-T to read)"
		S_AT1100="exercise Tue 11:00"; S_AT1050="exercise Tue 10:50 paused"
		S_FREE="The mayor calls: is the water safe to drink?"; S_ASKNEWS="News for the room:"
		S_ASKTIME="Set the exercise clock to:"; S_SET="The exercise clock is set to Tue 09:10"
		S_AT0910="exercise Tue 09:10"; S_OUTSIDE="is not within the exercise"
		S_REC="Recorded: early warning sent at Tue 09:10"
		S_SENT="1  early warning: 2026-03-10 09:10"; S_UNSENT="1  early warning: not sent"
		S_UNDONE="no longer recorded as sent"; S_ASKEND="End the exercise now"; S_YES=y; S_DEBRIEF="Debrief"
		S_KEYS="Facilitator's keys"
		;;
	esac
	rm -rf "$XDG_STATE_HOME"
	run_wizard --lang "$lang" --training water-scada-alert --facilitator --speed 1
	see "$S_PAUSED" "[$lang] the facilitator's clock starts paused on the briefing"
	see "$S_ROOM" "[$lang] the page says what to tell the room"
	see "$S_KEYS" "[$lang] and lists the facilitator's keys"
	keys n
	see "$S_NEWS" "[$lang] n: on to the first news, announced"
	see "$S_AT0725" "[$lang] the clock at the news' time, still paused"
	keys n
	see "$S_AT1100" "[$lang] n again: the next news"
	keys r
	see "$S_AT1050" "[$lang] r: back 10 minutes"
	keys b
	see "$S_AT0725" "[$lang] b: back to the previous news"
	keys i
	see "$S_ASKNEWS" "[$lang] i asks for a news item"
	type_text "$S_FREE"
	keys Enter
	gone "$S_ASKNEWS" "[$lang] Enter gives it"
	see "$S_FREE" "[$lang] the news typed on the spot is on the page"
	keys t
	see "$S_ASKTIME" "[$lang] t asks for the exercise time"
	type_text "vr 09:10"
	keys Enter
	see "$S_OUTSIDE" "[$lang] a day outside the exercise is refused"
	keys C-u
	type_text "2026-03-10T09:10"
	keys Enter
	see "$S_SET" "[$lang] an ISO 8601 time sets the clock"
	see "$S_AT0910" "[$lang] the header shows it"
	keys 1
	see "$S_REC" "[$lang] key 1: a confirmation with the time recorded"
	see "$S_SENT" "[$lang] the report list shows it"
	keys u
	see "$S_UNDONE" "[$lang] u undoes it"
	see "$S_UNSENT" "[$lang] the report list shows it as not sent"
	keys p
	see " x1" "[$lang] the header shows the speed, no longer paused"
	keys E
	see "$S_ASKEND" "[$lang] E asks before it ends the exercise"
	keys x
	gone "$S_ASKEND" "[$lang] any other key: the exercise goes on"
	not_see "$S_DEBRIEF:" "[$lang] no debrief"
	keys E
	see "$S_ASKEND" "[$lang] E asks again"
	keys "$S_YES"
	see "$S_DEBRIEF" "[$lang] the answer yes ends it: the debrief"
	case_file=$(state_cases)
	file_has "scenario: water-scada-alert" "$case_file"; ok $? "[$lang] the case keeps the exercise's scenario"
	file_has "facilitator: true" "$case_file"; ok $? "[$lang] that the clock was the facilitator's"
	file_has "$S_FREE" "$case_file"; ok $? "[$lang] the news typed on the spot"
	file_has "ended: 2026-03-10T09:1" "$case_file"; ok $? "[$lang] and when the exercise ended"
	keys q
	see_printed "[exit 0]" "[$lang] the wizard is left"
}

facilitated nl
facilitated fr
facilitated en

# The facilitator's exercise page at 80x24, whole: the briefing scrolled
# above, the deadline line, the room's time and the report list fixed below.
rm -rf "$XDG_STATE_HOME"
run_wizard --lang nl --training water-scada-alert --facilitator --speed 1
see "oefening di 06:40 gepauzeerd" "the facilitator's exercise page"
see "4  melding van een inbreuk" "with the report list"
screen_is facilitator-nl "the 80x24 exercise page, whole"
keys "?"
see "Ctrl-T              de oefenpagina" "? help lists the exercise's keys first"
see "b / r, i, E" "and the facilitator's"
keys Enter
keys q
see_printed "[exit " "left"

# SIGHUP keeps the exercise: the case is saved with it, and opening the case
# again resumes it, paused at the saved time, the news shown not shown again.
rm -rf "$XDG_STATE_HOME"
run_wizard --lang nl --training water-scada-alert --facilitator --speed 1
see "oefening di 06:40 gepauzeerd" "a facilitated exercise"
keys n
see "oefening di 07:25 gepauzeerd" "on to the first news"
hangup "the wizard ends on SIGHUP"
case_file=$(state_cases)
file_has "shown: 1" "$case_file"; ok $? "the case keeps the news shown"
file_has "at: 2026-03-10T07:25:00+01:00" "$case_file"; ok $? "and the exercise time"
if grep -q "ended:" "$case_file"; then ok 1 "SIGHUP does not end the exercise"; else ok 0 "SIGHUP does not end the exercise"; fi
run_wizard --lang nl "$case_file"
see "oefening di 07:25 gepauzeerd" "opening the case resumes the exercise, paused at its time"
see "De IT-verantwoordelijke bevestigt" "with the news shown so far on the page"
not_see "nieuws (Ctrl-T om te lezen)" "the news shown is not announced again"
keys n
see "oefening di 11:00" "the facilitator's keys work on the resumed exercise"
see "nieuws (Ctrl-T om te lezen)" "and the next news comes"
keys q
see_printed "[exit " "left"

# A trainee's wizard: the clock starts paused and one key starts it; no
# jump or end keys.
rm -rf "$XDG_STATE_HOME"
run_wizard --lang nl --training water-scada-alert --speed 1
see "oefening di 06:40 gepauzeerd" "a trainee's clock starts paused on the briefing"
see "t de oefenklok instellen op de tijd" "the trainee's keys are listed"
not_see "Zeg aan de zaal" "the room's time line is the facilitator's"
keys n E
not_see "nieuws (Ctrl-T om te lezen)" "n does not jump a trainee's clock"
not_see "De oefening nu beëindigen" "E does not end a trainee's exercise"
keys p
see "oefening di 06:4" "p starts the trainee's clock"
see " x1" "the clock runs"
keys t
type_text "di 09:10"
keys Enter
see "oefening di 09:1" "t: the trainee sets the clock to the room's time"
keys q
see_printed "[exit " "the trainee leaves"

# --exercise-time: the laptop set to the room's time from the command line.
rm -rf "$XDG_STATE_HOME"
# (start_wizard splits its words: the day-name form is in test_exercise_time.c)
run_wizard --lang fr --training water-scada-alert --exercise-time 2026-03-10T09:10 --speed 1
see "exercice mar. 09:1" "--exercise-time sets the clock at the start"
see " x1" "and the clock runs from there"
keys q
see_printed "[exit " "left"
out=$("$NIS2_BIN" --lang en --training water-scada-alert --exercise-time "Fri 09:10" 2>&1 </dev/null)
equals "$?" "2" "an --exercise-time outside the exercise is a usage error"
contains "$out" "'Fri 09:10' is not within the exercise: it runs from 2026-03-10T06:40:00+01:00 to 2026-03-11T12:00:00+01:00" \
	"and says when the exercise runs"
out=$("$NIS2_BIN" --lang en --training water-scada-alert --exercise-time "soon" 2>&1 </dev/null)
equals "$?" "2" "an --exercise-time that is no time is a usage error"
contains "$out" "'soon' is not an exercise time" "and says what to give"
done_testing
