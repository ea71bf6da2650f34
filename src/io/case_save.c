/* case_save.c: the case file written with libyaml's emitter.
 *
 * Block style throughout, except the sector list ([drinking-water]), short
 * and read at a glance.  (In flow style libyaml quotes every time, as a time
 * holds ':'; block style keeps them plain.)  A text that YAML would read as
 * something else (null, true, a number) is quoted, so it comes back as the
 * same text. */
#include "config.h"

#include "io/case_save.h"
#include "core/case_check.h"
#include "io/fileio.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "nls.h"

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

struct out {
	yaml_emitter_t em;
	struct sbuf text;
	bool ok;
};

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	struct sbuf *b = data;
	sbuf_putn(b, (const char *)buffer, size);
	return 1;
}

static void emit(struct out *o, yaml_event_t *ev)
{
	if (!o->ok) {
		yaml_event_delete(ev);
		return;
	}
	if (!yaml_emitter_emit(&o->em, ev))
		o->ok = false;
}

/* Would a plain scalar with this text read back as something else? */
static bool needs_quotes(const char *s)
{
	static const char *const special[] = {
		"", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False",
		"FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off",
		"Off", "OFF", "y", "Y", "n", "N",
	};
	for (size_t i = 0; i < sizeof(special) / sizeof(special[0]); i++)
		if (strcmp(s, special[i]) == 0)
			return true;
	/* numbers, dates and times: anything starting with a digit, a sign or
	 * a dot is quoted; it costs nothing and stays a text for every reader */
	return strchr("0123456789+-.", s[0]) != NULL;
}

static void scalar_styled(struct out *o, const char *s, yaml_scalar_style_t style)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1, style)) {
		o->ok = false;
		return;
	}
	emit(o, &ev);
}

/* A word the format defines (a key, an enum, a number, a time). */
static void word(struct out *o, const char *s)
{
	scalar_styled(o, s, YAML_PLAIN_SCALAR_STYLE);
}

/* A text a person wrote. */
static void text(struct out *o, const char *s)
{
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	if (strchr(s, '\n'))
		style = YAML_LITERAL_SCALAR_STYLE;  /* the emitter falls back when it cannot */
	else if (needs_quotes(s))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	scalar_styled(o, s, style);
}

static void map_start(struct out *o, bool flow)
{
	yaml_event_t ev;
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
					    flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
	emit(o, &ev);
}

static void map_end(struct out *o)
{
	yaml_event_t ev;
	yaml_mapping_end_event_initialize(&ev);
	emit(o, &ev);
}

static void seq_start(struct out *o, bool flow)
{
	yaml_event_t ev;
	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
					     flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
	emit(o, &ev);
}

static void seq_end(struct out *o)
{
	yaml_event_t ev;
	yaml_sequence_end_event_initialize(&ev);
	emit(o, &ev);
}

static void kv_word(struct out *o, const char *key, const char *value)
{
	word(o, key);
	word(o, value);
}

static void kv_i64(struct out *o, const char *key, int64_t v)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%lld", (long long)v);
	kv_word(o, key, buf);
}

static void kv_time(struct out *o, const char *key, const struct opt_time *t)
{
	char buf[CLOCK_FMT_LEN];
	if (!t->set)
		return;
	clock_format(t->t, buf);
	kv_word(o, key, buf);
}

static void kv_bool(struct out *o, const char *key, const struct opt_bool *b)
{
	if (b->set)
		kv_word(o, key, b->v ? "true" : "false");
}

static void kv_opt_i64(struct out *o, const char *key, const struct opt_i64 *v)
{
	if (v->set)
		kv_i64(o, key, v->v);
}

static bool entity_empty(const struct entity *e)
{
	return !e->name && !e->nis2_set && !e->type_set && !e->n_sectors && !e->dora.set &&
	       !e->turnover_eur.set && !e->users.set && !e->public_telecom.set;
}

static void put_entity(struct out *o, const struct entity *e)
{
	if (entity_empty(e))
		return;
	word(o, "entity");
	map_start(o, false);
	if (e->name) {
		word(o, "name");
		text(o, e->name);
	}
	if (e->nis2_set)
		kv_word(o, "nis2", nis2_status_name(e->nis2));
	unsigned types = case_entity_types_of(e);
	if (entity_types_count(types) > 1) {
		word(o, "type");
		seq_start(o, true);
		for (int t = 0; t < ET_COUNT; t++)
			if (types & (1u << t))
				text(o, entity_type_name((enum entity_type)t));
		seq_end(o);
	} else if (e->type_set) {
		kv_word(o, "type", entity_type_name(e->type));
	}
	if (e->n_sectors) {
		word(o, "sectors");
		seq_start(o, true);
		for (size_t i = 0; i < e->n_sectors; i++)
			text(o, e->sectors[i]);
		seq_end(o);
	}
	kv_bool(o, "dora", &e->dora);
	kv_opt_i64(o, "turnover_eur", &e->turnover_eur);
	kv_opt_i64(o, "users", &e->users);
	kv_bool(o, "public_telecom", &e->public_telecom);
	map_end(o);
}

