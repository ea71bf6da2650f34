/* deadlines.h: the notification clock of a case (spec/case-file.md,
 * "Deadlines").
 *
 * Rows, in the order of the spec's table with progress before final:
 * early-warning, notification, intermediate, progress, final, recipients
 * (NIS2 stages: only for the verdicts significant and undetermined), then gdpr
 * (for every verdict when incident.personal_data is true).
 *
 * F, the final report's base time, is one month (clock_add_months) after
 * reports.notification, or after the notification deadline while no
 * notification is recorded.  Progress is listed when the incident is (or
 * was) unresolved at F, per the spec's four cases, and also whenever a
 * progress report is recorded: a report that was made is never hidden.
 *
 * Status against `now`: done when the stage's report is recorded (late when
 * submitted after due; at the due instant itself is in time), otherwise due
 * while now <= due and overdue after; intermediate without a report is
 * on-request, recipients no-deadline, a final report that waits for the end of
 * the incident after-resolution.
 *
 * Without incident.aware there is nothing to count from, so nothing is
 * invented: early-warning and notification carry no time (has_due false) and
 * are done when recorded, else due ("without undue delay"); F then exists only
 * when reports.notification is recorded, and without F there is no progress
 * row (unless a progress report is recorded) and final carries no time (done,
 * or after-notification: one month after the incident notification, never
 * "without undue delay"); intermediate and recipients are as always; gdpr counts from
 * gdpr_aware when that is given, else it carries no time (done or due).  The
 * rules engine lists incident.aware as missing in that case.
 *
 * Why the hours are C and not data/rules.yaml: they are the law's fixed
 * stages (NIS2 art. 23(4): 24 h early warning, 72 h notification, 24 h for
 * a trust service, one month for the final report; GDPR art. 33(1): 72 h),
 * not thresholds that a new edition of the CCB guide could change; the
 * rules decide only which applies (evaluation.notify_24h). */
#ifndef NIS2_DEADLINES_H
#define NIS2_DEADLINES_H

#include "core/case.h"
#include "core/clock.h"
#include "core/evaluation.h"

/* e: the case's evaluation (its verdict, and whether the notification is
 * due in 24 h: a trust service listed, or possible while the type is
 * absent). */
void deadlines_compute(const struct case_file *c, const struct evaluation *e, instant_t now,
		       struct deadlines *out);

/* The due time of every stage that has one (a stage on request, without a
 * deadline or not applicable is not set): what a scenario's expected:
 * section lists. */
void deadlines_due_by_stage(const struct deadlines *dl, struct opt_time due[STAGE_COUNT]);

#endif
