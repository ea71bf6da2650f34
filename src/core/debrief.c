/* debrief.c: comparing the trainee's answers, verdict and reports with the
 * scenario's. */
#include "config.h"

#include "core/debrief.h"
#include "core/asked.h"
#include "core/deadlines.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

static struct debrief_value v_num(bool set, int64_t n)
{
	struct debrief_value v = { set, set ? n : 0, NULL };
	return v;
}

/* A word of the case file and the enum value it spells, so that the
 * renderer can put it in the reader's language. */
static struct debrief_value v_word(const char *w, int n)
{
	struct debrief_value v = { w != NULL, w ? n : 0, w ? xstrdup(w) : NULL };
	return v;
}

static bool values_equal(const struct debrief_value *a, const struct debrief_value *b)
{
	if (a->word || b->word)
		return a->word && b->word && strcmp(a->word, b->word) == 0;
	return a->n == b->n;
}

/* What the comparison reads besides the debrief it fills. */
struct ctx {
	struct debrief *d;
	size_t cap;
	const struct ruleset *rs;          /* NULL: all asked, exact grading */
	const struct scenario *s;
	const struct case_file *trainee;
};

bool debrief_mark_scored(enum debrief_mark m)
{
	return m == DBM_MATCH || m == DBM_DIFFERS || m == DBM_UNANSWERED || m == DBM_SAME_EFFECT;
}

/* The same verdict, and every criterion on the same side (met, not met or
 * unknown). */
static bool same_outcomes(const struct evaluation *a, const struct evaluation *b)
{
	if (a->verdict != b->verdict || a->n_outcomes != b->n_outcomes)
		return false;
	for (size_t i = 0; i < a->n_outcomes; i++)
		if (strcmp(a->outcomes[i].id, b->outcomes[i].id) != 0 ||
		    a->outcomes[i].value != b->outcomes[i].value)
			return false;
	return true;
}

static bool outcomes_agree(struct ctx *x, const struct case_file *one, const struct case_file *two)
{
	struct evaluation e1, e2;
	rules_evaluate(x->rs, one, x->s->end, LANG_EN, &e1);
	rules_evaluate(x->rs, two, x->s->end, LANG_EN, &e2);
	bool same = same_outcomes(&e1, &e2);
	evaluation_free(&e1);
	evaluation_free(&e2);
	return same;
}

/* Is the trainee's value v on the same side of every threshold the answer
 * counts for?  An impact fact is judged on its own (the truth without its
 * other facts), so that another fact meeting the same criterion cannot
 * hide a wrong one; the entity's numbers and the outage's times in the
 * whole truth.  Each side is read by the engine, never here. */
static bool same_consequence(struct ctx *x, const char *field, int64_t v)
{
	struct case_file mine = x->s->truth;  /* shallow: only what is set below changes */
	struct case_file theirs = x->s->truth;
	struct fact_value alone[2];
	if (!strcmp(field, "entity.users"))
		mine.entity.users.v = v;
	else if (!strcmp(field, "entity.turnover_eur"))
		mine.entity.turnover_eur.v = v;
	else if (!strcmp(field, "incident.started"))
		mine.incident.started.t = v;
	else if (!strcmp(field, "incident.detected"))
		mine.incident.detected.t = v;
	else if (!strcmp(field, "incident.logged"))
		mine.incident.logged.t = v;
	else if (!strcmp(field, "incident.restored"))
		mine.incident.restored.t = v;
	else if (!strcmp(field, "incident.resolved"))
		mine.incident.resolved.t = v;
	else if (!strncmp(field, "impact.", 7)) {
		int64_t truth_v = 0;
		if (!case_impact_get(&x->s->truth, field + 7, &truth_v))
			return false;
		alone[0] = (struct fact_value){ (char *)(field + 7), truth_v };
		alone[1] = (struct fact_value){ (char *)(field + 7), v };
		theirs.impact = &alone[0];
		theirs.n_impact = 1;
		mine.impact = &alone[1];
		mine.n_impact = 1;
	} else
		return false;
	return outcomes_agree(x, &mine, &theirs);
}

/* A time that sets the deadlines: within the tolerance, the same. */
static bool is_awareness(const char *field)
{
	return !strcmp(field, "incident.aware") || !strcmp(field, "incident.gdpr_aware");
}

