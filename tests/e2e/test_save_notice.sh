#!/bin/sh
# test_save_notice.sh: a case deep in a long path that cannot be saved; at
# 80 columns the one-line notice must still show why (the reason first, the
# file by its base name only, not the path that used to push the reason off
# the line).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
shim="$TOP_BUILDDIR/tests/fault/libfailwrite.so"
fault="$TMPDIR_TEST/fault"
asan="ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0"

# A path of more than 160 characters, twice the width of the screen.
deep="$TMPDIR_TEST/incident-response-team-shared-folder-for-the-water-company"
deep="$deep/cases-opened-during-the-night-shift-of-november-2026/drinking-water"
deep="$deep/second-site-pumping-station"
mkdir -p "$deep"
case_file="$deep/case.yaml"
cat > "$case_file" <<'CASE'
nis2-notify: 1
language: en
entity:
  name: Waterbedrijf Voorbeeld NV
  nis2: essential
incident:
  aware: 2026-11-22T09:30:00+01:00
CASE
chmod 600 "$case_file"
ok "$([ ${#case_file} -gt 160 ] && echo 0 || echo 1)" "the case's path is longer than two screen lines"

rename_to() {
	keys Home Enter C-a C-k
	type_text "$1"
	keys Enter
}
# the notice line: the one that starts with the alert mark
notice_line() { screen_text | grep '^ *! ' | head -n 1; }

echo enospc > "$fault"
start_wizard "$asan LD_PRELOAD='$shim' NIS2_FAULT_FILE='$fault'" "$NIS2_BIN" "$case_file"
see "Waterbedrijf" "the wizard opens the case"
keys Enter
see "Step 2 of 9" "and goes on with it"
rename_to "Vol NV"
see "No space left on device. Not saved: case.yaml" "a full disk: the reason, then the file's name, on one line"
line=$(notice_line)
contains "$line" "! No space left on device" "the notice leads with the reason"
case "$line" in
*"$TMPDIR_TEST"*|*incident-response*) ok 1 "the long path is not on the notice line"; echo "# $line" ;;
*) ok 0 "the long path is not on the notice line" ;;
esac
ok "$([ "$(printf '%s' "$line" | sed 's/ *$//' | wc -m)" -le 80 ] && echo 0 || echo 1)" \
	"and fits 80 columns"

echo eio > "$fault"
rename_to "Kapot NV"
see "Input/output error. Not saved: case.yaml" "a failing disk: the reason, then the file's name"
rm -f "$fault"

# the case file replaced by a folder: io's reason, still in full
mv "$case_file" "$deep/moved.yaml"
mkdir "$case_file"
rename_to "Map NV"
see "not a regular file; not replacing it. Not saved: case.yaml" \
	"a folder in its place: why, then the file's name"
rmdir "$case_file"
mv "$deep/moved.yaml" "$case_file"
rename_to "Terug NV"
see "Terug NV |" "with the file back, the name is confirmed"
equals "$(sed -n 's/^  name: //p' "$case_file" | tr -d "'\"")" "Terug NV" "and saved"
keys q
see "[exit 0]" "the wizard ends normally"
done_testing
