#!/bin/sh
# test_scenario_langs.sh: a scenario in fewer than three languages is
# offered only in those: --training in another is refused before the wizard
# starts, naming the languages it has; --list-scenarios lists by default only
# the scenarios of the current language (what the completion offers) and,
# with --format text or json, every one with its languages, titled only in
# the current language.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
drill="$TOP_SRCDIR/tests/scenarios/e2e-nl-fr-drill.yaml"

out=$("$NIS2_BIN" --lang en --training "$drill" 2>&1 </dev/null)
equals "$?" "2" "--training in a language the scenario lacks is a usage error"
contains "$out" "is in nl, fr only, not in en" "and names the languages it has"

mkdir -p "$TMPDIR_TEST/data"
cp -r "$TOP_SRCDIR/data/"*.yaml "$TOP_SRCDIR/data/scenarios" "$TMPDIR_TEST/data/"
cp "$drill" "$TMPDIR_TEST/data/scenarios/drill.yaml"
en=$("$NIS2_BIN" --lang en --data "$TMPDIR_TEST/data" --list-scenarios)
nl=$("$NIS2_BIN" --lang nl --data "$TMPDIR_TEST/data" --list-scenarios)
case "$en" in *drill*) r=1 ;; *) r=0 ;; esac
ok "$r" "--list-scenarios in English leaves out the nl/fr scenario"
contains "$en" "$(ls "$TOP_SRCDIR/data/scenarios" | sed -n '1s/\.yaml$//p')" "and lists the three-language ones"
contains "$nl" "drill" "--list-scenarios in Dutch lists it"
out=$("$NIS2_BIN" --lang en --data "$TMPDIR_TEST/data" --list-scenarios --format text)
# (the names are padded to the longest one's width, which renames change)
printf '%s\n' "$out" | grep -Eq '^drill +nl, fr +\(not in this language\)$'
ok "$?" "--format text lists it with its languages, marked, not titled in another language"
# a shipped one (ids may be renamed: the first one listed), with its title
name=$("$NIS2_BIN" --lang en --list-scenarios | head -1)
title=$(sed -n '/^  title:/,/^  [a-z]/s/^    en: *//p' "$TOP_SRCDIR/data/scenarios/$name.yaml" | head -1)
line=$(printf '%s\n' "$out" | grep "^$name ")
contains "$line" "en, nl, fr  $title" "and the others with their languages and title"
out=$("$NIS2_BIN" --lang fr --data "$TMPDIR_TEST/data" --list-scenarios --format json)
contains "$out" '{"id": "drill", "version": "3", "languages": ["nl", "fr"], "offered": true, "title": "Eau potable, mardi matin", "self_paced": true}' \
	"--format json gives id, version, languages, offered and title"
"$NIS2_BIN" --list-scenarios --format yaml >/dev/null 2>&1
equals "$?" "2" "an unknown --format is a usage error"
done_testing