static enum debrief_mark grade(struct ctx *x, const char *field, enum debrief_kind kind,
			       const struct debrief_value *e, const struct debrief_value *g)
{
	if (values_equal(e, g))
		return DBM_MATCH;
	if (kind == DBV_TIME) {
		int64_t off = g->n > e->n ? g->n - e->n : e->n - g->n;
		if (off > x->s->tolerance_s)
			return DBM_DIFFERS;
		if (is_awareness(field) || (x->rs && same_consequence(x, field, g->n)))
			return DBM_SAME_EFFECT;
		return DBM_DIFFERS;
	}
	if ((kind == DBV_NUMBER || kind == DBV_FACT) && x->rs && same_consequence(x, field, g->n))
		return DBM_SAME_EFFECT;
	return DBM_DIFFERS;
}

static void add_answer(struct ctx *x, const char *field, enum debrief_kind kind,
		       struct debrief_value expected, struct debrief_value given)
{
	struct debrief *d = x->d;
	size_t *cap = &x->cap;
	if (!expected.set && !given.set) {
		/* Open on both sides: nothing to discuss. */
		free(expected.word);
		free(given.word);
		return;
	}
	d->answers = xgrow(d->answers, cap, d->n_answers + 1, sizeof(*d->answers));
	struct debrief_answer *a = &d->answers[d->n_answers++];
	a->field = xstrdup(field);
	a->kind = kind;
	a->expected = expected;
	a->given = given;
	a->revealed_by = scenario_revealed_by(x->s, field, d->end);
	bool revealed = a->revealed_by != REVEALED_NEVER;
	if (!expected.set)
		a->mark = DBM_EXTRA;
	else if (!given.set && x->rs && !asked_field(x->rs, x->trainee, field))
		a->mark = DBM_NOT_ASKED;
	else if (!given.set)
		a->mark = revealed ? DBM_UNANSWERED : DBM_NOT_REVEALED;
	else if (!revealed && !values_equal(&expected, &given))
		a->mark = DBM_NOT_REVEALED;
	else
		a->mark = grade(x, field, kind, &expected, &given);
	if (expected.set && revealed && debrief_mark_scored(a->mark)) {
		d->answers_total++;
		if (a->mark == DBM_MATCH || a->mark == DBM_SAME_EFFECT)
			d->answers_right++;
	}
	if (!strcmp(field, "incident.aware") && a->mark == DBM_DIFFERS)
		d->wrong_aware = true;
}

static void add_bool(struct ctx *x, const char *field,
		     const struct opt_bool *e, const struct opt_bool *g)
{
	add_answer(x, field, DBV_BOOL, v_num(e->set, e->v), v_num(g->set, g->v));
}

static void add_i64(struct ctx *x, const char *field,
		    const struct opt_i64 *e, const struct opt_i64 *g)
{
	add_answer(x, field, DBV_NUMBER, v_num(e->set, e->v), v_num(g->set, g->v));
}

static void add_time(struct ctx *x, const char *field,
		     const struct opt_time *e, const struct opt_time *g)
{
	add_answer(x, field, DBV_TIME, v_num(e->set, e->t), v_num(g->set, g->t));
}

/* The sectors as one word, in the order given: "health,drinking-water". */
static char *sectors_word(const struct entity *e)
{
	if (e->n_sectors == 0)
		return NULL;
	size_t len = 1;
	for (size_t i = 0; i < e->n_sectors; i++)
		len += strlen(e->sectors[i]) + 1;
	char *w = xmalloc(len);
	w[0] = '\0';
	for (size_t i = 0; i < e->n_sectors; i++) {
		if (i)
			strcat(w, ",");
		strcat(w, e->sectors[i]);
	}
	return w;
}

static void compare_entity(struct ctx *x, const struct entity *e,
			   const struct entity *g)
{
	add_answer(x, "entity.nis2", DBV_WORD,
		   v_word(e->nis2_set ? nis2_status_name(e->nis2) : NULL, (int)e->nis2),
		   v_word(g->nis2_set ? nis2_status_name(g->nis2) : NULL, (int)g->nis2));
	add_answer(x, "entity.type", DBV_WORD,
		   v_word(e->type_set ? entity_type_name(e->type) : NULL, (int)e->type),
		   v_word(g->type_set ? entity_type_name(g->type) : NULL, (int)g->type));
	struct debrief_value es = { e->n_sectors > 0, 0, sectors_word(e) };
	struct debrief_value gs = { g->n_sectors > 0, 0, sectors_word(g) };
	add_answer(x, "entity.sectors", DBV_WORD, es, gs);
	add_bool(x, "entity.dora", &e->dora, &g->dora);
	add_i64(x, "entity.turnover_eur", &e->turnover_eur, &g->turnover_eur);
	add_i64(x, "entity.users", &e->users, &g->users);
	add_bool(x, "entity.public_telecom", &e->public_telecom, &g->public_telecom);
}

