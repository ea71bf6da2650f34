#!/bin/sh
# test_draft.sh: --draft over the golden cases of tests/golden/draft, in the
# three formats and the three languages, compared with the expected files;
# no control character reaches the output; exit statuses.
# UPDATE_GOLDEN=1 rewrites the expected files (review the diff!).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

G="$TOP_SRCDIR/tests/golden/draft"
NOW=2026-11-23T10:00:00+01:00
ESC=$(printf '\033')
BEL=$(printf '\007')

for case in "$G"/*.yaml; do
	name=$(basename "$case" .yaml)
	for lang in en nl fr; do
		for fmt in text markdown json; do
			case $fmt in text) ext=txt ;; markdown) ext=md ;; json) ext=json ;; esac
			expected="$G/$name.$lang.$ext"
			out="$TMPDIR_TEST/$name.$lang.$ext"
			env LANG=C.UTF-8 "$NIS2_BIN" --draft "$case" --lang "$lang" --format "$fmt" \
				--now "$NOW" >"$out" 2>"$TMPDIR_TEST/err"
			equals "$?" 0 "$name $lang $fmt: exit 0"
			if [ -n "$UPDATE_GOLDEN" ]; then
				cp "$out" "$expected"
			fi
			if cmp -s "$out" "$expected"; then
				ok 0 "$name $lang $fmt: as expected"
			else
				ok 1 "$name $lang $fmt: as expected"
				diff -u "$expected" "$out" | head -n 30 | sed 's/^/# /'
			fi
			if grep -q "[$ESC$BEL]" "$out"; then
				ok 1 "$name $lang $fmt: no control characters"
			else
				ok 0 "$name $lang $fmt: no control characters"
			fi
			if [ "$fmt" = json ] && command -v python3 >/dev/null 2>&1; then
				python3 -m json.tool "$out" >/dev/null 2>&1
				equals "$?" 0 "$name $lang json: valid JSON"
			fi
		done
	done
done

water="$G/water-notification.yaml"
out=$(env LANG=C.UTF-8 "$NIS2_BIN" --draft "$water" --now "$NOW")
contains "$out" "Incidentmelding" "the case's current stage and language by default"
out=$(env LANG=C.UTF-8 "$NIS2_BIN" --draft "$water" --stage final --lang en --now "$NOW")
contains "$out" "E  5-NIS_Notification" "--stage: field E"
contains "$out" "> Final report" "--stage picks the stage"
contains "$out" "R  18-Actions_Taken  [mandatory]" "18 is mandatory at the final report"

# The form's sections in the draft's language, the form's own Dutch name beside.
out=$(env LANG=C.UTF-8 "$NIS2_BIN" --draft "$water" --lang fr --now "$NOW")
contains "$out" "== Détails de l'incident  [DETAILS VAN HET INCIDENT]" "fr text: a section in French with its Dutch technical name"
out=$(env LANG=C.UTF-8 "$NIS2_BIN" --draft "$water" --lang en --format markdown --now "$NOW")
contains "$out" "## Incident details \`[DETAILS VAN HET INCIDENT]\`" "en markdown: a section in English with its Dutch technical name"

env LANG=C "$NIS2_BIN" --draft "$water" --stage gdpr >/dev/null 2>&1
equals "$?" 2 "--stage gdpr is no stage of the form: usage error"
env LANG=C "$NIS2_BIN" --draft "$water" --stage soon >/dev/null 2>&1
equals "$?" 2 "an unknown stage: usage error"
env LANG=C "$NIS2_BIN" --draft "$water" --format html >/dev/null 2>&1
equals "$?" 2 "an unknown format: usage error"
env LANG=C "$NIS2_BIN" --draft "$TMPDIR_TEST/none.yaml" >/dev/null 2>&1
equals "$?" 1 "a missing case file: exit 1"
printf 'nis2-notify: 1\nform:\n  99-Nothing: x\n' >"$TMPDIR_TEST/bad.yaml"
err=$(env LANG=C "$NIS2_BIN" --draft "$TMPDIR_TEST/bad.yaml" 2>&1 >/dev/null)
equals "$?" 1 "an unknown form field: exit 1"
contains "$err" "bad.yaml:3:3:" "the error names file, line and column"

done_testing
