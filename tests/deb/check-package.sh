#!/bin/sh
# check-package.sh: the CI step of the Debian package (.ci/run), run as root
# in a configured and built tree: make deb (lintian included), apt-get
# install of the .deb, the installed program's batch commands and a short
# tmux walk in Dutch from a folder outside the tree, with no network, then
# apt-get purge and a check that nothing of the package is left.  TAP.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
export TOP_SRCDIR="$top"
export NIS2_BIN=/usr/bin/nis2-notify
. "$top/tests/e2e/lib.sh"
. "$top/tests/e2e/tui_lib.sh"
export DEBIAN_FRONTEND=noninteractive

# The tests ran in the README step: the package build skips them.
(cd "$top" && DEB_BUILD_OPTIONS=nocheck make deb) >"$TMPDIR_TEST/deb.log" 2>&1
ok $? "make deb builds the package, lintian clean" || tail -40 "$TMPDIR_TEST/deb.log" | sed 's/^/# /'
deb=$(ls "$top"/nis2-notify_*_*.deb 2>/dev/null | head -n 1)
[ -f "$deb" ]; ok $? "the package is named nis2-notify_VERSION_ARCH.deb (${deb##*/})"
files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$')

apt-get install -y -qq "$deb" >"$TMPDIR_TEST/apt.log" 2>&1
ok $? "apt-get install ./${deb##*/}" || sed 's/^/# /' "$TMPDIR_TEST/apt.log"
for f in /usr/bin/nis2-notify /usr/share/locale/nl/LC_MESSAGES/nis2-notify.mo \
	 /usr/share/locale/fr/LC_MESSAGES/nis2-notify.mo /usr/share/man/man1/nis2-notify.1.gz \
	 /usr/share/doc/nis2-notify/copyright /usr/share/doc/nis2-notify/README.gz \
	 /usr/share/bash-completion/completions/nis2-notify /usr/share/nis2-notify/data/rules.yaml; do
	[ -f "$f" ]; ok $? "installed: $f"
done
# The package holds what make install installs (man pages in every
# language included), nothing less: the same file list under /usr, but for
# the package's own doc and lintian files and dh_compress's .gz.
(cd "$top" && make -s install DESTDIR="$TMPDIR_TEST/inst" prefix=/usr) >"$TMPDIR_TEST/install.log" 2>&1
want=$(cd "$TMPDIR_TEST/inst" && find . ! -type d | sed 's|^\.||; s|\.gz$||' | sort)
got=$(printf '%s\n' "$files" | grep -v -e '^/usr/share/doc/' -e '^/usr/share/lintian/' | sed 's|\.gz$||' | sort)
contains "$want" "/usr/share/man/man1/nis2-notify.1" "make install DESTDIR= prefix=/usr installs the man page"
equals "$got" "$want" "the package holds every file make install installs"

# The installed program, from outside the tree, with no network when the
# machine can take it away: each batch output says what the build tree's
# binary says in Dutch (every message translated: test_copied_binary.sh).
away=$(mktemp -d /tmp/nis2-deb.XXXXXX)
cp /usr/share/nis2-notify/data/examples/water-utility.yaml "$away/case.yaml"
offline=
unshare -n true 2>/dev/null && offline="unshare -n"
now=2026-11-22T18:00:00+01:00
for args in "--help" "--bogus" "--evaluate case.yaml --now $now" \
	    "--draft case.yaml --now $now" "--privacy" "--list-scenarios"; do
	# shellcheck disable=SC2086
	got=$(cd "$away" && env -u LANGUAGE -u LC_ALL LANG=nl_BE.UTF-8 $offline /usr/bin/nis2-notify --lang nl $args 2>&1)
	# shellcheck disable=SC2086
	want=$(cd "$away" && env -u LANGUAGE -u LC_ALL LANG=nl_BE.UTF-8 "$top/nis2-notify" --lang nl $args 2>&1 |
		sed "s|$top/nis2-notify|nis2-notify|g")
	equals "$got" "$want" "installed, in Dutch${offline:+, offline}: nis2-notify $args"
done
contains "$(cd "$away" && /usr/bin/nis2-notify --lang nl --help)" "Gebruik:" "the installed --help is Dutch"

# A short walk in Dutch.
start_wizard "$offline /usr/bin/nis2-notify --lang nl"
see "Stap 1 van 9: Start" "the installed wizard starts in Dutch"
keys Enter
see "Stap 2 van 9: De entiteit" "the entity step, in Dutch"
keys Enter
type_text "Waterbedrijf Voorbeeld NV"
keys Enter
see "Waterbedrijf Voorbeeld NV |" "a confirmed answer"
keys C-l
see "tape 2 sur 9" "Ctrl-L: French"
keys C-l C-l
see "Stap 2 van 9: De entiteit" "and back to Dutch"
keys q
see_printed "[exit 0]" "q leaves the wizard"
saved=$(state_cases)
[ -n "$saved" ]; ok $? "the walk's case is saved in the state folder"
tm kill-server >/dev/null 2>&1

apt-get purge -y -qq nis2-notify >"$TMPDIR_TEST/purge.log" 2>&1
ok $? "apt-get purge nis2-notify" || sed 's/^/# /' "$TMPDIR_TEST/purge.log"
dpkg-query -W -f='${Status}\n' nis2-notify 2>/dev/null | grep -q 'install ok installed'
[ $? -ne 0 ]; ok $? "the package is no longer installed"
left=
for f in $files; do [ -e "$f" ] && left="$left $f"; done
for d in /usr/share/nis2-notify /usr/share/doc/nis2-notify /etc/nis2-notify; do [ -e "$d" ] && left="$left $d"; done
equals "$left" "" "nothing of the package is left after purge"
equals "$(ls -d /tmp/nis2-notify-catalogues.* 2>/dev/null)" "" "nothing left in /tmp"
rm -rf "$away" "$deb"
done_testing
