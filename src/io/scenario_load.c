/* scenario_load.c: the `scenario:` section of a training scenario. */
#include "config.h"

#include "io/scenario_load.h"
#include "io/case_node.h"
#include "io/ydoc_data.h"
#include "core/xalloc.h"
#include "io/fileio.h"
#include "core/facts.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCENARIO_LIST_MAX 64u

/* The languages of a text's map, 1u << enum lang each. */
static unsigned text_langs(struct ydoc *d, yaml_node_t *n)
{
	unsigned set = 0;
	for (int l = 0; l < LANG_COUNT; l++)
		if (y_map_get(d, n, lang_code((enum lang)l)))
			set |= 1u << l;
	return set;
}

/* "en, nl and fr", "nl and fr", "nl": for the author's messages. */
static void langs_words(unsigned set, char *buf, size_t size)
{
	size_t o = 0, n = 0, total = 0;
	for (int l = 0; l < LANG_COUNT; l++)
		total += (set >> l) & 1u;
	buf[0] = '\0';
	for (int l = 0; l < LANG_COUNT; l++) {
		if (!(set & (1u << l)))
			continue;
		n++;
		const char *sep = n == 1 ? "" : n == total ? _(" and ") : ", ";
		o += (size_t)snprintf(buf + o, size - o, "%s%s", sep, lang_code((enum lang)l));
		if (o >= size)
			return;
	}
}

/* A text in the scenario's languages: any non-empty subset of en, nl and
 * fr, the same for every text of the scenario (a trainee must never meet a
 * text of another language than the exercise's).  The title, read first,
 * sets the languages (s->langs); every later text must give exactly those,
 * and the message names the language that differs at its line and column. */
static bool read_text(struct ydoc *d, yaml_node_t *n, const char *what, struct scenario *s,
		      struct text3 *out, struct yerr *err)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(d, n, what, err) || !y_check_keys(d, n, keys, err))
		return false;
	unsigned set = text_langs(d, n);
	if (!set)
		return yerr_at(err, d, n, _("%s: give the text in at least one of en, nl and fr"), what);
	if (!s->langs)
		s->langs = set;
	char title[32];
	langs_words(s->langs, title, sizeof(title));
	for (int l = 0; l < LANG_COUNT; l++) {
		bool want = (s->langs & (1u << l)) != 0;
		yaml_node_t *v = y_map_get(d, n, lang_code((enum lang)l));
		if (want && !v)
			return yerr_at(err, d, n, _("%s: the text in '%s' is missing (the title is in %s: "
						    "every text of a scenario is in the same languages)"),
				       what, lang_code((enum lang)l), title);
		if (!want && v)
			return yerr_at(err, d, v, _("%s: a text in '%s', but the title is in %s only "
						    "(every text of a scenario is in the same languages)"),
				       what, lang_code((enum lang)l), title);
		if (!v)
			continue;
		if (!y_get_string(d, v, SCENARIO_TEXT_MAX, &out->s[l], err))
			return false;
		if (!out->s[l][0])
			return yerr_at(err, d, v, _("%s: the text is empty"), what);
	}
	return true;
}

static bool read_time(struct ydoc *d, yaml_node_t *map, const char *key, instant_t *out,
		      struct yerr *err)
{
	yaml_node_t *v = y_map_get(d, map, key);
	if (!v)
		return yerr_at(err, d, map, _("'%s' is required"), key);
	return y_get_time(d, v, out, err);
}

/* A field the debrief compares: "entity.users", "incident.aware",
 * "impact.NAME" (a fact of the registry) or "related". */
static bool field_known(const struct case_schema *schema, const char *f)
{
	static const char *const fixed[] = {
		"entity.nis2", "entity.type", "entity.sectors", "entity.dora", "entity.turnover_eur",
		"entity.users", "entity.public_telecom", "incident.aware", "incident.started",
		"incident.detected", "incident.restored", "incident.resolved",
		"incident.annex_service", "incident.planned_maintenance", "incident.personal_data",
		"incident.gdpr_aware", "incident.malicious", "related", NULL
	};
	for (size_t i = 0; fixed[i]; i++)
		if (strcmp(f, fixed[i]) == 0)
			return true;
	return strncmp(f, "impact.", 7) == 0 && schema->facts && facts_find(schema->facts, f + 7);
}

/* `reveals: [impact.loss_eur, entity.turnover_eur]`: the answers a text
 * gives away. */
