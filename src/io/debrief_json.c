/* debrief_json.c: the debrief as JSON (io/debrief_json.h). */
#include "config.h"

#include "io/debrief_json.h"
#include "core/clock.h"
#include "core/sbuf.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

const char *debrief_mark_word(enum debrief_mark m)
{
	switch (m) {
	case DBM_MATCH: return "match";
	case DBM_DIFFERS: return "differs";
	case DBM_UNANSWERED: return "unanswered";
	case DBM_EXTRA: return "extra";
	case DBM_SAME_EFFECT: return "same_effect";
	case DBM_NOT_ASKED: return "not_asked";
	case DBM_NOT_REVEALED: return "not_revealed";
	}
	return "unknown";
}

const char *debrief_report_word(enum debrief_report r)
{
	switch (r) {
	case DBR_ON_TIME: return "on_time";
	case DBR_LATE: return "late";
	case DBR_MISSING: return "missing";
	case DBR_PENDING: return "pending";
	case DBR_NOT_REQUIRED: return "not_required";
	case DBR_NO_DUE: return "no_due";
	}
	return "unknown";
}

const char *debrief_crit_word(enum debrief_crit_mark m)
{
	switch (m) {
	case DBC_BOTH: return "found";
	case DBC_MISSED: return "missed";
	case DBC_EXTRA: return "extra";
	}
	return "unknown";
}

/* Why an answer is not scored, or NULL when it is. */
static const char *unscored_why(enum debrief_mark m)
{
	switch (m) {
	case DBM_EXTRA: return "not_in_scenario";
	case DBM_NOT_ASKED: return "not_asked";
	case DBM_NOT_REVEALED: return "not_revealed";
	default: return NULL;
	}
}

static void str_or_null(struct sbuf *b, const char *s)
{
	if (s)
		sbuf_json_string(b, s);
	else
		sbuf_puts(b, "null");
}

static void time_or_null(struct sbuf *b, bool set, instant_t t)
{
	if (!set) {
		sbuf_puts(b, "null");
		return;
	}
	char buf[CLOCK_FMT_LEN];
	clock_format(t, buf);
	sbuf_json_string(b, buf);
}

static bool answer_is_bool(const struct debrief_answer *a, const struct dataset *ds)
{
	if (a->kind == DBV_BOOL)
		return true;
	if (a->kind != DBV_FACT || !ds)
		return false;
	const char *dot = strchr(a->field, '.');
	const struct fact_def *f = dot ? facts_find(&ds->facts, dot + 1) : NULL;
	return f && f->kind == FACT_BOOL;
}

/* A value as the case file writes it: yes/no as true/false, numbers as
 * numbers, times as ISO 8601 with the offset, words as strings. */
static void value(struct sbuf *b, const struct debrief_answer *a, const struct debrief_value *v,
		  const struct dataset *ds)
{
	if (!v->set) {
		sbuf_puts(b, "null");
		return;
	}
	if (answer_is_bool(a, ds)) {
		sbuf_puts(b, v->n ? "true" : "false");
		return;
	}
	switch (a->kind) {
	case DBV_TIME:
		time_or_null(b, true, v->n);
		return;
	case DBV_WORD:
		sbuf_json_string(b, v->word ? v->word : "");
		return;
	default:
		sbuf_printf(b, "%lld", (long long)v->n);
	}
}

static void revealed(struct sbuf *b, const struct debrief_answer *a, const struct scenario *s)
{
	if (a->revealed_by == REVEALED_NEVER || !a->expected.set) {
		sbuf_puts(b, "null");
	} else if (a->revealed_by == REVEALED_BRIEFING) {
		sbuf_puts(b, "{\"briefing\": true, \"inject\": null, \"at\": null}");
	} else {
		sbuf_printf(b, "{\"briefing\": false, \"inject\": %zu, \"at\": ", a->revealed_by + 1);
		time_or_null(b, a->revealed_by < s->n_injects, a->revealed_by < s->n_injects ?
			     s->injects[a->revealed_by].at : 0);
		sbuf_putc(b, '}');
	}
}

