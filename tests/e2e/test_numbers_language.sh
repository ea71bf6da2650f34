#!/bin/sh
# test_numbers_language.sh: the wizard writes numbers and amounts as the
# batch output does, in the handler's language (core/numfmt.c for both):
# nl 50.000 and € 12.000.000, fr 50 000 and 12 000 000 € (no-break
# spaces), en 50,000 and €12,000,000; and reads back what it shows.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

NB=$(printf '\302\240')
for l in nl fr en; do
	case "$l" in
	nl) users="50.000"; turnover="€${NB}12.000.000"; loss="€${NB}250.000"; step2="Stap 2 van 9"; step5="Stap 5 van 9"; share="12.000" ;;
	fr) users="50${NB}000"; turnover="12${NB}000${NB}000${NB}€"; loss="250${NB}000${NB}€"; step2="tape 2 sur 9"; step5="tape 5 sur 9"; share="12${NB}000" ;;
	en) users="50,000"; turnover="€12,000,000"; loss="€250,000"; step2="Step 2 of 9"; step5="Step 5 of 9"; share="12,000" ;;
	esac
	case_file="$TMPDIR_TEST/water-$l.yaml"
	cat > "$case_file" <<EOF
nis2-notify: 1
language: $l
entity:
  name: Waterbedrijf Voorbeeld NV
  nis2: essential
  type: general
  sectors: [drinking-water]
  users: 50000
  turnover_eur: 12000000
incident:
  aware: 2026-11-22T09:30:00+01:00
  annex_service: true
  planned_maintenance: false
  personal_data: false
  malicious: no
impact:
  outage_users: 12000
  outage_minutes: 150
  loss_eur: 250000
EOF
	chmod 600 "$case_file"

	out=$("$NIS2_BIN" --evaluate "$case_file" --now 2026-11-22T12:00:00+01:00)
	contains "$out" "$share" "$l: --evaluate writes 12000 as $share"

	run_wizard "$case_file"
	tm resize-window -t w -x 100 -y 60     # the facts step on one screen
	keys Tab
	see "$step2" "$l: the entity step"
	see "$users" "$l: the users as $users"
	see "$turnover" "$l: the turnover as $turnover"
	keys Tab Tab Tab
	see "$step5" "$l: the facts step"
	see "$share" "$l: the users without access as $share"
	# the loss is further down the list than 24 rows show: go down to it
	i=0
	while [ "$i" -lt 40 ] && ! wait_for "$loss" 1; do
		keys Down; i=$((i + 1))
	done
	see "$loss" "$l: the loss as $loss"
done

# What the wizard shows reads back: the users typed as en writes them.
keys Escape Escape Escape
see "Step 2 of 9" "back to the entity step"
down_to "Users of the affected service" 20
keys Enter BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
type_text "60,000"
keys Enter
see "60,000" "en: 60,000 typed with its comma is read as 60000"
grep -q "users: 60000" "$TMPDIR_TEST/water-en.yaml"; ok $? "and saved as 60000"
done_testing
