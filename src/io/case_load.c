/* case_load.c: the case file, read strictly into struct case_file.
 *
 * A value written as null (`restored:` with nothing after it, or `~`) is the
 * same as an absent key, so that a hand editor can blank a value out. */
#include "config.h"

#include "io/case_load.h"
#include "io/case_node.h"
#include "io/case_problem.h"
#include "io/fileio.h"
#include "core/case_check.h"
#include "core/sbuf.h"
#include "core/simclock.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

/* Any map larger than this is refused before its keys are compared. */
#define CASE_MAP_MAX 1000

struct loader {
	struct ydoc *d;
	struct yerr *err;
	const struct case_schema *s;
	struct case_file *c;
	yaml_node_t *users_node;
	yaml_node_t *related_node;
	yaml_node_t *restored_node;
};

/* The value of key in map, or NULL when absent or written as null. */
static yaml_node_t *get(struct loader *L, yaml_node_t *map, const char *key)
{
	yaml_node_t *v = y_map_get(L->d, map, key);
	return v && !y_is_null(v) ? v : NULL;
}

static bool check_keys(struct loader *L, yaml_node_t *map, const char *what, const char *const *keys)
{
	if (!y_expect_map(L->d, map, what, L->err))
		return false;
	if (y_map_size(map) > CASE_MAP_MAX)
		return yerr_at(L->err, L->d, map, _("'%s' has too many entries (at most %d)"), what, CASE_MAP_MAX);
	return y_check_keys(L->d, map, keys, L->err);
}

/* One of the words names[0..n), skipping NULLs; *out gets its index. */
static bool read_word(struct loader *L, yaml_node_t *n, const char *key,
		      const char *const *names, int n_names, int *out)
{
	const char *t = y_text(n);
	for (int i = 0; t && i < n_names; i++) {
		if (names[i] && strcmp(names[i], t) == 0) {
			*out = i;
			return true;
		}
	}
	struct sbuf b;
	sbuf_init(&b);
	for (int i = 0; i < n_names; i++) {
		if (!names[i])
			continue;
		if (b.len)
			sbuf_puts(&b, ", ");
		sbuf_puts(&b, names[i]);
	}
	yerr_at(L->err, L->d, n, _("'%s' must be one of: %s; found '%s'"), key, sbuf_str(&b),
		t ? t : "...");
	sbuf_free(&b);
	return false;
}

static bool read_time(struct loader *L, yaml_node_t *map, const char *key, struct opt_time *out)
{
	yaml_node_t *v = get(L, map, key);
	if (!v)
		return true;
	if (!y_get_time(L->d, v, &out->t, L->err))
		return false;
	out->set = true;
	return true;
}

static bool read_bool(struct loader *L, yaml_node_t *map, const char *key, struct opt_bool *out)
{
	yaml_node_t *v = get(L, map, key);
	if (!v)
		return true;
	if (!y_get_bool(L->d, v, &out->v, L->err))
		return false;
	out->set = true;
	return true;
}

static bool read_count(struct loader *L, yaml_node_t *map, const char *key, struct opt_i64 *out)
{
	yaml_node_t *v = get(L, map, key);
	if (!v)
		return true;
	if (!y_get_count(L->d, v, FACT_NUMBER_MAX, &out->v, L->err))
		return false;
	out->set = true;
	return true;
}

static bool read_version(struct loader *L, yaml_node_t *root)
{
	yaml_node_t *v = y_map_get(L->d, root, "nis2-notify");
	if (!v)
		return yerr_at(L->err, L->d, root,
			       _("not a case file: 'nis2-notify: %d' (the format version) is missing"),
			       CASE_FORMAT_VERSION);
	int64_t n;
	if (!y_get_count(L->d, v, 1000000, &n, L->err))
		return false;
	if (n != CASE_FORMAT_VERSION)
		return yerr_at(L->err, L->d, v, _("unsupported format version %lld (this program reads version %d)"),
			       (long long)n, CASE_FORMAT_VERSION);
	L->c->version = (int)n;
	return true;
}