static void answers(struct sbuf *b, const struct debrief *d, const struct scenario *s,
		    const struct dataset *ds)
{
	sbuf_puts(b, "  \"answers\": [");
	for (size_t i = 0; i < d->n_answers; i++) {
		const struct debrief_answer *a = &d->answers[i];
		sbuf_puts(b, i ? ",\n    {" : "\n    {");
		sbuf_puts(b, "\"field\": ");
		sbuf_json_string(b, a->field);
		sbuf_puts(b, ", \"expected\": ");
		value(b, a, &a->expected, ds);
		sbuf_puts(b, ", \"given\": ");
		value(b, a, &a->given, ds);
		sbuf_printf(b, ", \"mark\": \"%s\", \"scored\": %s, \"right\": %s, \"not_scored\": ",
			    debrief_mark_word(a->mark), debrief_mark_scored(a->mark) ? "true" : "false",
			    a->mark == DBM_MATCH || a->mark == DBM_SAME_EFFECT ? "true" : "false");
		str_or_null(b, unscored_why(a->mark));
		sbuf_puts(b, ", \"revealed_by\": ");
		revealed(b, a, s);
		sbuf_putc(b, '}');
	}
	sbuf_puts(b, d->n_answers ? "\n  ],\n" : "],\n");
}

static void criteria(struct sbuf *b, const struct debrief *d)
{
	sbuf_puts(b, "  \"criteria\": [");
	for (size_t i = 0; i < d->n_criteria; i++) {
		const struct debrief_criterion *c = &d->criteria[i];
		sbuf_puts(b, i ? ",\n    {" : "\n    {");
		sbuf_puts(b, "\"id\": ");
		sbuf_json_string(b, c->id);
		sbuf_printf(b, ", \"entity_type\": \"%s\", \"mark\": \"%s\"}", entity_type_name(c->type),
			    debrief_crit_word(c->mark));
	}
	sbuf_puts(b, d->n_criteria ? "\n  ],\n" : "],\n");
}

static void stages(struct sbuf *b, const struct debrief *d)
{
	sbuf_puts(b, "  \"stages\": [");
	for (size_t i = 0; i < d->n_stages; i++) {
		const struct debrief_stage *r = &d->stages[i];
		sbuf_printf(b, "%s{\"stage\": \"%s\", \"expected_due\": ", i ? ",\n    " : "\n    ",
			    stage_name(r->stage));
		time_or_null(b, r->expected_due.set, r->expected_due.t);
		sbuf_puts(b, ", \"trainee_due\": ");
		time_or_null(b, r->trainee_due.set, r->trainee_due.t);
		sbuf_puts(b, ", \"sent\": ");
		time_or_null(b, r->submitted.set, r->submitted.t);
		sbuf_printf(b, ", \"status\": \"%s\", \"since_awareness_s\": ", debrief_report_word(r->report));
		if (r->has_since_aware)
			sbuf_printf(b, "%lld", (long long)r->since_aware);
		else
			sbuf_puts(b, "null");
		sbuf_printf(b, ", \"undue_delay\": %s, \"late_own\": %s}", r->undue ? "true" : "false",
			    r->late_own ? "true" : "false");
	}
	sbuf_puts(b, d->n_stages ? "\n  ],\n" : "],\n");
}

static void root_causes(struct sbuf *b, const struct debrief *d)
{
	sbuf_puts(b, "  \"root_causes\": [");
	const char *sep = "";
	if (d->wrong_type) {
		sbuf_printf(b, "{\"cause\": \"wrong_entity_type\", \"given\": \"%s\", \"expected\": \"%s\"}",
			    entity_type_name(d->trainee_type), entity_type_name(d->type));
		sep = ", ";
	}
	if (d->wrong_aware)
		sbuf_printf(b, "%s{\"cause\": \"awareness_beyond_tolerance\"}", sep);
	sbuf_puts(b, "],\n");
}

/* The stage's seconds from awareness to sending, or null. */
static void since(struct sbuf *b, const struct debrief *d, enum stage st)
{
	for (size_t i = 0; i < d->n_stages; i++)
		if (d->stages[i].stage == st && d->stages[i].has_since_aware) {
			sbuf_printf(b, "%lld", (long long)d->stages[i].since_aware);
			return;
		}
	sbuf_puts(b, "null");
}

