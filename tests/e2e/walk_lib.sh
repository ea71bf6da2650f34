# walk_lib.sh: a full walk through the wizard in one language, from a new
# case to a significant verdict and a complete early-warning draft, as a
# handler would type it (sourced by test_walk_LL.sh after lib.sh and
# tui_lib.sh, with WALK_LANG set).
#
# The incident: a drinking-water operator (essential, guide regime) whose
# portal was down for 150 minutes for 12 000 of its 50 000 users: G2a, at
# least 20% for at least one hour (guide A.2, 2).

case "$WALK_LANG" in
en)
	S_STEP="Step %d of 9"
	S_FACTS="The facts"
	S_THRESHOLD="at least 20% of your users (10,000)"
	S_VERDICT="significant incident: notify the CCB"
	S_ACTIONS="What to do now:"
	S_LATEST="at the latest"
	S_FORM="The form: the fields of this stage"
	S_GUIDE="The early warning states whether"
	S_DONE="early warning: 0 mandatory fields empty"
	S_SAVED="Draft saved in"
	S_CASE_SAVED="The case is saved in"
	S_MISSING="Still missing"
	;;
nl)
	S_STEP="Stap %d van 9"
	S_FACTS="De feiten"
	S_THRESHOLD="minstens 20% van uw gebruikers (10.000)"
	S_VERDICT="significant incident: meld het aan het CCB"
	S_ACTIONS="Wat nu te doen:"
	S_LATEST="uiterlijk"
	S_FORM="Het formulier: de velden van deze fase"
	S_GUIDE="De vroegtijdige waarschuwing (Early warning) geeft aan"
	S_DONE="vroegtijdige waarschuwing: 0 verplichte velden leeg"
	S_SAVED="Ontwerp bewaard in"
	S_CASE_SAVED="Het dossier is bewaard in"
	S_MISSING="Nog ontbrekend"
	;;
fr)
	S_STEP="tape %d sur 9"
	S_FACTS="Les faits"
	S_THRESHOLD="au moins 20 % de vos utilisateurs (10"
	S_VERDICT="incident significatif : à notifier au CCB"
	S_ACTIONS="Que faire maintenant :"
	S_LATEST="au plus tard"
	S_FORM="Le formulaire : les champs de cette"
	S_GUIDE="L'alerte précoce indique si"
	S_DONE="alerte précoce : 0 champ obligatoire vide"
	S_SAVED="Brouillon enregistré dans"
	S_CASE_SAVED="Le dossier est enregistré dans"
	S_MISSING="Encore manquant"
	;;
*)
	echo "Bail out! WALK_LANG must be en, nl or fr"
	exit 99
	;;
esac

step() { printf "$S_STEP" "$1"; }

# the_case: the one case file of the walk.
the_case() { state_cases | head -n 1; }

# answer_text FIELD-LETTER TEXT: go to a form field and type TEXT into it.
answer_text() {
	keys "$1"
	keys Enter
	type_text "$2"
	keys Enter
}

