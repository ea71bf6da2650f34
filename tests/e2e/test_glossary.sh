#!/bin/sh
# test_glossary.sh: the nl and fr texts use the law's and the guide's words,
# one per concept, as po/glossary.tsv lists them.  A forbidden form in a
# catalogue's msgstr, in a text of data/, or in a man page's translation
# (man/po/LL.po) fails, naming the
# file, the line and the form; every required form is used somewhere.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

G="$TOP_SRCDIR/po/glossary.tsv"
[ -r "$G" ] || { echo "Bail out! no $G"; exit 99; }

# texts LANG FILE...: the LANG texts of the files, one "FILE:LINE<TAB>TEXT"
# record per source line.  A catalogue gives its msgstr (of po/LANG.po or
# man/po/LANG.po), a YAML file the values of its LANG keys (inline, flow
# maps and block scalars), any other file all of its text.
texts() {
	lang=$1
	shift
	for f in "$@"; do
		[ -r "$f" ] || continue
		case "$f" in
		*.po) kind=po ;;
		*.yaml) kind=yaml ;;
		*) kind=man ;;
		esac
		awk -v lang="$lang" -v kind="$kind" -v name="${f#"$TOP_SRCDIR"/}" '
		function out(t) { if (t != "") printf "%s:%d\t%s\n", name, FNR, t }
		kind == "man" { out($0); next }
		kind == "po" {
			if ($0 ~ /^msgstr(\[[0-9]\])? "/) { instr = 1; sub(/^msgstr(\[[0-9]\])? "/, ""); sub(/"$/, ""); out($0); next }
			if (instr && $0 ~ /^"/) { sub(/^"/, ""); sub(/"$/, ""); out($0); next }
			instr = 0; next
		}
		{
			# YAML: a block scalar of this language goes on while indented deeper.
			match($0, /^ */); ind = RLENGTH
			if (block != "") {
				if ($0 ~ /^ *$/ || ind > bind) { if (block == lang) out($0); next }
				block = ""
			}
			if ($0 ~ /^ *#/) next
			if ($0 ~ /^ *(- )?(en|nl|fr): *[>|][-+]? *$/) {
				block = $0; sub(/^ *(- )?/, "", block); block = substr(block, 1, 2); bind = ind; next
			}
			# inline values: from "LANG: " up to the next "xx: " key or the end
			rest = $0
			while (match(rest, /(^|[^a-z_-])(en|nl|fr): /)) {
				k = substr(rest, RSTART, RLENGTH); sub(/^[^a-z]/, "", k); k = substr(k, 1, 2)
				rest = substr(rest, RSTART + RLENGTH)
				v = rest
				if (match(v, /(, *|[{ ])(en|nl|fr): /)) v = substr(v, 1, RSTART - 1)
				if (k == lang) out(v)
			}
		}' "$f"
	done
}

# scan LANG: every forbidden form of LANG found in the LANG texts, as
# "FILE:LINE: 'FORM' (CONCEPT: say 'REQUIRED')"; lines are joined so that a
# form broken over two lines is found at the line where it starts.
scan() {
	lang=$1
	{
		# the man pages: their translations (the generated pages are
		# these plus the English of what is not translated yet)
		texts "$lang" "$TOP_SRCDIR/po/$lang.po" "$TOP_SRCDIR"/data/*.yaml "$TOP_SRCDIR"/data/scenarios/*.yaml \
			"$TOP_SRCDIR/man/po/$lang.po"
	} | awk -F '\t' -v lang="$lang" -v glossary="$G" '
	BEGIN {
		while ((getline l < glossary) > 0) {
			if (l ~ /^#/ || l == "") continue
			split(l, c, "\t")
			if (c[2] != lang) continue
			nf = split(c[4], fs, "|")
			for (i = 1; i <= nf; i++) if (fs[i] != "") { n++; form[n] = tolower(fs[i]); concept[n] = c[1]; req[n] = c[3] }
		}
	}
	{
		t = $2; gsub("\302\240", " ", t); gsub(/\\n/, " ", t); gsub(/  +/, " ", t)
		sub(/^ +/, "", t); sub(/ +$/, "", t)
		# a line continues the previous one within a text: keep where each starts
		pos = length(buf) + 1
		buf = buf (buf == "" ? "" : " ") t
		nl++; start[nl] = pos + (pos > 1 ? 1 : 0); where[nl] = $1
	}
	END {
		low = tolower(buf)
		for (i = 1; i <= n; i++) {
			s = low; off = 0
			while ((p = index(s, form[i])) > 0) {
				at = off + p
				j = 1; while (j < nl && start[j + 1] <= at) j++
				printf "%s: '\''%s'\'' (%s: say '\''%s'\'')\n", where[j], form[i], concept[i], req[i]
				off = at + length(form[i]) - 1; s = substr(low, off + 1)
			}
		}
	}'
}

# required LANG: the required forms of LANG that no LANG text uses.
required() {
	lang=$1
	texts "$lang" "$TOP_SRCDIR/po/$lang.po" "$TOP_SRCDIR"/data/*.yaml "$TOP_SRCDIR"/data/scenarios/*.yaml |
	awk -F '\t' -v lang="$lang" -v glossary="$G" '
	{ t = $2; gsub("\302\240", " ", t); buf = buf " " tolower(t) }
	END {
		while ((getline l < glossary) > 0) {
			if (l ~ /^#/ || l == "") continue
			split(l, c, "\t")
			if (c[2] == lang && index(buf, tolower(c[3])) == 0) print c[1] ": " c[3]
		}
	}'
}

# The glossary itself: five columns, a known language, something forbidden.
bad=$(awk -F '\t' '!/^#/ && NF && (NF != 5 || ($2 != "nl" && $2 != "fr") || $3 == "" || $4 == "") { print FILENAME ":" FNR }' "$G")
equals "$bad" "" "po/glossary.tsv: every row has concept, language, required form, forbidden forms and source"

for l in nl fr; do
	found=$(scan "$l")
	equals "$found" "" "$l: no forbidden form in po/$l.po, data/ and the man pages"
	missing=$(required "$l")
	equals "$missing" "" "$l: every required form of the glossary is used"
done

# French typography: a non-breaking space (U+00A0), not a plain one, before
# : ; ? and ! (a key name such as "  ? help" stands after two spaces).
plain=$(texts fr "$TOP_SRCDIR/po/fr.po" "$TOP_SRCDIR"/data/*.yaml "$TOP_SRCDIR"/data/scenarios/*.yaml |
	awk -F '\t' '$2 ~ /[^ ] [:;?!]([ )"]|$|\\n)/ { print $1 ": " $2 }')
equals "$plain" "" "fr: a non-breaking space before : ; ? ! in po/fr.po and data/"

# The scan finds what it should: a planted form, broken over two lines.
mkdir -p "$TMPDIR_TEST/po" "$TMPDIR_TEST/data/scenarios"
printf 'msgid "x"\nmsgstr ""\n"un incident "\n"important ici"\n' > "$TMPDIR_TEST/po/fr.po"
printf 'a:\n  en: the safe side\n  nl: >-\n    de veilige\n    kant\n' > "$TMPDIR_TEST/data/x.yaml"
found=$(TOP_SRCDIR=$TMPDIR_TEST G=$G; scan fr)
contains "$found" "po/fr.po:3: 'incident important'" "a planted French form is found, with its file and line"
found=$(TOP_SRCDIR=$TMPDIR_TEST; scan nl)
contains "$found" "data/x.yaml:4: 'veilige kant'" "a planted Dutch form in a block scalar is found"
found=$(TOP_SRCDIR=$TMPDIR_TEST; scan fr)
case "$found" in *veilige*) ok 1 "a Dutch text is not read as French" ;; *) ok 0 "a Dutch text is not read as French" ;; esac
done_testing