static bool read_language(struct loader *L, yaml_node_t *root)
{
	static const char *const codes[LANG_COUNT] = { "en", "nl", "fr" };
	yaml_node_t *v = get(L, root, "language");
	int i;
	if (!v)
		return true;
	if (!read_word(L, v, "language", codes, LANG_COUNT, &i))
		return false;
	L->c->language = (enum lang)i;
	L->c->language_set = true;
	return true;
}

static bool read_sectors(struct loader *L, yaml_node_t *list)
{
	struct entity *e = &L->c->entity;
	if (!y_expect_seq(L->d, list, "sectors", CASE_SECTORS_MAX, L->err))
		return false;
	size_t n = y_seq_size(list);
	e->sectors = n ? xcalloc(n, sizeof(char *)) : NULL;
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *item = y_seq_item(L->d, list, i);
		char *id;
		if (!y_get_string(L->d, item, 100, &id, L->err))
			return false;
		if (L->s->sectors && !sectors_selectable(L->s->sectors, id)) {
			const struct sector_def *def = sectors_find(L->s->sectors, id);
			if (def)
				yerr_at(L->err, L->d, item,
					_("'%s' is a group of sectors: name one of its subsectors (%s-...)"), id, id);
			else
				yerr_at(L->err, L->d, item, _("unknown sector '%s'"), id);
			free(id);
			return false;
		}
		if (case_has_sector(L->c, id)) {
			yerr_at(L->err, L->d, item, _("sector '%s' is listed twice"), id);
			free(id);
			return false;
		}
		e->sectors[e->n_sectors++] = id;
	}
	return true;
}

static bool read_entity(struct loader *L, yaml_node_t *map)
{
	static const char *const keys[] = {
		"name", "nis2", "type", "sectors", "dora", "turnover_eur", "users",
		"public_telecom", NULL,
	};
	static const char *const nis2[] = { "unknown", "essential", "important", "none" };
	const char *types[ET_COUNT];
	struct entity *e = &L->c->entity;
	yaml_node_t *v;
	int i;

	if (!check_keys(L, map, "entity", keys))
		return false;
	if ((v = get(L, map, "name")) && !y_get_string(L->d, v, CASE_NAME_MAX, &e->name, L->err))
		return false;
	if ((v = get(L, map, "nis2"))) {
		if (!read_word(L, v, "nis2", nis2, 4, &i))
			return false;
		e->nis2 = (enum nis2_status)i;
		e->nis2_set = true;
	}
	if ((v = get(L, map, "type"))) {
		/* one type, or a list of them (nis2-notify-case(5), ENTITY) */
		for (int t = 0; t < ET_COUNT; t++)
			types[t] = entity_type_name((enum entity_type)t);
		unsigned mask = 0;
		if (y_is_seq(v)) {
			if (!y_expect_seq(L->d, v, "type", ET_COUNT, L->err))
				return false;
			if (!y_seq_size(v))
				return yerr_at(L->err, L->d, v, _("'type' lists no entity type"));
			for (size_t k = 0; k < y_seq_size(v); k++) {
				yaml_node_t *it = y_seq_item(L->d, v, k);
				if (!read_word(L, it, "type", types, ET_COUNT, &i))
					return false;
				if (mask & (1u << i))
					return yerr_at(L->err, L->d, it, _("'type' lists '%s' twice"), types[i]);
				mask |= 1u << i;
			}
		} else {
			if (!read_word(L, v, "type", types, ET_COUNT, &i))
				return false;
			mask = 1u << i;
		}
		case_set_types(L->c, mask);
	}
	if ((v = get(L, map, "sectors")) && !read_sectors(L, v))
		return false;
	if (!read_bool(L, map, "dora", &e->dora) ||
	    !read_count(L, map, "turnover_eur", &e->turnover_eur) ||
	    !read_count(L, map, "users", &e->users) ||
	    !read_bool(L, map, "public_telecom", &e->public_telecom))
		return false;
	if (e->users.set)
		L->users_node = get(L, map, "users");
	return true;
}

