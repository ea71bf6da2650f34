/* deadlines.c: when each report is due, and where it stands (see
 * deadlines.h for the rules and the choices made where the spec is silent). */
#include "config.h"

#include "core/deadlines.h"

#include <string.h>

/* A row, status decided from the recorded report and the due time; a row
 * without a due time and without a report gets `timeless`. */
static void add_row(const struct case_file *c, struct deadlines *out, enum stage s,
		    bool has_due, instant_t due, instant_t now, enum deadline_status timeless)
{
	struct deadline *d = &out->items[out->n++];
	const struct opt_time *rep = &c->reports[s];
	memset(d, 0, sizeof *d);
	d->stage = s;
	d->has_due = has_due;
	d->due = has_due ? due : 0;
	if (rep->set) {
		d->status = DL_DONE;
		d->submitted_set = true;
		d->submitted = rep->t;
		d->late = has_due && rep->t > due;
	} else if (has_due) {
		d->status = now <= due ? DL_DUE : DL_OVERDUE;
	} else {
		d->status = timeless;
	}
}

static void nis2_rows(const struct case_file *c, bool notify_24h, instant_t now, struct deadlines *out)
{
	const struct incident *inc = &c->incident;
	bool aware = inc->aware.set;
	int notif_hours = notify_24h ? 24 : 72;
	instant_t ew_due = aware ? clock_add_hours(inc->aware.t, 24) : 0;
	instant_t n_due = aware ? clock_add_hours(inc->aware.t, notif_hours) : 0;

	add_row(c, out, STAGE_EARLY_WARNING, aware, ew_due, now, DL_DUE);
	add_row(c, out, STAGE_NOTIFICATION, aware, n_due, now, DL_DUE);
	add_row(c, out, STAGE_INTERMEDIATE, false, 0, now, DL_ON_REQUEST);

	const struct opt_time *notified = &c->reports[STAGE_NOTIFICATION];
	bool has_f = notified->set || aware;
	instant_t f = has_f ? clock_add_months(notified->set ? notified->t : n_due, 1) : 0;
	bool progress_recorded = c->reports[STAGE_PROGRESS].set;

	if (!has_f) {
		if (progress_recorded)
			add_row(c, out, STAGE_PROGRESS, false, 0, now, DL_DUE);
		add_row(c, out, STAGE_FINAL, false, 0, now, DL_AFTER_NOTIFICATION);
	} else if (inc->resolved.set && inc->resolved.t > f) {
		/* Handled after F: a progress report at F, the final one a
		 * month after the end. */
		add_row(c, out, STAGE_PROGRESS, true, f, now, DL_DUE);
		add_row(c, out, STAGE_FINAL, true, clock_add_months(inc->resolved.t, 1), now, DL_DUE);
	} else if (inc->resolved.set || c->reports[STAGE_FINAL].set || now < f) {
		if (progress_recorded)
			add_row(c, out, STAGE_PROGRESS, true, f, now, DL_DUE);
		add_row(c, out, STAGE_FINAL, true, f, now, DL_DUE);
	} else {
		/* Still going at F: progress now, final once it is handled. */
		add_row(c, out, STAGE_PROGRESS, true, f, now, DL_DUE);
		add_row(c, out, STAGE_FINAL, false, 0, now, DL_AFTER_RESOLUTION);
	}
	add_row(c, out, STAGE_RECIPIENTS, false, 0, now, DL_NO_DEADLINE);
}

void deadlines_compute(const struct case_file *c, const struct evaluation *e, instant_t now,
		       struct deadlines *out)
{
	const struct incident *inc = &c->incident;
	memset(out, 0, sizeof *out);
	if (e->verdict == VERDICT_SIGNIFICANT || e->verdict == VERDICT_UNDETERMINED)
		nis2_rows(c, e->notify_24h, now, out);
	if (inc->personal_data.set && inc->personal_data.v) {
		/* GDPR art. 33(1): 72 h after becoming aware of the breach. */
		const struct opt_time *from = inc->gdpr_aware.set ? &inc->gdpr_aware : &inc->aware;
		add_row(c, out, STAGE_GDPR, from->set, from->set ? clock_add_hours(from->t, 72) : 0,
			now, DL_DUE);
	}
}

void deadlines_due_by_stage(const struct deadlines *dl, struct opt_time due[STAGE_COUNT])
{
	for (int st = 0; st < STAGE_COUNT; st++)
		due[st] = (struct opt_time){ false, 0 };
	for (size_t i = 0; i < dl->n; i++)
		if (dl->items[i].has_due)
			due[dl->items[i].stage] = (struct opt_time){ true, dl->items[i].due };
}
