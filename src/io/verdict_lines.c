/* verdict_lines.c: the verdict's lines, worded once (see verdict_lines.h).
 * Before this module the CLI and the wizard each worded the verdict, and a
 * fix to the French punctuation of "criterion: reason" reached one copy. */
#include "config.h"

#include "io/verdict_lines.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "core/rules.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

struct vl_builder {
	struct verdict_lines *out;
	size_t cap;
};

/* Adds a line of kind k; text from a file may hold anything, so it never
 * reaches a terminal with its control characters. */
static void add(struct vl_builder *b, enum vline_kind k, const char *text)
{
	struct verdict_lines *vl = b->out;
	vl->v = xgrow(vl->v, &b->cap, vl->n + 1, sizeof(*vl->v));
	vl->v[vl->n].kind = k;
	vl->v[vl->n].text = utf8_sanitize(text, false);
	vl->n++;
}

/* Adds a line of kind k and frees text. */
static void add_take(struct vl_builder *b, enum vline_kind k, char *text)
{
	add(b, k, text);
	free(text);
}

const char *verdict_missing_label(const char *name, const struct fact_registry *facts, enum lang l)
{
	const struct fact_def *f = facts ? facts_find(facts, name) : NULL;
	if (f)
		return text3_get(&f->question, l);
	if (strcmp(name, "incident.aware") == 0)
		return _("the moment of awareness (the clock starts there)");
	if (strcmp(name, "related") == 0)
		return _("a value of an earlier incident with the same root cause");
	if (strcmp(name, "incident.restored") == 0)
		return _("When was the service restored? While it is still down, its durations can only grow");
	if (strcmp(name, "entity.type") == 0)
		return _("What type of entity are you? The types of the Implementing Regulation have their own thresholds");
	if (strcmp(name, "entity.sectors") == 0)
		return _("In which sectors is the entity? DORA replaces NIS2 only in banking and financial market infrastructure");
	/* facts with their own place in the file, when the registry does not
	 * ask for them itself */
	if (strcmp(name, "users") == 0)
		return _("How many users does the affected service have?");
	if (strcmp(name, "turnover_eur") == 0)
		return _("What was the entity's total annual turnover in the preceding financial year (euro)?");
	if (strcmp(name, "malicious") == 0)
		return _("Do you suspect that the incident was caused by a malicious act?");
	return "";
}

static void reasons(struct vl_builder *b, const struct evaluation *e)
{
	if (!e->n_explanation)
		return;
	add(b, VL_HEADING, e->verdict == VERDICT_SIGNIFICANT ? _("Why:") : _("Reason:"));
	for (size_t i = 0; i < e->n_explanation; i++) {
		const struct id_text *x = &e->explanation[i];
		/* a criterion's id helps find it in the guide; a verdict's id
		 * would only repeat the verdict */
		if (strcmp(x->id, verdict_name(e->verdict)) == 0)
			add(b, VL_ITEM, x->text);
		else
			/* TRANSLATORS: a criterion id and why it is met */
			add_take(b, VL_ITEM, xasprintf(_("%s: %s"), x->id, x->text));
	}
}

static void unknowns(struct vl_builder *b, const struct evaluation *e,
		     const struct fact_registry *facts, enum lang l)
{
	if (!e->n_missing)
		return;
	add(b, VL_BLANK, "");
	add(b, VL_HEADING, e->verdict == VERDICT_SIGNIFICANT
	    ? _("Still unknown (may add reasons, cannot undo the verdict):")
	    : _("Still unknown (answering may change the verdict):"));
	for (size_t i = 0; i < e->n_missing; i++) {
		/* the question a person answers, then the key to set in the file */
		const char *q = verdict_missing_label(e->missing[i], facts, l);
		add_take(b, VL_ITEM, *q ? xasprintf("%s [%s]", q, e->missing[i]) : xstrdup(e->missing[i]));
	}
}

/* A stage, when it is due, and where it stands. */
static void deadline(struct vl_builder *b, const struct deadline *x, instant_t now)
{
	add(b, VL_STAGE, label_stage(x->stage));
	if (x->has_due) {
		char *when = timefmt_local(x->due);
		/* TRANSLATORS: "at the latest" followed by a date and time */
		add_take(b, VL_DETAIL, xasprintf(_("at the latest %s"), when));
		free(when);
	} else if (x->status == DL_ON_REQUEST) {
		add(b, VL_DETAIL, _("when the CSIRT or the sectoral authority asks for it"));
	} else if (x->status == DL_AFTER_RESOLUTION) {
		add(b, VL_DETAIL, _("within one month after the incident has been handled"));
	} else if (x->status == DL_AFTER_NOTIFICATION) {
		add(b, VL_DETAIL, _("one month after the incident notification"));
	} else {
		add(b, VL_DETAIL, _("without undue delay"));
	}
	/* on request, without a deadline, after resolution: the line above says it all */
	if (!x->submitted_set && (x->status == DL_ON_REQUEST || x->status == DL_NO_DEADLINE ||
				  x->status == DL_AFTER_RESOLUTION || x->status == DL_AFTER_NOTIFICATION))
		return;
	if (x->status == DL_DONE && x->submitted_set) {
		char *when = timefmt_local(x->submitted);
		add_take(b, VL_DETAIL, xasprintf(x->late ? _("done %s (late)") : _("done %s"), when));
		free(when);
	} else if ((x->status == DL_DUE || x->status == DL_OVERDUE) && x->has_due) {
		char *left = timefmt_left(x->due, now);
		/* TRANSLATORS: a status ("due", "OVERDUE") and the time left or overdue */
		add_take(b, VL_DETAIL, xasprintf(_("%s: %s"), label_status(x->status), left));
		free(left);
	} else {
		add(b, VL_DETAIL, label_status(x->status));
	}
}