static bool incident_empty(const struct incident *in)
{
	return !in->aware.set && !in->started.set && !in->detected.set && !in->logged.set &&
	       !in->restored.set && !in->resolved.set && !in->annex_service.set &&
	       !in->planned_maintenance.set && !in->personal_data.set && !in->gdpr_aware.set &&
	       in->malicious == MAL_UNKNOWN && !in->disruption_set;
}

static void put_incident(struct out *o, const struct incident *in)
{
	if (incident_empty(in))
		return;
	word(o, "incident");
	map_start(o, false);
	kv_time(o, "aware", &in->aware);
	kv_time(o, "started", &in->started);
	kv_time(o, "detected", &in->detected);
	kv_time(o, "logged", &in->logged);
	if (in->disruption_set)
		kv_word(o, "disruption", disruption_name(in->disruption));
	kv_time(o, "restored", &in->restored);
	kv_time(o, "resolved", &in->resolved);
	kv_bool(o, "annex_service", &in->annex_service);
	kv_bool(o, "planned_maintenance", &in->planned_maintenance);
	kv_bool(o, "personal_data", &in->personal_data);
	kv_time(o, "gdpr_aware", &in->gdpr_aware);
	if (in->malicious != MAL_UNKNOWN)
		kv_word(o, "malicious", malicious_name(in->malicious));
	map_end(o);
}

static void put_impact(struct out *o, const struct case_file *c, const struct fact_registry *facts)
{
	if (!c->n_impact)
		return;
	word(o, "impact");
	map_start(o, false);
	/* the registry's order (data/facts.yaml, nis2-notify-data(5)), then anything it does not know */
	for (size_t i = 0; facts && i < facts->n; i++) {
		int64_t v;
		const struct fact_def *f = &facts->defs[i];
		if (!case_impact_get(c, f->name, &v))
			continue;
		if (f->kind == FACT_BOOL)
			kv_word(o, f->name, v ? "true" : "false");
		else
			kv_i64(o, f->name, v);
	}
	for (size_t i = 0; i < c->n_impact; i++)
		if (!facts || !facts_find(facts, c->impact[i].name))
			kv_i64(o, c->impact[i].name, c->impact[i].v);
	map_end(o);
}

/* An earlier incident still without its moment of awareness stays in the
 * wizard, not in the file: the loader would refuse it (core/case_check.h). */
static void put_related(struct out *o, const struct case_file *c)
{
	size_t complete = 0;
	for (size_t i = 0; i < c->n_related; i++)
		complete += case_related_complete(&c->related[i]);
	if (!complete)
		return;
	word(o, "related");
	seq_start(o, false);
	for (size_t i = 0; i < c->n_related; i++) {
		const struct related *r = &c->related[i];
		if (!case_related_complete(r))
			continue;
		map_start(o, false);
		kv_time(o, "aware", &r->aware);
		kv_time(o, "started", &r->started);
		kv_bool(o, "significant", &r->significant);
		kv_opt_i64(o, "loss_eur", &r->loss_eur);
		kv_opt_i64(o, "outage_minutes", &r->outage_minutes);
		kv_opt_i64(o, "outage_users", &r->outage_users);
		kv_bool(o, "users_unknown", &r->users_unknown);
		map_end(o);
	}
	seq_end(o);
}

static void put_reports(struct out *o, const struct case_file *c)
{
	bool any = false;
	for (int s = 0; s < STAGE_COUNT; s++)
		any = any || c->reports[s].set;
	if (!any)
		return;
	word(o, "reports");
	map_start(o, false);
	for (int s = 0; s < STAGE_COUNT; s++)
		kv_time(o, stage_name((enum stage)s), &c->reports[s]);
	map_end(o);
}

static void put_submissions(struct out *o, const struct case_file *c)
{
	bool any = false;
	for (int s = 0; s < STAGE_COUNT; s++)
		any = any || c->submissions[s].channel != CHANNEL_UNKNOWN || c->submissions[s].reference;
	if (!any)
		return;
	word(o, "submissions");
	map_start(o, false);
	for (int s = 0; s < STAGE_COUNT; s++) {
		const struct submission *sub = &c->submissions[s];
		if (sub->channel == CHANNEL_UNKNOWN && !sub->reference)
			continue;
		word(o, stage_name((enum stage)s));
		map_start(o, true);
		if (sub->channel != CHANNEL_UNKNOWN)
			kv_word(o, "channel", report_channel_name(sub->channel));
		if (sub->reference) {
			word(o, "reference");
			text(o, sub->reference);
		}
		map_end(o);
	}
	map_end(o);
}

