#!/bin/sh
# test_translations.sh: nl and fr are complete.  An untranslated or fuzzy
# message is a bug, and so is a source file with messages that po/POTFILES.in
# does not list (its messages would never reach the translators).
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

for l in nl fr; do
	stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "$TOP_SRCDIR/po/$l.po" 2>&1)
	ok $? "po/$l.po passes msgfmt -c"
	case "$stats" in
	*untranslated*|*fuzzy*) ok 1 "po/$l.po is complete"; echo "# $stats" ;;
	*) ok 0 "po/$l.po is complete" ;;
	esac
done

# Every source file that marks messages is listed in POTFILES.in.
missing=
for f in $(cd "$TOP_SRCDIR" && find src -name '*.[ch]' | sort); do
	grep -q -e '_("' -e 'N_("' -e 'P_("' "$TOP_SRCDIR/$f" || continue
	grep -qx "$f" "$TOP_SRCDIR/po/POTFILES.in" || missing="$missing $f"
done
equals "$missing" "" "po/POTFILES.in lists every file with translatable messages"

# Every message of the sources is in the catalogues, translated.
if command -v xgettext >/dev/null 2>&1; then
	pot="$TMPDIR_TEST/all.pot"
	(cd "$TOP_SRCDIR" && grep -v '^#' po/POTFILES.in | xargs xgettext --keyword=_ \
		--keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 --language=C -o "$pot")
	for l in nl fr; do
		left=$(msgcmp "$TOP_SRCDIR/po/$l.po" "$pot" 2>&1 >/dev/null | grep -c 'this message is used but not defined' || true)
		equals "$left" "0" "every message of the sources is in po/$l.po"
	done
fi
done_testing