static bool read_reveals(struct ydoc *d, yaml_node_t *n, const struct case_schema *schema,
			 char ***out, size_t *n_out, struct yerr *err)
{
	if (!y_expect_seq(d, n, "reveals", SCENARIO_LIST_MAX, err))
		return false;
	size_t count = y_seq_size(n);
	*out = xcalloc(count ? count : 1, sizeof(**out));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item = y_seq_item(d, n, i);
		char *f = NULL;
		if (!y_get_string(d, item, 64, &f, err))
			return false;
		(*out)[(*n_out)++] = f;
		if (!field_known(schema, f))
			return yerr_at(err, d, item, _("'%s' is not an answer of the case (entity.users, "
						       "incident.aware, impact.loss_eur, related, ...)"), f);
	}
	return true;
}

static bool read_injects(struct ydoc *d, yaml_node_t *n, const struct case_schema *schema,
			 struct scenario *s, struct yerr *err)
{
	static const char *const keys[] = { "at", "text", "action", "reveals", NULL };
	if (!y_expect_seq(d, n, "injects", SCENARIO_LIST_MAX, err))
		return false;
	size_t count = y_seq_size(n);
	s->injects = xcalloc(count ? count : 1, sizeof(*s->injects));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item = y_seq_item(d, n, i);
		if (!y_expect_map(d, item, "inject", err) || !y_check_keys(d, item, keys, err))
			return false;
		struct inject *in = &s->injects[i];
		s->n_injects = i + 1;
		if (!read_time(d, item, "at", &in->at, err))
			return false;
		yaml_node_t *at = y_map_get(d, item, "at");
		if (in->at < s->start || in->at > s->end)
			return yerr_at(err, d, at, _("an inject must come between the start and the end of the exercise"));
		if (i > 0 && in->at < s->injects[i - 1].at)
			return yerr_at(err, d, at, _("injects must be listed in the order of their time"));
		yaml_node_t *text = y_map_get(d, item, "text");
		if (!text)
			return yerr_at(err, d, item, _("'%s' is required"), "text");
		if (!read_text(d, text, "text", s, &in->text, err))
			return false;
		yaml_node_t *act = y_map_get(d, item, "action");
		if (act && !read_text(d, act, "action", s, &in->action, err))
			return false;
		yaml_node_t *rev = y_map_get(d, item, "reveals");
		if (rev) {
			s->has_reveals = true;
			if (!read_reveals(d, rev, schema, &in->reveals, &in->n_reveals, err))
				return false;
		}
	}
	return true;
}

/* `section: A.4` (the same in every language of the scenario) or
 * `section: { nl: "Bijlage 3, art. 14", fr: "Annexe 3, art. 14" }`. */
static bool read_section(struct ydoc *d, yaml_node_t *n, struct scenario *s, struct text3 *out,
			 struct yerr *err)
{
	if (y_is_map(n))
		return read_text(d, n, "section", s, out, err);
	char *one = NULL;
	if (!y_get_string(d, n, 80, &one, err))
		return false;
	if (!one[0]) {
		free(one);
		return yerr_at(err, d, n, _("%s: the text is empty"), "section");
	}
	for (int l = 0; l < LANG_COUNT; l++)
		if (s->langs & (1u << l))
			out->s[l] = xstrdup(one);
	free(one);
	return true;
}

static bool read_refs(struct ydoc *d, yaml_node_t *n, struct scenario *s, struct yerr *err)
{
	static const char *const keys[] = { "section", "text", NULL };
	if (!y_expect_seq(d, n, "guide", SCENARIO_LIST_MAX, err))
		return false;
	size_t count = y_seq_size(n);
	s->refs = xcalloc(count ? count : 1, sizeof(*s->refs));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item = y_seq_item(d, n, i);
		if (!y_expect_map(d, item, "guide", err) || !y_check_keys(d, item, keys, err))
			return false;
		struct guide_ref *r = &s->refs[i];
		s->n_refs = i + 1;
		yaml_node_t *sec = y_map_get(d, item, "section");
		yaml_node_t *text = y_map_get(d, item, "text");
		if (!sec || !text)
			return yerr_at(err, d, item, _("a guide reference needs 'section' and 'text'"));
		if (!read_section(d, sec, s, &r->section, err) ||
		    !read_text(d, text, "text", s, &r->text, err))
			return false;
	}
	return true;
}

static bool read_verdict(struct ydoc *d, yaml_node_t *n, enum verdict *out, struct yerr *err)
{
	const char *t = y_text(n);
	for (int v = 0; t && v < VERDICT_COUNT; v++)
		if (strcmp(t, verdict_name((enum verdict)v)) == 0) {
			*out = (enum verdict)v;
			return true;
		}
	return yerr_at(err, d, n, _("unknown verdict '%s' (dora, out-of-scope, significant, undetermined, not-an-incident or not-significant)"),
		       t ? t : "");
}