/* exercise: the training run's state (nis2-notify-case(5), EXERCISE). */
static void put_exercise(struct out *o, const struct exercise *x)
{
	if (!x->set)
		return;
	word(o, "exercise");
	map_start(o, false);
	word(o, "scenario");
	text(o, x->scenario ? x->scenario : "");
	if (x->version) {
		word(o, "version");
		scalar_styled(o, x->version, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	}
	if (x->trainee) {
		word(o, "trainee");
		text(o, x->trainee);
	}
	struct opt_time at = { true, x->at };
	kv_time(o, "at", &at);
	kv_i64(o, "speed", x->speed);
	kv_word(o, "paused", x->paused ? "true" : "false");
	kv_i64(o, "shown", (int64_t)x->shown);
	kv_time(o, "ended", &x->ended);
	if (x->facilitator)
		kv_word(o, "facilitator", "true");
	if (x->n_news) {
		word(o, "news");
		seq_start(o, false);
		for (size_t i = 0; i < x->n_news; i++) {
			map_start(o, false);
			struct opt_time t = { true, x->news[i].at };
			kv_time(o, "at", &t);
			word(o, "text");
			text(o, x->news[i].text);
			map_end(o);
		}
		seq_end(o);
	}
	map_end(o);
}

/* The form's fields in the form's own order: by the number that starts each
 * technical name ("9-Incident_Description" before "11-..."). */
static long field_number(const char *key)
{
	char *end;
	long n = strtol(key, &end, 10);
	return end == key ? 1000000 : n;
}

static void put_form(struct out *o, const struct case_file *c)
{
	if (!c->n_form)
		return;
	size_t *order = xmalloc(c->n_form * sizeof(*order));
	for (size_t i = 0; i < c->n_form; i++) {
		/* insertion sort: stable, and the form has a few dozen fields */
		size_t j = i;
		while (j > 0 && field_number(c->form[order[j - 1]].key) > field_number(c->form[i].key)) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
	word(o, "form");
	map_start(o, false);
	for (size_t i = 0; i < c->n_form; i++) {
		const struct form_entry *e = &c->form[order[i]];
		word(o, e->key);
		if (e->is_list) {
			seq_start(o, false);
			for (size_t j = 0; j < e->n; j++)
				text(o, e->values[j]);
			seq_end(o);
		} else {
			text(o, e->n ? e->values[0] : "");
		}
	}
	map_end(o);
	free(order);
}

char *case_to_yaml(const struct case_file *c, const struct fact_registry *facts)
{
	struct out o;
	yaml_event_t ev;
	char version[16];

	memset(&o, 0, sizeof(o));
	o.ok = true;
	sbuf_init(&o.text);
	/* libyaml's emitter writes no comments: the first line is ours */
	sbuf_puts(&o.text, "# nis2-notify case file (format: man 5 nis2-notify-case); "
		  "saved by " PACKAGE_STRING "\n");
	yaml_emitter_initialize(&o.em);
	yaml_emitter_set_output(&o.em, write_handler, &o.text);
	yaml_emitter_set_unicode(&o.em, 1);
	yaml_emitter_set_indent(&o.em, 2);
	yaml_emitter_set_width(&o.em, 100);
	yaml_emitter_set_break(&o.em, YAML_LN_BREAK);

	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	emit(&o, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	emit(&o, &ev);
	map_start(&o, false);
	snprintf(version, sizeof(version), "%d", CASE_FORMAT_VERSION);
	kv_word(&o, "nis2-notify", version);
	if (c->language_set)
		kv_word(&o, "language", lang_code(c->language));
	put_entity(&o, &c->entity);
	put_incident(&o, &c->incident);
	put_impact(&o, c, facts);
	put_related(&o, c);
	put_reports(&o, c);
	put_submissions(&o, c);
	put_form(&o, c);
	put_exercise(&o, &c->exercise);
	map_end(&o);
	yaml_document_end_event_initialize(&ev, 1);
	emit(&o, &ev);
	yaml_stream_end_event_initialize(&ev);
	emit(&o, &ev);
	yaml_emitter_flush(&o.em);
	yaml_emitter_delete(&o.em);
	if (!o.ok) {
		/* only invalid UTF-8 makes the emitter fail; the loader never lets
		 * it in, so this is a programming error worth stopping at */
		fprintf(stderr, "case_to_yaml: libyaml emitter error\n");
		abort();
	}
	/* the emitter leaves the last line of a literal text open */
	if (o.text.len && o.text.s[o.text.len - 1] != '\n')
		sbuf_putc(&o.text, '\n');
	return sbuf_take(&o.text);
}

bool case_save_text(const char *path, const char *yaml, char **err)
{
	size_t len = strlen(yaml);
	if (len > FILE_READ_MAX) {
		/* a file the loader would refuse is no save */
		*err = xasprintf(_("%s: the case would be %zu bytes, more than can be read back (at most %u); "
				   "not saved"), path, len, FILE_READ_MAX);
		return false;
	}
	char *copy = xstrdup(path);
	const char *dir = dirname(copy);
	struct stat st;
	bool ok = true;
	if (stat(dir, &st) != 0)
		ok = dir_ensure_private(dir, err);
	free(copy);
	return ok && file_save_atomic(path, yaml, len, err);
}

bool case_save_file(const char *path, const struct case_file *c, const struct fact_registry *facts,
		    char **err)
{
	char *yaml = case_to_yaml(c, facts);
	bool ok = case_save_text(path, yaml, err);
	free(yaml);
	return ok;
}