static void timeline(struct sbuf *b, const struct debrief *d)
{
	sbuf_puts(b, "  \"timeline\": [");
	for (size_t i = 0; i < d->n_events; i++) {
		const struct debrief_event *e = &d->events[i];
		sbuf_puts(b, i ? ",\n    {\"at\": " : "\n    {\"at\": ");
		time_or_null(b, true, e->at);
		switch (e->kind) {
		case DBE_INJECT:
			sbuf_printf(b, ", \"kind\": \"inject\", \"inject\": %zu}", e->inject + 1);
			break;
		case DBE_VERDICT:
			sbuf_printf(b, ", \"kind\": \"verdict\", \"verdict\": \"%s\"}", verdict_name(e->verdict));
			break;
		case DBE_REPORT:
			sbuf_printf(b, ", \"kind\": \"report\", \"stage\": \"%s\"}", stage_name(e->stage));
			break;
		}
	}
	sbuf_puts(b, d->n_events ? "\n  ]\n" : "]\n");
}

char *render_debrief_json(const struct debrief *d, const struct scenario *s,
			  const struct dataset *ds, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_printf(&b, "{\n  \"format\": \"%s\",\n  \"format_version\": %d,\n  \"trainee\": ",
		    DEBRIEF_JSON_FORMAT, DEBRIEF_JSON_VERSION);
	str_or_null(&b, d->trainee);
	sbuf_puts(&b, ",\n  \"scenario\": {\"id\": ");
	str_or_null(&b, s->id);
	sbuf_puts(&b, ", \"version\": ");
	str_or_null(&b, s->version);
	sbuf_printf(&b, ", \"entity_type\": \"%s\"},\n  \"language\": \"%s\",\n  \"exercise_end\": ",
		    entity_type_name(d->type), lang_code(l));
	time_or_null(&b, true, d->end);
	sbuf_printf(&b, ",\n  \"verdict\": {\"expected\": \"%s\", \"given\": ", verdict_name(d->expected_verdict));
	str_or_null(&b, d->given_set ? verdict_name(d->given_verdict) : NULL);
	sbuf_printf(&b, ", \"match\": %s},\n", d->given_set && d->verdict_match ? "true" : "false");
	root_causes(&b, d);
	answers(&b, d, s, ds);
	criteria(&b, d);
	stages(&b, d);
	sbuf_printf(&b, "  \"counts\": {\"answers_right\": %zu, \"answers_total\": %zu, "
		    "\"reports_on_time\": %zu, \"reports_late\": %zu, \"reports_missing\": %zu},\n",
		    d->answers_right, d->answers_total, d->reports_on_time, d->reports_late,
		    d->reports_missing);
	/* Times between decisions: from awareness (the scenario's) to each
	 * report; from the first "significant" verdict only when a decision
	 * journal recorded it (null otherwise). */
	sbuf_puts(&b, "  \"times\": {\"awareness_to_early_warning_s\": ");
	since(&b, d, STAGE_EARLY_WARNING);
	sbuf_puts(&b, ", \"awareness_to_notification_s\": ");
	since(&b, d, STAGE_NOTIFICATION);
	sbuf_puts(&b, ", \"first_verdict_at\": ");
	time_or_null(&b, d->verdict_at_set, d->verdict_at);
	sbuf_puts(&b, ", \"awareness_to_verdict_s\": ");
	if (d->verdict_at_set && d->aware.set)
		sbuf_printf(&b, "%lld", (long long)(d->verdict_at - d->aware.t));
	else
		sbuf_puts(&b, "null");
	sbuf_puts(&b, ", \"verdict_to_early_warning_s\": ");
	const struct debrief_stage *ew = NULL;
	for (size_t i = 0; i < d->n_stages; i++)
		if (d->stages[i].stage == STAGE_EARLY_WARNING && d->stages[i].submitted.set)
			ew = &d->stages[i];
	if (d->verdict_at_set && ew)
		sbuf_printf(&b, "%lld", (long long)(ew->submitted.t - d->verdict_at));
	else
		sbuf_puts(&b, "null");
	sbuf_puts(&b, "},\n");
	timeline(&b, d);
	sbuf_puts(&b, "}\n");
	return sbuf_take(&b);
}