static bool read_met(struct ydoc *d, yaml_node_t *n, struct scenario_expected *e, struct yerr *err)
{
	if (!y_expect_seq(d, n, "met", SCENARIO_LIST_MAX, err))
		return false;
	size_t count = y_seq_size(n);
	e->met = xcalloc(count ? count : 1, sizeof(*e->met));
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *item = y_seq_item(d, n, i);
		char *id = NULL;
		if (!y_get_string(d, item, 16, &id, err))
			return false;
		e->met[e->n_met++] = id;
		for (size_t j = 0; j + 1 < e->n_met; j++)
			if (strcmp(e->met[j], id) == 0)
				return yerr_at(err, d, item, _("criterion '%s' is listed twice"), id);
	}
	return true;
}

static bool read_deadlines(struct ydoc *d, yaml_node_t *n, struct scenario_expected *e,
			   struct yerr *err)
{
	if (!y_expect_map(d, n, "deadlines", err))
		return false;
	size_t count = y_map_size(n);
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *k, *v;
		y_pair(d, n, i, &k, &v);
		enum stage st;
		const char *name = y_text(k);
		if (!name || !stage_from_name(name, &st))
			return yerr_at(err, d, k, _("unknown report stage '%s'"), name ? name : "");
		if (e->due[st].set)
			return yerr_at(err, d, k, _("'%s' is given twice"), name);
		if (!y_get_time(d, v, &e->due[st].t, err))
			return false;
		e->due[st].set = true;
	}
	return true;
}

static bool read_expected(struct ydoc *d, yaml_node_t *n, struct scenario_expected *e,
			  struct yerr *err)
{
	static const char *const keys[] = { "verdict", "met", "deadlines", NULL };
	if (!y_expect_map(d, n, "expected", err) || !y_check_keys(d, n, keys, err))
		return false;
	yaml_node_t *v = y_map_get(d, n, "verdict");
	if (!v)
		return yerr_at(err, d, n, _("'%s' is required"), "verdict");
	if (!read_verdict(d, v, &e->verdict, err))
		return false;
	yaml_node_t *met = y_map_get(d, n, "met");
	if (met && !read_met(d, met, e, err))
		return false;
	yaml_node_t *dl = y_map_get(d, n, "deadlines");
	if (dl && !read_deadlines(d, dl, e, err))
		return false;
	return true;
}

static bool scenario_section_from_node(struct ydoc *d, yaml_node_t *n,
				       const struct case_schema *schema, struct scenario *s,
				       struct yerr *err)
{
	static const char *const keys[] = {
		"title", "briefing", "start", "end", "injects", "expected", "lesson", "guide",
		"reveals", "tolerance_minutes", "version", "self_paced", NULL
	};
	if (!y_expect_map(d, n, "scenario", err) || !y_check_keys(d, n, keys, err))
		return false;
	/* `expected:` may be left out while a scenario is written (nis2-notify
	 * --training-expected prints it); the check refuses a training without. */
	static const char *const required[] = { "title", "briefing", "lesson", NULL };
	for (size_t i = 0; required[i]; i++)
		if (!y_map_get(d, n, required[i]))
			return yerr_at(err, d, n, _("'%s' is required"), required[i]);
	if (!read_text(d, y_map_get(d, n, "title"), "title", s, &s->title, err) ||
	    !read_text(d, y_map_get(d, n, "briefing"), "briefing", s, &s->briefing, err) ||
	    !read_text(d, y_map_get(d, n, "lesson"), "lesson", s, &s->lesson, err))
		return false;
	yaml_node_t *paced = y_map_get(d, n, "self_paced");
	if (paced && !y_get_bool(d, paced, &s->self_paced, err))
		return false;
	if (!read_time(d, n, "start", &s->start, err) || !read_time(d, n, "end", &s->end, err))
		return false;
	if (s->end <= s->start)
		return yerr_at(err, d, y_map_get(d, n, "end"), _("the exercise must end after it starts"));
	yaml_node_t *injects = y_map_get(d, n, "injects");
	yaml_node_t *rev = y_map_get(d, n, "reveals");
	if (rev) {
		s->has_reveals = true;
		if (!read_reveals(d, rev, schema, &s->reveals, &s->n_reveals, err))
			return false;
	}
	yaml_node_t *ver = y_map_get(d, n, "version");
	if (ver && !y_get_string(d, ver, 32, &s->version, err))
		return false;
	yaml_node_t *tol = y_map_get(d, n, "tolerance_minutes");
	if (tol) {
		int64_t m = 0;
		if (!y_get_count(d, tol, 24 * 60, &m, err))
			return false;
		s->tolerance_s = m * 60;
	}
	if (injects && !read_injects(d, injects, schema, s, err))
		return false;
	yaml_node_t *guide = y_map_get(d, n, "guide");
	if (guide && !read_refs(d, guide, s, err))
		return false;
	yaml_node_t *exp = y_map_get(d, n, "expected");
	if (!exp)
		return true;
	s->has_expected = true;
	return read_expected(d, exp, &s->expected, err);
}

