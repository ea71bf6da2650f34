#!/bin/sh
# test_lang.sh: messages are translated on a machine whose only locales are C
# and C.UTF-8, whatever LANG names, and UTF-8 text comes out intact.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

run() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES "$@" "$NIS2_BIN" --help 2>&1; }

out=$(run LANG=nl_BE.UTF-8)
contains "$out" "Gebruik:" "LANG=nl_BE.UTF-8 gives Dutch help"
out=$(run LANG=fr_BE.UTF-8)
contains "$out" "Utilisation :" "LANG=fr_BE.UTF-8 gives French help"
contains "$out" "décider" "French help keeps its accents in UTF-8"
out=$(run LANG=C)
contains "$out" "Usage:" "LANG=C gives English help"
out=$(run LANG=de_DE.UTF-8)
contains "$out" "Usage:" "an unsupported language falls back to English"
out=$(env LANGUAGE=fr LANG=nl_BE.UTF-8 "$NIS2_BIN" --help 2>&1)
contains "$out" "Utilisation :" "LANGUAGE wins over LANG"
out=$(env LANG=nl_BE.UTF-8 "$NIS2_BIN" --lang fr --help 2>&1)
contains "$out" "Utilisation :" "--lang wins over the environment"
out=$(env LC_ALL=fr_BE.UTF-8 LANG=nl_BE.UTF-8 "$NIS2_BIN" --bogus 2>&1)
contains "$out" "option inconnue" "usage errors are translated too"
env LANG=C "$NIS2_BIN" --bogus >/dev/null 2>&1
equals "$?" "2" "a usage error exits 2"
env LANG=C "$NIS2_BIN" --lang de --help >/dev/null 2>&1
equals "$?" "2" "an unknown --lang is a usage error"

done_testing
