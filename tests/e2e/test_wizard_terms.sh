#!/bin/sh
# test_wizard_terms.sh: the same walk on the terminals a jump host may have
# (TERM=vt100, xterm, tmux-256color, and xterm-256color with NO_COLOR): every
# screen is drawn and readable, an overdue report is marked with "!" and not
# only in red, and NO_COLOR really means no colour sequences at all.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
. "${TOP_SRCDIR}/tests/e2e/tui_lib.sh"

# Aware on 1 November 2026: the early warning has been overdue ever since.
case_file="$TMPDIR_TEST/late.yaml"
cat > "$case_file" <<'EOF'
nis2-notify: 1
language: en
entity: { name: Laat NV, nis2: essential, type: general, sectors: [drinking-water], users: 1000 }
incident:
  aware: 2026-11-01T09:00:00+01:00
  started: 2026-11-01T08:00:00+01:00
  annex_service: true
  planned_maintenance: false
  personal_data: false
  malicious: no
impact: { outage_users: 600, outage_minutes: 120 }
EOF
chmod 600 "$case_file"

# walk_on TERM [ENV...]: start, verdict, clock, form, quit.
walk_on() {
	term=$1
	shift
	WIZ_TERM=$term start_wizard "$@" "$NIS2_BIN" --lang en "$case_file"
	see "Step 1 of 9" "[$term$*] the start screen"
	keys Tab Tab Tab Tab Tab
	see "significant incident: notify the CCB" "[$term$*] the verdict"
	keys Enter
	see "Step 7 of 9" "[$term$*] the clock"
	see "! OVERDUE" "[$term$*] the overdue report is marked with '!', not only by colour"
	keys Tab
	see "Step 8 of 9" "[$term$*] the form"
	keys q
	see_printed "[exit 0]" "[$term$*] leaves with status 0"
}

walk_on vt100
walk_on xterm
walk_on tmux-256color
# Colour sequences (SGR 30-37, 40-47, 38;5 / 48;5) in what the wizard wrote.
colours() { grep -c "$(printf '\033')\[[0-9;]*[34][0-9]m\|$(printf '\033')\[[34]8;5" "$TMPDIR_TEST/out.bin"; }
walk_on xterm-256color
[ "$(colours)" -gt 0 ]; ok $? "with colours, the wizard does use colour (so the next check can fail)"
walk_on xterm-256color NO_COLOR=1
equals "$(colours)" "0" "with NO_COLOR set, not one colour sequence is written"
done_testing
