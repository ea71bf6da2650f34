#!/bin/sh
# test_walk_en.sh: the full walk (walk_lib.sh) in English.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"
WALK_LANG=en
. "${TOP_SRCDIR}/tests/e2e/walk_lib.sh"
walk
done_testing
