/* form_load.c: data/form.yaml, read strictly into struct form_def. */
#include "config.h"

#include "io/form_load.h"
#include "io/yamlnode.h"
#include "io/ydoc_data.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define FORM_ITEMS_MAX 200    /* fields, options, notes, parts: per list */
#define FORM_TEXT_MAX 4000    /* bytes of one label, help or note */
#define FORM_ID_MAX 100

/* The option list that data/sectors.yaml provides. */
#define SECTORS_LIST "sectors"

struct loader {
	struct ydoc d;
	struct yerr e;
	struct form_def *def;
};

static yaml_node_t *need(struct loader *L, yaml_node_t *map, const char *key)
{
	yaml_node_t *v = y_map_get(&L->d, map, key);
	if (!v)
		yerr_at(&L->e, &L->d, map, _("missing key '%s'"), key);
	return v;
}

static bool read_text3(struct loader *L, yaml_node_t *n, const char *what, struct text3 *t)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(&L->d, n, what, &L->e) || !y_check_keys(&L->d, n, keys, &L->e))
		return false;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(&L->d, n, lang_code((enum lang)l));
		if (!v)
			return yerr_at(&L->e, &L->d, n, _("'%s' needs a text in %s"), what,
				       lang_code((enum lang)l));
		if (!y_get_string(&L->d, v, FORM_TEXT_MAX, &t->s[l], &L->e))
			return false;
	}
	return true;
}

static bool read_id(struct loader *L, yaml_node_t *map, const char *key, char **out)
{
	yaml_node_t *v = need(L, map, key);
	return v && y_get_string(&L->d, v, FORM_ID_MAX, out, &L->e);
}

static bool read_stage(struct loader *L, yaml_node_t *n, enum stage *s)
{
	const char *t = y_text(n);
	if (!t || !stage_from_name(t, s) || !form_stage_valid(*s))
		return yerr_at(&L->e, &L->d, n, _("'%s' is not a stage of the form"), t ? t : "");
	return true;
}

/* `mandatory: all | none | [stage, ...]` */
static bool read_mandatory(struct loader *L, yaml_node_t *n, struct form_field *f)
{
	const char *t = y_text(n);
	if (t && (strcmp(t, "all") == 0 || strcmp(t, "none") == 0)) {
		for (int s = 0; s < STAGE_COUNT; s++)
			f->mandatory[s] = t[0] == 'a' && form_stage_valid((enum stage)s);
		return true;
	}
	if (!y_is_seq(n))
		return yerr_at(&L->e, &L->d, n, _("'mandatory' must be all, none or a list of stages"));
	for (size_t i = 0; i < y_seq_size(n); i++) {
		enum stage s;
		if (!read_stage(L, y_seq_item(&L->d, n, i), &s))
			return false;
		f->mandatory[s] = true;
	}
	return true;
}

