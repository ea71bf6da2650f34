#!/bin/sh
# test_debrief_summary.sh: --debrief-summary FILE... counts a room's JSON
# debriefs: trainees, the most missed question first, verdicts, reports,
# times and root causes, as text, markdown and JSON; a file that is not
# JSON is refused with its line and column, one that is not a debrief with
# the key, debriefs of different scenarios refused.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

debrief() {  # debrief FILE TRAINEE VERDICT-MATCH AWARE-RIGHT EW-STATUS EW-SECONDS
	cat > "$1" <<JSON
{
  "format": "nis2-notify-debrief",
  "format_version": 1,
  "trainee": "$2",
  "scenario": {"id": "water", "version": "2", "entity_type": "general"},
  "language": "en",
  "exercise_end": "2026-03-11T12:00:00+01:00",
  "verdict": {"expected": "significant", "given": "significant", "match": $3},
  "root_causes": [$( [ "$4" = false ] && echo '{"cause": "awareness_beyond_tolerance"}')],
  "answers": [
    {"field": "incident.aware", "expected": "2026-03-10T07:25:00+01:00", "given": null, "mark": "differs", "scored": true, "right": $4, "not_scored": null, "revealed_by": null},
    {"field": "impact.death", "expected": false, "given": false, "mark": "match", "scored": true, "right": true, "not_scored": null, "revealed_by": null},
    {"field": "entity.dora", "expected": false, "given": null, "mark": "not_asked", "scored": false, "right": false, "not_scored": "not_asked", "revealed_by": null}
  ],
  "criteria": [],
  "stages": [{"stage": "early-warning", "expected_due": null, "trainee_due": null, "sent": null, "status": "$5", "since_awareness_s": $6, "undue_delay": false, "late_own": false}],
  "counts": {"answers_right": 1, "answers_total": 2, "reports_on_time": 1, "reports_late": 0, "reports_missing": 0},
  "times": {"awareness_to_early_warning_s": $6, "awareness_to_notification_s": null, "first_verdict_at": null, "awareness_to_verdict_s": null, "verdict_to_early_warning_s": null}
}
JSON
}
d="$TMPDIR_TEST"
debrief "$d/a.json" Ann true false on_time 3600
debrief "$d/b.json" Bart false false late 90000
debrief "$d/c.json" Chloé true true on_time 7200

out=$("$NIS2_BIN" --debrief-summary "$d/a.json" "$d/b.json" "$d/c.json" --lang en 2>&1)
equals "$?" "0" "three debriefs summarised"
contains "$out" "Room summary: water, version 2" "the scenario and its version"
contains "$out" "3 trainees." "the number of trainees"
contains "$out" "Verdict: 2 right, 1 wrong, 0 without a verdict." "the verdicts"
first=$(printf '%s\n' "$out" | grep -A2 '^Questions' | tail -n 1)
contains "$first" "2 of 3" "the most missed question first"
contains "$first" "Aware" "worded as the wizard asks it"
contains "$out" "early warning: 2 on time, 1 late, 0 missing" "the early warnings"
contains "$out" "to the early warning: shortest 1 h" "times to the early warning"
contains "$out" "longest 1 d" "the longest, in days"
contains "$out" "2: the moment of awareness beyond the tolerance" "root causes counted"

out=$("$NIS2_BIN" --debrief-summary "$d/a.json" "$d/b.json" "$d/c.json" --format json 2>&1)
contains "$out" '"trainees": 3' "json: trainees"
contains "$out" '{"field": "incident.aware", "scored": 3, "missed": 2, "not_scored": 0}' "json: the question missed"
contains "$out" '"awareness_to_early_warning": {"n": 3, "min_s": 3600, "median_s": 7200, "max_s": 90000}' "json: min/median/max"

out=$("$NIS2_BIN" --debrief-summary "$d/a.json" "$d/b.json" --format markdown --lang fr 2>&1)
contains "$out" "# Synthèse de la salle" "markdown, in French"
contains "$out" "| 2 sur 2 |" "a markdown table of the questions"

# Refusals, naming the file.
printf '{"format": "nis2-notify-debrief",\n  "x": ]\n}\n' > "$d/bad.json"
out=$("$NIS2_BIN" --debrief-summary "$d/a.json" "$d/bad.json" --lang en 2>&1)
equals "$?" "1" "a file that is not JSON is refused"
contains "$out" "$d/bad.json:2:8: not JSON" "with its line and column"
printf '{"hello": 1}\n' > "$d/other.json"
out=$("$NIS2_BIN" --debrief-summary "$d/other.json" --lang en 2>&1)
equals "$?" "1" "a JSON file that is not a debrief is refused"
contains "$out" "$d/other.json: not a debrief of nis2-notify: 'format'" "naming the key"
sed 's/"id": "water"/"id": "dns"/' "$d/c.json" > "$d/dns.json"
out=$("$NIS2_BIN" --debrief-summary "$d/a.json" "$d/dns.json" --lang en 2>&1)
equals "$?" "1" "debriefs of different scenarios are refused"
contains "$out" "$d/dns.json is a debrief of dns" "naming the file and the scenario"
"$NIS2_BIN" --debrief-summary >/dev/null 2>&1
equals "$?" "2" "no file is a usage error"
"$NIS2_BIN" --debrief-summary "$d/a.json" --format xml >/dev/null 2>&1
equals "$?" "2" "an unknown format is a usage error"
done_testing
