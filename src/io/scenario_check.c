/* scenario_check.c: does the scenario expect what the rules compute? */
#include "config.h"

#include "io/scenario_check.h"
#include "core/asked.h"
#include "core/deadlines.h"
#include "core/debrief.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

/* "G1, G2a", or "none". */
static char *id_list(char *const *ids, size_t n)
{
	if (n == 0)
		return xstrdup(_("none"));
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < n; i++)
		sbuf_printf(&b, "%s%s", i ? ", " : "", ids[i]);
	return sbuf_take(&b);
}

static bool same_ids(char *const *a, size_t na, char *const *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

static char *due_text(const struct opt_time *t)
{
	if (!t->set)
		return xstrdup(_("no due time"));
	char buf[CLOCK_FMT_LEN];
	clock_format(t->t, buf);
	return xstrdup(buf);
}

/* The first stage whose due time differs, or STAGE_COUNT. */
static enum stage first_other_due(const struct scenario *s, const struct deadlines *dl,
				  struct opt_time *computed)
{
	struct opt_time due[STAGE_COUNT];
	deadlines_due_by_stage(dl, due);
	for (int st = 0; st < STAGE_COUNT; st++) {
		const struct opt_time *e = &s->expected.due[st];
		if (e->set != due[st].set || (e->set && e->t != due[st].t)) {
			*computed = due[st];
			return (enum stage)st;
		}
	}
	return STAGE_COUNT;
}

/* The stage with the earliest expected due time, or STAGE_COUNT. */
static enum stage first_due(const struct scenario *s)
{
	enum stage best = STAGE_COUNT;
	for (int st = 0; st < STAGE_COUNT; st++)
		if (s->expected.due[st].set &&
		    (best == STAGE_COUNT || s->expected.due[st].t < s->expected.due[best].t))
			best = (enum stage)st;
	return best;
}

bool scenario_check(const char *name, const struct scenario *s, const struct ruleset *rules,
		    char **err)
{
	struct evaluation ev;
	rules_evaluate(rules, &s->truth, s->end, LANG_EN, &ev);
	struct deadlines dl;
	deadlines_compute(&s->truth, &ev, s->end, &dl);
	bool ok = false;
	struct opt_time computed;
	enum stage st;
	if (!s->has_expected) {
		*err = xasprintf(_("%s: the scenario has no 'expected:' section (nis2-notify "
				   "--training-expected prints what the rules compute at its end)"), name);
	} else if (ev.verdict != s->expected.verdict) {
		*err = xasprintf(_("%s: the scenario expects the verdict %s, but the rules give %s "
				   "for its case at its end"),
				 name, verdict_name(s->expected.verdict), verdict_name(ev.verdict));
	} else if (!same_ids(s->expected.met, s->expected.n_met, ev.met, ev.n_met)) {
		char *e = id_list(s->expected.met, s->expected.n_met);
		char *g = id_list(ev.met, ev.n_met);
		*err = xasprintf(_("%s: the scenario expects the criteria met to be %s, but the rules "
				   "meet %s for its case at its end"), name, e, g);
		free(e);
		free(g);
	} else if ((st = first_other_due(s, &dl, &computed)) != STAGE_COUNT) {
		char *e = due_text(&s->expected.due[st]);
		char *g = due_text(&computed);
		*err = xasprintf(_("%s: the scenario expects the %s due at %s, but the rules give %s"),
				 name, stage_name(st), e, g);
		free(e);
		free(g);
	} else if ((st = first_due(s)) != STAGE_COUNT && s->end < s->expected.due[st].t) {
		char *e = due_text(&s->expected.due[st]);
		char end[CLOCK_FMT_LEN];
		clock_format(s->end, end);
		*err = xasprintf(_("%s: the exercise ends at %s, before the first deadline (the %s "
				   "at %s): no report could be late; end it later"),
				 name, end, stage_name(st), e);
		free(e);
	} else {
		ok = true;
	}
	evaluation_free(&ev);
	return ok;
}

size_t scenario_warnings(const char *name, const struct scenario *s, const struct ruleset *rules,
			 char ***out)
{
	/* The debrief of a blank case lists every answer the scenario
	 * expects, with where it is revealed. */
	struct case_file blank;
	case_init(&blank);
	struct debrief d;
	debrief_build(NULL, s, &blank, NULL, NULL, s->end, &d);
	char **msgs = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < d.n_answers; i++) {
		const struct debrief_answer *a = &d.answers[i];
		if (!a->expected.set)
			continue;
		char *m = NULL;
		if (!asked_field(rules, &s->truth, a->field))
			m = xasprintf(_("%s: the wizard never asks for %s for this entity type and these "
					"sectors; it is never scored"), name, a->field);
		else if (a->revealed_by == REVEALED_NEVER)
			m = xasprintf(_("%s: neither the briefing nor any inject reveals %s; it is never "
					"scored"), name, a->field);
		if (m) {
			msgs = xgrow(msgs, &cap, n + 1, sizeof(*msgs));
			msgs[n++] = m;
		}
	}
	debrief_free(&d);
	case_free(&blank);
	*out = msgs;
	return n;
}
