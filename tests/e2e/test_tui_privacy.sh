#!/bin/sh
# test_tui_privacy.sh: in the wizard, in French, the privacy page shows the
# purposes that cover a notification (legal basis, data) and the whole table
# filtered by a category; it is reached from the help and from the contact
# details of the form (step 8).  On the start screen, d d forgets a saved case and
# nothing else.  Drives the real wizard in tmux (tests/e2e/tui_lib.sh).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# check_privacy_page: the page, as it comes up, in French.
check_privacy_page() {
	see "Pour une notification" "$1: the privacy page opens in French"
	see "Notification des incidents et des incidents" "$1: the notification purpose is listed"
	see "Base juridique : Respect d'une obligation légale" "$1: with its legal basis"
	see "Données : Identification, Communications" "$1: and its categories of data"
}

printf 'nis2-notify: 1\nlanguage: fr\n' > "$TMPDIR_TEST/case.yaml"
run_wizard --lang fr "$TMPDIR_TEST/case.yaml"
see "tape 1 sur 9" "the wizard starts in French"

# From the help: ? then p.
keys '?'
see "p                   la déclaration de confidentialité" "the help offers the privacy page"
keys p
check_privacy_page "from the help"

keys Tab
see "Respect d'une obligation légale" "Tab shows the whole table"
see "Assurer la coordination entre les différents services" "the table starts with the notice's first purpose"
keys 3
see "Filtre : Vidéo" "3 filters by video surveillance"
see "Superviser la mise en œuvre de la loi NIS2" "a purpose with video stays"
not_see "Assurer la coordination entre les différents services" "a purpose without video goes"
keys 0
see "Filtre : toutes les données" "0 shows every category again"
keys End
see "Intérêt légitime du CCB" "End scrolls to the last legal basis"
see "2: Fichiers journaux du trafic" "a note in a cell of the table is shown"
keys Tab End
see "Ce que nis2-notify conserve" "the page says what the tool itself keeps"
see "$TMPDIR_TEST/case.yaml" "and where this case is"

keys Escape
see "Aide : touches" "Esc goes back to the help"

# From the contact details of the form (step 8): U, the contact person,
# then p.
keys Escape
see "tape 1 sur 9" "back on the start screen"
keys Tab Tab Tab Tab Tab Tab Tab
see "tape 8 sur 9" "on to the form"
keys U
see "p vie privée" "on the contact details the help line offers p"
keys p
check_privacy_page "from the contact step"
keys Escape
see "tape 8 sur 9" "Esc goes back to the form"
keys C
gone "p vie privée" "outside the contact details p is not offered"

keys q
wait_for "[exit " 10 >/dev/null

# Personal data involved: the verdict reminds the handler of the separate
# notification to the data protection authority, with its own clock
# (guide D, GDPR art. 33), in French.
cat > "$TMPDIR_TEST/rgpd.yaml" <<'EOF'
nis2-notify: 1
language: fr
entity:
  name: Hôpital Essai
  nis2: essential
  sectors: [health]
incident:
  aware: 2026-11-23T09:30:00+01:00
  annex_service: true
  planned_maintenance: false
  personal_data: true
  malicious: yes
EOF
chmod 600 "$TMPDIR_TEST/rgpd.yaml"
run_wizard --lang fr "$TMPDIR_TEST/rgpd.yaml"
see "tape 1 sur 9" "a case with personal data opens"
keys Tab Tab Tab Tab Tab
see "tape 6 sur 9" "on to the verdict"
see "des données à caractère personnel sont concernées" "the verdict reminds of the separate notification to the APD"
keys NPage
see "protection des données (APD)" "to the APD"
see "(RGPD, art." "under the GDPR, art. 33"
see "jeu. 2026-11-26 09:30" "with its own 72-hour deadline"
keys NPage
see "police" "a suspected attack: further down, the police"
keys q
wait_for "[exit " 10 >/dev/null

# Forgetting a saved case from the resume list: d asks, d again deletes.
mkdir -p "$XDG_STATE_HOME/nis2-notify"
chmod 700 "$XDG_STATE_HOME/nis2-notify"
printf 'nis2-notify: 1\nentity:\n  name: Oublie SA\n' > "$XDG_STATE_HOME/nis2-notify/old.yaml"
echo draft > "$XDG_STATE_HOME/nis2-notify/old.draft-notification.txt"
printf 'nis2-notify: 1\nentity:\n  name: Garde SA\n' > "$XDG_STATE_HOME/nis2-notify/keep.yaml"
echo other > "$XDG_STATE_HOME/nis2-notify/old.draft-notification.txt.bak"
run_wizard --lang fr
see "Oublie SA" "the resume list shows the saved cases"
# Select the line of the case to forget.
down_to "Oublie SA" 12
see "d oublier ce dossier" "on a saved case the help line offers d"
keys d
see "Appuyez encore sur d" "d asks first"
[ -f "$XDG_STATE_HOME/nis2-notify/old.yaml" ]; ok $? "one d deletes nothing"
keys d
see "Oublié : 2 fichiers supprimés." "d again forgets the case and its draft"
[ ! -e "$XDG_STATE_HOME/nis2-notify/old.yaml" ] && [ ! -e "$XDG_STATE_HOME/nis2-notify/old.draft-notification.txt" ]
ok $? "the case and its draft are gone"
[ -f "$XDG_STATE_HOME/nis2-notify/keep.yaml" ] && [ -f "$XDG_STATE_HOME/nis2-notify/old.draft-notification.txt.bak" ]
ok $? "the other case and the look-alike stay"
not_see "Oublie SA" "the forgotten case leaves the list"
keys q

done_testing
