#!/bin/sh
# test_related.sh: a recurring incident (guide A.2, 5) in the wizard: from
# the facts step, the page of earlier incidents; adding one that together
# with this incident passes the financial threshold makes the verdict
# significant (G5), removing it takes that back.  In Dutch.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# A general entity with a turnover of EUR 4 000 000 (threshold: the lower
# of 250 000 and 5%, so 200 000); this incident lost 150 000.
case_file="$TMPDIR_TEST/herhaling.yaml"
cat > "$case_file" <<'EOF'
nis2-notify: 1
language: nl
entity:
  name: Herhaling NV
  nis2: important
  type: general
  sectors: [drinking-water]
  users: 10000
  turnover_eur: 4000000
incident:
  aware: 2026-11-20T10:00:00+01:00
  started: 2026-11-20T08:00:00+01:00
  annex_service: true
  planned_maintenance: false
  personal_data: false
  malicious: no
impact:
  loss_eur: 150000
EOF
chmod 600 "$case_file"

# select_row TEXT: moves the selection down from the top to the row TEXT.
select_row() {
	key_drawn Home
	down_to "$1"
}

run_wizard "$case_file"
see "Stap 1 van 9" "the case opens, in Dutch"
keys Tab Tab Tab Tab
see "Stap 5 van 9" "the facts"
select_row "[ Eerdere incidenten met dezelfde hoofdoorzaak: 0 ingevoerd ]"
see "> [ Eerdere incidenten met dezelfde hoofdoorzaak: 0 ingevoerd ]" "the facts offer the earlier incidents"
keys Enter
see "Ze tellen mee binnen 6 maanden" "Enter opens their page"
keys End Up Enter
see "Eerder incident 1" "an earlier incident is added"
see "> Bewust geworden van dat incident" "its awareness is asked first (a file needs it)"
see "Niet bewaard" "until then it is marked as not saved"
keys Down
type_text "2026-09-15 09:00"
keys Enter
keys n                               # not significant on its own
see "Direct financieel verlies" "its loss is asked (what G5 reads)"
type_text 100000
keys Enter
# The loss is confirmed once the page shows it (a confirmed change is saved
# before the screen is drawn again).
see "€ 100.000" "the loss is confirmed (€, a no-break space, 100.000)"
if grep -q "related" "$case_file"; then ok 1 "an earlier incident without its awareness is not saved"
else ok 0 "an earlier incident without its awareness is not saved"; fi
"$NIS2_BIN" --evaluate "$case_file" >/dev/null 2>&1; ok $? "the case saved meanwhile loads"
select_row "Bewust geworden van dat incident"
type_text "2026-09-15 10:00"
keys Enter
file_has "loss_eur: 100000" "$case_file"; ok $? "once complete the earlier incident is saved in the case at once"
"$NIS2_BIN" --evaluate "$case_file" >/dev/null 2>&1; ok $? "and the case loads"
keys Escape
see "1 ingevoerd" "back on the facts, one earlier incident"
keys Tab
see "Stap 6 van 9" "the verdict"
see "G5" "together the two incidents pass the threshold: G5"
see "significant incident" "significant"

# Removing it takes the verdict back.
keys Escape
select_row "[ Eerdere incidenten met dezelfde hoofdoorzaak: 1 ingevoerd ]"
keys Enter
see "Eerder incident 1" "the page again"
select_row "[ Dit incident verwijderen ]"
keys Enter
see "Eerder incident 1 verwijderd." "Enter on remove removes it"
not_see "Begin van dat incident" "the page has no incident left"
keys Escape Tab
see "Stap 6 van 9" "the verdict again"
not_see "G5" "without the earlier incident, no G5"
done_testing
