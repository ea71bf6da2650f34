#!/bin/sh
# test_quit_unsaved.sh: a failed save is not a save (issue 16).  The case
# file cannot be written (a folder took its place); the handler confirms an
# answer and leaves.  The wizard says what was not saved and offers another
# place (the state folder, a typed name) before it exits; it never prints
# "The case is saved in ..." for a case it could not save, and exits 1 when
# the handler leaves without saving.  On SIGHUP, with no one to ask, the
# case goes to the state folder, or the wizard says plainly it is lost.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
d=$TMPDIR_TEST

new_case() {
	rm -rf "$d/c.yaml" "$d/moved.yaml"
	cat > "$d/c.yaml" <<'CASE'
nis2-notify: 1
language: en
entity:
  name: Waterbedrijf Voorbeeld NV
  nis2: essential
CASE
	chmod 600 "$d/c.yaml"
}
# break_and_rename NAME: the case file becomes unwritable, then NAME is confirmed.
break_and_rename() {
	mv "$d/c.yaml" "$d/moved.yaml"
	mkdir "$d/c.yaml"
	keys Home Enter C-a C-k
	type_text "$1"
	keys Enter
	see "Not saved" "$1: the failed save is reported"
}
case_name() { sed -n 's/^  name: //p' "$1" | tr -d "'\""; }

# 1. Leave, then save in the state folder.
new_case
run_wizard "$d/c.yaml"
see "Waterbedrijf" "the wizard opens the case"
keys Enter
see "Step 2 of 9" "step 2"
break_and_rename "Kept NV"
keys q
see "The case is not saved" "q: the wizard does not leave, it says the case is not saved"
see "answers confirmed since" "and what was not saved"
see "not a regular file" "and why"
keys s
see_printed "[exit 0]" "s: saved in the state folder, the wizard leaves"
saved=$(state_cases)
[ -n "$saved" ] && [ "$(case_name "$saved")" = "Kept NV" ]; ok $? "the answer is in the new file"
see_printed "The case is saved in $saved" "and the wizard says where"

# 2. Leave without saving: said, and exit 1.
rm -f "$XDG_STATE_HOME"/nis2-notify/*.yaml
new_case
run_wizard "$d/c.yaml"
see "Waterbedrijf" "the wizard opens the case again"
keys Enter
break_and_rename "Lost NV"
keys q
see "The case is not saved" "q: the page again"
keys q
see "The case is not saved" "a second q does not leave either"
keys Q
see_printed "[exit 1]" "Q: the wizard leaves without saving, exit 1"
see_printed "the case was NOT saved" "and says the case was not saved"
case "$(all_text)" in
*"The case is saved in"*) ok 1 "it never says the case is saved" ;;
*) ok 0 "it never says the case is saved" ;;
esac

# 3. A name typed: an existing file is refused, a new one is written.
new_case
run_wizard "$d/c.yaml"
see "Waterbedrijf" "the case once more"
keys Enter
break_and_rename "Typed NV"
keys C-x
see "The case is not saved" "Ctrl-X: the page too"
keys n
type_text "$d/moved.yaml"
keys Enter
see "already exists" "an existing file is not taken"
keys C-a C-k
type_text "$d/typed.yaml"
keys Enter
see_printed "[exit 0]" "a new name: saved, the wizard leaves"
equals "$(case_name "$d/typed.yaml")" "Typed NV" "the answer is in the typed file"
equals "$(stat -c %a "$d/typed.yaml")" 600 "private (0600)"
equals "$(case_name "$d/moved.yaml")" "Waterbedrijf Voorbeeld NV" "the existing file is untouched"

# 4. SIGHUP: the case goes to the state folder, and stderr says so.
rm -f "$XDG_STATE_HOME"/nis2-notify/*.yaml
new_case
run_wizard "$d/c.yaml"
see "Waterbedrijf" "the case, for a hangup"
keys Enter
break_and_rename "Hangup NV"
hangup "the wizard ends on SIGHUP"
saved=$(state_cases)
[ -n "$saved" ] && [ "$(case_name "$saved")" = "Hangup NV" ]; ok $? "SIGHUP: the answer is saved in the state folder"
see_printed "the case is saved in $saved instead" "and stderr says where instead"
case "$(all_text)" in
*"saved the case to $d/c.yaml"*) ok 1 "it does not claim the first place" ;;
*) ok 0 "it does not claim the first place" ;;
esac

# 5. SIGHUP with no state folder either: lost, and said.
new_case
printf 'not a folder\n' > "$d/nostate"
start_wizard "XDG_STATE_HOME='$d/nostate'" "$NIS2_BIN" "$d/c.yaml"
see "Waterbedrijf" "the case, with no state folder"
keys Enter
break_and_rename "Nowhere NV"
hangup "the wizard ends on SIGHUP"
see_printed "the case was NOT saved" "SIGHUP with nowhere to save: said on stderr"
case "$(all_text)" in
*"saved the case to"*) ok 1 "never 'saved the case to'" ;;
*) ok 0 "never 'saved the case to'" ;;
esac
# 6. No HOME and no XDG_STATE_HOME (review L9): the notice is whole on 80 columns.
for l in en nl fr; do
	start_wizard "XDG_STATE_HOME= HOME=" "$NIS2_BIN" --lang $l
	see "1" "$l: the wizard starts without a home"
	keys n
	wait_for "XDG_STATE_HOME" 10
	line=$(screen_text | grep 'XDG_STATE_HOME' | head -n 1)
	case "$line" in
	*"…"*|"") ok 1 "$l: the notice about the missing folder is not cut"; echo "# $line" ;;
	*) ok 0 "$l: the notice about the missing folder is not cut" ;;
	esac
done
done_testing
