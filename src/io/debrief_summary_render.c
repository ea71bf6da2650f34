/* debrief_summary_render.c: the room summary as text, markdown or JSON. */
#include "config.h"

#include "io/debrief_summary_render.h"
#include "io/answer_labels.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

static const char *stage_label(const char *name)
{
	enum stage st;
	return stage_from_name(name, &st) ? label_stage(st) : name;
}

static const char *cause_label(const char *cause)
{
	if (!strcmp(cause, "wrong_entity_type"))
		return _("the case read by another entity type's rules");
	if (!strcmp(cause, "awareness_beyond_tolerance"))
		return _("the moment of awareness beyond the tolerance");
	return cause;
}

static void line(struct sbuf *b, enum debrief_format f, const char *text)
{
	char *clean = utf8_sanitize(text, false);
	if (f == DEBRIEF_MARKDOWN)
		wrap_append(b, "- ", "  ", clean, TEXT_WIDTH);
	else
		wrap_append(b, "  ", "    ", clean, TEXT_WIDTH);
	free(clean);
}

static char *times_text(const struct dsum_times *t)
{
	if (t->n == 0)
		return xstrdup(_("not recorded"));
	char *lo = timefmt_duration(t->min), *mid = timefmt_duration(t->median),
	     *hi = timefmt_duration(t->max);
	char *s = xasprintf(P_("shortest %s, median %s, longest %s (%zu debrief)",
			       "shortest %s, median %s, longest %s (%zu debriefs)", t->n),
			    lo, mid, hi, t->n);
	free(lo);
	free(mid);
	free(hi);
	return s;
}

static void render_human(struct sbuf *b, const struct dsum *s, const char *id, const char *version,
			 const struct dataset *ds, enum lang l, enum debrief_format f)
{
	char *sid = utf8_sanitize(id ? id : "?", false);
	char *head = version ? xasprintf(_("Room summary: %s, version %s"), sid, version)
			     : xasprintf(_("Room summary: %s"), sid);
	char *clean = utf8_sanitize(head, false);
	sbuf_printf(b, f == DEBRIEF_MARKDOWN ? "# %s\n\n" : "%s\n", clean);
	free(clean);
	free(head);
	free(sid);
	sbuf_printf(b, P_("%zu trainee.\n", "%zu trainees.\n", s->trainees), s->trainees);
	sbuf_printf(b, _("Verdict: %zu right, %zu wrong, %zu without a verdict.\n"), s->verdict_right,
		    s->verdict_wrong, s->verdict_none);

	debrief_heading(b, f, _("Questions, the most missed first"));
	if (f == DEBRIEF_MARKDOWN) {
		sbuf_printf(b, "| %s | %s | %s |\n|---|---|---|\n", _("missed"), _("question"),
			    _("not scored"));
	}
	size_t shown = 0;
	for (size_t i = 0; i < s->n_questions; i++) {
		const struct dsum_question *q = &s->questions[i];
		if (q->scored == 0)
			continue;
		shown++;
		const char *question = answer_question(q->field, ds ? &ds->facts : NULL, l);
		char *count = xasprintf(_("%zu of %zu"), q->missed, q->scored);
		if (f == DEBRIEF_MARKDOWN) {
			char *qc = utf8_sanitize(question, false);
			for (char *p = qc; *p; p++)
				if (*p == '|')
					*p = '/';
			sbuf_printf(b, "| %s | %s `%s` | %zu |\n", count, qc, q->field, q->not_scored);
			free(qc);
		} else {
			char *first = xasprintf("  %-10s ", count);
			char *qc = utf8_sanitize(question, false);
			wrap_append(b, first, "             ", qc, TEXT_WIDTH);
			free(qc);
			free(first);
		}
		free(count);
	}
	if (!shown)
		line(b, f, _("no question was scored"));

	debrief_heading(b, f, _("Reports"));
	if (s->n_stages == 0)
		line(b, f, _("no report expected, none sent"));
	for (size_t i = 0; i < s->n_stages; i++) {
		const struct dsum_stage_count *c = &s->stages[i];
		char *t = xasprintf(_("%s: %zu on time, %zu late, %zu missing, %zu not yet due; "
				      "%zu late by their own deadline, %zu with undue delay"),
				    stage_label(c->stage), c->on_time, c->late, c->missing, c->pending,
				    c->late_own, c->undue);
		line(b, f, t);
		free(t);
	}

	debrief_heading(b, f, _("Times from awareness"));
	char *tv = times_text(&s->to_verdict), *te = times_text(&s->to_ew);
	char *l1 = xasprintf(_("to the verdict 'significant': %s"), tv);
	char *l2 = xasprintf(_("to the early warning: %s"), te);
	line(b, f, l1);
	line(b, f, l2);
	free(l1);
	free(l2);
	free(tv);
	free(te);

	debrief_heading(b, f, _("Root causes"));
	if (s->n_causes == 0)
		line(b, f, _("no root cause"));
	for (size_t i = 0; i < s->n_causes; i++) {
		char *t = xasprintf(_("%zu: %s"), s->causes[i].count, cause_label(s->causes[i].cause));
		line(b, f, t);
		free(t);
	}
}