static bool read_field(struct loader *L, yaml_node_t *n, size_t section)
{
	static const char *const keys[] = {
		"letter", "name", "kind", "limit", "options", "mandatory", "visible",
		"when", "check", "label", "help", NULL,
	};
	struct form_def *def = L->def;
	if (!y_expect_map(&L->d, n, "fields", &L->e) || !y_check_keys(&L->d, n, keys, &L->e))
		return false;
	def->fields = xrealloc(def->fields, (def->n_fields + 1) * sizeof *def->fields);
	struct form_field *f = &def->fields[def->n_fields++];
	memset(f, 0, sizeof *f);
	f->section = section;
	f->visible = true;
	char *s = NULL;
	yaml_node_t *v = need(L, n, "letter");
	if (!v || !y_get_string(&L->d, v, 1, &s, &L->e))
		return false;
	f->letter = s[0];
	free(s);
	if (f->letter < 'A' || f->letter > 'Z')
		return yerr_at(&L->e, &L->d, v, _("'letter' must be one capital letter"));
	if (!read_id(L, n, "name", &f->name))
		return false;
	for (size_t i = 0; i + 1 < def->n_fields; i++)
		if (strcmp(def->fields[i].name, f->name) == 0 || def->fields[i].letter == f->letter)
			return yerr_at(&L->e, &L->d, n, _("field '%s' or its letter appears twice"), f->name);
	if (!(v = need(L, n, "kind")))
		return false;
	if (!form_kind_from_name(y_text(v), &f->kind))
		return yerr_at(&L->e, &L->d, v, _("unknown kind of field '%s'"), y_text(v) ? y_text(v) : "");
	if ((v = y_map_get(&L->d, n, "limit"))) {
		int64_t lim;
		if (!y_get_count(&L->d, v, 100000, &lim, &L->e))
			return false;
		f->limit = (size_t)lim;
	}
	bool choice = f->kind == FORM_CHOICE || f->kind == FORM_MULTI;
	v = y_map_get(&L->d, n, "options");
	if (choice != (v != NULL))
		return yerr_at(&L->e, &L->d, v ? v : n, _("'options' is for choice fields, and they need it"));
	if (v && !y_get_string(&L->d, v, FORM_ID_MAX, &f->options, &L->e))
		return false;
	if (!(v = need(L, n, "mandatory")) || !read_mandatory(L, v, f))
		return false;
	if ((v = y_map_get(&L->d, n, "visible")) && !y_get_bool(&L->d, v, &f->visible, &L->e))
		return false;
	if ((v = y_map_get(&L->d, n, "check"))) {
		if (!y_text(v) || strcmp(y_text(v), "kbo") != 0)
			return yerr_at(&L->e, &L->d, v, _("unknown check '%s'"), y_text(v) ? y_text(v) : "");
		f->kbo = true;
	}
	if ((v = y_map_get(&L->d, n, "when"))) {
		static const char *const wkeys[] = { "field", "is", NULL };
		if (!y_expect_map(&L->d, v, "when", &L->e) || !y_check_keys(&L->d, v, wkeys, &L->e) ||
		    !read_id(L, v, "field", &f->when_field) || !read_id(L, v, "is", &f->when_is))
			return false;
		/* conditions look back only (form_draft_build resolves in order) */
		const struct form_field *w = form_field_find(def, f->when_field);
		if (!w || w == f || w->kind != FORM_CHOICE)
			return yerr_at(&L->e, &L->d, v, _("'when' must name an earlier choice field"));
	}
	return (v = need(L, n, "label")) && read_text3(L, v, "label", &f->label) &&
	       (v = need(L, n, "help")) && read_text3(L, v, "help", &f->help);
}

static bool read_sections(struct loader *L, yaml_node_t *list)
{
	static const char *const keys[] = { "id", "label", "fields", NULL };
	struct form_def *def = L->def;
	if (!y_expect_seq(&L->d, list, "sections", FORM_ITEMS_MAX, &L->e))
		return false;
	for (size_t i = 0; i < y_seq_size(list); i++) {
		yaml_node_t *n = y_seq_item(&L->d, list, i), *v;
		if (!y_expect_map(&L->d, n, "sections", &L->e) || !y_check_keys(&L->d, n, keys, &L->e))
			return false;
		def->sections = xrealloc(def->sections, (def->n_sections + 1) * sizeof *def->sections);
		struct form_section *s = &def->sections[def->n_sections++];
		memset(s, 0, sizeof *s);
		if (!read_id(L, n, "id", &s->id) || !(v = need(L, n, "label")) ||
		    !read_text3(L, v, "label", &s->label) || !(v = need(L, n, "fields")) ||
		    !y_expect_seq(&L->d, v, "fields", FORM_ITEMS_MAX, &L->e))
			return false;
		for (size_t j = 0; j < y_seq_size(v); j++)
			if (!read_field(L, y_seq_item(&L->d, v, j), def->n_sections - 1))
				return false;
	}
	return true;
}

static bool read_optlist(struct loader *L, yaml_node_t *key, yaml_node_t *list)
{
	static const char *const keys[] = { "id", "label", NULL };
	struct form_optlist l = { NULL, 0, NULL };
	if (!y_get_string(&L->d, key, FORM_ID_MAX, &l.id, &L->e))
		return false;
	form_def_put_optlist(L->def, &l);
	struct form_optlist *o = &L->def->optlists[L->def->n_optlists - 1];
	if (!y_expect_seq(&L->d, list, o->id, FORM_ITEMS_MAX, &L->e))
		return false;
	o->opts = xcalloc(y_seq_size(list) + 1, sizeof *o->opts);
	for (size_t i = 0; i < y_seq_size(list); i++) {
		yaml_node_t *n = y_seq_item(&L->d, list, i), *v;
		if (!y_expect_map(&L->d, n, o->id, &L->e) || !y_check_keys(&L->d, n, keys, &L->e))
			return false;
		struct form_option *op = &o->opts[o->n++];
		if (!read_id(L, n, "id", &op->id) || !(v = need(L, n, "label")) ||
		    !read_text3(L, v, "label", &op->label))
			return false;
		for (size_t j = 0; j + 1 < o->n; j++)
			if (strcmp(o->opts[j].id, op->id) == 0)
				return yerr_at(&L->e, &L->d, n, _("option '%s' appears twice"), op->id);
	}
	return true;
}

