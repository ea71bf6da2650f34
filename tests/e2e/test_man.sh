#!/bin/sh
# test_man.sh: the man pages build in English, Dutch and French: each renders
# without a groff warning, the translated pages are in their language and as
# po4a makes them from the English source and man/po/LL.po, a paragraph the
# English gains before it is translated leaves the page building (in English
# there), and man-db finds the page of the reader's language in the installed
# layout ($(mandir)/LL/manN).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

M="$TOP_SRCDIR/man"
# page PATH: the built page (build tree), or the shipped one (source tree).
page() { if [ -r "$1" ]; then echo "$1"; else echo "$TOP_SRCDIR/$1"; fi; }

for p in nis2-notify.1 nis2-notify-case.5; do
	for l in en nl fr; do
		if [ "$l" = en ]; then f="$M/$p"; else f=$(page "man/$l/$p"); fi
		[ -r "$f" ]; ok $? "$l $p: built"
		warn=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -ww -z "$f" 2>&1)
		equals "$warn" "" "$l $p: renders without a groff warning"
		[ "$l" = en ] && continue
		hy=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -P-cbou "$f" 2>/dev/null | grep -c '‐$')
		equals "$hy" 0 "$l $p: no word broken by English hyphenation"
	done
	nl=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -P-cbou "$(page "man/nl/$p")" 2>/dev/null)
	fr=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -P-cbou "$(page "man/fr/$p")" 2>/dev/null)
	contains "$nl" "NAAM" "nl $p: the headings are Dutch"
	contains "$fr" "NOM" "fr $p: the headings are French"
done
contains "$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -P-cbou "$(page man/fr/nis2-notify.1)" | tr -s ' \n' '  ')" "alerte précoce" \
	"fr nis2-notify(1): the law's term for the first stage"
contains "$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -P-cbou "$(page man/nl/nis2-notify.1)" | tr -s ' \n' '  ')" "vroegtijdige waarschuwing" \
	"nl nis2-notify(1): the guide's term"

if command -v po4a-translate >/dev/null 2>&1; then
	# The built pages are what po4a makes of the source now.
	for l in nl fr; do
		for p in nis2-notify.1 nis2-notify-case.5; do
			po4a-translate -f man -M UTF-8 -L UTF-8 -k 0 -m "$M/$p" -p "$M/po/$l.po" \
				-a "$M/po/$l.add" -l "$TMPDIR_TEST/$l-$p" 2>/dev/null
			cmp -s "$TMPDIR_TEST/$l-$p" "$(page "man/$l/$p")"
			ok $? "$l $p: up to date with man/$p and man/po/$l.po"
		done
	done
	# A paragraph added to the English before anyone translated it.
	sed '/^\.SH DESCRIPTION$/a\
A paragraph nobody has translated yet.' "$M/nis2-notify.1" > "$TMPDIR_TEST/edited.1"
	po4a-translate -f man -M UTF-8 -L UTF-8 -k 0 -m "$TMPDIR_TEST/edited.1" -p "$M/po/fr.po" \
		-l "$TMPDIR_TEST/edited.fr.1" 2>/dev/null
	equals "$?" 0 "an untranslated new paragraph: the French page still builds"
	out=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -P-cbou "$TMPDIR_TEST/edited.fr.1" 2>/dev/null | tr -s ' \n' '  ')
	contains "$out" "A paragraph nobody has translated yet." "the new paragraph stands in English"
	contains "$out" "NOM" "and the rest stays French"
else
	echo "# po4a-translate not installed: the pages are checked as shipped"
fi

# man-db finds the reader's language in the installed layout.
if command -v man >/dev/null 2>&1; then
	mt="$TMPDIR_TEST/man"
	mkdir -p "$mt/man1" "$mt/nl/man1" "$mt/fr/man1"
	cp "$M/nis2-notify.1" "$mt/man1/"
	cp "$(page man/nl/nis2-notify.1)" "$mt/nl/man1/"
	cp "$(page man/fr/nis2-notify.1)" "$mt/fr/man1/"
	equals "$(MANPATH=$mt man -L fr -w nis2-notify 2>/dev/null)" "$mt/fr/man1/nis2-notify.1" "man -L fr finds the French page"
	equals "$(MANPATH=$mt man -L nl -w nis2-notify 2>/dev/null)" "$mt/nl/man1/nis2-notify.1" "man -L nl finds the Dutch page"
	equals "$(MANPATH=$mt LC_ALL=C man -w nis2-notify 2>/dev/null)" "$mt/man1/nis2-notify.1" "LC_ALL=C finds the English page"
	if locale -a 2>/dev/null | grep -qi '^fr_BE\.utf-\?8$'; then
		equals "$(MANPATH=$mt LANG=fr_BE.UTF-8 man -w nis2-notify 2>/dev/null)" "$mt/fr/man1/nis2-notify.1" \
			"LANG=fr_BE.UTF-8 finds the French page"
	else
		echo "# no fr_BE.UTF-8 locale here: man-db cannot take LANG=fr_BE.UTF-8 (checked with -L and LANGUAGE)"
	fi
fi
done_testing