static void compare_incident(struct ctx *x, const struct incident *e,
			     const struct incident *g)
{
	add_time(x, "incident.aware", &e->aware, &g->aware);
	add_time(x, "incident.started", &e->started, &g->started);
	add_time(x, "incident.detected", &e->detected, &g->detected);
	add_time(x, "incident.restored", &e->restored, &g->restored);
	add_time(x, "incident.resolved", &e->resolved, &g->resolved);
	add_bool(x, "incident.annex_service", &e->annex_service, &g->annex_service);
	add_bool(x, "incident.planned_maintenance", &e->planned_maintenance,
		 &g->planned_maintenance);
	add_bool(x, "incident.personal_data", &e->personal_data, &g->personal_data);
	add_time(x, "incident.gdpr_aware", &e->gdpr_aware, &g->gdpr_aware);
	add_answer(x, "incident.malicious", DBV_WORD,
		   v_word(e->malicious != MAL_UNKNOWN ? malicious_name(e->malicious) : NULL,
			  (int)e->malicious),
		   v_word(g->malicious != MAL_UNKNOWN ? malicious_name(g->malicious) : NULL,
			  (int)g->malicious));
}

static void add_fact(struct ctx *x, const char *name,
		     const struct case_file *truth, const struct case_file *trainee)
{
	int64_t ev = 0, gv = 0;
	bool es = case_impact_get(truth, name, &ev);
	bool gs = case_impact_get(trainee, name, &gv);
	char *field = xasprintf("impact.%s", name);
	add_answer(x, field, DBV_FACT, v_num(es, ev), v_num(gs, gv));
	free(field);
}

/* The truth's facts in its order, then those only the trainee gave. */
static void compare_impact(struct ctx *x, const struct case_file *truth,
			   const struct case_file *trainee)
{
	for (size_t i = 0; i < truth->n_impact; i++)
		add_fact(x, truth->impact[i].name, truth, trainee);
	for (size_t i = 0; i < trainee->n_impact; i++) {
		int64_t unused;
		if (!case_impact_get(truth, trainee->impact[i].name, &unused))
			add_fact(x, trainee->impact[i].name, truth, trainee);
	}
}

static bool list_has(char *const *list, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], id) == 0)
			return true;
	return false;
}

static void add_criterion(struct debrief *d, size_t *cap, const char *id, enum entity_type t,
			  enum debrief_crit_mark m)
{
	d->criteria = xgrow(d->criteria, cap, d->n_criteria + 1, sizeof(*d->criteria));
	d->criteria[d->n_criteria].id = xstrdup(id);
	d->criteria[d->n_criteria].type = t;
	d->criteria[d->n_criteria].mark = m;
	d->n_criteria++;
}

static enum entity_type type_of(const struct case_file *c)
{
	return c->entity.type_set ? c->entity.type : ET_GENERAL;
}

static void compare_criteria(struct debrief *d, const struct scenario *s,
			     const struct case_file *trainee, const struct evaluation *ev)
{
	size_t cap = 0;
	for (size_t i = 0; i < s->expected.n_met; i++)
		add_criterion(d, &cap, s->expected.met[i], type_of(&s->truth),
			      list_has(ev->met, ev->n_met, s->expected.met[i]) ? DBC_BOTH : DBC_MISSED);
	for (size_t i = 0; i < ev->n_met; i++)
		if (!list_has(s->expected.met, s->expected.n_met, ev->met[i]))
			add_criterion(d, &cap, ev->met[i], type_of(trainee), DBC_EXTRA);
}

/* Stages that are due on request or without a time are worth a line only
 * when the scenario expects reports at all. */
static bool expects_reports(enum verdict v)
{
	return v == VERDICT_SIGNIFICANT || v == VERDICT_UNDETERMINED;
}