static bool read_options(struct loader *L, yaml_node_t *map)
{
	if (!y_expect_map(&L->d, map, "options", &L->e))
		return false;
	for (size_t i = 0; i < y_map_size(map); i++) {
		yaml_node_t *k, *v;
		y_pair(&L->d, map, i, &k, &v);
		if (form_optlist_find(L->def, y_text(k)))
			return yerr_at(&L->e, &L->d, k, _("option list '%s' appears twice"), y_text(k));
		if (!read_optlist(L, k, v))
			return false;
	}
	return true;
}

static bool copy_notes(struct form_stage_guide *to, const struct form_stage_guide *from)
{
	to->notes = xcalloc(from->n_notes + 1, sizeof *to->notes);
	for (size_t i = 0; i < from->n_notes; i++) {
		to->notes[i].field = xstrdup(from->notes[i].field);
		for (int l = 0; l < LANG_COUNT; l++)
			to->notes[i].note.s[l] = from->notes[i].note.s[l] ? xstrdup(from->notes[i].note.s[l]) : NULL;
	}
	to->n_notes = from->n_notes;
	return true;
}

static bool read_stages(struct loader *L, yaml_node_t *list)
{
	static const char *const keys[] = { "id", "guidance", "fields", "notes_from", NULL };
	static const char *const nkeys[] = { "name", "note", NULL };
	struct form_def *def = L->def;
	if (!y_expect_seq(&L->d, list, "stages", STAGE_COUNT, &L->e))
		return false;
	def->stages = xcalloc(y_seq_size(list) + 1, sizeof *def->stages);
	for (size_t i = 0; i < y_seq_size(list); i++) {
		yaml_node_t *n = y_seq_item(&L->d, list, i), *v;
		if (!y_expect_map(&L->d, n, "stages", &L->e) || !y_check_keys(&L->d, n, keys, &L->e))
			return false;
		struct form_stage_guide *g = &def->stages[def->n_stages];
		if (!(v = need(L, n, "id")) || !read_stage(L, v, &g->stage))
			return false;
		if (form_stage_guide(def, g->stage))
			return yerr_at(&L->e, &L->d, v, _("stage '%s' appears twice"), y_text(v));
		def->n_stages++;
		if (!(v = need(L, n, "guidance")) || !read_text3(L, v, "guidance", &g->guidance))
			return false;
		yaml_node_t *fields = y_map_get(&L->d, n, "fields");
		yaml_node_t *from = y_map_get(&L->d, n, "notes_from");
		if ((fields != NULL) == (from != NULL))
			return yerr_at(&L->e, &L->d, n, _("a stage needs either 'fields' or 'notes_from'"));
		if (from) {
			enum stage fs;
			const struct form_stage_guide *src;
			if (!read_stage(L, from, &fs))
				return false;
			if (!(src = form_stage_guide(def, fs)) || src == g)
				return yerr_at(&L->e, &L->d, from, _("'notes_from' must name an earlier stage"));
			copy_notes(g, src);
			continue;
		}
		if (!y_expect_seq(&L->d, fields, "fields", FORM_ITEMS_MAX, &L->e))
			return false;
		g->notes = xcalloc(y_seq_size(fields) + 1, sizeof *g->notes);
		for (size_t j = 0; j < y_seq_size(fields); j++) {
			yaml_node_t *f = y_seq_item(&L->d, fields, j);
			if (!y_expect_map(&L->d, f, "fields", &L->e) || !y_check_keys(&L->d, f, nkeys, &L->e))
				return false;
			struct form_note *note = &g->notes[g->n_notes++];
			if (!read_id(L, f, "name", &note->field))
				return false;
			if (!form_field_find(def, note->field))
				return yerr_at(&L->e, &L->d, f, _("unknown field '%s'"), note->field);
			if (!(v = need(L, f, "note")) || !read_text3(L, v, "note", &note->note))
				return false;
		}
	}
	return true;
}

/* The verdict's index in *which, from a key of `verdicts:`; each at most
 * once. */
