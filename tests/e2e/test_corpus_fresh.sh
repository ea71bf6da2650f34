#!/bin/sh
# test_corpus_fresh.sh: the fuzzers' seed copies of the data files are the
# data files as shipped; a stale seed (say, a rules.yaml without a section
# that is now required) would stop every mutation at the first error and
# leave the loaders' deeper code unfuzzed.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

for seed in "$TOP_SRCDIR"/tests/fuzz/corpus/data/*.yaml; do
	name=$(basename "$seed")
	cmp -s "$seed" "$TOP_SRCDIR/data/$name"
	ok $? "tests/fuzz/corpus/data/$name is data/$name"
done
done_testing
