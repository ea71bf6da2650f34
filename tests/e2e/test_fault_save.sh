#!/bin/sh
# test_fault_save.sh: the real wizard saving onto a disk that is full or
# failing, and onto a case file that was replaced behind its back by a folder
# or by a link to someone else's file (issue 7).  Every time: a clear "Not
# saved" message, the wizard keeps running with the text kept, the file on
# disk stays as it was, and the next save after the fault goes through.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
shim="$TOP_BUILDDIR/tests/fault/libfailwrite.so"
fault="$TMPDIR_TEST/fault"
# An ASan build wants its runtime first; the shim only forwards calls.
asan="ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0"

# wizard_with_fault ARGS...: the wizard with the failing disk in front.
wizard_with_fault() {
	start_wizard "$asan LD_PRELOAD='$shim' NIS2_FAULT_FILE='$fault'" "$NIS2_BIN" "$@"
}

# rename_to NAME: opens the entity's name field, replaces it, confirms.
rename_to() {
	keys Home Enter C-a C-k
	type_text "$1"
	keys Enter
}

case_name() { sed -n 's/^  name: //p' "$1" | tr -d "'\""; }

# 1. A new case on a full disk.
echo enospc > "$fault"
wizard_with_fault --lang en
see "Step 1 of 9" "the wizard starts with the disk full"
keys Enter
see "No space" "the failed save of the new case is reported, with the reason"
see "Go on with this case" "the case is open all the same"
keys Enter
see "Step 2 of 9" "and the wizard goes on with it"
keys Enter
type_text "Vol NV"
keys Enter
see "Vol NV |" "the name typed on a full disk is kept"
see "Not saved" "its save is reported as failed too"
ls "$XDG_STATE_HOME/nis2-notify/" 2>/dev/null | grep -q 'tmp'; ok $((! $?)) "no temporary file is left behind"
rm -f "$fault"
rename_to "Vol NV"
see "Vol NV |" "room again: the name is confirmed once more"
# the same name was on screen before: wait for the save itself (the journal
# is synced first), at most 5 s
i=0
while [ $i -lt 100 ] && [ "$(case_name "$(state_cases)" 2>/dev/null)" != "Vol NV" ]; do
	sleep 0.05
	i=$((i + 1))
done
case_file=$(state_cases)
[ -n "$case_file" ] && [ "$(case_name "$case_file")" = "Vol NV" ]
ok $? "and saved, nothing lost"
keys q
see "[exit 0]" "the wizard ends normally"

# 2. An existing case on a disk that fills up, then fails to sync.
cat > "$TMPDIR_TEST/case.yaml" <<'CASE'
nis2-notify: 1
language: en
entity:
  name: Waterbedrijf Voorbeeld NV
  nis2: essential
incident:
  aware: 2026-11-22T09:30:00+01:00
CASE
chmod 600 "$TMPDIR_TEST/case.yaml"
cp "$TMPDIR_TEST/case.yaml" "$TMPDIR_TEST/before.yaml"
old_name=$(case_name "$TMPDIR_TEST/case.yaml")
wizard_with_fault "$TMPDIR_TEST/case.yaml"
see "$old_name" "the wizard opens the case"
keys Enter
see "Step 2 of 9" "and goes on with it"
for mode in enospc eio; do
	echo "$mode" > "$fault"
	rename_to "Nieuw $mode"
	see "Not saved" "$mode: the failed save is reported"
	cmp -s "$TMPDIR_TEST/case.yaml" "$TMPDIR_TEST/before.yaml"
	ok $? "$mode: the case file on disk is exactly as before"
	equals "$(ls "$TMPDIR_TEST" | grep -c 'tmp')" 0 "$mode: no temporary file is left behind"
done
rm -f "$fault"
rename_to "Nieuw NV"
see "Nieuw NV |" "after the fault the name is confirmed"
equals "$(case_name "$TMPDIR_TEST/case.yaml")" "Nieuw NV" "and saved"
equals "$(stat -c %a "$TMPDIR_TEST/case.yaml")" 600 "still private (0600)"

# 3. The case file replaced by a folder, then by a link to another's file.
mv "$TMPDIR_TEST/case.yaml" "$TMPDIR_TEST/moved.yaml"
mkdir "$TMPDIR_TEST/case.yaml"
rename_to "Map NV"
see "Not saved" "a folder in place of the case file: not saved"
see "not a regular file" "and the message says why"
[ -d "$TMPDIR_TEST/case.yaml" ] && [ -z "$(ls -A "$TMPDIR_TEST/case.yaml")" ]
ok $? "the folder is left alone"
rmdir "$TMPDIR_TEST/case.yaml"
printf 'someone else: their data\n' > "$TMPDIR_TEST/victim"
ln -s "$TMPDIR_TEST/victim" "$TMPDIR_TEST/case.yaml"
rename_to "Link NV"
see "Not saved" "a link in place of the case file: not saved"
see "symbolic link" "and the message says why"
equals "$(cat "$TMPDIR_TEST/victim")" "someone else: their data" "the file it points at is untouched"
[ -L "$TMPDIR_TEST/case.yaml" ]; ok $? "the link is left alone"
rm "$TMPDIR_TEST/case.yaml"
mv "$TMPDIR_TEST/moved.yaml" "$TMPDIR_TEST/case.yaml"
rename_to "Terug NV"
see "Terug NV |" "with the file back, the name is confirmed"
equals "$(case_name "$TMPDIR_TEST/case.yaml")" "Terug NV" "and saved"
keys q
see "[exit 0]" "the wizard ends normally"
done_testing
