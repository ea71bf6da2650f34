#!/bin/sh
# test_journal.sh: the decision journal (issue 21) from the wizard and from
# --journal: a case opened and changed in the wizard has its journal beside
# it (0600); --journal prints what was known when, the verdict, the reports
# against their deadlines and the rules' edition, in en, nl and fr, as
# text, markdown and JSON; a torn last line is reported and the rest still
# printed; the wizard's journal page (j on the clock step) shows the same.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

dir="$TMPDIR_TEST/cases"
mkdir -p "$dir"
case_file="$dir/water.yaml"
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$case_file"
chmod 600 "$case_file"
journal="$dir/water.journal"
now="--now 2026-11-26T10:00:00+01:00"

"$NIS2_BIN" --journal "$case_file" >/dev/null 2>"$TMPDIR_TEST/err"
equals $? 1 "no journal yet: exit 1"
contains "$(cat "$TMPDIR_TEST/err")" "water.journal" "and it names the journal it looked for"

run_wizard --lang en "$case_file"
see "Go on with this case" "the wizard opens the case"
keys Enter
see "Step 2 of 9" "the entity step"
keys Home Enter C-a C-k
type_text "Waterbedrijf Twee NV"
keys Enter
see "Waterbedrijf Twee NV |" "the name is changed"
keys q
wait_for "[exit " 10
[ -f "$journal" ]
ok $? "the journal is beside the case"
equals "$(stat -c %a "$journal")" 600 "mode 0600"

out=$("$NIS2_BIN" --journal "$case_file" --lang en $now)
equals $? 0 "--journal: exit 0"
contains "$out" "Decision journal: Waterbedrijf Twee NV" "en: the title names the entity"
contains "$out" "Made with: CCB-gids NIS2 v10.2024-1.2; Uitvoeringsverordening (EU) 2024/2690" \
	"en: the rules' edition, from the data"
contains "$out" "Known: Name of the organisation: Waterbedrijf Voorbeeld NV" "en: what was known when the journal started"
contains "$out" "Changed: Name of the organisation: Waterbedrijf Twee NV (was Waterbedrijf Voorbeeld NV)" \
	"en: the change, old and new"
contains "$out" "Verdict: significant incident: notify the CCB (criteria met: G2a) (first judged significant)" \
	"en: the verdict and the criteria met"
contains "$out" "Report submitted: early warning, at Sun 2026-11-22 11:00 (+01:00), in time: 22 h 30 min before the deadline" \
	"en: a report against its deadline"
contains "$out" "final report: due Thu 2026-12-24 16:00 (+01:00) (open)" "en: a deadline still open"

out=$("$NIS2_BIN" --journal "$case_file" --lang nl $now)
contains "$out" "Logboek van de beslissingen: Waterbedrijf Twee NV" "nl: the title"
contains "$out" "Opgesteld volgens: CCB-gids NIS2 v10.2024-1.2" "nl: the edition"
contains "$out" "Gewijzigd: Naam van de organisatie: Waterbedrijf Twee NV" "nl: the change"
contains "$out" "vroegtijdige waarschuwing: uiterlijk" "nl: the deadlines"

nb=$(printf '\302\240')   # French: a no-break space before the colon
out=$("$NIS2_BIN" --journal "$case_file" --lang fr --format markdown $now)
contains "$out" "# Journal des décisions${nb}: Waterbedrijf Twee NV" "fr markdown: the title"
contains "$out" "| Quand | Depuis la prise de connaissance | Quoi |" "fr markdown: the table"
contains "$out" "Établi selon${nb}: CCB-gids NIS2" "fr: the edition"
contains "$out" "alerte précoce${nb}: au plus tard" "fr: the deadlines"

out=$("$NIS2_BIN" --journal "$case_file" --format json $now)
contains "$out" '"rules": "CCB-gids NIS2 v10.2024-1.2; Uitvoeringsverordening (EU) 2024/2690"' "json: the edition"
contains "$out" '"kind": "verdict", "since_aware_s": ' "json: entries placed from awareness"
contains "$out" '{"stage": "early-warning", "due": "2026-11-23T09:30:00+01:00", "submitted": "2026-11-22T11:00:00+01:00", "status": "met"}' \
	"json: a deadline met"
contains "$out" '"damaged": []' "json: nothing damaged"

"$NIS2_BIN" --journal "$case_file" --format pdf >/dev/null 2>&1
equals $? 2 "an unknown format: exit 2"

# A power cut in the middle of a line: reported, the rest still printed.
printf '{"seq":999,"at":"2026-12' >> "$journal"
out=$("$NIS2_BIN" --journal "$case_file" --lang en $now 2>"$TMPDIR_TEST/err")
equals $? 0 "a torn last line: still exit 0"
lines=$(wc -l < "$journal")
contains "$(cat "$TMPDIR_TEST/err")" "water.journal:$((lines + 1)):" "the torn line is named, FILE:LINE"
contains "$out" "Changed: Name of the organisation: Waterbedrijf Twee NV" "and the rest is printed"
contains "$out" "cut short" "the document says so too"

# The wizard's page, in Dutch, after the torn line: the next entries go on.
run_wizard --lang nl "$case_file"
see "Verder met dit dossier" "the wizard opens the case again"
keys Enter
see "Stap 2 van 9" "the entity step"
keys Home Enter C-a C-k
type_text "Waterbedrijf Drie NV"
keys Enter
see "Waterbedrijf Drie NV |" "another name"
keys Tab Tab Tab Tab Tab
see "Stap 7 van 9" "the clock step"
keys j
see "Het logboek: wat wanneer bekend was" "j opens the journal page"
see "Waterbedrijf Drie NV (was Waterbedrijf Twee NV)" "the page shows the latest change"
keys Enter
see "Stap 7 van 9" "Enter closes it"
keys q
wait_for "[exit " 10
grep -q '"seq":1000\|"new":"Waterbedrijf Drie NV"' "$journal"
ok $? "the entry after the torn line is written"
out=$("$NIS2_BIN" --journal "$case_file" --format json 2>/dev/null)
contains "$out" '"kind": "syntax"' "json: the torn line, now between entries, is still named"
done_testing
