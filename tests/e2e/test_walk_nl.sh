#!/bin/sh
# test_walk_nl.sh: the full walk (walk_lib.sh) in Dutch.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
WALK_LANG=nl
. "${TOP_SRCDIR}/tests/e2e/walk_lib.sh"
walk
done_testing
