#!/bin/sh
# test_draft_output.sh: --draft CASE --output FILE (and -o FILE): the file
# holds exactly what standard output would, in each format; it is private
# (0600) even under umask 000 and replaces an existing file; standard output
# stays empty and one line on stderr names the file; a file that cannot be
# written is an error naming it, with exit status 1.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

water="$TOP_SRCDIR/tests/golden/draft/water-notification.yaml"
NOW=2026-11-23T10:00:00+01:00
draft() {
	env LANG=C.UTF-8 "$NIS2_BIN" --draft "$water" --lang en --now "$NOW" "$@"
}
mode_of() {
	stat -c %a "$1"
}

for fmt in text markdown json; do
	draft --format "$fmt" >"$TMPDIR_TEST/stdout.$fmt"
	out="$TMPDIR_TEST/draft.$fmt"
	(umask 000; draft --format "$fmt" --output "$out" >"$TMPDIR_TEST/so" 2>"$TMPDIR_TEST/se")
	equals "$?" 0 "$fmt: exit 0"
	if cmp -s "$out" "$TMPDIR_TEST/stdout.$fmt"; then
		ok 0 "$fmt: the file holds what standard output would"
	else
		ok 1 "$fmt: the file holds what standard output would"
		diff -u "$TMPDIR_TEST/stdout.$fmt" "$out" | head -n 20 | sed 's/^/# /'
	fi
	equals "$(mode_of "$out")" 600 "$fmt: mode 0600 under umask 000"
	equals "$(wc -c <"$TMPDIR_TEST/so" | tr -d ' ')" 0 "$fmt: nothing on standard output"
	equals "$(wc -l <"$TMPDIR_TEST/se" | tr -d ' ')" 1 "$fmt: one line on stderr"
	contains "$(cat "$TMPDIR_TEST/se")" "$out" "$fmt: the confirmation names the file"
done
equals "$(ls "$TMPDIR_TEST" | grep -c '\.tmp\.')" 0 "no temporary file left behind"

# -o is --output; an existing file, even a public one, is replaced
old="$TMPDIR_TEST/old.txt"
printf 'an older draft\n' >"$old"
chmod 644 "$old"
draft -o "$old" 2>/dev/null
equals "$?" 0 "-o FILE over an existing file: exit 0"
if cmp -s "$old" "$TMPDIR_TEST/stdout.text"; then
	ok 0 "the existing file is replaced by the draft"
else
	ok 1 "the existing file is replaced by the draft"
fi
equals "$(mode_of "$old")" 600 "the replaced file is private too"

# a folder that does not exist
missing="$TMPDIR_TEST/no-such-folder/draft.txt"
err=$(draft --output "$missing" 2>&1 >"$TMPDIR_TEST/so")
status=$?
ok "$([ "$status" -ne 0 ] && echo 0 || echo 1)" "a missing folder: exit status not 0"
equals "$status" 1 "a missing folder: exit status 1"
contains "$err" "$missing" "the message names the file"
contains "$err" "No such file or directory" "the message says why"
equals "$(wc -c <"$TMPDIR_TEST/so" | tr -d ' ')" 0 "on failure nothing on standard output either"
ok "$([ ! -e "$missing" ] && echo 0 || echo 1)" "no file made"

# a folder where the file should be: not replaced
mkdir "$TMPDIR_TEST/adir"
err=$(draft --output "$TMPDIR_TEST/adir" 2>&1 >/dev/null)
equals "$?" 1 "a folder as FILE: exit 1"
contains "$err" "$TMPDIR_TEST/adir" "the message names it"

# usage
env LANG=C "$NIS2_BIN" --evaluate "$water" --output "$TMPDIR_TEST/e.txt" >/dev/null 2>"$TMPDIR_TEST/se"
equals "$?" 2 "--output without --draft: usage error"
contains "$(cat "$TMPDIR_TEST/se")" "--output" "the usage error names --output"
env LANG=C "$NIS2_BIN" --draft "$water" --output "" >/dev/null 2>&1
equals "$?" 2 "an empty FILE: usage error"
env LANG=C "$NIS2_BIN" --draft "$water" -o >/dev/null 2>&1
equals "$?" 2 "-o without FILE: usage error"
env LANG=C "$NIS2_BIN" --help | grep -q -- "-o, --output FILE"
equals "$?" 0 "--help lists -o, --output FILE"

done_testing