static bool read_incident(struct loader *L, yaml_node_t *map)
{
	static const char *const keys[] = {
		"aware", "started", "detected", "logged", "restored", "resolved",
		"annex_service", "planned_maintenance", "personal_data", "gdpr_aware",
		"malicious", "disruption", NULL,
	};
	/* index = enum malicious; "unknown" is the absent value, never written */
	static const char *const malicious[] = { NULL, "yes", "no", "unsure" };
	struct incident *in = &L->c->incident;
	yaml_node_t *v;
	int i;

	if (!check_keys(L, map, "incident", keys))
		return false;
	if (!read_time(L, map, "aware", &in->aware) ||
	    !read_time(L, map, "started", &in->started) ||
	    !read_time(L, map, "detected", &in->detected) ||
	    !read_time(L, map, "logged", &in->logged) ||
	    !read_time(L, map, "restored", &in->restored) ||
	    !read_time(L, map, "resolved", &in->resolved) ||
	    !read_bool(L, map, "annex_service", &in->annex_service) ||
	    !read_bool(L, map, "planned_maintenance", &in->planned_maintenance) ||
	    !read_bool(L, map, "personal_data", &in->personal_data) ||
	    !read_time(L, map, "gdpr_aware", &in->gdpr_aware))
		return false;
	if ((v = get(L, map, "malicious"))) {
		if (!read_word(L, v, "malicious", malicious, 4, &i))
			return false;
		in->malicious = (enum malicious)i;
	}
	L->restored_node = get(L, map, "restored");
	if ((v = get(L, map, "disruption"))) {
		static const char *const states[] = { "none", "ongoing", "ended" };
		if (!read_word(L, v, "disruption", states, 3, &i))
			return false;
		in->disruption = (enum disruption)i;
		in->disruption_set = true;
	}
	return true;
}

/* Facts that have their own place in the file, though the rules read them
 * like the impact facts. */
static const char *home_of(const char *fact)
{
	if (!strcmp(fact, "users") || !strcmp(fact, "turnover_eur"))
		return "entity";
	if (!strcmp(fact, "malicious"))
		return "incident";
	return NULL;
}

static bool read_impact(struct loader *L, yaml_node_t *map)
{
	if (!y_expect_map(L->d, map, "impact", L->err))
		return false;
	size_t n = y_map_size(map);
	if (n > CASE_MAP_MAX)
		return yerr_at(L->err, L->d, map, _("'%s' has too many entries (at most %d)"), "impact", CASE_MAP_MAX);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *k, *v;
		y_pair(L->d, map, i, &k, &v);
		const char *name = y_text(k);
		if (!name)
			return yerr_at(L->err, L->d, k, _("a key must be a plain word"));
		const struct fact_def *f = L->s->facts ? facts_find(L->s->facts, name) : NULL;
		const char *home = home_of(name);
		if (home)
			return yerr_at(L->err, L->d, k, _("'%s' belongs in '%s:', not in 'impact:'"), name, home);
		if (!f)
			return yerr_at(L->err, L->d, k, _("unknown fact '%s' in 'impact:'"), name);
		if (case_impact_get(L->c, name, NULL))
			return yerr_at(L->err, L->d, k, _("key '%s' appears twice"), name);
		if (y_is_null(v))
			continue;
		int64_t x;
		if (f->kind == FACT_BOOL) {
			bool b;
			if (!y_get_bool(L->d, v, &b, L->err))
				return false;
			x = b;
		} else if (!y_get_count(L->d, v, FACT_NUMBER_MAX, &x, L->err)) {
			return false;
		}
		case_impact_set(L->c, name, x);
	}
	return true;
}

static bool read_related(struct loader *L, yaml_node_t *list)
{
	static const char *const keys[] = {
		"aware", "started", "significant", "loss_eur", "outage_minutes",
		"outage_users", "users_unknown", NULL,
	};
	if (!y_expect_seq(L->d, list, "related", CASE_RELATED_MAX, L->err))
		return false;
	size_t n = y_seq_size(list);
	struct case_file *c = L->c;
	L->related_node = list;
	c->related = n ? xcalloc(n, sizeof(*c->related)) : NULL;
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *m = y_seq_item(L->d, list, i);
		struct related *r = &c->related[c->n_related++];
		if (!check_keys(L, m, "related", keys))
			return false;
		if (!read_time(L, m, "aware", &r->aware) ||
		    !read_time(L, m, "started", &r->started) ||
		    !read_bool(L, m, "significant", &r->significant) ||
		    !read_count(L, m, "loss_eur", &r->loss_eur) ||
		    !read_count(L, m, "outage_minutes", &r->outage_minutes) ||
		    !read_count(L, m, "outage_users", &r->outage_users) ||
		    !read_bool(L, m, "users_unknown", &r->users_unknown))
			return false;
	}
	return true;
}

