/* journal_track.c: the difference between what the journal knows and the
 * case about to be saved, as journal entries (journal_track.h). */
#include "config.h"

#include "core/journal_track.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"

/* ---- a case as values ---- */

static void put(struct journal_values *v, const char *key, const char *val)
{
	v->keys = xrealloc(v->keys, (v->n + 1) * sizeof(*v->keys));
	v->vals = xrealloc(v->vals, (v->n + 1) * sizeof(*v->vals));
	v->keys[v->n] = xstrdup(key);
	v->vals[v->n] = xstrdup(val);
	v->n++;
}

static void put_i64(struct journal_values *v, const char *key, const struct opt_i64 *x)
{
	if (!x->set)
		return;
	char buf[32];
	snprintf(buf, sizeof(buf), "%lld", (long long)x->v);
	put(v, key, buf);
}

static void put_bool(struct journal_values *v, const char *key, const struct opt_bool *x)
{
	if (x->set)
		put(v, key, x->v ? "true" : "false");
}

static void put_time(struct journal_values *v, const char *key, const struct opt_time *x)
{
	if (!x->set)
		return;
	char buf[CLOCK_FMT_LEN];
	clock_format(x->t, buf);
	put(v, key, buf);
}

static void put_related(struct journal_values *v, size_t i, const struct related *r)
{
	struct sbuf b;
	sbuf_init(&b);
	char t[CLOCK_FMT_LEN];
	if (r->aware.set) {
		clock_format(r->aware.t, t);
		sbuf_printf(&b, "aware %s", t);
	}
	if (r->started.set) {
		clock_format(r->started.t, t);
		sbuf_printf(&b, "%sstarted %s", b.len ? ", " : "", t);
	}
	if (r->significant.set)
		sbuf_printf(&b, "%ssignificant %s", b.len ? ", " : "", r->significant.v ? "true" : "false");
	if (r->loss_eur.set)
		sbuf_printf(&b, "%sloss_eur %lld", b.len ? ", " : "", (long long)r->loss_eur.v);
	if (r->outage_minutes.set)
		sbuf_printf(&b, "%soutage_minutes %lld", b.len ? ", " : "", (long long)r->outage_minutes.v);
	if (r->outage_users.set)
		sbuf_printf(&b, "%soutage_users %lld", b.len ? ", " : "", (long long)r->outage_users.v);
	if (r->users_unknown.set)
		sbuf_printf(&b, "%susers_unknown %s", b.len ? ", " : "", r->users_unknown.v ? "true" : "false");
	char key[40];
	snprintf(key, sizeof(key), "related.%zu", i + 1);
	put(v, key, sbuf_str(&b));
	sbuf_free(&b);
}

/* A report as one value: its time, channel and reference (so that a
 * reference given later is a change too). */
static char *report_value(const char *when, const char *channel, const char *reference)
{
	return xasprintf("%s|%s|%s", when ? when : "", channel ? channel : "", reference ? reference : "");
}

/* The parts of a report value. */
static void report_parts(const char *v, char **when, char **channel, char **reference)
{
	const char *a = strchr(v, '|'), *b = a ? strchr(a + 1, '|') : NULL;
	*when = a ? xstrndup(v, (size_t)(a - v)) : xstrdup(v);
	*channel = a && b && b > a + 1 ? xstrndup(a + 1, (size_t)(b - a - 1)) : NULL;
	*reference = b && b[1] ? xstrdup(b + 1) : NULL;
}

