#!/bin/sh
# test_copied_binary.sh: the binary speaks Dutch and French on its own.
# Copied alone into an empty folder outside the tree, it must say exactly
# what the build tree's binary says (which reads the build tree's
# catalogues), and not what it says in English, in every batch command and
# in the wizard, for --lang nl, --lang fr and LANG=fr_BE.UTF-8 (a locale
# that is not installed).  Then the same for a `make install DESTDIR=` tree
# and for that tree moved elsewhere, which must read the catalogues it
# carries beside its binary (../share/locale) before the built-in ones.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# Outside the source and build trees, whatever TMPDIR is.
away=$(mktemp -d /tmp/nis2-away.XXXXXX)
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMPDIR_TEST" "$away"' EXIT
mkdir "$away/copy" "$away/cases"
cp "$NIS2_BIN" "$away/copy/nis2-notify"
# An English case: with --lang the output follows --lang, not the case.
cp "$TOP_SRCDIR/data/examples/cloud-provider.yaml" "$away/cases/en.yaml"
sed 's/^language: en/language: fr/' "$away/cases/en.yaml" > "$away/cases/fr.yaml"
now=2026-11-22T18:00:00+01:00

# one BIN LANGVAR OPTIONS...: one command's stdout and stderr and exit
# status, run from $away with only LANG set, the binary's path written as
# its name.
one() {
	_bin=$1 _lang=$2
	shift 2
	(cd "$away/cases" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$_lang" "$_bin" "$@" 2>&1 </dev/null
	 echo "[exit $?]") | sed "s|$_bin|nis2-notify|g"
}

# say BIN LANGVAR [--lang LL]: every batch command's output.
say() {
	_b=$1 _l=$2
	shift 2
	_case=en.yaml
	[ $# -eq 0 ] && _case=fr.yaml   # no --lang: the case's language rules
	one "$_b" "$_l" "$@" --help
	one "$_b" "$_l" "$@" --bogus
	one "$_b" "$_l" "$@" --evaluate "$_case" --now "$now"
	one "$_b" "$_l" "$@" --evaluate "$_case" --format json --now "$now"
	one "$_b" "$_l" "$@" --draft "$_case" --now "$now"
	one "$_b" "$_l" "$@" --draft "$_case" --format markdown --stage notification --now "$now"
	one "$_b" "$_l" "$@" --privacy
	one "$_b" "$_l" "$@" --evaluate missing.yaml
}

english=$(say "$NIS2_BIN" C.UTF-8 --lang en)

# speaks LABEL BIN: BIN's batch outputs are the build tree's, and translated.
speaks() {
	for _how in "nl C.UTF-8" "fr C.UTF-8" "- fr_BE.UTF-8"; do
		set -- "$1" "$2" ${_how% *} ${_how#* }
		if [ "$3" = - ]; then _opts= ; _what="LANG=$4"; else _opts="--lang $3"; _what="--lang $3"; fi
		# shellcheck disable=SC2086
		want=$(say "$NIS2_BIN" "$4" $_opts)
		# shellcheck disable=SC2086
		got=$(say "$2" "$4" $_opts)
		equals "$got" "$want" "$1, $_what: every batch output is the build tree's"
		[ "$got" != "$english" ]; ok $? "$1, $_what: and not the English one"
		case "$got" in *"no Dutch message catalogue"*|*"no French message catalogue"*) ok 1 "$1, $_what: no warning";;
		*) ok 0 "$1, $_what: no catalogue warning" ;; esac
	done
	# Each command on its own differs from English (only --version may not).
	for _cmd in --help --bogus --privacy "--evaluate missing.yaml"; do
		# shellcheck disable=SC2086
		a=$(one "$2" C.UTF-8 --lang nl $_cmd) b=$(one "$2" C.UTF-8 --lang en $_cmd)
		[ "$a" != "$b" ]; ok $? "$1: $_cmd is Dutch with --lang nl"
	done
	contains "$(one "$2" C.UTF-8 --lang nl --bogus)" "onbekende optie" "$1: a wrong option with --lang nl answers in Dutch"
	contains "$(one "$2" fr_BE.UTF-8 --help)" "Utilisation" "$1: LANG=fr_BE.UTF-8 without that locale gives French help"
}

# walks LABEL BIN: the wizard in Dutch, then Ctrl-L to French and English,
# every program message switching with the tag.
walks() {
	start_wizard "$2" --lang nl
	see "Stap 1 van 9: Start" "$1: the wizard starts in Dutch"
	see "^L taal" "$1: its help line is Dutch"
	keys Enter
	see "Stap 2 van 9: De entiteit" "$1: the entity step in Dutch"
	keys C-l
	see "tape 2 sur 9" "$1: Ctrl-L switches the steps to French"
	see "| FR" "$1: and the tag"
	not_see "Stap 2" "$1: no Dutch step title is left"
	not_see "Step 2" "$1: nor an English one"
	keys C-l
	see "Step 2 of 9: The entity" "$1: Ctrl-L again: English"
	keys C-l
	see "Stap 2 van 9: De entiteit" "$1: and Dutch again"
	tm kill-server >/dev/null 2>&1
	start_wizard env -u LANGUAGE LANG=fr_BE.UTF-8 "$2"
	see "tape 1 sur 9" "$1: LANG=fr_BE.UTF-8 starts the wizard in French"
	tm kill-server >/dev/null 2>&1
}