static bool read_reports(struct loader *L, yaml_node_t *map)
{
	const char *keys[STAGE_COUNT + 1];
	for (int s = 0; s < STAGE_COUNT; s++)
		keys[s] = stage_name((enum stage)s);
	keys[STAGE_COUNT] = NULL;
	if (!y_expect_map(L->d, map, "reports", L->err))
		return false;
	size_t n = y_map_size(map);
	if (n > CASE_MAP_MAX)
		return yerr_at(L->err, L->d, map, _("'%s' has too many entries (at most %d)"), "reports", CASE_MAP_MAX);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *k, *v;
		y_pair(L->d, map, i, &k, &v);
		enum stage s;
		const char *t = y_text(k);
		if (t && !stage_from_name(t, &s))
			return yerr_at(L->err, L->d, k,
				       _("unknown report '%s' (reports are early-warning, notification, "
					 "intermediate, progress, final, recipients and gdpr)"), t);
	}
	if (!y_check_keys(L->d, map, keys, L->err))
		return false;
	for (int s = 0; s < STAGE_COUNT; s++)
		if (!read_time(L, map, keys[s], &L->c->reports[s]))
			return false;
	return true;
}

/* submissions: {STAGE: {channel: form|phone, reference: TEXT}} */
static bool read_submissions(struct loader *L, yaml_node_t *map)
{
	static const char *const inner[] = { "channel", "reference", NULL };
	if (!y_expect_map(L->d, map, "submissions", L->err))
		return false;
	size_t n = y_map_size(map);
	if (n > STAGE_COUNT)
		return yerr_at(L->err, L->d, map, _("'%s' has too many entries (at most %d)"),
			       "submissions", STAGE_COUNT);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *k, *v;
		y_pair(L->d, map, i, &k, &v);
		enum stage s;
		const char *t = y_text(k);
		if (!t || !stage_from_name(t, &s))
			return yerr_at(L->err, L->d, k,
				       _("unknown report '%s' (reports are early-warning, notification, "
					 "intermediate, progress, final, recipients and gdpr)"), t ? t : "");
		if (!y_expect_map(L->d, v, t, L->err) || !y_check_keys(L->d, v, inner, L->err))
			return false;
		struct submission *sub = &L->c->submissions[s];
		yaml_node_t *ch = y_map_get(L->d, v, "channel"), *ref = y_map_get(L->d, v, "reference");
		if (ch && !y_is_null(ch) && !report_channel_from_name(y_text(ch), &sub->channel))
			return yerr_at(L->err, L->d, ch, _("unknown channel '%s' (use form or phone)"),
				       y_text(ch) ? y_text(ch) : "");
		if (ref && !y_is_null(ref) && !y_get_string(L->d, ref, 200, &sub->reference, L->err))
			return false;
	}
	return true;
}

/* exercise: {scenario, version, trainee, at, speed, paused, shown, ended,
 * facilitator, news: [{at, text}]} (nis2-notify-case(5), EXERCISE). */
