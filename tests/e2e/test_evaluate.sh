#!/bin/sh
# test_evaluate.sh: --evaluate end to end: the spec's example gives the spec's
# JSON, the text speaks the chosen language, the examples give their verdicts,
# and the exit status says what went wrong.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

ev() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$NIS2_BIN" --evaluate "$@"; }
spec="$TOP_SRCDIR/tests/cases/good/spec-example.yaml"
ex="$TOP_SRCDIR/data/examples"
now=2026-12-02T10:00:00+01:00

# The example of nis2-notify-case(5), as the spec shows it.
out=$(ev "$spec" --format json --now "$now")
ok $? "the spec example evaluates (exit 0)"
contains "$out" '"verdict": "significant",' "spec example: significant"
contains "$out" '"regime": "guide",' "spec example: guide regime"
contains "$out" '"met": ["G2a"],' "spec example: G2a met"
missing=$(printf '%s\n' "$out" | sed -n 's/^  "missing": \[\(.*\)\],$/\1/p' | tr ',' '\n' | grep -c '"')
equals "$missing" "17" "spec example: 17 facts missing"
contains "$out" '"missing": ["excess_access", "unauthorised_config", ' "spec example: missing starts as the spec's"
contains "$out" '"other_severe_impact"],' "spec example: missing ends as the spec's"
contains "$out" '"explanation": [
    {"id": "G2a", "text": ' "spec example: one explanation, for G2a"
contains "$out" '"warnings": [],' "spec example: no warnings"
deadlines=$(printf '%s\n' "$out" | sed -n '/"deadlines"/,$p')
equals "$deadlines" '  "deadlines": [
    {"stage": "early-warning", "due": "2026-11-23T09:30:00+01:00", "status": "done", "submitted": "2026-11-22T11:00:00+01:00"},
    {"stage": "notification", "due": "2026-11-25T09:30:00+01:00", "status": "done", "submitted": "2026-11-24T16:00:00+01:00"},
    {"stage": "intermediate", "due": null, "status": "on-request"},
    {"stage": "final", "due": "2026-12-24T16:00:00+01:00", "status": "due"},
    {"stage": "recipients", "due": null, "status": "no-deadline"},
    {"stage": "gdpr", "due": "2026-11-25T10:15:00+01:00", "status": "done", "submitted": "2026-11-23T10:00:00+01:00"}
  ]
}' "spec example: the deadlines exactly as the spec shows"
printf '%s\n' "$out" | python3 -c 'import json,sys; json.load(sys.stdin)' 2>/dev/null
ok $? "the JSON is valid JSON"

# Text, in the case's language (nl) unless --lang says otherwise.
out=$(ev "$spec" --now "$now")
contains "$out" "Conclusie: significant incident: meld het aan het CCB" "text: the case's language (nl)"
contains "$out" "Elke melding onverwijld, en uiterlijk op het getoonde tijdstip." "text nl: without undue delay, and at the latest"
contains "$out" "eindverslag" "text nl: the final report by its official name"
contains "$out" "do 2026-12-24 16:00 (+01:00)" "text nl: Brussels time with the day"
out=$(ev "$spec" --now "$now" --lang fr)
contains "$out" "Conclusion : incident significatif : à notifier au CCB" "text: --lang fr overrides the case"
contains "$out" "sans retard injustifié" "text fr: sans retard injustifié"
contains "$out" "rapport final" "text fr: rapport final"
out=$(ev "$spec" --now "$now" --lang en)
contains "$out" "Verdict: significant incident: notify the CCB" "text en: the verdict in one line"
contains "$out" "  - G2a: " "text en: the criterion met, with its reference"
contains "$out" "final report
      at the latest Thu 2026-12-24 16:00 (+01:00)
      due: in 22 d 6 h 00 min" "text en: the final report's time left"
contains "$out" "Still unknown" "text en: what is missing"

# An undetermined case: the deadlines run "if significant".
out=$(ev "$ex/undetermined.yaml" --now 2026-11-25T09:00:00+01:00 --lang en)
contains "$out" "Deadlines if the incident is significant" "undetermined: deadlines if significant"
contains "$out" "early warning
      at the latest Thu 2026-11-26 07:15 (+01:00)
      due: in 22 h 15 min" "undetermined: the early warning's time left"
