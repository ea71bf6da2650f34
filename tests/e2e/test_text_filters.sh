#!/bin/sh
# test_text_filters.sh: nothing leaks through text (issue 16, review M5,
# M7, L2).  Bidi overrides and zero-width characters in case text are shown
# as <U+XXXX> in every output, never passed on; a choice value that is none
# of the form's options is markdown code, never a link, heading or tag; a
# file name with escape sequences reaches the terminal filtered, in the
# wizard's last words and in --forget's list.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
B=$NIS2_BIN
d=$TMPDIR_TEST
rlo=$(printf '\342\200\256')    # U+202E RIGHT-TO-LEFT OVERRIDE
zws=$(printf '\342\200\213')    # U+200B ZERO WIDTH SPACE
esc=$(printf '\033')
cat > "$d/c.yaml" <<CASE
nis2-notify: 1
language: en
entity:
  name: "Evil${rlo}gnp.exe${zws} NV"
  nis2: essential
form:
  1-Submitter: "[click](https://evil.example/x)\n# H1\n<script>x</script>"
CASE
chmod 600 "$d/c.yaml"

for f in text markdown json; do
	out=$("$B" --draft "$d/c.yaml" --format $f 2>&1)
	case "$out" in *"$rlo"*|*"$zws"*) ok 1 "--draft $f: no bidi or zero-width character passes" ;;
	*) ok 0 "--draft $f: no bidi or zero-width character passes" ;; esac
done
out=$("$B" --draft "$d/c.yaml" --format text 2>&1)
contains "$out" "Evil<U+202E>gnp.exe<U+200B> NV" "--draft text: they are shown as <U+XXXX>"
out=$("$B" --evaluate "$d/c.yaml" 2>&1)
case "$out" in *"$rlo"*|*"$zws"*) ok 1 "--evaluate: none passes" ;; *) ok 0 "--evaluate: none passes" ;; esac

md=$("$B" --draft "$d/c.yaml" --format markdown 2>&1)
contains "$md" '- ` [click](https://evil.example/x) # H1 <script>x</script> `' \
	"markdown: a choice value not among the options is one code span"
printf '%s\n' "$md" | grep -q '^# H1'; ok $((! $?)) "markdown: no heading injected"
printf '%s\n' "$md" | grep -q '^- \[click\]'; ok $((! $?)) "markdown: no link injected"

# A file name with escapes (review M5).
evil="$XDG_STATE_HOME/nis2-notify/evil${esc}]0;OWNED${esc}[31mred.yaml"
mkdir -p "$XDG_STATE_HOME/nis2-notify"
cp "$d/c.yaml" "$evil"
run_wizard "'$evil'"
see "Step 1 of 9" "the wizard opens the case with the odd name"
see "Evil<U+202E>gnp.exe<U+200B> NV" "the wizard shows the bidi override and the zero-width space visibly"
keys q
see "[exit 0]" "and leaves"
raw=$(cat "$TMPDIR_TEST/out.bin")
case "$raw" in *"${esc}]0;OWNED"*) ok 1 "no title-setting sequence from the file name reaches the terminal" ;;
*) ok 0 "no title-setting sequence from the file name reaches the terminal" ;; esac
see_printed "The case is saved in" "the wizard says where the case is"
out=$("$B" --forget "$evil" --yes 2>&1)
case "$out" in *"$esc"*) ok 1 "--forget's list: no escape from the file name" ;;
*) ok 0 "--forget's list: no escape from the file name" ;; esac
contains "$out" "Deleted" "and the case is forgotten"
err=$("$B" --evaluate "$d/x${esc}]0;PWN${esc}[2J.yaml" 2>&1)
case "$err" in *"$esc"*) ok 1 "an open error: no escape from the file name" ;;
*) ok 0 "an open error: no escape from the file name" ;; esac
done_testing
