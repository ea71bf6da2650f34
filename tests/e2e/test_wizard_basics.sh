#!/bin/sh
# test_wizard_basics.sh: the wizard's frame in a real terminal (tmux): the
# first screen, autosave of the case file, language switching, going back,
# the too-small message and live resizing.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

run_wizard
see "Step 1 of 9: Start" "the start screen comes up at 80x24"
see "^L language" "the help line is visible"
keys Enter
see "Step 2 of 9: The entity" "Enter on 'New case' opens the entity step"
case_file=$(state_cases)
[ -n "$case_file" ]; ok $? "a new case file is created in the state folder"
mode=$(stat -c %a "$case_file" 2>/dev/null)
equals "$mode" "600" "the case file is private (0600)"
equals "$(stat -c %a "$XDG_STATE_HOME/nis2-notify")" "700" "the state folder is private (0700)"

keys Enter
type_text "Waterbedrijf Voorbeeld NV"
keys Enter
see "Waterbedrijf Voorbeeld NV |" "the header shows the entity once it is confirmed"
grep -q "name: Waterbedrijf Voorbeeld NV" "$case_file"; ok $? "the confirmed name is saved at once"

keys C-l
see "Stap 2 van 9: De entiteit" "Ctrl-L switches to Dutch on the spot"
see "| NL" "the header shows the language"
keys C-l
see "tape 2 sur 9" "Ctrl-L again: French"
keys C-l
see "Step 2 of 9" "and back to English"
grep -q "language: en" "$case_file"; ok $? "the language is saved in the case"

# Escapes are never drawn raw: paste a name with escapes in it (bracketed
# paste, as a terminal sends it).
keys Home Enter C-a C-k
tm set-buffer "$(printf 'Evil\033[2J\033]0;x\007Co')"
tm paste-buffer -p -t w
keys Enter
see "Evil[2J]0;xCo" "control characters in pasted text are dropped, never sent raw"

# Arrows as raw bytes in both cursor modes (ESC [ B and ESC O B), as a
# terminal that ignores the keypad mode or a mismatched TERM sends them:
# a move, never an Esc that goes back.
keys Home
tm send-keys -t w -H 1b 5b 42
see "> Status under the NIS2 law" "ESC [ B is Down"
tm send-keys -t w -H 1b 4f 42
see "> Sectors" "ESC O B is Down too"
tm send-keys -t w -H 1b 5b 41 1b 5b 41
see "> Name of the organisation" "a burst of two ESC [ A is two Ups"
see "Step 2 of 9" "and none of them went back a step"

keys Escape
see "Step 1 of 9: Start" "Esc goes back one step"
see "Go on with this case" "the start screen offers the open case"
keys Tab
see "Evil[2J]0;xCo" "going forward again keeps every answer"

tm resize-window -t w -x 60 -y 20
see "too small" "below 80x24 the wizard says so instead of drawing"
tm resize-window -t w -x 100 -y 40
see "Step 2 of 9" "at 100x40 the screen is drawn again"
tm resize-window -t w -x 80 -y 24
see "Step 2 of 9" "and back at 80x24"

keys q
see "[exit 0]" "q leaves the wizard with status 0"
see_printed "The case is saved in $case_file" "on exit the wizard says where the case is"
done_testing
