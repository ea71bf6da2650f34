#!/bin/sh
# test_training_guide.sh: --training-guide prints the facilitator's guide of
# a scenario in the current language: title, id, version, languages, pace,
# briefing, every inject with its time, text, expected action and what it
# reveals, the expected verdict, criteria and due times, the lesson and the
# guide's passages; as text (78 columns) and markdown; a scenario not in the
# current language is refused, naming its languages; and a shipped one,
# picked from --list-scenarios (its ids may change), has its real texts.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
drill="$TOP_SRCDIR/tests/scenarios/e2e-nl-fr-drill.yaml"

out=$("$NIS2_BIN" --lang fr --training-guide "$drill" 2>&1)
equals "$?" "0" "the guide of an nl/fr scenario in French"
for want in "e2e-nl-fr-drill" "3" "nl, fr" "Eau potable, mardi matin" "BRIEFING-FR" \
	"mar. 2026-03-10 07:25 (+01:00)" "INJECT1-FR" "ACTION1-FR : qualifier l'incident" \
	"INJECT2-FR" "ACTION2-FR" "INJECT3-FR" "significatif" "G1 (guide A.2, 1)" \
	"mer. 2026-03-11 07:25 (+01:00)" "LECON-FR" "Annexe 1" "GUIDE2-FR"; do
	contains "$out" "$want" "fr guide: $want"
done
case "$out" in *-NL*|*Bijlage*) r=1 ;; *) r=0 ;; esac
ok "$r" "the French guide holds no Dutch text of the scenario"
# inject 1's action comes after its text and before inject 2
order=$(printf '%s\n' "$out" | grep -n -e INJECT1-FR -e ACTION1-FR -e INJECT2-FR | cut -d: -f1 | tr '\n' ' ')
set -- $order
[ "$#" -eq 3 ] && [ "$1" -lt "$2" ] && [ "$2" -lt "$3" ]
ok "$?" "each inject's action follows its text"
# (characters, not bytes: each UTF-8 sequence counts as one)
wide=$(printf '%s\n' "$out" | LC_ALL=C sed 's/[\xc0-\xf7][\x80-\xbf]*/x/g' | LC_ALL=C awk 'length($0) > 78' | head -1)
equals "$wide" "" "the text guide fits 78 columns"

md=$("$NIS2_BIN" --lang nl --training-guide "$drill" --format markdown)
contains "$md" "# " "markdown has headings"
contains "$md" "- **" "and list items"
contains "$md" "ACTIE1-NL" "the Dutch guide has the Dutch action"
contains "$md" "- **Bijlage 1**: GIDS2-NL" "and the guide section in Dutch"

out=$("$NIS2_BIN" --lang en --training-guide "$drill" 2>&1)
equals "$?" "2" "a guide in a language the scenario lacks is refused"
contains "$out" "is in nl, fr only, not in en" "naming the languages it has"
"$NIS2_BIN" --training-guide "$drill" --lang fr --format json >/dev/null 2>&1
equals "$?" "2" "json is not a guide format"
"$NIS2_BIN" --training-guide no-such-scenario >/dev/null 2>&1
equals "$?" "1" "an unknown scenario exits 1"

# A shipped scenario, by the first name --list-scenarios gives, against its
# own file's texts.
name=$("$NIS2_BIN" --lang en --list-scenarios | head -1)
file="$TOP_SRCDIR/data/scenarios/$name.yaml"
out=$("$NIS2_BIN" --lang en --training-guide "$name")
equals "$?" "0" "the guide of the shipped $name"
title=$(sed -n '/^  title:/,/^  [a-z]/s/^    en: *//p' "$file" | head -1)
contains "$out" "$title" "it has the scenario's English title"
verdict=$(sed -n 's/^    verdict: *//p' "$file")
json=$("$NIS2_BIN" --training-expected "$name" --format json)
contains "$json" "\"verdict\": \"$verdict\"" "--training-expected gives its expected verdict"
n=$(grep -c '^    - at:' "$file")
got=$(printf '%s\n' "$out" | grep -c '^  [0-9][0-9]*\. ')
equals "$got" "$n" "the guide lists every one of its $n injects"
done_testing
