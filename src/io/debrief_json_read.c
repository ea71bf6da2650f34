/* debrief_json_read.c: reading a JSON debrief back (io/debrief_json_read.h). */
#include "config.h"

#include "io/debrief_json_read.h"
#include "io/debrief_json.h"
#include "io/fileio.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

/* The key that is missing or of the wrong type, for the message. */
struct reader {
	const char *what;
	char *key;
};

static bool bad(struct reader *r, const char *key, size_t i, const char *what)
{
	if (!r->key) {
		r->key = i == (size_t)-1 ? xstrdup(key) : xasprintf("%s[%zu]", key, i);
		r->what = what;
	}
	return false;
}

static const struct json *member(struct reader *r, const struct json *o, const char *key, size_t i,
				 const char *sub, enum json_type t, bool nullable)
{
	const struct json *v = json_get(o, sub);
	if (v && (v->type == t || (nullable && v->type == JSON_NULL)))
		return v;
	char *full = i != (size_t)-1 ? xasprintf("%s[%zu].%s", key, i, sub)
				     : xasprintf("%s%s%s", key, *key ? "." : "", sub);
	bad(r, full, (size_t)-1, t == JSON_STRING ? N_("a string") : t == JSON_BOOL ? N_("true or false")
			: t == JSON_ARRAY ? N_("a list") : t == JSON_OBJECT ? N_("an object")
			: N_("a whole number"));
	free(full);
	return NULL;
}

#define BOOL_OF(o, key, i, sub, dst)                                              \
	do {                                                                      \
		const struct json *v_ = member(r, (o), (key), (i), (sub), JSON_BOOL, false); \
		if (!v_)                                                          \
			return false;                                             \
		(dst) = v_->b;                                                    \
	} while (0)

static bool seconds(struct reader *r, const struct json *times, const char *sub, bool *has, int64_t *v)
{
	const struct json *t = member(r, times, "times", (size_t)-1, sub, JSON_NUMBER, true);
	if (!t)
		return false;
	if (t->type == JSON_NUMBER && !t->integer) {
		char *full = xasprintf("times.%s", sub);
		bad(r, full, (size_t)-1, N_("a whole number"));
		free(full);
		return false;
	}
	*has = t->type == JSON_NUMBER;
	*v = *has ? t->i : 0;
	return true;
}