out=$(ev "$ex/undetermined.yaml" --now 2026-11-27T09:00:00+01:00 --lang en)
contains "$out" "OVERDUE: overdue by 1 d 1 h 45 min" "undetermined: overdue by"

# The examples give the verdicts their comments promise.
for pair in water-utility:significant cloud-provider:significant trust-service:significant \
	    not-significant:not-significant undetermined:undetermined dora-bank:dora \
	    new-case:undetermined; do
	name=${pair%%:*}
	out=$(ev "$ex/$name.yaml" --format json --now 2026-11-25T09:00:00+01:00)
	ok $? "example $name evaluates"
	contains "$out" "\"verdict\": \"${pair#*:}\"" "example $name: ${pair#*:}"
done
out=$(ev "$ex/trust-service.yaml" --format json --now 2026-11-25T09:00:00+01:00)
contains "$out" '{"stage": "notification", "due": "2026-11-25T08:40:00+01:00", "status": "overdue"}' \
	"trust service: notification due 24 h after awareness"

# Exit status: 1 for bad input, 2 for wrong usage.
ev "$TOP_SRCDIR/tests/cases/bad/users-zero.yaml" >/dev/null 2>&1
equals "$?" "1" "a bad case file exits 1"
err=$(ev "$TOP_SRCDIR/tests/cases/bad/users-zero.yaml" 2>&1 >/dev/null)
equals "$err" "$TOP_SRCDIR/tests/cases/bad/users-zero.yaml:4:10: 'users' must be at least 1 (the users of the affected service)" \
	"the message is FILE:LINE:COLUMN: message"
ev "$TMPDIR_TEST/absent.yaml" >/dev/null 2>&1
equals "$?" "1" "a missing case file exits 1"
ev "$spec" --format xml >/dev/null 2>&1
equals "$?" "2" "a bad --format exits 2"
ev "$spec" --now yesterday >/dev/null 2>&1
equals "$?" "2" "a bad --now exits 2"
ev "$spec" --now 2026-03-29T02:30:00 >/dev/null 2>&1
equals "$?" "2" "a --now that does not exist in Brussels exits 2"
err=$(env LANG=C "$NIS2_BIN" --lang nl --evaluate "$spec" --format xml 2>&1)
contains "$err" "onbekend formaat" "usage errors are translated"
err=$(env LANG=C "$NIS2_BIN" --lang fr --evaluate "$TOP_SRCDIR/tests/cases/bad/unknown-key-top.yaml" 2>&1)
contains "$err" "bad/unknown-key-top.yaml:3:1: clé inconnue" "case errors are translated"

# What to do now, the same lines as the wizard's verdict step (text only;
# the JSON of the spec is left as it is).
ex="$TOP_SRCDIR/data/examples"
out=$(ev "$ex/water-utility.yaml" --lang en --now 2026-11-22T12:00:00+01:00)
contains "$out" "What to do now:" "the text output says what to do now"
contains "$out" "+32 (0)2 501 05 60" "with the CCB's emergency number for a significant incident"
contains "$out" "police" "and the police for a suspected attack"
out=$(ev "$ex/dora-bank.yaml" --lang en --now 2026-11-22T12:00:00+01:00)
contains "$out" "competent authority, the NBB or the FSMA" "a DORA bank is told to report under DORA, to the NBB or the FSMA"
case "$out" in *"501 05 60"*) ok 1 "and not given the CCB's emergency number" ;; *) ok 0 "and not given the CCB's emergency number" ;; esac
out=$(ev "$ex/water-utility.yaml" --format json --now 2026-11-22T12:00:00+01:00)
case "$out" in *"What to do"*) ok 1 "the JSON has no such lines" ;; *) ok 0 "the JSON has no such lines" ;; esac

# Every bad case file: exit 1 and exactly the message its first line expects.
for f in "$TOP_SRCDIR"/tests/cases/bad/*.yaml; do
	want="$f:$(sed -n '1s/^# expect: //p' "$f")"
	err=$(ev "$f" 2>&1 >/dev/null)
	st=$?
	[ "$st" -eq 1 ] && [ "$err" = "$want" ]
	ok $? "$(basename "$f"): exit 1 and '$want'"
	[ "$st" -eq 1 ] && [ "$err" = "$want" ] || printf '# status %s, got: %s\n' "$st" "$err"
done

done_testing
