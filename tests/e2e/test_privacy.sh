#!/bin/sh
# test_privacy.sh: --privacy prints the purposes that cover a notification
# and the whole table of purposes in three languages, at most 80 columns
# wide; --category filters; every decision the table refers to is written
# down in data/privacy-decisions.md.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

run() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$NIS2_BIN" "$@"; }

# widest OUTPUT: the longest line in characters (UTF-8 aware).
widest() {
	printf '%s\n' "$1" | LC_ALL=C.UTF-8 wc -L
}

out=$(run --privacy --lang en); rc=$?
equals "$rc" "0" "--privacy exits 0"
contains "$out" "Personal data in a NIS2 notification" "English: the notification section"
contains "$out" "* Notification of incidents and near misses" "English: the notification purpose is listed"
contains "$out" "Legal basis: Compliance with a legal obligation" "English: its legal basis"
contains "$out" "GBA/APD" "English: the separate GDPR notification is recalled"
contains "$out" "72 hours" "English: with its 72-hour clock"
contains "$out" "Performance of a contract or consent" "English: the whole table follows"
contains "$out" "×  Analysis of traffic on CCB websites" "English: a decided mark is printed"
contains "$out" "2: Traffic log files" "English: the cell note is printed"
w=$(widest "$out")
[ "$w" -le 80 ]; ok $? "English output fits 80 columns (widest line: $w)"

out=$(run --privacy --lang nl)
contains "$out" "Persoonsgegevens in een NIS2-melding" "Dutch: the notification section"
contains "$out" "Melding van incidenten en bijna-incidenten" "Dutch: purpose text from the data"
contains "$out" "Rechtsgrond: Naleving van een wettelijke verplichting" "Dutch: legal basis"
contains "$out" "Gerechtvaardigd belang van het CCB" "Dutch: the table's last basis"
w=$(widest "$out")
[ "$w" -le 80 ]; ok $? "Dutch output fits 80 columns (widest line: $w)"

out=$(run --privacy --lang fr)
contains "$out" "Données à caractère personnel dans une notification NIS2" "French: the notification section"
contains "$out" "Notification des incidents et des incidents évités" "French: purpose text from the data"
contains "$out" "Base juridique : Respect d'une obligation légale" "French: legal basis"
contains "$out" "Intérêt légitime du CCB" "French: the table's last basis"
w=$(widest "$out")
[ "$w" -le 80 ]; ok $? "French output fits 80 columns (widest line: $w)"

# The same in a pipe as on a terminal: nothing but text (no escapes).
case "$out" in *"$(printf '\033')"*) ok 1 "no terminal escapes in a pipe" ;; *) ok 0 "no terminal escapes in a pipe" ;; esac

out=$(run --privacy --lang en --category video)
contains "$out" "Only purposes that process: Data collected as part of video surveillance" "--category names the filter"
contains "$out" "Welcome visitors and surveillance of buildings of the CCB" "--category video keeps a video purpose"
case "$out" in
*"Manage the websites of the CCB"*) ok 1 "--category video drops the purposes without video" ;;
*) ok 0 "--category video drops the purposes without video" ;;
esac
case "$out" in
*"* Notification of incidents and near misses"*) ok 1 "--category also filters the notification section" ;;
*) ok 0 "--category also filters the notification section" ;;
esac

run --privacy --category pictures >/dev/null 2>"$TMPDIR_TEST/err"
equals "$?" "2" "an unknown category is a usage error"
contains "$(cat "$TMPDIR_TEST/err")" "pictures" "the message names the unknown category"

# A broken data file: FILE:LINE:COL, exit 1, never a crash.
mkdir -p "$TMPDIR_TEST/data"
sed 's/marks: \[✓, ×, ×, ×\]   # D3.*/marks: [✓, ×, ж, ×]/' "$TOP_SRCDIR/data/privacy.yaml" > "$TMPDIR_TEST/data/privacy.yaml"
line=$(grep -n 'ж' "$TMPDIR_TEST/data/privacy.yaml" | cut -d: -f1)
run --privacy --data "$TMPDIR_TEST/data" >/dev/null 2>"$TMPDIR_TEST/err"
equals "$?" "1" "a garbled mark in the data is an error (exit 1)"
contains "$(cat "$TMPDIR_TEST/err")" "$TMPDIR_TEST/data/privacy.yaml:$line:" "the error names FILE:LINE"

# Every decision the table refers to is written down, and none is unused.
refs=$(grep -o '# D[0-9][0-9]*' "$TOP_SRCDIR/data/privacy.yaml" | sed 's/# //' | sort -u)
heads=$(grep -o '^## D[0-9][0-9]*' "$TOP_SRCDIR/data/privacy-decisions.md" | sed 's/## //' | sort -u)
equals "$refs" "$heads" "privacy.yaml and privacy-decisions.md list the same decisions"

done_testing