bool scenario_load_buffer(const char *origin, const char *buf, size_t len,
			  const struct case_schema *schema, struct scenario *s, char **err)
{
	static const char *const extra[] = { "scenario", NULL };
	struct ydoc d;
	struct yerr e = { NULL };
	scenario_init(s);
	bool ok = ydoc_load_data(&d, origin, buf, len, &e);
	yaml_node_t *root = ok ? ydoc_root(&d) : NULL;
	ok = ok && case_from_node(&d, root, extra, schema, &s->truth, &e);
	if (ok) {
		yaml_node_t *sec = y_map_get(&d, root, "scenario");
		if (!sec)
			ok = yerr_at(&e, &d, root, _("not a training scenario: the 'scenario:' section is missing"));
		else
			ok = scenario_section_from_node(&d, sec, schema, s, &e);
	}
	ydoc_free(&d);
	if (!ok) {
		scenario_free(s);
		scenario_init(s);
		*err = e.msg ? e.msg : xasprintf(_("%s: cannot read the scenario"), origin);
	}
	return ok;
}

static bool names_a_file(const char *name)
{
	size_t n = strlen(name);
	return strchr(name, '/') != NULL || (n > 5 && strcmp(name + n - 5, ".yaml") == 0);
}

bool scenario_load(const char *name, const struct datasource *src,
		   const struct case_schema *schema, struct scenario *s, char **err)
{
	char *buf = NULL, *origin = NULL;
	size_t len = 0;
	bool ok;
	scenario_init(s);
	if (names_a_file(name)) {
		if (!file_read_all(name, &buf, &len, err))
			return false;
		origin = xstrdup(name);
	} else {
		char *file = xasprintf("scenarios/%s.yaml", name);
		char *why = NULL;
		ok = datafile_read(src, file, &buf, &len, &origin, &why);
		free(file);
		if (!ok) {
			free(why);
			*err = xasprintf(_("no scenario '%s': name a file, or one of the shipped scenarios"),
					 name);
			return false;
		}
	}
	ok = scenario_load_buffer(origin, buf, len, schema, s, err);
	if (ok) {
		const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
		size_t n = strlen(base);
		s->id = n > 5 && strcmp(base + n - 5, ".yaml") == 0 ? xstrndup(base, n - 5) : xstrdup(base);
	}
	free(buf);
	free(origin);
	return ok;
}

size_t scenario_list(const struct datasource *src, char ***names)
{
	char **all = NULL;
	size_t n = datafile_list(src, "scenarios/", &all);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		char *full = all[i];
		const char *base = full + strlen("scenarios/");
		size_t len = strlen(base);
		if (len > 5 && strcmp(base + len - 5, ".yaml") == 0 && !strchr(base, '/'))
			all[kept++] = xstrndup(base, len - 5);
		free(full);
	}
	*names = all;
	return kept;
}

unsigned scenario_peek_langs(const char *buf, size_t len)
{
	struct ydoc d;
	struct yerr e = { NULL };
	unsigned set = 0;
	if (!ydoc_load_data(&d, "scenario", buf, len, &e)) {
		yerr_free(&e);
		return 0;
	}
	yaml_node_t *root = ydoc_root(&d);
	yaml_node_t *sec = root && y_is_map(root) ? y_map_get(&d, root, "scenario") : NULL;
	yaml_node_t *title = sec && y_is_map(sec) ? y_map_get(&d, sec, "title") : NULL;
	if (title && y_is_map(title))
		set = text_langs(&d, title);
	ydoc_free(&d);
	return set;
}

size_t scenario_list_in(const struct datasource *src, enum lang l, char ***names)
{
	size_t n = scenario_list(src, names);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		char *file = xasprintf("scenarios/%s.yaml", (*names)[i]);
		char *buf = NULL, *origin = NULL, *why = NULL;
		size_t len = 0;
		unsigned set = 0;
		if (datafile_read(src, file, &buf, &len, &origin, &why))
			set = scenario_peek_langs(buf, len);
		free(file);
		free(buf);
		free(origin);
		free(why);
		/* one that cannot be read is kept: opening it says what is wrong */
		if (set == 0 || (set & (1u << l)))
			(*names)[kept++] = (*names)[i];
		else
			free((*names)[i]);
	}
	return kept;
}

bool scenario_buffer_is_scenario(const char *buf, size_t len)
{
	struct ydoc d;
	struct yerr e = { NULL };
	if (!ydoc_load_data(&d, "scenario", buf, len, &e)) {
		yerr_free(&e);
		return false;
	}
	yaml_node_t *root = ydoc_root(&d);
	bool is = root && y_is_map(root) && y_map_get(&d, root, "scenario") != NULL;
	ydoc_free(&d);
	return is;
}
