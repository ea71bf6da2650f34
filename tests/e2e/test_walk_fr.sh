#!/bin/sh
# test_walk_fr.sh: the full walk (walk_lib.sh) in French.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
WALK_LANG=fr
. "${TOP_SRCDIR}/tests/e2e/walk_lib.sh"
walk
done_testing
