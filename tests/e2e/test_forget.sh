#!/bin/sh
# test_forget.sh: --forget CASE deletes exactly the case and its drafts,
# after a yes on the terminal or with --yes, and refuses without a terminal.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

run() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$NIS2_BIN" "$@"; }

d="$TMPDIR_TEST/cases"
mkdir -p "$d"
make_case() {  # make_case NAME: the case and two drafts, and look-alikes
	printf 'nis2-notify: 1\nlanguage: en\n' > "$d/$1.yaml"
	echo draft > "$d/$1.draft-notification.txt"
	echo draft > "$d/$1.draft-early-warning.md"
	echo other > "$d/$1-old.yaml"
	echo other > "$d/$1.draft-notification.txt~"
	echo other > "$d/x$1.draft-final.json"
}
listing() { (cd "$d" && ls -A | sort | tr '\n' ' '); }

make_case a
before=$(listing)
run --forget "$d/a.yaml" </dev/null >"$TMPDIR_TEST/out" 2>"$TMPDIR_TEST/err"
equals "$?" "2" "without a terminal and without --yes: refused (exit 2)"
contains "$(cat "$TMPDIR_TEST/err")" "--yes" "the refusal says how to confirm"
equals "$(listing)" "$before" "the refusal deletes nothing"
contains "$(cat "$TMPDIR_TEST/out")" "$d/a.draft-notification.txt" "the files to delete are listed first"

run --forget "$d/a.yaml" --yes >"$TMPDIR_TEST/out" 2>&1
equals "$?" "0" "--yes deletes (exit 0)"
contains "$(cat "$TMPDIR_TEST/out")" "Deleted 3 files." "it says how many files it deleted"
equals "$(listing)" "a-old.yaml a.draft-notification.txt~ xa.draft-final.json " \
	"exactly the case and its drafts are gone, the look-alikes stay"

run --forget "$d/a.yaml" --yes >/dev/null 2>&1
equals "$?" "1" "forgetting a case that is gone is an error (exit 1)"
echo 'title: my notes' > "$d/notes.yaml"
run --forget "$d/notes.yaml" --yes >/dev/null 2>&1
equals "$?" "1" "a file that is not a case is refused"
[ -f "$d/notes.yaml" ]; ok $? "and kept"

# On a terminal: asked, and only a yes deletes (script(1) gives a pty).
if command -v script >/dev/null 2>&1; then
	make_case b
	printf 'n\n' | script -qec "env LANG=C.UTF-8 '$NIS2_BIN' --forget '$d/b.yaml'" /dev/null >"$TMPDIR_TEST/out" 2>&1
	contains "$(cat "$TMPDIR_TEST/out")" "Delete these files? [y/N]" "on a terminal it asks"
	[ -f "$d/b.yaml" ]; ok $? "a no keeps the case"
	printf 'oui\n' | script -qec "env LANG=C.UTF-8 '$NIS2_BIN' --lang fr --forget '$d/b.yaml'" /dev/null >"$TMPDIR_TEST/out" 2>&1
	contains "$(cat "$TMPDIR_TEST/out")" "[o/N]" "the question is asked in French"
	[ ! -e "$d/b.yaml" ] && [ ! -e "$d/b.draft-notification.txt" ]; ok $? "a French oui deletes the case and its drafts"
	[ -f "$d/b-old.yaml" ]; ok $? "and nothing else"
else
	echo "# script(1) not found: the terminal checks are skipped"
fi

done_testing