static void json_times(struct sbuf *b, const char *key, const struct dsum_times *t, bool last)
{
	if (t->n)
		sbuf_printf(b, "    \"%s\": {\"n\": %zu, \"min_s\": %lld, \"median_s\": %lld, \"max_s\": %lld}%s\n",
			    key, t->n, (long long)t->min, (long long)t->median, (long long)t->max,
			    last ? "" : ",");
	else
		sbuf_printf(b, "    \"%s\": {\"n\": 0, \"min_s\": null, \"median_s\": null, \"max_s\": null}%s\n",
			    key, last ? "" : ",");
}

static void render_json(struct sbuf *b, const struct dsum *s, const char *id, const char *version)
{
	sbuf_puts(b, "{\n  \"format\": \"nis2-notify-debrief-summary\",\n  \"format_version\": 1,\n"
		     "  \"scenario\": {\"id\": ");
	if (id)
		sbuf_json_string(b, id);
	else
		sbuf_puts(b, "null");
	sbuf_puts(b, ", \"version\": ");
	if (version)
		sbuf_json_string(b, version);
	else
		sbuf_puts(b, "null");
	sbuf_printf(b, "},\n  \"trainees\": %zu,\n  \"verdict\": {\"right\": %zu, \"wrong\": %zu, \"none\": %zu},\n",
		    s->trainees, s->verdict_right, s->verdict_wrong, s->verdict_none);
	sbuf_puts(b, "  \"questions\": [");
	for (size_t i = 0; i < s->n_questions; i++) {
		const struct dsum_question *q = &s->questions[i];
		sbuf_puts(b, i ? ",\n    {\"field\": " : "\n    {\"field\": ");
		sbuf_json_string(b, q->field);
		sbuf_printf(b, ", \"scored\": %zu, \"missed\": %zu, \"not_scored\": %zu}", q->scored, q->missed,
			    q->not_scored);
	}
	sbuf_puts(b, s->n_questions ? "\n  ],\n  \"stages\": [" : "],\n  \"stages\": [");
	for (size_t i = 0; i < s->n_stages; i++) {
		const struct dsum_stage_count *c = &s->stages[i];
		sbuf_puts(b, i ? ",\n    {\"stage\": " : "\n    {\"stage\": ");
		sbuf_json_string(b, c->stage);
		sbuf_printf(b, ", \"on_time\": %zu, \"late\": %zu, \"missing\": %zu, \"pending\": %zu, "
			    "\"other\": %zu, \"late_own\": %zu, \"undue_delay\": %zu}",
			    c->on_time, c->late, c->missing, c->pending, c->other, c->late_own, c->undue);
	}
	sbuf_puts(b, s->n_stages ? "\n  ],\n  \"times\": {\n" : "],\n  \"times\": {\n");
	json_times(b, "awareness_to_verdict", &s->to_verdict, false);
	json_times(b, "awareness_to_early_warning", &s->to_ew, true);
	sbuf_puts(b, "  },\n  \"root_causes\": [");
	for (size_t i = 0; i < s->n_causes; i++) {
		sbuf_puts(b, i ? ", {\"cause\": " : "{\"cause\": ");
		sbuf_json_string(b, s->causes[i].cause);
		sbuf_printf(b, ", \"count\": %zu}", s->causes[i].count);
	}
	sbuf_puts(b, "]\n}\n");
}

char *render_debrief_summary(const struct dsum *s, const char *scenario_id, const char *version,
			     const struct dataset *ds, enum lang l, enum debrief_format f)
{
	struct sbuf b;
	sbuf_init(&b);
	if (f == DEBRIEF_JSON)
		render_json(&b, s, scenario_id, version);
	else
		render_human(&b, s, scenario_id, version, ds, l, f);
	return sbuf_take(&b);
}