static bool read_exercise(struct loader *L, yaml_node_t *map)
{
	static const char *const keys[] = { "scenario", "version", "trainee", "at", "speed", "paused",
					    "shown", "ended", "facilitator", "news", NULL };
	static const char *const news_keys[] = { "at", "text", NULL };
	struct exercise *x = &L->c->exercise;
	if (!check_keys(L, map, "exercise", keys))
		return false;
	yaml_node_t *v;
	if (!(v = get(L, map, "scenario")))
		return yerr_at(L->err, L->d, map, _("'exercise' needs 'scenario' (the scenario's id or file)"));
	if (!y_get_string(L->d, v, 4096, &x->scenario, L->err))
		return false;
	if ((v = get(L, map, "version")) && !y_get_string(L->d, v, 200, &x->version, L->err))
		return false;
	if ((v = get(L, map, "trainee")) && !y_get_string(L->d, v, 200, &x->trainee, L->err))
		return false;
	struct opt_time at = { false, 0 };
	if (!read_time(L, map, "at", &at))
		return false;
	if (!at.set)
		return yerr_at(L->err, L->d, map, _("'exercise' needs 'at' (the exercise time when saved)"));
	x->at = at.t;
	struct opt_i64 speed = { false, 0 }, shown = { false, 0 };
	if (!read_count(L, map, "speed", &speed) || !read_count(L, map, "shown", &shown))
		return false;
	if (speed.set && (speed.v < 1 || speed.v > SIMCLOCK_SPEED_MAX))
		return yerr_at(L->err, L->d, get(L, map, "speed"),
			       _("'speed' must be a whole number from 1 to %d"), SIMCLOCK_SPEED_MAX);
	x->speed = speed.set ? (int)speed.v : 1;
	x->shown = shown.set ? (size_t)shown.v : 0;
	struct opt_bool paused = { false, false }, fac = { false, false };
	if (!read_bool(L, map, "paused", &paused) || !read_bool(L, map, "facilitator", &fac))
		return false;
	x->paused = paused.set && paused.v;
	x->facilitator = fac.set && fac.v;
	if (!read_time(L, map, "ended", &x->ended))
		return false;
	if ((v = get(L, map, "news"))) {
		if (!y_expect_seq(L->d, v, "news", EXERCISE_NEWS_MAX, L->err))
			return false;
		for (size_t i = 0; i < y_seq_size(v); i++) {
			yaml_node_t *m = y_seq_item(L->d, v, i);
			if (!check_keys(L, m, "news", news_keys))
				return false;
			struct opt_time t = { false, 0 };
			char *text = NULL;
			yaml_node_t *tx = get(L, m, "text");
			if (!read_time(L, m, "at", &t))
				return false;
			if (!t.set || !tx)
				return yerr_at(L->err, L->d, m, _("each news item needs 'at' and 'text'"));
			if (!y_get_string(L->d, tx, 2000, &text, L->err))
				return false;
			exercise_add_news(x, t.t, text);
			free(text);
		}
	}
	x->set = true;
	return true;
}

static bool form_key_known(const struct case_schema *s, const char *key)
{
	if (!s->form_keys)
		return true;
	for (const char *const *k = s->form_keys; *k; k++)
		if (strcmp(*k, key) == 0)
			return true;
	return false;
}

static bool read_form_list(struct loader *L, const char *key, yaml_node_t *v)
{
	if (!y_expect_seq(L->d, v, key, CASE_FORM_LIST_MAX, L->err))
		return false;
	size_t n = y_seq_size(v);
	char **vals = n ? xcalloc(n, sizeof(char *)) : NULL;
	bool ok = true;
	for (size_t j = 0; ok && j < n; j++)
		ok = y_get_string(L->d, y_seq_item(L->d, v, j), CASE_TEXT_MAX, &vals[j], L->err);
	if (ok)
		case_form_set_list(L->c, key, n, (const char *const *)vals);
	for (size_t j = 0; j < n; j++)
		free(vals[j]);
	free(vals);
	return ok;
}

static bool read_form(struct loader *L, yaml_node_t *map)
{
	if (!y_expect_map(L->d, map, "form", L->err))
		return false;
	size_t n = y_map_size(map);
	if (n > CASE_FORM_MAX)
		return yerr_at(L->err, L->d, map, _("'%s' has too many entries (at most %d)"), "form", CASE_FORM_MAX);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *k, *v;
		y_pair(L->d, map, i, &k, &v);
		const char *key = y_text(k);
		if (!key)
			return yerr_at(L->err, L->d, k, _("a key must be a plain word"));
		if (!form_key_known(L->s, key))
			return yerr_at(L->err, L->d, k, _("unknown form field '%s'"), key);
		if (case_form_get(L->c, key))
			return yerr_at(L->err, L->d, k, _("key '%s' appears twice"), key);
		if (y_is_null(v))
			continue;
		if (y_is_seq(v)) {
			if (!read_form_list(L, key, v))
				return false;
			continue;
		}
		char *text;
		if (!y_is_scalar(v))
			return yerr_at(L->err, L->d, v, _("form field '%s' must be a text or a list of texts"), key);
		if (!y_get_string(L->d, v, CASE_TEXT_MAX, &text, L->err))
			return false;
		case_form_set_text(L->c, key, text);
		free(text);
	}
	return true;
}

