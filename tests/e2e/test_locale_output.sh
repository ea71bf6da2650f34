#!/bin/sh
# test_locale_output.sh: in a non-UTF-8 locale (LANG=C: an 8-bit
# terminal), what reaches the terminal is transliterated, so that no UTF-8
# byte sequence carrying a C1 control (0x9B is CSI) reaches it (issue 16,
# review L3); a pipe still gets the data as UTF-8.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
if ! command -v script >/dev/null 2>&1; then
	echo "1..0 # SKIP script is not installed"
	exit 0
fi
d=$TMPDIR_TEST
# U+00DB U+00DD U+00DC: encoded C3 9B, C3 9D, C3 9C (CSI, OSC, ST as C1)
printf 'nis2-notify: 1\nlanguage: fr\nentity:\n  name: "\303\2332J\303\2350;PWNED\303\234 \303\251t\303\251"\n' > "$d/c.yaml"
tty_out() {  # tty_out LOCALE ARGS...: what a terminal gets
	_l=$1; shift
	script -qc "env LANG=$_l LC_ALL= LC_CTYPE= LANGUAGE= '$NIS2_BIN' $*" /dev/null </dev/null
}
for cmd in "--evaluate $d/c.yaml" "--draft $d/c.yaml" "--evaluate $d/nothere.yaml"; do
	out=$(tty_out C $cmd 2>&1)
	high=$(printf '%s' "$out" | LC_ALL=C tr -d '\000-\177' | wc -c)
	equals "$high" 0 "LANG=C, ${cmd%% *}: only ASCII reaches the terminal"
done
out=$(tty_out C --evaluate "$d/c.yaml" 2>&1)
contains "$out" "U2JY0;PWNEDU ete" "transliterated, not dropped"
contains "$out" "indetermine" "the program's own words too"
out=$(tty_out C.UTF-8 --evaluate "$d/c.yaml" 2>&1)
contains "$out" "PWNED" "a UTF-8 locale gets UTF-8"
contains "$out" "$(printf '\303\251t\303\251')" "with its accents"
out=$(env LANG=C LC_ALL= "$NIS2_BIN" --evaluate "$d/c.yaml" | od -An -tx1 | tr -d ' \n')
contains "$out" "c39b324a" "a pipe gets the data as UTF-8"
done_testing