static void deadlines(struct vl_builder *b, const struct evaluation *e, const struct deadlines *d,
		      const struct case_file *c, instant_t now)
{
	if (d->n) {
		add(b, VL_BLANK, "");
		add(b, VL_HEADING, e->verdict == VERDICT_UNDETERMINED
		    ? _("Deadlines if the incident is significant (Brussels time):")
		    : _("Deadlines (Brussels time):"));
		add(b, VL_TEXT, _("Each report without undue delay, and at the latest at the time shown."));
		for (size_t i = 0; i < d->n; i++) {
			deadline(b, &d->items[i], now);
			/* 24 h is the safe side while a trust service is possible or
			 * listed beside other types: the row says when it is 72 h */
			if (d->items[i].stage == STAGE_NOTIFICATION && e->notify_24h_if_trust)
				add(b, VL_DETAIL,
				    _("24 h after awareness if the incident affects a trust service "
				      "you provide, otherwise 72 h (guide A.4)"));
			if (d->items[i].stage == STAGE_GDPR)
				add(b, VL_DETAIL,
				    _("Separately from the CCB, to the data protection authority (GBA/APD), "
				      "without undue delay and where feasible within 72 hours of becoming "
				      "aware of the breach, unless the breach is unlikely to result in a "
				      "risk to people's rights and freedoms (GDPR art. 33(1)); a processor "
				      "tells its controller instead (art. 33(2))."));
		}
	} else if (!c->incident.aware.set &&
		   (e->verdict == VERDICT_SIGNIFICANT || e->verdict == VERDICT_UNDETERMINED)) {
		add(b, VL_BLANK, "");
		add(b, VL_TEXT, _("No deadlines yet: give the moment of awareness (incident.aware)."));
	}
}

/* "early warning ..., at the latest Mon 2026-11-23 09:30", or that it was
 * submitted, or the action alone when there is no time yet. */
static char *action_with_due(const struct deadlines *d, enum stage st, const char *what)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct deadline *x = &d->items[i];
		if (x->stage != st)
			continue;
		if (x->status == DL_DONE && x->submitted_set) {
			char *when = timefmt_local(x->submitted);
			/* TRANSLATORS: a report to send, then when it was sent */
			char *s = xasprintf(_("%s: done %s"), what, when);
			free(when);
			return s;
		}
		if (!x->has_due)
			break;
		char *when = timefmt_local(x->due);
		/* TRANSLATORS: a report to send, then its due date and time */
		char *s = xasprintf(_("%s, at the latest %s%s"), what, when,
				    x->status == DL_OVERDUE ? _(" (! OVERDUE)") : "");
		free(when);
		return s;
	}
	return xstrdup(what);
}

/* What to do now: the lines of rules.yaml `actions:` that apply to this
 * verdict and case, each report with its due time. */
static void actions(struct vl_builder *b, const struct ruleset *rs, const struct case_file *c,
		    enum verdict v, const struct deadlines *d, enum lang l)
{
	if (!rs)
		return;
	const struct action *acts[64];
	size_t n = rules_actions(rs, c, v, d, acts, 64);
	if (n == 0)
		return;
	add(b, VL_BLANK, "");
	add(b, VL_HEADING, _("What to do now:"));
	for (size_t i = 0; i < n && i < 64; i++) {
		const char *text = text3_get(&acts[i]->text, l);
		if (acts[i]->heading)
			add(b, VL_SUBHEAD, text);
		else if (acts[i]->has_stage)
			add_take(b, VL_ITEM, action_with_due(d, acts[i]->stage, text));
		else
			add(b, VL_ITEM, text);
	}
}

/* What would change the verdict (the engine's `near` list): the nearest
 * thresholds not met, and when a running disruption crosses one. */
static void near(struct vl_builder *b, const struct evaluation *e)
{
	if (!e->n_near)
		return;
	add(b, VL_BLANK, "");
	add(b, VL_HEADING, _("What would change the verdict:"));
	for (size_t i = 0; i < e->n_near; i++)
		add(b, VL_ITEM, e->near[i].text ? e->near[i].text : e->near[i].id);
}

void verdict_lines_build(const struct evaluation *e, const struct deadlines *d,
			 const struct ruleset *rs, const struct case_file *c,
			 const struct fact_registry *facts, instant_t now, enum lang l,
			 struct verdict_lines *out)
{
	struct vl_builder b = { out, 0 };
	out->n = 0;
	out->v = NULL;
	add_take(&b, VL_TITLE, xasprintf(_("Verdict: %s"), label_verdict(e->verdict)));
	add(&b, VL_TEXT, e->regime == REGIME_IR
	    ? _("Rules: Implementing Regulation (EU) 2024/2690, for this type of entity")
	    : _("Rules: the CCB's NIS2 notification guide (10.2024 - 1.2)"));
	add(&b, VL_BLANK, "");
	reasons(&b, e);
	near(&b, e);
	/* what to do before what is open: a handler looks there first */
	actions(&b, rs, c, e->verdict, d, l);
	unknowns(&b, e, facts, l);
	deadlines(&b, e, d, c, now);
	if (e->n_warnings) {
		add(&b, VL_BLANK, "");
		add(&b, VL_HEADING, _("Notes:"));
		for (size_t i = 0; i < e->n_warnings; i++)
			add(&b, VL_ITEM, e->warnings[i].text);
	}
}

void verdict_lines_free(struct verdict_lines *vl)
{
	for (size_t i = 0; i < vl->n; i++)
		free(vl->v[i].text);
	free(vl->v);
	vl->v = NULL;
	vl->n = 0;
}