void journal_case_values(const struct case_file *c, const struct fact_registry *facts,
			 struct journal_values *out)
{
	memset(out, 0, sizeof(*out));
	const struct entity *e = &c->entity;
	if (e->name)
		put(out, "entity.name", e->name);
	if (e->nis2_set)
		put(out, "entity.nis2", nis2_status_name(e->nis2));
	if (e->type_set)
		put(out, "entity.type", entity_type_name(e->type));
	if (e->n_sectors) {
		struct sbuf b;
		sbuf_init(&b);
		for (size_t i = 0; i < e->n_sectors; i++)
			sbuf_printf(&b, "%s%s", i ? ", " : "", e->sectors[i]);
		put(out, "entity.sectors", sbuf_str(&b));
		sbuf_free(&b);
	}
	put_bool(out, "entity.dora", &e->dora);
	put_i64(out, "entity.turnover_eur", &e->turnover_eur);
	put_i64(out, "entity.users", &e->users);
	put_bool(out, "entity.public_telecom", &e->public_telecom);
	const struct incident *in = &c->incident;
	put_time(out, "incident.aware", &in->aware);
	put_time(out, "incident.started", &in->started);
	put_time(out, "incident.detected", &in->detected);
	put_time(out, "incident.logged", &in->logged);
	put_time(out, "incident.restored", &in->restored);
	put_time(out, "incident.resolved", &in->resolved);
	put_bool(out, "incident.annex_service", &in->annex_service);
	put_bool(out, "incident.planned_maintenance", &in->planned_maintenance);
	put_bool(out, "incident.personal_data", &in->personal_data);
	put_time(out, "incident.gdpr_aware", &in->gdpr_aware);
	if (in->malicious != MAL_UNKNOWN)
		put(out, "incident.malicious", malicious_name(in->malicious));
	for (size_t i = 0; i < c->n_impact; i++) {
		const struct fact_value *f = &c->impact[i];
		const struct fact_def *d = facts ? facts_find(facts, f->name) : NULL;
		char key[200], buf[32];
		snprintf(key, sizeof(key), "impact.%s", f->name);
		if (d && d->kind == FACT_BOOL)
			snprintf(buf, sizeof(buf), "%s", f->v ? "true" : "false");
		else
			snprintf(buf, sizeof(buf), "%lld", (long long)f->v);
		put(out, key, buf);
	}
	for (size_t i = 0; i < c->n_related; i++)
		put_related(out, i, &c->related[i]);
	for (int s = 0; s < STAGE_COUNT; s++) {
		if (!c->reports[s].set)
			continue;
		char key[64], when[CLOCK_FMT_LEN];
		snprintf(key, sizeof(key), "reports.%s", stage_name((enum stage)s));
		clock_format(c->reports[s].t, when);
		char *v = report_value(when, report_channel_name(c->submissions[s].channel),
				       c->submissions[s].reference);
		put(out, key, v);
		free(v);
	}
	for (size_t i = 0; i < c->n_form; i++) {
		const struct form_entry *f = &c->form[i];
		struct sbuf b, k;
		sbuf_init(&b);
		sbuf_init(&k);
		for (size_t j = 0; j < f->n; j++)
			sbuf_printf(&b, "%s%s", j ? "; " : "", f->values[j]);
		sbuf_printf(&k, "form.%s", f->key);
		put(out, sbuf_str(&k), sbuf_str(&b));
		sbuf_free(&b);
		sbuf_free(&k);
	}
}

const char *journal_values_get(const struct journal_values *v, const char *key)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->keys[i], key) == 0)
			return v->vals[i];
	return NULL;
}

static void values_set(struct journal_values *v, const char *key, const char *val)
{
	for (size_t i = 0; i < v->n; i++) {
		if (strcmp(v->keys[i], key) != 0)
			continue;
		if (val) {
			free(v->vals[i]);
			v->vals[i] = xstrdup(val);
		} else {
			free(v->keys[i]);
			free(v->vals[i]);
			memmove(v->keys + i, v->keys + i + 1, (v->n - i - 1) * sizeof(*v->keys));
			memmove(v->vals + i, v->vals + i + 1, (v->n - i - 1) * sizeof(*v->vals));
			v->n--;
		}
		return;
	}
	if (val)
		put(v, key, val);
}

void journal_values_free(struct journal_values *v)
{
	for (size_t i = 0; i < v->n; i++) {
		free(v->keys[i]);
		free(v->vals[i]);
	}
	free(v->keys);
	free(v->vals);
	memset(v, 0, sizeof(*v));
}

/* ---- the tracker ---- */

void journal_track_init(struct journal_track *t)
{
	memset(t, 0, sizeof(*t));
	t->next_seq = 1;
}

void journal_track_free(struct journal_track *t)
{
	journal_values_free(&t->values);
	for (int s = 0; s < STAGE_COUNT; s++)
		if (t->sent[s].kind)
			journal_entry_free(&t->sent[s]);
	free(t->verdict_sig);
	memset(t, 0, sizeof(*t));
}

/* What makes one verdict entry differ from another: the verdict, the
 * criteria met and the due times (not the rules' edition, not the time). */
static char *verdict_sig(const struct journal_entry *e)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < e->n_fields; i++) {
		const struct journal_field *f = &e->fields[i];
		if (strcmp(f->name, "rules") == 0)
			continue;
		sbuf_printf(&b, "%s=", f->name);
		for (size_t k = 0; k < f->n; k++)
			sbuf_printf(&b, "%s%s", k ? "," : "", f->values[k]);
		sbuf_putc(&b, ';');
	}
	return sbuf_take(&b);
}

static void take(struct journal_track *t, const struct journal_entry *e)
{
	if (e->seq >= t->next_seq)
		t->next_seq = e->seq + 1;
	if (strcmp(e->kind, JK_ANSWER) == 0) {
		const char *fact = journal_entry_str(e, "fact");
		if (fact)
			values_set(&t->values, fact, journal_entry_str(e, "new"));
	} else if (strcmp(e->kind, JK_REPORT) == 0) {
		const char *stage = journal_entry_str(e, "stage");
		if (stage) {
			char key[64];
			snprintf(key, sizeof(key), "reports.%s", stage);
			const char *when = journal_entry_str(e, "submitted");
			char *v = when ? report_value(when, journal_entry_str(e, "channel"),
						      journal_entry_str(e, "reference")) : NULL;
			values_set(&t->values, key, v);
			free(v);
		}
	} else if (strcmp(e->kind, JK_VERDICT) == 0) {
		free(t->verdict_sig);
		t->verdict_sig = verdict_sig(e);
	} else if (strcmp(e->kind, JK_DRAFT) == 0) {
		const char *sent = journal_entry_str(e, "sent");
		enum stage st;
		if (sent && strcmp(sent, "true") == 0 && stage_from_name(journal_entry_str(e, "stage"), &st)) {
			if (t->sent[st].kind)
				journal_entry_free(&t->sent[st]);
			journal_entry_copy(&t->sent[st], e);
		}
	}
}