/* What one value says about another (core/case_check.h, the same rules the
 * wizard applies to an answer): checked once everything is read, reported
 * at the value at fault. */
static bool check_values(struct loader *L, yaml_node_t *impact)
{
	struct case_problem p;
	if (case_check(L->c, &p))
		return true;
	yaml_node_t *at = NULL;
	switch (p.kind) {
	case CP_USERS_ZERO: at = L->users_node; break;
	case CP_AFFECTED_ABOVE_USERS:
	case CP_DOMAINS_ABOVE_TOTAL: at = impact ? get(L, impact, p.what) : NULL; break;
	case CP_DISRUPTION_NONE:
	case CP_COMPLETE_FALSE_MINUTES:
	case CP_COMPLETE_TRUE_ZERO: at = impact ? get(L, impact, p.what) : NULL; break;
	case CP_ONGOING_RESTORED: at = L->restored_node; break;
	case CP_RELATED_NO_AWARE:
		at = L->related_node ? y_seq_item(L->d, L->related_node, p.index) : NULL;
		break;
	case CP_NONE: break;
	}
	char *msg = case_problem_text(&p);
	yerr_at(L->err, L->d, at, "%s", msg);
	free(msg);
	return false;
}

bool case_from_node(struct ydoc *d, yaml_node_t *root, const char *const *extra_keys,
		    const struct case_schema *s, struct case_file *c, struct yerr *err)
{
	static const char *const base[] = {
		"nis2-notify", "language", "entity", "incident", "impact", "related",
		"reports", "submissions", "form", "exercise",
	};
	const size_t n_base = sizeof(base) / sizeof(base[0]);
	size_t n_extra = 0;
	while (extra_keys && extra_keys[n_extra])
		n_extra++;
	const char **keys = xcalloc(n_base + n_extra + 1, sizeof(char *));
	memcpy(keys, base, sizeof(base));
	for (size_t i = 0; i < n_extra; i++)
		keys[n_base + i] = extra_keys[i];

	struct loader L = { d, err, s, c, NULL, NULL, NULL };
	yaml_node_t *v, *impact = NULL;
	case_init(c);
	bool ok = y_is_map(root) ||
		  yerr_at(err, d, root, _("not a case file: it must be a mapping of keys and values, "
					  "starting with 'nis2-notify: %d'"), CASE_FORMAT_VERSION);
	ok = ok && read_version(&L, root) && check_keys(&L, root, "", keys) && read_language(&L, root);
	free(keys);
	if (ok && (v = get(&L, root, "entity")))
		ok = read_entity(&L, v);
	if (ok && (v = get(&L, root, "incident")))
		ok = read_incident(&L, v);
	if (ok && (impact = get(&L, root, "impact")))
		ok = read_impact(&L, impact);
	if (ok && (v = get(&L, root, "related")))
		ok = read_related(&L, v);
	if (ok && (v = get(&L, root, "reports")))
		ok = read_reports(&L, v);
	if (ok && (v = get(&L, root, "submissions")))
		ok = read_submissions(&L, v);
	if (ok && (v = get(&L, root, "form")))
		ok = read_form(&L, v);
	if (ok && (v = get(&L, root, "exercise")))
		ok = read_exercise(&L, v);
	if (ok)
		ok = check_values(&L, impact);
	if (!ok)
		case_free(c);
	return ok;
}

bool case_load_buffer(const char *origin, const char *buf, size_t len,
		      const struct case_schema *s, struct case_file *c, char **err)
{
	struct ydoc d;
	struct yerr e = { NULL };
	case_init(c);
	bool ok = ydoc_load(&d, origin, buf, len, &e) &&
		  case_from_node(&d, ydoc_root(&d), NULL, s, c, &e);
	ydoc_free(&d);
	if (!ok) {
		case_free(c);
		*err = e.msg ? e.msg : xasprintf(_("%s: cannot read the case file"), origin);
	}
	return ok;
}

bool case_load_file(const char *path, const struct case_schema *s, struct case_file *c, char **err)
{
	char *buf;
	size_t len;
	case_init(c);
	if (!file_read_all(path, &buf, &len, err))
		return false;
	bool ok = case_load_buffer(path, buf, len, s, c, err);
	free(buf);
	return ok;
}