walk() {
	run_wizard --lang "$WALK_LANG"
	see "$(step 1)" "[$WALK_LANG] the start screen"

	# 2. The entity.
	keys Enter
	see "$(step 2)" "[$WALK_LANG] a new case: the entity"
	keys Enter
	type_text "Waterbedrijf Proef NV"
	keys Enter
	keys Enter 1                       # essential entity
	keys Enter
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12; do keys Down; done
	keys Space Enter Down              # drinking water
	keys Enter 1 Enter                 # none of the IR types (1 of 12: Enter takes it)
	type_text 50000
	keys Enter
	type_text 4000000
	keys Enter
	keys Tab

	# 3. Awareness: now.
	see "$(step 3)" "[$WALK_LANG] the moment of awareness"
	keys n Tab

	# 4. Scope: an Annex I service, no maintenance, no personal data.
	see "$(step 4)" "[$WALK_LANG] the scope"
	keys y n n Tab

	# 5. The facts.
	see "$(step 5)" "[$WALK_LANG] the facts step"
	see "$S_FACTS" "[$WALK_LANG] the facts step has its title"
	keys Enter 2                       # not malicious
	keys n n n n n n                   # none of the malicious signs
	see "$S_THRESHOLD" "[$WALK_LANG] the threshold for this entity is shown under the question"
	type_text 12000
	keys Enter
	keys n                             # the number of users is known
	type_text 150
	keys Enter
	keys Tab

	# 6. The verdict.
	see "$(step 6)" "[$WALK_LANG] the verdict"
	see "$S_VERDICT" "[$WALK_LANG] significant"
	see "G2a" "[$WALK_LANG] with the criterion met"
	see "(12" "[$WALK_LANG] and its numbers"
	see "$S_ACTIONS" "[$WALK_LANG] what to do now"
	see "$S_LATEST" "[$WALK_LANG] with the time of the early warning"
	see "+32 (0)2 501 05 60" "[$WALK_LANG] and the emergency number"

	# 7. The clock, 8. the form.
	keys Enter
	see "$(step 7)" "[$WALK_LANG] the clock"
	keys Tab
	see "$(step 8)" "[$WALK_LANG] the form"
	see "$S_FORM" "[$WALK_LANG] the form's title"
	see "$S_GUIDE" "[$WALK_LANG] what the guide says the stage is for comes first"
	keys B Enter 1                     # under the NIS2 law: yes
	keys G Enter 1 Enter               # incident type: the first one
	answer_text I "Portaal 150 minuten onbereikbaar na een mislukte update van de load balancer."
	answer_text L "Een mislukte update van de load balancer; geen aanwijzing van een aanval."
	keys M Enter 2                     # cross-border: no
	keys P Enter 2                     # help needed: no
	answer_text W "crisis@waterbedrijf.example"
	answer_text X "+32 2 555 01 23"

	# 9. Review.
	keys Tab
	see "$(step 9)" "[$WALK_LANG] the review"
	see "$S_DONE" "[$WALK_LANG] a complete draft: no mandatory field empty"
	# Copy one field, then all: into tmux's paste buffer (the wizard runs
	# inside tmux) and to the terminal's clipboard by a plain OSC 52.
	keys W c
	b64=$(printf %s "crisis@waterbedrijf.example" | base64 -w0)
	file_has "52;c;$b64" "$TMPDIR_TEST/out.bin"
	ok $? "[$WALK_LANG] c copies the selected field (W, the e-mail) with OSC 52"
	equals "$(tm show-buffer 2>/dev/null)" "crisis@waterbedrijf.example" "[$WALK_LANG] inside tmux, in tmux's own paste buffer too"
	keys a
	file_has_n 2 "52;c;" "$TMPDIR_TEST/out.bin"
	ok $? "[$WALK_LANG] a copies the whole draft"
	# Enter goes back to the form on that field.
	keys X Enter
	see "$(step 8)" "[$WALK_LANG] Enter on the review goes back to the form"
	see "> X* " "[$WALK_LANG] on the field that was selected"
	keys Tab
	see "$(step 9)" "[$WALK_LANG] and Tab to the review again"
	keys s
	see "$S_SAVED" "[$WALK_LANG] s saves the draft"
	draft=$(ls "$XDG_STATE_HOME"/nis2-notify/*.draft-* 2>/dev/null | head -n 1)
	[ -n "$draft" ] && [ "$(stat -c %a "$draft")" = 600 ]
	ok $? "[$WALK_LANG] the draft is saved beside the case, private (0600)"
	grep -q "crisis@waterbedrijf.example" "$draft" 2>/dev/null
	ok $? "[$WALK_LANG] with what was typed"
	grep -q "12-Threat_Type_Root_Cause: Een mislukte update" "$(the_case)"
	ok $? "[$WALK_LANG] every confirmed field is in the case file"

	keys q
	see_printed "[exit 0]" "[$WALK_LANG] q leaves with status 0 (under the sanitizers: no error, no leak)"
	see_printed "crisis@waterbedrijf.example" "[$WALK_LANG] on exit the draft is printed to the terminal"
	see_printed "$S_CASE_SAVED" "[$WALK_LANG] and where the case is"
	# A measurement for the README, not a check: what the whole walk costs
	# an SSH link.
	printf '# bytes written to the terminal for the whole walk (%s): %s\n' \
		"$WALK_LANG" "$(wc -c < "$TMPDIR_TEST/out.bin")"
	case "$(all_text)" in
	*"$S_MISSING"*) ok 1 "[$WALK_LANG] the printed draft misses nothing" ;;
	*) ok 0 "[$WALK_LANG] the printed draft misses nothing" ;;
	esac
}