static bool read_debrief(struct reader *r, struct debrief_file *f)
{
	const struct json *root = &f->root;
	struct dsum_debrief *d = &f->d;
	if (root->type != JSON_OBJECT)
		return bad(r, "", (size_t)-1, N_("an object"));
	const char *fmt = json_str(json_get(root, "format"));
	if (!fmt || strcmp(fmt, DEBRIEF_JSON_FORMAT) != 0)
		return bad(r, "format", (size_t)-1, N_("\"nis2-notify-debrief\""));
	const struct json *ver = json_get(root, "format_version");
	if (!ver || ver->type != JSON_NUMBER || !ver->integer || ver->i != DEBRIEF_JSON_VERSION)
		return bad(r, "format_version", (size_t)-1, N_("1"));
	const struct json *tr = member(r, root, "", (size_t)-1, "trainee", JSON_STRING, true);
	if (!tr)
		return false;
	d->trainee = json_str(tr);
	const struct json *sc = member(r, root, "", (size_t)-1, "scenario", JSON_OBJECT, false);
	if (!sc)
		return false;
	const struct json *id = member(r, sc, "scenario", (size_t)-1, "id", JSON_STRING, false);
	const struct json *sv = id ? member(r, sc, "scenario", (size_t)-1, "version", JSON_STRING, true) : NULL;
	if (!sv)
		return false;
	f->scenario_id = id->s;
	f->scenario_version = json_str(sv);

	const struct json *v = member(r, root, "", (size_t)-1, "verdict", JSON_OBJECT, false);
	if (!v)
		return false;
	const struct json *given = member(r, v, "verdict", (size_t)-1, "given", JSON_STRING, true);
	if (!given)
		return false;
	d->verdict_given = given->type == JSON_STRING;
	BOOL_OF(v, "verdict", (size_t)-1, "match", d->verdict_right);

	const struct json *a = member(r, root, "", (size_t)-1, "answers", JSON_ARRAY, false);
	if (!a)
		return false;
	d->answers = xcalloc(a->n ? a->n : 1, sizeof(*d->answers));
	d->n_answers = a->n;
	for (size_t i = 0; i < a->n; i++) {
		const struct json *e = &a->items[i];
		if (e->type != JSON_OBJECT)
			return bad(r, "answers", i, N_("an object"));
		const struct json *field = member(r, e, "answers", i, "field", JSON_STRING, false);
		if (!field)
			return false;
		d->answers[i].field = field->s;
		BOOL_OF(e, "answers", i, "scored", d->answers[i].scored);
		BOOL_OF(e, "answers", i, "right", d->answers[i].right);
	}

	const struct json *st = member(r, root, "", (size_t)-1, "stages", JSON_ARRAY, false);
	if (!st)
		return false;
	d->stages = xcalloc(st->n ? st->n : 1, sizeof(*d->stages));
	d->n_stages = st->n;
	for (size_t i = 0; i < st->n; i++) {
		const struct json *e = &st->items[i];
		if (e->type != JSON_OBJECT)
			return bad(r, "stages", i, N_("an object"));
		const struct json *name = member(r, e, "stages", i, "stage", JSON_STRING, false);
		const struct json *status = name ? member(r, e, "stages", i, "status", JSON_STRING, false) : NULL;
		if (!status)
			return false;
		d->stages[i].stage = name->s;
		d->stages[i].status = status->s;
		BOOL_OF(e, "stages", i, "late_own", d->stages[i].late_own);
		BOOL_OF(e, "stages", i, "undue_delay", d->stages[i].undue);
	}

	const struct json *rc = member(r, root, "", (size_t)-1, "root_causes", JSON_ARRAY, false);
	if (!rc)
		return false;
	d->causes = xcalloc(rc->n ? rc->n : 1, sizeof(*d->causes));
	d->n_causes = rc->n;
	for (size_t i = 0; i < rc->n; i++) {
		const struct json *c = member(r, &rc->items[i], "root_causes", i, "cause", JSON_STRING, false);
		if (!c)
			return false;
		d->causes[i] = c->s;
	}

	const struct json *t = member(r, root, "", (size_t)-1, "times", JSON_OBJECT, false);
	return t && seconds(r, t, "awareness_to_verdict_s", &d->has_to_verdict, &d->to_verdict) &&
	       seconds(r, t, "awareness_to_early_warning_s", &d->has_to_ew, &d->to_ew);
}

bool debrief_json_read(const char *path, struct debrief_file *out, char **err)
{
	memset(out, 0, sizeof(*out));
	char *text = NULL, *why = NULL;
	size_t len = 0, line = 0, col = 0;
	if (!file_read_all(path, &text, &len, err))
		return false;
	bool ok = json_parse(text, len, &out->root, &line, &col, &why);
	free(text);
	if (!ok) {
		*err = xasprintf(_("%s:%zu:%zu: not JSON: %s"), path, line, col, why);
		free(why);
		return false;
	}
	struct reader r = { NULL, NULL };
	if (!read_debrief(&r, out)) {
		if (*r.key)
			*err = xasprintf(_("%s: not a debrief of nis2-notify: '%s' must be %s"), path, r.key,
					 _(r.what));
		else
			*err = xasprintf(_("%s: not a debrief of nis2-notify: the file must be %s"), path,
					 _(r.what));
		free(r.key);
		debrief_file_free(out);
		return false;
	}
	return true;
}

void debrief_file_free(struct debrief_file *f)
{
	free(f->d.answers);
	free(f->d.stages);
	free(f->d.causes);
	json_free(&f->root);
	memset(f, 0, sizeof(*f));
}
