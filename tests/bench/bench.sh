#!/bin/sh
# bench.sh: what the user feels, measured with public tools and printed as
# a markdown table (make bench; the table in README, "Performance").
#   - the wizard in an 80x24 pseudo-terminal (tests/bench/ptyrun.c): time to
#     the first drawn screen, peak RSS, bytes written to the terminal over a
#     reference walk-through; and the same for dialog(1) showing one menu;
#   - --evaluate and --draft on the example cases (hyperfine; peak RSS with
#     /usr/bin/time).
# Called with NIS2_BIN, TOP_SRCDIR, PTYRUN and RUNS (default 10) set.
set -u
: "${NIS2_BIN:?}" "${TOP_SRCDIR:?}" "${PTYRUN:?}" "${BARE:?}"
RUNS=${RUNS:-10}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nis2-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export LANG=C.UTF-8 LC_ALL= LANGUAGE= TERM=xterm-256color

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2); else print "?" }'; }
field() { sed -n "s/.*$1=\\([^ ]*\\).*/\\1/p"; }

# pty NAME STEPS...: runs ptyrun RUNS times; NAME.first, NAME.rss, NAME.bytes
pty() {
	name=$1
	shift
	: > "$tmp/$name.out"
	i=0
	while [ $i -lt "$RUNS" ]; do
		rm -rf "$tmp/state"
		XDG_STATE_HOME="$tmp/state" "$PTYRUN" -x 80 -y 24 "$@" >> "$tmp/$name.out" || {
			echo "bench: $name did not run as scripted" >&2
			return 1
		}
		i=$((i + 1))
	done
	field first_ms < "$tmp/$name.out" | median > "$tmp/$name.first"
	field maxrss_kb < "$tmp/$name.out" | median > "$tmp/$name.rss"
	field bytes < "$tmp/$name.out" | median > "$tmp/$name.bytes"
}

# The first screen alone, beside the yardstick: a bare ncursesw program
# drawing one line (tests/bench/bare.c), both left with a key at once.
pty first -e "Step 1 of 9" -s q -- "$NIS2_BIN" --lang en || exit 1
pty bare -e "ready" -s q -- "$BARE" || exit 1
# The reference walk-through: a new case, the entity's name typed and
# confirmed, on to the next step, quit.
pty wizard -e "Step 1 of 9" -s '\r' -q 300 -s '\r' -q 300 \
	-s "Waterbedrijf Voorbeeld NV" -s '\r' -q 300 -s '\t' -q 300 \
	-s q -- "$NIS2_BIN" --lang en || exit 1