speaks "a copied binary" "$away/copy/nis2-notify"
walks "a copied binary" "$away/copy/nis2-notify"
left=$(ls -d /tmp/nis2-notify-catalogues.* "${XDG_RUNTIME_DIR:-/nonexistent}"/nis2-notify-catalogues.* 2>/dev/null)
equals "$left" "" "the built-in catalogues leave nothing behind in /tmp"

# No catalogue to be had (every place for the private folder read-only):
# said once, in English, and English throughout, data texts included.
# Needs a private mount namespace (root); skipped elsewhere.
nocat() {
	unshare -m sh -c 'mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp &&
		TMPDIR=/tmp XDG_RUNTIME_DIR= "$@"' sh "$@" 2>&1
}
if unshare -m sh -c 'mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp' 2>/dev/null; then
	copy="$away/copy/nis2-notify"
	out=$(cd "$away/cases" && nocat env -u LANGUAGE -u LC_ALL LANG=C.UTF-8 "$copy" --lang nl --evaluate en.yaml --now "$now")
	want=$(cd "$away/cases" && "$copy" --lang en --evaluate en.yaml --now "$now" 2>&1)
	equals "$out" "nis2-notify: no Dutch message catalogue could be found or unpacked; using English instead
$want" "no catalogue: said once in English, then all in English"
	out=$(cd "$away/cases" && nocat env -u LANGUAGE -u LC_ALL LANG=nl_BE.UTF-8 "$copy" --evaluate fr.yaml --now "$now")
	equals "$(printf '%s\n' "$out" | grep -c 'message catalogue')" "2" \
		"a case in French after a Dutch LANG: each missing language said once"
	case "$out" in *"Conclusion"*) ok 1 "no French data mixed in";; *) ok 0 "no French data mixed in";; esac
	# The wizard: the same notice on its notice line (stderr is cleared by
	# the full screen), and English throughout.
	mkdir -p "$XDG_STATE_HOME"
	start_wizard "unshare -m sh -c 'mount --bind \"\$XDG_STATE_HOME\" \"\$XDG_STATE_HOME\" &&
		mount --rbind /tmp /tmp && mount -o remount,bind,ro /tmp && exec \"\$0\" \"\$@\"'" "$copy" --lang nl
	see "! no Dutch message catalogue could be found or unpacked; using English instead" \
		"no catalogue: the wizard says so on its notice line"
	see "Step 1 of 9: Start" "and runs in English"
	not_see "Stap" "with no Dutch step"
	tm kill-server >/dev/null 2>&1
else
	for _i in 1 2 3 4 5 6; do echo "ok $((T_COUNT + 1)) # SKIP no mount namespace"; T_COUNT=$((T_COUNT + 1)); done
fi

# An installed tree, and the same tree moved.
inst="$away/inst"
${MAKE:-make} -s -C "$TOP_BUILDDIR" install DESTDIR="$inst" >"$away/install.log" 2>&1
ok $? "make install DESTDIR= works"
bin=$(find "$inst" -path '*/bin/nis2-notify' -type f)
[ -x "$bin" ]; ok $? "the installed tree has bin/nis2-notify"
root=${bin%/bin/nis2-notify}
[ -f "$root/share/locale/nl/LC_MESSAGES/nis2-notify.mo" ] && [ -f "$root/share/locale/fr/LC_MESSAGES/nis2-notify.mo" ]
ok $? "and share/locale/{nl,fr} beside it"
[ -f "$root/share/bash-completion/completions/nis2-notify" ]
ok $? "and the bash completion in share/bash-completion/completions"
speaks "an installed tree" "$bin"
mv "$root" "$away/moved"
speaks "the moved tree" "$away/moved/bin/nis2-notify"
walks "the moved tree" "$away/moved/bin/nis2-notify"

# The tree's own catalogue comes first: a marked one beside the binary is
# the one read.
sed 's/^msgstr "Gebruik: /msgstr "GEBRUIK-UIT-DE-BOOM: /' "$TOP_SRCDIR/po/nl.po" |
	msgfmt -o "$away/moved/share/locale/nl/LC_MESSAGES/nis2-notify.mo" -
contains "$(one "$away/moved/bin/nis2-notify" C.UTF-8 --lang nl --help)" "GEBRUIK-UIT-DE-BOOM:" \
	"the moved tree reads the catalogue beside its binary"
# A tree that lost one of its catalogues falls back to the built-in ones.
rm "$away/moved/share/locale/fr/LC_MESSAGES/nis2-notify.mo"
contains "$(one "$away/moved/bin/nis2-notify" C.UTF-8 --lang fr --help)" "Utilisation" \
	"a tree without its French catalogue speaks French from the built-in one"

done_testing
