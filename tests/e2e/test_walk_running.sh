#!/bin/sh
# test_walk_running.sh: a handler records a running outage (spec/rules.md,
# "The disruption's state") and the wizard never says "not significant":
# step 3 asks whether the service is disrupted, the verdict is undetermined
# with the second it will be met ("G2a: met at HH:MM:SS if the service is
# still unavailable"), it turns significant on screen when the clock passes
# that second, and entering the restoration ends the disruption.  The clock
# is the machine's: the outage starts so that the crossing comes MARGIN
# seconds after the case is written (61 s), time enough to see the verdict
# before it (waited for on screen, never slept).  On a loaded machine the
# verdict can come later than that: the attempt is then made again with a
# longer margin (121 s, 241 s), so the test never depends on the machine's
# speed.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

attempt=0
for margin in 61 121 241; do
attempt=$((attempt + 1))
now=$(date +%s)
# the outage started 59 min + 1 s - MARGIN ago: at start + 59 min + 1 s the
# rounded-up minutes reach 60
started=$(TZ=Europe/Brussels date -d "@$((now + margin - 3541))" +%Y-%m-%dT%H:%M:%S%:z)
aware=$(TZ=Europe/Brussels date -d "@$((now + margin - 3541 + 480))" +%Y-%m-%dT%H:%M:%S%:z)
cross_at=$((now + margin))
cross=$(TZ=Europe/Brussels date -d "@$cross_at" +%H:%M:%S)

# a file of its own each attempt (a case reopens where it was left)
case_file="$TMPDIR_TEST/water$attempt.yaml"
cat > "$case_file" <<CASE
nis2-notify: 1
language: en
entity:
  name: Water Proef NV
  nis2: essential
  type: general
  sectors: [drinking-water]
  dora: false
  users: 40000
  turnover_eur: 12000000
incident:
  aware: $aware
  started: $started
  annex_service: true
  planned_maintenance: false
  personal_data: false
  malicious: no
impact:
  outage_users: 40000
  users_unknown: false
  loss_eur: 0
CASE
chmod 600 "$case_file"

run_wizard "$case_file"
see "Step 1 of 9" "the case opens on the start screen"
keys Tab Tab
see "Step 3 of 9" "on to the moment of awareness"
see "Is the service disrupted?" "step 3 asks whether the service is disrupted"
keys Down Down Down Down
see "> Is the service disrupted?" "the fifth question"
see 'taken as "yes, still"' "not answered yet, the start given and no restoration are taken as still"
type_text 2
see "yes, still" "2 chooses 'yes, still'"
i=0
while [ $i -lt 10 ] && ! grep -q "disruption: ongoing" "$case_file"; do
	wait_for "never-shown" 1 >/dev/null
	i=$((i + 1))
done
grep -q "disruption: ongoing" "$case_file"; ok $? "the answer is saved"

keys Tab Tab Tab
wait_for "Step 6 of 9"
wait_for "undetermined"
# the verdict must be on screen a few seconds before the crossing to be
# read before it
if [ "$(date +%s)" -lt $((cross_at - 5)) ]; then break; fi
echo "# attempt $attempt: the verdict came $(( $(date +%s) - cross_at + 5 )) s too late for a margin of $margin s; again with a longer one"
keys q
wait_for "[exit " 10 >/dev/null
done
see "Step 6 of 9" "on to the verdict"
see "undetermined" "a running outage not yet 60 minutes long is undetermined, not 'not significant'"
see "What would change the verdict:" "the verdict says what would change it"
see "G2a: met at $cross if the service" "and the second G2a will be met if the service is still down"

# The clock passes the second: the verdict turns without a key.
wait_for "significant incident: notify the CCB" $((margin + 30)) >/dev/null
ok $? "when the clock passes $cross the verdict turns significant"
see "G2a" "by G2a"

# The service is restored: back to step 3, the restoration is entered.
keys Escape Escape Escape
see "Step 3 of 9" "back to the times"
see "> Service restored" "on the restoration, the question after the one answered"
keys Enter
keys n Enter
see "yes, it is over" "entering the restoration ends the disruption"
i=0
while [ $i -lt 10 ] && ! grep -q "disruption: ended" "$case_file"; do
	wait_for "never-shown" 1 >/dev/null
	i=$((i + 1))
done
grep -q "disruption: ended" "$case_file"; ok $? "the case says the disruption ended"
grep -q "restored:" "$case_file"; ok $? "with its restoration"
keys q
wait_for "[exit " 10 >/dev/null

done_testing