# the walk really happened: the name is in the saved case
grep -q "Waterbedrijf Voorbeeld NV" "$tmp"/state/nis2-notify/*.yaml || {
	echo "bench: the walk-through did not reach the entity's name" >&2
	exit 1
}
# The full walk (the same answers as tests/e2e/walk_lib.sh): a new case to
# a significant verdict and a complete early-warning draft, saved, quit.
# one Down at a time: a burst of escape sequences is not how a person types
D='\e[B'
DOWN12=
for _i in 1 2 3 4 5 6 7 8 9 10 11 12; do DOWN12="$DOWN12 -s $D -p 50"; done
pty walk -T 60 -e "Step 1 of 9" -s '\r' -q 200 -s '\r' -s "Waterbedrijf Proef NV" -s '\r' -q 200 \
	-s '\r1' -q 200 -s '\r' -q 200 $DOWN12 -s ' \r' -q 200 -s "$D" -p 50 \
	-s '\r1' -q 200 -s '50000\r' -q 200 -s '4000000\r' -q 200 -s '\t' -q 200 \
	-s 'n\t' -q 200 -s 'ynn\t' -q 200 -s '\r2' -q 200 -s 'nnnnnn' -q 200 \
	-s '12000\r' -q 200 -s 'n' -q 200 -s '150\r' -q 200 -s '\t' -q 300 \
	-s '\r' -q 200 -s '\t' -q 200 -s 'B\r1' -q 200 -s 'G\r1\r' -q 200 \
	-s 'I\rPortal down for 150 minutes after a failed load balancer update.\r' -q 200 \
	-s 'L\rA failed update of the load balancer; no sign of an attack.\r' -q 200 \
	-s 'M\r2' -q 200 -s 'P\r2' -q 200 -s 'W\rcrisis@waterbedrijf.example\r' -q 200 \
	-s 'X\r+32 2 555 01 23\r' -q 200 -s '\t' -q 300 \
	-s q -- "$NIS2_BIN" --lang en || exit 1
grep -q "crisis@waterbedrijf.example" "$tmp"/state/nis2-notify/*.yaml &&
	grep -q "12-Threat_Type_Root_Cause" "$tmp"/state/nis2-notify/*.yaml || {
	echo "bench: the full walk did not reach the form's last fields" >&2
	exit 1
}
pty dialog -e "Choose" -s '\e[B' -q 300 -s '\r' -- \
	dialog --menu "Choose the entity type" 14 50 4 general "General" dns "DNS service" \
	cloud "Cloud computing" trust "Trust service" || exit 1

# batch NAME COMMAND...: mean and sigma in ms (hyperfine), peak RSS in KB
batch() {
	name=$1
	shift
	if command -v hyperfine >/dev/null 2>&1; then
		hyperfine -N --warmup 3 --runs "$((RUNS * 3))" --export-csv "$tmp/$name.csv" \
			-i "$(printf '%s ' "$@")" >/dev/null 2>&1
		awk -F, 'NR == 2 { printf "%.1f ± %.1f\n", $2 * 1000, $3 * 1000 }' "$tmp/$name.csv" > "$tmp/$name.time"
	else
		echo "?" > "$tmp/$name.time"
	fi
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M -o "$tmp/$name.rss" "$@" >/dev/null 2>&1
	else
		echo "?" > "$tmp/$name.rss"
	fi
}
ex="$TOP_SRCDIR/data/examples"
batch evaluate "$NIS2_BIN" --evaluate "$ex/water-utility.yaml" --format json --now 2026-12-02T10:00:00+01:00
batch evaluate_text "$NIS2_BIN" --evaluate "$ex/cloud-provider.yaml" --now 2026-12-02T10:00:00+01:00
batch draft "$NIS2_BIN" --draft "$ex/water-utility.yaml"
batch draft_md "$NIS2_BIN" --draft "$ex/cloud-provider.yaml" --format markdown
batch dialog_batch dialog --print-version
batch version "$NIS2_BIN" --version

c() { cat "$tmp/$1"; }
# ratio A B: A / B to two decimals (the times of c), "?" if either is unknown
ratio() { awk -v a="$(cut -d' ' -f1 < "$tmp/$1")" -v b="$(cut -d' ' -f1 < "$tmp/$2")" \
	'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f\n", a / b; else print "?" }'; }
echo "Measured on $(uname -m), $(nproc) CPU, $(date -u +%Y-%m-%d); medians of $RUNS runs in an 80x24 pty (TERM=xterm-256color)."
echo
echo "| what | nis2-notify | bare ncursesw | dialog(1) |"
echo "|---|---|---|---|"
echo "| start to first drawn screen (ms) | $(c first.first) | $(c bare.first) (one line) | $(c dialog.first) (one menu) |"
echo "| first screen: ratio to the bare program (goal at most 1.5) | $(ratio first.first bare.first) | 1 | $(ratio dialog.first bare.first) |"
echo "| bytes of the first screen (start, quit) | $(c first.bytes) | $(c bare.bytes) | |"
echo "| peak RSS, first screen (KB) | $(c first.rss) | $(c bare.rss) | |"
echo "| peak RSS, interactive (KB) | $(c wizard.rss) | | $(c dialog.rss) |"
echo "| bytes written to the terminal | $(c wizard.bytes) (walk-through: start, new case, name, next step, quit) | | $(c dialog.bytes) (menu, Down, Enter) |"
echo "| bytes written to the terminal, full walk | $(c walk.bytes) (new case to a significant verdict and a complete draft, quit; the draft printed on exit included) | | |"
echo "| --version, whole process (ms) | $(c version.time) | | |"
echo "| --evaluate water-utility, JSON (ms) | $(c evaluate.time); $(ratio evaluate.time version.time) x --version (goal at most 2) | | |"
echo "| --evaluate cloud-provider, text (ms) | $(c evaluate_text.time); $(ratio evaluate_text.time version.time) x --version | | |"
echo "| --draft water-utility, text (ms) | $(c draft.time); $(ratio draft.time version.time) x --version | | |"
echo "| --draft cloud-provider, markdown (ms) | $(c draft_md.time); $(ratio draft_md.time version.time) x --version | | |"
echo "| peak RSS, --evaluate / --draft (KB) | $(c evaluate.rss) / $(c draft.rss) | | $(c dialog_batch.rss) (--print-version) |"
echo "| process start and exit, batch (ms) | | | $(c dialog_batch.time) (--print-version) |"