static bool read_verdict_key(struct loader *L, yaml_node_t *k, const struct form_proposal *p,
			     int *which)
{
	*which = -1;
	for (int x = 0; y_text(k) && x < VERDICT_COUNT; x++)
		if (strcmp(verdict_name((enum verdict)x), y_text(k)) == 0)
			*which = x;
	if (*which < 0 || p->has_verdict[*which])
		return yerr_at(&L->e, &L->d, k, _("unknown or repeated verdict '%s'"),
			       y_text(k) ? y_text(k) : "");
	return true;
}

/* A choice field proposed from the verdict: `verdicts:` maps a verdict to
 * one of the field's option ids (the same in every language, so it is kept
 * as a text3 with three copies and form_propose() needs no special case);
 * no `parts:`. */
static bool read_choice_proposal(struct loader *L, yaml_node_t *n, const struct form_field *f,
				 struct form_proposal *p)
{
	yaml_node_t *v = need(L, n, "verdicts");
	if (!v || !y_expect_map(&L->d, v, "verdicts", &L->e))
		return false;
	if (y_map_get(&L->d, n, "parts"))
		return yerr_at(&L->e, &L->d, n, _("'%s' is a choice: propose an option by verdict, without parts"),
			       p->field);
	for (size_t i = 0; i < y_map_size(v); i++) {
		yaml_node_t *k, *t;
		int which;
		char *id = NULL;
		y_pair(&L->d, v, i, &k, &t);
		if (!read_verdict_key(L, k, p, &which) ||
		    !y_get_string(&L->d, t, FORM_ID_MAX, &id, &L->e))
			return false;
		if (!form_option_find(L->def, f, id)) {
			yerr_at(&L->e, &L->d, t, _("'%s' is not an option of %s"), id, p->field);
			free(id);
			return false;
		}
		p->has_verdict[which] = true;
		for (int l = 0; l < LANG_COUNT; l++)
			p->by_verdict[which].s[l] = l ? xstrdup(id) : id;
	}
	return true;
}

static bool read_proposal(struct loader *L, yaml_node_t *n, struct form_proposal *p)
{
	static const char *const keys[] = { "field", "verdicts", "parts", NULL };
	static const char *const pkeys[] = { "needs", "text", NULL };
	yaml_node_t *v;
	if (!y_expect_map(&L->d, n, "proposals", &L->e) || !y_check_keys(&L->d, n, keys, &L->e) ||
	    !read_id(L, n, "field", &p->field))
		return false;
	const struct form_field *f = form_field_find(L->def, p->field);
	if (f && f->kind == FORM_CHOICE)
		return read_choice_proposal(L, n, f, p);
	if (!f || f->kind != FORM_TEXT)
		return yerr_at(&L->e, &L->d, n, _("'%s' is not a text or choice field of the form"), p->field);
	if ((v = y_map_get(&L->d, n, "verdicts"))) {
		if (!y_expect_map(&L->d, v, "verdicts", &L->e))
			return false;
		for (size_t i = 0; i < y_map_size(v); i++) {
			yaml_node_t *k, *t;
			int which;
			y_pair(&L->d, v, i, &k, &t);
			if (!read_verdict_key(L, k, p, &which))
				return false;
			p->has_verdict[which] = true;
			if (!read_text3(L, t, "verdicts", &p->by_verdict[which]))
				return false;
		}
	}
	if ((v = y_map_get(&L->d, n, "parts"))) {
		if (!y_expect_seq(&L->d, v, "parts", FORM_ITEMS_MAX, &L->e))
			return false;
		p->parts = xcalloc(y_seq_size(v) + 1, sizeof *p->parts);
		for (size_t i = 0; i < y_seq_size(v); i++) {
			yaml_node_t *pn = y_seq_item(&L->d, v, i), *needs, *t;
			if (!y_expect_map(&L->d, pn, "parts", &L->e) || !y_check_keys(&L->d, pn, pkeys, &L->e))
				return false;
			struct form_part *part = &p->parts[p->n_parts++];
			if (!(needs = need(L, pn, "needs")) ||
			    !y_expect_seq(&L->d, needs, "needs", FORM_ITEMS_MAX, &L->e))
				return false;
			part->needs = xcalloc(y_seq_size(needs) + 1, sizeof *part->needs);
			for (size_t j = 0; j < y_seq_size(needs); j++, part->n_needs++)
				if (!y_get_string(&L->d, y_seq_item(&L->d, needs, j), FORM_ID_MAX,
						  &part->needs[j], &L->e))
					return false;
			if (!(t = need(L, pn, "text")) || !read_text3(L, t, "text", &part->text))
				return false;
		}
	}
	return true;
}

