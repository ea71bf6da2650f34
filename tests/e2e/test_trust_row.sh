#!/bin/sh
# test_trust_row.sh: the incident notification's row says when its 24 h is
# the safe side: the entity type absent where a trust service is possible,
# or a trust service listed beside other types (rules.md, "Several types";
# guide A.4).  A trust service alone is simply 24 h.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"

row="a trust service you"
mk() {  # mk NAME TYPE-LINE: a digital-infrastructure case, 40 min down
	cat > "$TMPDIR_TEST/$1.yaml" <<EOC
nis2-notify: 1
language: en
entity:
  name: Row $1
  nis2: essential
$2
  sectors: [digital-infrastructure]
  dora: false
  users: 4000
incident:
  aware: 2026-12-02T09:45:00+01:00
  started: 2026-12-02T09:00:00+01:00
  restored: 2026-12-02T09:40:00+01:00
  annex_service: true
  planned_maintenance: false
  personal_data: false
  malicious: no
EOC
	"$NIS2_BIN" --evaluate "$TMPDIR_TEST/$1.yaml" --now 2026-12-02T10:00:00+01:00
}

out=$(mk absent "")
contains "$out" "$row" "type absent: the row says 24 h only for a trust service"
contains "$out" "Thu 2026-12-03 09:45" "and the notification is due 24 h after awareness"
out=$(mk both "  type: [cloud, trust-service]")
contains "$out" "$row" "cloud and trust service: the row says it"
out=$(mk trust "  type: trust-service")
case "$out" in *"$row"*) ok 1 "a trust service alone: no 'otherwise 72 h'" ;; *) ok 0 "a trust service alone: no 'otherwise 72 h'" ;; esac
out=$(mk cloud "  type: cloud")
case "$out" in *"$row"*) ok 1 "a cloud provider alone: no trust-service row" ;; *) ok 0 "a cloud provider alone: no trust-service row" ;; esac
mk fr "" >/dev/null
out=$("$NIS2_BIN" --evaluate "$TMPDIR_TEST/fr.yaml" --now 2026-12-02T10:00:00+01:00 --lang fr)
contains "$out" "sinon 72 heures (guide A.4)" "in French too"
done_testing
