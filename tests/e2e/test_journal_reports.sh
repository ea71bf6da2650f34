#!/bin/sh
# test_journal_reports.sh: the record of every report (issue 21), walked in
# the wizard over three stages: the early warning by the form with the
# CCB's reference, the incident notification by the emergency number (the
# form down, guide A.5), the final report; each freezes the draft as sent
# (CASE.sent-STAGE.txt, 0600); recording a stage twice is refused and said;
# the case keeps channel and reference (submissions:) and loads again; the
# journal, on the page and from --journal in en, nl and fr, tells each
# report with its channel and reference against its deadline.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

dir="$TMPDIR_TEST/cases"
mkdir -p "$dir"
case_file="$dir/water.yaml"
# the water utility without its reports: they are recorded here
sed '/^reports:/,/^[a-z]/{/^reports:/d;/^  /d}' "$TOP_SRCDIR/data/examples/water-utility.yaml" > "$case_file"
chmod 600 "$case_file"
grep -q '^reports:' "$case_file"
ok $((! $?)) "the case starts without reports"

run_wizard --lang en "$case_file"
see "Go on with this case" "the wizard opens the case"
keys Enter
see "Step 2 of 9" "the entity step"
keys Tab Tab Tab Tab Tab
see "Step 7 of 9" "the clock step"
see "> early warning" "the early warning is selected"

# 1. the early warning, now, by the form, with the CCB's reference
keys s
see "early warning: sent how?" "s asks how it was sent"
see "2  by the emergency number +32 (0)2 501 05 60" "the emergency number is offered (guide A.5)"
keys 1
see "The CCB's reference, if it gave one" "then the reference"
type_text "CCB-2026-0042"
keys Enter
see "Recorded: early warning submitted" "the early warning is recorded"
keys s
see "early warning is already recorded as submitted" "recording it again is refused, and said"

# 2. the notification, at a given time, by the emergency number
keys Down
keys Enter
see "submitted at (YYYY-MM-DD HH:MM" "Enter asks when"
keys C-u
type_text "2026-11-24 16:00"
keys Enter
see "incident notification: sent how?" "then how"
keys 2
see "The CCB's reference" "then the reference"
keys Enter
see "Recorded: incident notification submitted" "the notification is recorded"

# the next stage's review shows what changed since the last report sent
keys Tab
see "Step 8 of 9" "the form"
keys Tab
see "Step 9 of 9" "the review"
see "1 changed (~) since the incident noti" "the review counts what changed since the notification"
see " ~" "and marks the fields that changed"
keys Escape
see "Step 8 of 9" "back to the form"
keys Escape
see "Step 7 of 9" "back to the clock"

# 3. the final report, by the form
keys Down Down
see "> final report" "the final report is selected"
keys Enter
keys C-u
type_text "2026-12-01 17:30"
keys Enter
see "final report: sent how?" "how"
keys 1
keys Enter
see "Recorded: final report submitted" "the final report is recorded"

# the journal page from the clock
keys j
see "The journal: what was known when" "j opens the journal page"
see "(met)" "the page sets the deadlines against the reports"
keys Enter
keys q
wait_for "[exit " 10

for st in early-warning notification final; do
	f="$dir/water.sent-$st.txt"
	[ -f "$f" ] && [ "$(stat -c %a "$f")" = 600 ]
	ok $? "the $st draft as sent is kept, 0600"
done
contains "$(cat "$dir/water.sent-early-warning.txt")" "Early warning" "the frozen draft is that stage's"
contains "$(sed -n '/^submissions:/,/^form:/p' "$case_file")" "early-warning: {channel: form, reference: CCB-2026-0042}" \
	"the case keeps channel and reference"
contains "$(sed -n '/^submissions:/,/^form:/p' "$case_file")" "notification: {channel: phone}" "and the emergency number"
"$NIS2_BIN" --evaluate "$case_file" >/dev/null
ok $? "the case loads again"

now="--now 2026-12-02T10:00:00+01:00"
out=$("$NIS2_BIN" --journal "$case_file" --lang en $now)
contains "$out" "Report submitted: incident notification, at Tue 2026-11-24 16:00 (+01:00), by the emergency number (the form was unavailable), in time: 17 h 30 min before the deadline" \
	"en: the notification by the emergency number, in time"
contains "$out" "by the online form, CCB reference CCB-2026-0042" "en: the early warning's channel and reference"
contains "$out" "final report: due" "en: the final report's deadline"
contains "$out" "Draft as sent kept: incident notification, in $dir/water.sent-notification.txt" "en: the draft as sent, named"
out=$("$NIS2_BIN" --journal "$case_file" --lang nl $now)
contains "$out" "via het noodnummer (het formulier was onbeschikbaar)" "nl: the emergency number"
contains "$out" "referentie van het CCB CCB-2026-0042" "nl: the reference"
out=$("$NIS2_BIN" --journal "$case_file" --lang fr $now)
contains "$out" "par le numéro d'urgence" "fr: the emergency number"
contains "$out" "référence du CCB CCB-2026-0042" "fr: the reference"
out=$("$NIS2_BIN" --journal "$case_file" --format json $now)
contains "$out" '"stage": "notification", "submitted": "2026-11-24T16:00:00+01:00", "channel": "phone", "reference": null' \
	"json: the report as recorded"
done_testing