void journal_entry_copy(struct journal_entry *dst, const struct journal_entry *src)
{
	journal_entry_init(dst, src->kind, src->at);
	dst->seq = src->seq;
	for (size_t i = 0; i < src->n_fields; i++) {
		const struct journal_field *f = &src->fields[i];
		if (f->is_list)
			journal_entry_add_list(dst, f->name, f->n, (const char *const *)f->values);
		else
			journal_entry_add(dst, f->name, f->is_null ? NULL : f->values[0]);
	}
}

const struct journal_entry *journal_track_sent_before(const struct journal_track *t, enum stage st)
{
	const struct journal_entry *best = NULL;
	for (int s = 0; s < STAGE_COUNT; s++)
		if (s != (int)st && t->sent[s].kind && (!best || t->sent[s].seq > best->seq))
			best = &t->sent[s];
	return best;
}

void journal_track_replay(struct journal_track *t, const struct journal *j)
{
	for (size_t i = 0; i < j->n; i++)
		take(t, &j->entries[i]);
	if (j->next_seq > t->next_seq)
		t->next_seq = j->next_seq;
}

void journal_track_apply(struct journal_track *t, const struct journal_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++)
		take(t, &e[i]);
}

void journal_track_number(struct journal_track *t, struct journal_entry *e)
{
	e->seq = t->next_seq;
	take(t, e);
}

static struct journal_entry *grow(struct journal_entry **out, size_t *n)
{
	*out = xrealloc(*out, (*n + 1) * sizeof(**out));
	return &(*out)[(*n)++];
}

void journal_track_changes(const struct journal_track *t, const struct case_file *c,
			   const struct fact_registry *facts, const struct evaluation *ev,
			   const struct deadlines *dl, const char *rules, instant_t now,
			   struct journal_entry **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	uint64_t seq = t->next_seq;
	struct journal_values cur;
	journal_case_values(c, facts, &cur);
	/* Changed and new values in the case's order, then those now unknown. */
	for (size_t i = 0; i < cur.n; i++) {
		const char *old = journal_values_get(&t->values, cur.keys[i]);
		if (old && strcmp(old, cur.vals[i]) == 0)
			continue;
		struct journal_entry *e = grow(out, n);
		if (strncmp(cur.keys[i], "reports.", 8) == 0) {
			char *when, *channel, *reference;
			report_parts(cur.vals[i], &when, &channel, &reference);
			journal_entry_init(e, JK_REPORT, now);
			journal_entry_add(e, "stage", cur.keys[i] + 8);
			journal_entry_add(e, "submitted", when);
			journal_entry_add(e, "channel", channel);
			journal_entry_add(e, "reference", reference);
			free(when);
			free(channel);
			free(reference);
		} else {
			journal_entry_init(e, JK_ANSWER, now);
			journal_entry_add(e, "fact", cur.keys[i]);
			journal_entry_add(e, "old", old);
			journal_entry_add(e, "new", cur.vals[i]);
		}
		e->seq = seq++;
	}
	for (size_t i = 0; i < t->values.n; i++) {
		if (journal_values_get(&cur, t->values.keys[i]))
			continue;
		struct journal_entry *e = grow(out, n);
		if (strncmp(t->values.keys[i], "reports.", 8) == 0) {
			journal_entry_init(e, JK_REPORT, now);
			journal_entry_add(e, "stage", t->values.keys[i] + 8);
			journal_entry_add(e, "submitted", NULL);
		} else {
			journal_entry_init(e, JK_ANSWER, now);
			journal_entry_add(e, "fact", t->values.keys[i]);
			journal_entry_add(e, "old", t->values.vals[i]);
			journal_entry_add(e, "new", NULL);
		}
		e->seq = seq++;
	}
	journal_values_free(&cur);
	if (!ev)
		return;
	struct journal_entry v;
	journal_entry_init(&v, JK_VERDICT, now);
	journal_entry_add(&v, "verdict", verdict_name(ev->verdict));
	journal_entry_add_list(&v, "met", ev->n_met, (const char *const *)ev->met);
	for (size_t i = 0; dl && i < dl->n; i++) {
		const struct deadline *d = &dl->items[i];
		if (!d->has_due)
			continue;
		char name[64], when[CLOCK_FMT_LEN];
		snprintf(name, sizeof(name), "due-%s", stage_name(d->stage));
		clock_format(d->due, when);
		journal_entry_add(&v, name, when);
	}
	journal_entry_add(&v, "rules", rules);
	char *sig = verdict_sig(&v);
	if (t->verdict_sig && strcmp(sig, t->verdict_sig) == 0) {
		journal_entry_free(&v);
	} else {
		v.seq = seq++;
		*grow(out, n) = v;
	}
	free(sig);
}

void journal_entries_free(struct journal_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++)
		journal_entry_free(&e[i]);
	free(e);
}
