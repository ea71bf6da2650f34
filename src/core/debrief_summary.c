/* debrief_summary.c: counting a room's debriefs (core/debrief_summary.h). */
#include "config.h"

#include "core/debrief_summary.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

static struct dsum_question *question(struct dsum *s, const char *field)
{
	for (size_t i = 0; i < s->n_questions; i++)
		if (!strcmp(s->questions[i].field, field))
			return &s->questions[i];
	s->questions = xrealloc(s->questions, (s->n_questions + 1) * sizeof(*s->questions));
	struct dsum_question *q = &s->questions[s->n_questions++];
	memset(q, 0, sizeof(*q));
	q->field = field;
	return q;
}

static struct dsum_stage_count *stage(struct dsum *s, const char *name)
{
	for (size_t i = 0; i < s->n_stages; i++)
		if (!strcmp(s->stages[i].stage, name))
			return &s->stages[i];
	s->stages = xrealloc(s->stages, (s->n_stages + 1) * sizeof(*s->stages));
	struct dsum_stage_count *c = &s->stages[s->n_stages++];
	memset(c, 0, sizeof(*c));
	c->stage = name;
	return c;
}

static void cause(struct dsum *s, const char *name)
{
	for (size_t i = 0; i < s->n_causes; i++)
		if (!strcmp(s->causes[i].cause, name)) {
			s->causes[i].count++;
			return;
		}
	s->causes = xrealloc(s->causes, (s->n_causes + 1) * sizeof(*s->causes));
	s->causes[s->n_causes++] = (struct dsum_cause){ name, 1 };
}

static int cmp_question(const void *a, const void *b)
{
	const struct dsum_question *x = a, *y = b;
	if (x->missed != y->missed)
		return x->missed > y->missed ? -1 : 1;
	return strcmp(x->field, y->field);
}

static int cmp_cause(const void *a, const void *b)
{
	const struct dsum_cause *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->cause, y->cause);
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static void times(const struct dsum_debrief *d, size_t n, bool verdict, struct dsum_times *out)
{
	int64_t *v = xcalloc(n ? n : 1, sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (verdict && d[i].has_to_verdict)
			v[k++] = d[i].to_verdict;
		else if (!verdict && d[i].has_to_ew)
			v[k++] = d[i].to_ew;
	}
	memset(out, 0, sizeof(*out));
	out->n = k;
	if (k) {
		qsort(v, k, sizeof(*v), cmp_i64);
		out->min = v[0];
		out->max = v[k - 1];
		out->median = v[(k - 1) / 2];
	}
	free(v);
}

void dsum_build(const struct dsum_debrief *d, size_t n, struct dsum *out)
{
	memset(out, 0, sizeof(*out));
	out->trainees = n;
	for (size_t i = 0; i < n; i++) {
		if (!d[i].verdict_given)
			out->verdict_none++;
		else if (d[i].verdict_right)
			out->verdict_right++;
		else
			out->verdict_wrong++;
		for (size_t j = 0; j < d[i].n_answers; j++) {
			const struct dsum_answer *a = &d[i].answers[j];
			struct dsum_question *q = question(out, a->field);
			if (!a->scored)
				q->not_scored++;
			else {
				q->scored++;
				q->missed += !a->right;
			}
		}
		for (size_t j = 0; j < d[i].n_stages; j++) {
			const struct dsum_stage *r = &d[i].stages[j];
			struct dsum_stage_count *c = stage(out, r->stage);
			if (!strcmp(r->status, "on_time"))
				c->on_time++;
			else if (!strcmp(r->status, "late"))
				c->late++;
			else if (!strcmp(r->status, "missing"))
				c->missing++;
			else if (!strcmp(r->status, "pending"))
				c->pending++;
			else
				c->other++;
			c->late_own += r->late_own;
			c->undue += r->undue;
		}
		for (size_t j = 0; j < d[i].n_causes; j++)
			cause(out, d[i].causes[j]);
	}
	if (out->n_questions)
		qsort(out->questions, out->n_questions, sizeof(*out->questions), cmp_question);
	if (out->n_causes)
		qsort(out->causes, out->n_causes, sizeof(*out->causes), cmp_cause);
	times(d, n, true, &out->to_verdict);
	times(d, n, false, &out->to_ew);
}

void dsum_free(struct dsum *s)
{
	free(s->questions);
	free(s->stages);
	free(s->causes);
	memset(s, 0, sizeof(*s));
}
