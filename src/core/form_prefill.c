/* form_prefill.c: what the case already knows, put in the form's own terms,
 * and the texts proposed from the verdict and the facts. */
#include "config.h"

#include "core/placeholder.h"
#include "core/form.h"
#include "core/numfmt.h"
#include "core/sbuf.h"
#include "core/xalloc.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t one(char ***out, const char *v)
{
	*out = xmalloc(sizeof **out);
	(*out)[0] = xstrdup(v);
	return 1;
}

/* The day the incident took place: its start, else (as the guide measures
 * a duration, A.2, 2) the earlier of its detection and its first trace in
 * the logs. */
static bool incident_start(const struct case_file *c, instant_t *t)
{
	const struct incident *in = &c->incident;
	if (in->started.set) {
		*t = in->started.t;
		return true;
	}
	if (in->detected.set && in->logged.set) {
		*t = in->detected.t < in->logged.t ? in->detected.t : in->logged.t;
		return true;
	}
	if (in->detected.set || in->logged.set) {
		*t = in->detected.set ? in->detected.t : in->logged.t;
		return true;
	}
	return false;
}

size_t form_prefill(const struct case_file *c, enum stage s, const char *name, char ***out)
{
	*out = NULL;
	if (!name)
		return 0;
	const struct entity *e = &c->entity;
	if (strcmp(name, "1-Submitter") == 0) {
		if (e->nis2 == NIS2_ESSENTIAL || e->nis2 == NIS2_IMPORTANT)
			return one(out, "nis2-entity");
		if (e->nis2_set && e->nis2 == NIS2_NONE)
			return one(out, "not-nis2-entity");
	} else if (strcmp(name, "3-NIS_Type") == 0) {
		if (e->nis2 == NIS2_ESSENTIAL || e->nis2 == NIS2_IMPORTANT)
			return one(out, nis2_status_name(e->nis2));
	} else if (strcmp(name, "4-Sector") == 0) {
		if (e->n_sectors == 0)
			return 0;
		*out = xcalloc(e->n_sectors, sizeof **out);
		for (size_t i = 0; i < e->n_sectors; i++)
			(*out)[i] = xstrdup(e->sectors[i]);
		return e->n_sectors;
	} else if (strcmp(name, "5-NIS_Notification") == 0) {
		if (form_stage_valid(s))
			return one(out, stage_name(s));
	} else if (strcmp(name, "6-Malicious_Intent") == 0) {
		if (c->incident.malicious != MAL_UNKNOWN)
			return one(out, malicious_name(c->incident.malicious));
	} else if (strcmp(name, "8-Incident_Date") == 0) {
		instant_t t;
		if (incident_start(c, &t)) {
			struct civil d = clock_to_local(t, NULL);
			char buf[32];
			snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.month, d.day, d.year);
			return one(out, buf);
		}
	} else if (strcmp(name, "19-Resolved") == 0) {
		return one(out, c->incident.resolved.set ? "yes" : "no");
	} else if (strcmp(name, "22-Organization") == 0) {
		if (e->name && e->name[0])
			return one(out, e->name);
	}
	return 0;
}

/* A fact of the case by name: the impact facts, and the entity's users. */
static bool fact_get(const struct case_file *c, const char *name, int64_t *v)
{
	if (strcmp(name, "users") == 0) {
		if (!c->entity.users.set)
			return false;
		*v = c->entity.users.v;
		return true;
	}
	return case_impact_get(c, name, v);
}

struct fill_ctx {
	const struct case_file *c;
	const struct evaluation *ev;
	enum lang l;
	bool criteria_long;   /* with the explanation of each criterion */
};

static void put_criteria(struct sbuf *b, const struct fill_ctx *x)
{
	const struct evaluation *ev = x->ev;
	/* explanation[i] explains met[i] (nis2-notify-case(5)) */
	bool texts = x->criteria_long && ev->n_explanation == ev->n_met;
	for (size_t i = 0; i < ev->n_met; i++) {
		sbuf_puts(b, i ? (texts ? "; " : ", ") : "");
		const char *t = texts ? ev->explanation[i].text : NULL;
		if (t && t[0]) {
			/* The explanation ends with the criterion's reference in
			 * the guide or the IR ("(guide A.2, 2)"): the form's
			 * reader knows those, not our ids (G2a).  Its own full
			 * stop would double the one below. */
			size_t len = strlen(t);
			sbuf_putn(b, t, t[len - 1] == '.' ? len - 1 : len);
		} else {
			sbuf_puts(b, ev->met[i]);
		}
	}
	sbuf_puts(b, ".");
}

/* Fills {placeholders}; false when one cannot be resolved. */
static bool fill(struct sbuf *b, const char *tmpl, const struct fill_ctx *x)
{
	for (const char *p = tmpl; *p; p++) {
		const char *end;
		char name[PLACEHOLDER_NAME_MAX];
		enum placeholder_result r = placeholder_at(p, name, &end);
		if (r == PH_TOO_LONG)
			return false;
		if (r == PH_TEXT) {
			sbuf_putc(b, *p);
			continue;
		}
		int64_t v;
		if (strcmp(name, "criteria") == 0 && x->ev)
			put_criteria(b, x);
		else if (strcmp(name, "missing") == 0 && x->ev)
			numfmt_int(b, (int64_t)x->ev->n_missing, x->l);
		else if (fact_get(x->c, name, &v))
			numfmt_int(b, v, x->l);
		else
			return false;
		p = end;
	}
	return true;
}

static const struct form_proposal *proposal_find(const struct form_def *def, const char *name)
{
	for (size_t i = 0; i < def->n_proposals; i++)
		if (strcmp(def->proposals[i].field, name) == 0)
			return &def->proposals[i];
	return NULL;
}

static bool part_applies(const struct case_file *c, const struct form_part *part)
{
	for (size_t i = 0; i < part->n_needs; i++) {
		int64_t v;
		if (!fact_get(c, part->needs[i], &v) || v == 0)
			return false;
	}
	return true;
}

char *form_propose(const struct form_def *def, const struct case_file *c,
		   const struct evaluation *ev, const char *name, enum lang l)
{
	const struct form_proposal *p = name ? proposal_find(def, name) : NULL;
	const struct form_field *f = name ? form_field_find(def, name) : NULL;
	if (!p || !f)
		return NULL;
	struct fill_ctx x = { c, ev, l, true };
	struct sbuf b;
	sbuf_init(&b);
	if (ev && (unsigned)ev->verdict < VERDICT_COUNT && p->has_verdict[ev->verdict]) {
		const char *tmpl = text3_get(&p->by_verdict[ev->verdict], l);
		bool ok = fill(&b, tmpl, &x);
		/* Too long with every criterion explained: name them only, rather
		 * than propose a text the form would refuse. */
		if (ok && f->limit && form_chars(sbuf_str(&b)) > f->limit) {
			sbuf_free(&b);
			sbuf_init(&b);
			x.criteria_long = false;
			ok = fill(&b, tmpl, &x);
		}
		if (!ok) {
			sbuf_free(&b);
			return NULL;
		}
	}
	for (size_t i = 0; i < p->n_parts; i++) {
		if (!part_applies(c, &p->parts[i]))
			continue;
		struct sbuf part;
		sbuf_init(&part);
		if (fill(&part, text3_get(&p->parts[i].text, l), &x)) {
			if (b.len)
				sbuf_putc(&b, ' ');
			sbuf_puts(&b, sbuf_str(&part));
		}
		sbuf_free(&part);
	}
	if (b.len == 0) {
		sbuf_free(&b);
		return NULL;
	}
	return sbuf_take(&b);
}