static bool read_proposals(struct loader *L, yaml_node_t *list)
{
	struct form_def *def = L->def;
	if (!y_expect_seq(&L->d, list, "proposals", FORM_ITEMS_MAX, &L->e))
		return false;
	def->proposals = xcalloc(y_seq_size(list) + 1, sizeof *def->proposals);
	for (size_t i = 0; i < y_seq_size(list); i++)
		if (!read_proposal(L, y_seq_item(&L->d, list, i), &def->proposals[def->n_proposals++]))
			return false;
	return true;
}

/* Every choice field names a list that exists (or the sectors, attached
 * later), and every condition an option of its field. */
static bool check_references(struct loader *L, yaml_node_t *root)
{
	struct form_def *def = L->def;
	for (size_t i = 0; i < def->n_fields; i++) {
		const struct form_field *f = &def->fields[i];
		if (f->options && strcmp(f->options, SECTORS_LIST) != 0 && !form_optlist_find(def, f->options))
			return yerr_at(&L->e, &L->d, root, _("field '%s' names an unknown option list '%s'"),
				       f->name, f->options);
		if (f->when_field && !form_option_find(def, form_field_find(def, f->when_field), f->when_is))
			return yerr_at(&L->e, &L->d, root, _("field '%s' depends on an unknown option '%s'"),
				       f->name, f->when_is);
	}
	return true;
}

bool form_load_buffer(const char *origin, const char *buf, size_t len,
		      struct form_def *out, char **err)
{
	static const char *const keys[] = { "format", "sections", "options", "stages", "proposals", NULL };
	struct loader L;
	memset(&L, 0, sizeof L);
	memset(out, 0, sizeof *out);
	L.def = out;
	bool ok = ydoc_load_data(&L.d, origin, buf, len, &L.e);
	yaml_node_t *root = ok ? ydoc_root(&L.d) : NULL, *v;
	ok = ok && y_expect_map(&L.d, root, "form.yaml", &L.e) && y_check_keys(&L.d, root, keys, &L.e);
	if (ok && (v = need(&L, root, "format"))) {
		int64_t ver = 0;
		if (y_get_count(&L.d, v, 1000, &ver, &L.e) && ver != 1)
			yerr_at(&L.e, &L.d, v, _("unsupported format version %lld (this program reads version %d)"),
				(long long)ver, 1);
	}
	ok = ok && !L.e.msg;
	ok = ok && (v = need(&L, root, "sections")) && read_sections(&L, v);
	ok = ok && (v = need(&L, root, "options")) && read_options(&L, v);
	ok = ok && (v = need(&L, root, "stages")) && read_stages(&L, v);
	ok = ok && (v = need(&L, root, "proposals")) && read_proposals(&L, v);
	ok = ok && check_references(&L, root);
	ydoc_free(&L.d);
	if (!ok) {
		form_def_free(out);
		*err = L.e.msg ? L.e.msg : xstrdup(_("invalid form data"));
		return false;
	}
	form_def_index(out);
	return true;
}

bool form_load(const struct datasource *src, struct form_def *out, char **err)
{
	char *buf, *origin;
	size_t len;
	memset(out, 0, sizeof *out);
	if (!datafile_read(src, "form.yaml", &buf, &len, &origin, err))
		return false;
	bool ok = form_load_buffer(origin, buf, len, out, err);
	free(buf);
	free(origin);
	return ok;
}

void form_attach_sectors(struct form_def *def, const struct sector_registry *reg)
{
	struct form_optlist l = { xstrdup(SECTORS_LIST), 0, NULL };
	l.opts = xcalloc(reg->n + 1, sizeof *l.opts);
	for (size_t i = 0; i < reg->n; i++) {
		const struct sector_def *s = &reg->defs[i];
		if (!s->selectable)
			continue;
		const struct sector_def *p = s->parent ? sectors_find(reg, s->parent) : NULL;
		struct form_option *o = &l.opts[l.n++];
		o->id = xstrdup(s->id);
		for (int lg = 0; lg < LANG_COUNT; lg++) {
			const char *name = text3_get(&s->name, (enum lang)lg);
			/* French puts a space before the colon */
			const char *colon = lg == LANG_FR ? " : " : ": ";
			o->label.s[lg] = p ? xasprintf("%s%s%s", text3_get(&p->name, (enum lang)lg), colon, name)
					   : xstrdup(name);
		}
	}
	form_def_put_optlist(def, &l);
}
