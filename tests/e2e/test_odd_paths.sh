#!/bin/sh
# test_odd_paths.sh: what is not a plain case file is refused at once, with
# the reason, never waited on or written through (issue 16): a named pipe
# as the case (--evaluate, --draft and the wizard), a symbolic link opened
# in the wizard, --draft -o naming the case itself or any other case file;
# and --forget accepts every case file the loader accepts.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
B=$NIS2_BIN
d=$TMPDIR_TEST
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$d/o.yaml"
chmod 600 "$d/o.yaml"
cp "$d/o.yaml" "$d/before.yaml"

# A named pipe with no writer: a plain open() would wait for ever.
mkfifo "$d/fifo.yaml"
for cmd in --evaluate --draft; do
	err=$(timeout 10 "$B" $cmd "$d/fifo.yaml" 2>&1 >/dev/null); rc=$?
	equals "$rc" 1 "$cmd on a named pipe: exit 1 at once, no hang"
	contains "$err" "named pipe" "$cmd on a named pipe: the reason"
done
err=$(timeout 10 "$B" "$d/fifo.yaml" 2>&1 </dev/null); rc=$?
equals "$rc" 1 "the wizard on a named pipe: exit 1 at once"
contains "$err" "named pipe" "the wizard on a named pipe: the reason"

# A symbolic link: the wizard could never save through it, so it says so now.
ln -s o.yaml "$d/link.yaml"
err=$(timeout 10 "$B" "$d/link.yaml" 2>&1 </dev/null); rc=$?
equals "$rc" 1 "the wizard on a symbolic link: refused on opening"
contains "$err" "symbolic link" "with the reason"

# --draft -o onto the case, by its name, another name or a hard link.
ln "$d/o.yaml" "$d/hard.yaml"
cp "$d/o.yaml" "$d/other.yaml"
for out in "$d/o.yaml" "$d/./o.yaml" "$d/hard.yaml" "$d/other.yaml"; do
	err=$("$B" --draft "$d/o.yaml" -o "$out" 2>&1); rc=$?
	equals "$rc" 1 "--draft -o $(basename "$out"): refused"
	contains "$err" "is a case file" "--draft -o $(basename "$out"): the reason"
done
cmp -s "$d/o.yaml" "$d/before.yaml"; ok $? "the case is unchanged"
cmp -s "$d/other.yaml" "$d/before.yaml"; ok $? "the other case is unchanged"
"$B" --draft "$d/o.yaml" -o "$d/o.draft.txt" 2>/dev/null; ok $? "a draft to a new name is still written"

# --forget takes what the loader takes: a BOM, flow style, a quoted key, CR line ends.
printf '\357\273\277nis2-notify: 1\nlanguage: en\n' > "$d/bom.yaml"
printf '{nis2-notify: 1, language: en}\n' > "$d/flow.yaml"
printf '"nis2-notify": 1\nlanguage: en\n' > "$d/quoted.yaml"
printf 'nis2-notify: 1\rlanguage: en\r' > "$d/cr.yaml"
for f in bom flow quoted cr; do
	"$B" --evaluate "$d/$f.yaml" >/dev/null 2>&1; ok $? "$f: a case for --evaluate"
	"$B" --forget "$d/$f.yaml" --yes >/dev/null 2>&1; ok $? "$f: forgotten"
	[ ! -e "$d/$f.yaml" ]; ok $? "$f: deleted"
done
# TERM=dumb: refused like an unknown TERM, with the reason, nothing written.
if command -v script >/dev/null 2>&1; then
	out=$(script -qc "env TERM=dumb '$B' --lang en '$d/o.yaml'; echo rc=\$?" /dev/null </dev/null 2>&1)
	contains "$out" "rc=1" "TERM=dumb: the wizard refuses to start"
	contains "$out" "cannot place text on the screen" "with the reason"
	case "$out" in
	*"$(printf '\033')"*) ok 1 "and writes no escape sequence" ;;
	*) ok 0 "and writes no escape sequence" ;;
	esac
fi
done_testing