static void compare_stages(struct debrief *d, const struct scenario *s,
			   const struct case_file *trainee, const struct deadlines *dl)
{
	for (int st = 0; st < STAGE_COUNT; st++) {
		struct debrief_stage row;
		memset(&row, 0, sizeof(row));
		row.stage = (enum stage)st;
		row.expected_due = s->expected.due[st];
		for (size_t i = 0; i < dl->n; i++)
			if (dl->items[i].stage == row.stage && dl->items[i].has_due) {
				row.trainee_due.set = true;
				row.trainee_due.t = dl->items[i].due;
			}
		row.submitted = trainee->reports[st];
		bool untimed = (row.stage == STAGE_INTERMEDIATE || row.stage == STAGE_RECIPIENTS)
			       && expects_reports(s->expected.verdict);
		if (!row.expected_due.set && !row.trainee_due.set && !row.submitted.set && !untimed)
			continue;
		if (row.expected_due.set) {
			if (row.submitted.set)
				row.report = row.submitted.t <= row.expected_due.t ? DBR_ON_TIME : DBR_LATE;
			else
				row.report = d->end > row.expected_due.t ? DBR_MISSING : DBR_PENDING;
		} else if (untimed) {
			row.report = row.submitted.set ? DBR_ON_TIME : DBR_NO_DUE;
		} else {
			row.report = row.submitted.set ? DBR_NOT_REQUIRED : DBR_NO_DUE;
		}
		const struct opt_time *aware = &s->truth.incident.aware;
		if (row.submitted.set && aware->set) {
			row.has_since_aware = true;
			row.since_aware = row.submitted.t - aware->t;
		}
		if (row.trainee_due.set)
			row.late_own = row.submitted.set ? row.submitted.t > row.trainee_due.t
							 : d->end > row.trainee_due.t;
		if (row.report == DBR_ON_TIME && row.expected_due.set && row.has_since_aware &&
		    row.expected_due.t > aware->t)
			row.undue = row.since_aware * 2 > row.expected_due.t - aware->t;
		if (row.expected_due.set) {
			if (row.report == DBR_ON_TIME)
				d->reports_on_time++;
			else if (row.report == DBR_LATE)
				d->reports_late++;
			else if (row.report == DBR_MISSING)
				d->reports_missing++;
		}
		d->stages[d->n_stages++] = row;
	}
}

/* Inserts e after every event at or before its time, so that the order of
 * equal times is the order of insertion (injects first). */
static void add_event(struct debrief *d, struct debrief_event e)
{
	d->events = xrealloc(d->events, (d->n_events + 1) * sizeof(*d->events));
	size_t i = d->n_events;
	while (i > 0 && d->events[i - 1].at > e.at) {
		d->events[i] = d->events[i - 1];
		i--;
	}
	d->events[i] = e;
	d->n_events++;
}

static void build_timeline(struct debrief *d, const struct scenario *s)
{
	for (size_t i = 0; i < s->n_injects; i++)
		if (s->injects[i].at <= d->end)
			add_event(d, (struct debrief_event){ .at = s->injects[i].at, .kind = DBE_INJECT, .inject = i });
	for (size_t i = 0; i < d->n_stages; i++)
		if (d->stages[i].submitted.set)
			add_event(d, (struct debrief_event){ .at = d->stages[i].submitted.t, .kind = DBE_REPORT,
							     .stage = d->stages[i].stage });
}

void debrief_add_verdict(struct debrief *d, instant_t at, enum verdict v)
{
	add_event(d, (struct debrief_event){ .at = at, .kind = DBE_VERDICT, .verdict = v });
	if (v == VERDICT_SIGNIFICANT && (!d->verdict_at_set || at < d->verdict_at)) {
		d->verdict_at_set = true;
		d->verdict_at = at;
	}
}

void debrief_build(const struct ruleset *rs, const struct scenario *s,
		   const struct case_file *trainee,
		   const struct evaluation *ev, const struct deadlines *dl,
		   instant_t end, struct debrief *out)
{
	memset(out, 0, sizeof(*out));
	static const struct evaluation none;
	static const struct deadlines no_deadlines;
	out->expected_verdict = s->expected.verdict;
	out->given_set = ev != NULL;
	out->given_verdict = ev ? ev->verdict : s->expected.verdict;
	out->verdict_match = ev && s->expected.verdict == ev->verdict;
	if (!ev)
		ev = &none;
	if (!dl)
		dl = &no_deadlines;
	out->end = end;
	out->type = type_of(&s->truth);
	out->trainee_type = type_of(trainee);
	out->wrong_type = trainee->entity.type_set && out->trainee_type != out->type;
	struct ctx x = { out, 0, rs, s, trainee };
	compare_entity(&x, &s->truth.entity, &trainee->entity);
	compare_incident(&x, &s->truth.incident, &trainee->incident);
	compare_impact(&x, &s->truth, trainee);
	struct opt_i64 er = { s->truth.n_related > 0, (int64_t)s->truth.n_related };
	struct opt_i64 gr = { trainee->n_related > 0, (int64_t)trainee->n_related };
	add_i64(&x, "related", &er, &gr);
	if (out->given_set)
		compare_criteria(out, s, trainee, ev);
	compare_stages(out, s, trainee, dl);
	out->aware = s->truth.incident.aware;
	build_timeline(out, s);
}

void debrief_free(struct debrief *d)
{
	for (size_t i = 0; i < d->n_answers; i++) {
		free(d->answers[i].field);
		free(d->answers[i].expected.word);
		free(d->answers[i].given.word);
	}
	free(d->answers);
	for (size_t i = 0; i < d->n_criteria; i++)
		free(d->criteria[i].id);
	free(d->criteria);
	free(d->events);
	memset(d, 0, sizeof(*d));
}
