/* screen_facts.c: step 5: the facts of the incident.  Only the facts the
 * criteria of the entity's regime read (the guide's for most entities, the
 * IR's for the types it covers), grouped as the guide groups them, numbers
 * where thresholds apply, each with the threshold that applies to this
 * entity.  The questions, their help and the groups are data
 * (data/facts.yaml); which facts a regime reads and the threshold texts come
 * from the rules engine (rules_facts_for, rules_fact_threshold). */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/sbuf.h"
#include "core/disruption.h"
#include "core/xalloc.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"
#include "core/numfmt.h"

/* Item ids are indexes into the fact registry; the buttons are above them. */
#define ID_NEXT 100000
#define ID_RELATED 100001

struct facts_screen {
	struct qlist q;   /* first: qlist_screen_* use it */
};

static const char *facts_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("The facts: what the incident caused or could cause");
}

static bool relevant(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

/* The row shows the fact's short label (data/facts.yaml `label`), its
 * first letter a capital: questions cut at the row's width can read the
 * same ("For how many minutes were users withou..." twice); the question
 * itself is shown whole under the list when the row is selected. */
static void row_label(struct q_item *it, const struct fact_def *f, enum lang l)
{
	const char *s = text3_get(&f->label, l);
	if (!s || !*s)
		return;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	wchar_t wc;
	size_t n = mbrtowc(&wc, s, strlen(s), &st);
	char first[MB_LEN_MAX];
	size_t m = (size_t)-1;
	if (n != (size_t)-1 && n != (size_t)-2 && n > 0) {
		memset(&st, 0, sizeof(st));
		m = wcrtomb(first, (wchar_t)towupper((wint_t)wc), &st);
	}
	if (m == (size_t)-1) {
		q_item_row(it, s);
		return;
	}
	char *row = xasprintf("%.*s%s", (int)m, first, s + n);
	q_item_row(it, row);
	free(row);
}

/* `malicious` lives in incident: and has three answers, as the form's own
 * field 6 (yes / no / unsure). */
static void add_malicious(struct qlist *q, const struct app *a, int id, const struct fact_def *f)
{
	const char *opts[] = { _("yes"), _("no"), _("unsure") };
	struct q_item *it = qlist_add(q, Q_CHOICE, id, text3_get(&f->question, a->lang));
	q_item_options(it, 3, opts);
	row_label(it, f, a->lang);
	enum malicious m = a->kase.incident.malicious;
	it->set = m != MAL_UNKNOWN;
	it->choice = m == MAL_YES ? 0 : m == MAL_NO ? 1 : 2;
	q_item_help(it, text3_get(&f->help, a->lang));
}

static void add_fact(struct qlist *q, const struct app *a, int id, const struct fact_def *f)
{
	int64_t v = 0;
	bool known = case_impact_get(&a->kase, f->name, &v);
	struct q_item *it = qlist_add(q, f->kind == FACT_BOOL ? Q_TRI : Q_NUMBER, id,
				      text3_get(&f->question, a->lang));
	it->set = known;
	if (f->kind == FACT_BOOL)
		it->choice = v ? TRI_TRUE : TRI_FALSE;
	else
		it->number = v;
	it->euro = f->unit == UNIT_EUR;
	row_label(it, f, a->lang);
	q_item_help(it, text3_get(&f->help, a->lang));
	struct sbuf b;
	sbuf_init(&b);
	int64_t computed;
	if (!known && rules_fact_computed(&a->ds.rules, &a->kase, f->name, app_now(a), &computed)) {
		/* What the verdict uses until the question is answered. */
		char *num = numfmt_int_str(computed, a->lang);
		if (disruption_of(&a->kase) == DISRUPTION_ONGOING)
			sbuf_printf(&b, _("Computed from the start of the disruption up to now (step 3): %s "
					  "so far. Still down? It only grows until you enter the "
					  "restoration; the verdict uses it until you answer."), num);
		else
			sbuf_printf(&b, _("Computed from the incident's times (step 3): %s; the verdict uses "
					  "it until you answer."), num);
		free(num);
	}
	struct sbuf t;
	sbuf_init(&t);
	if (rules_fact_threshold(&a->ds.rules, &a->kase, f->name, a->lang, &t))
		sbuf_printf(&b, "%s%s", b.len ? " " : "", sbuf_str(&t));
	sbuf_free(&t);
	if (b.len)
		q_item_note(it, sbuf_str(&b));
	sbuf_free(&b);
}

/* Recurrence (guide A.2, 5; IR art. 4) reads earlier incidents: they are
 * entered on a page of their own (screen_related.c). */
static void add_related(struct qlist *q, const struct app *a)
{
	char *label = xasprintf(P_("Earlier incidents with the same root cause: %zu entered",
				   "Earlier incidents with the same root cause: %zu entered",
				   a->kase.n_related), a->kase.n_related);
	struct q_item *it = qlist_add(q, Q_ACTION, ID_RELATED, label);
	free(label);
	q_item_help(it, _("Incidents with the same apparent root cause within 6 months, not "
			  "significant on their own, can together make this one significant."));
}

static void build(struct facts_screen *fs, struct app *a)
{
	struct qlist *q = &fs->q;
	const struct fact_registry *reg = &a->ds.facts;
	unsigned t = rules_case_types(&a->kase);
	size_t n = rules_facts_for(&a->ds.rules, t, NULL, 0);
	const char **names = xcalloc(n ? n : 1, sizeof(*names));
	rules_facts_for(&a->ds.rules, t, names, n);
	qlist_clear(q);
	q->lang = a->lang;
	const char *group = NULL;
	bool reads_related = rules_related_reads(&a->ds.rules, t, NULL, 0) > 0;
	bool related_shown = false;
	/* Each group once, in the order its first question comes, with all of
	 * its questions under it (the IR's questions of a group need not be
	 * next to each other in the registry). */
	for (size_t gi = 0; gi < reg->n; gi++) {
		const struct fact_def *first = &reg->defs[gi];
		if (first->place == FACT_IN_ENTITY || !relevant(names, n, first->name))
			continue;
		bool seen = false;
		for (size_t k = 0; k < gi && !seen; k++)
			seen = reg->defs[k].place != FACT_IN_ENTITY && relevant(names, n, reg->defs[k].name) &&
			       strcmp(reg->defs[k].group, first->group) == 0;
		if (seen)
			continue;
		group = first->group;
		const struct fact_group *g = facts_find_group(reg, group);
		qlist_add(q, Q_HEADING, 0, g ? text3_get(&g->title, a->lang) : group);
		if (reads_related && g && g->earlier_incidents) {
			add_related(q, a);
			related_shown = true;
		}
		for (size_t i = gi; i < reg->n; i++) {
			const struct fact_def *f = &reg->defs[i];
			/* users and turnover are the entity's, asked in step 2. */
			if (f->place == FACT_IN_ENTITY || !relevant(names, n, f->name) ||
			    strcmp(f->group, group) != 0)
				continue;
			if (f->place == FACT_IN_INCIDENT)
				add_malicious(q, a, (int)i, f);
			else
				add_fact(q, a, (int)i, f);
		}
	}
	free(names);
	/* A regime with recurrence but no question of its own in that group
	 * (IR art. 4) still gets the earlier incidents, at the end. */
	if (reads_related && !related_shown) {
		for (size_t i = 0; i < reg->n_groups; i++)
			if (reg->groups[i].earlier_incidents) {
				qlist_add(q, Q_HEADING, 0, text3_get(&reg->groups[i].title, a->lang));
				break;
			}
		add_related(q, a);
	}
	qlist_add(q, Q_ACTION, ID_NEXT, _("See the verdict"));
}

static void facts_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct facts_screen *fs = s->priv;
	fs->q.now = app_now(a);
	build(fs, a);
	if (a->facts_focus >= 0) {
		qlist_select(&fs->q, a->facts_focus);
		a->facts_focus = -1;
	}
	qlist_draw(&fs->q, body);
}

static void apply(struct facts_screen *fs, struct app *a, const struct q_answer *ans)
{
	struct case_problem p;
	if (ans->id < 0 || (size_t)ans->id >= a->ds.facts.n)
		return;
	const struct fact_def *f = &a->ds.facts.defs[ans->id];
	if (f->place == FACT_IN_INCIDENT) {
		static const enum malicious m[] = { MAL_YES, MAL_NO, MAL_UNSURE };
		a->kase.incident.malicious = ans->set && ans->choice >= 0 && ans->choice < 3
						     ? m[ans->choice] : MAL_UNKNOWN;
	} else if (!answer_impact(&a->kase, f->name, ans->set,
				  f->kind == FACT_BOOL ? ans->choice == TRI_TRUE : ans->number, &p)) {
		app_refuse(a, &fs->q, ans->id, &p);
		return;
	}
	app_changed(a);
}

static bool facts_key(struct screen *s, struct app *a, const struct key *k)
{
	struct facts_screen *fs = s->priv;
	struct q_answer ans;
	fs->q.now = app_now(a);
	/* The keys act on the list as it was last drawn. */
	build(fs, a);
	switch (qlist_key(&fs->q, k, &ans)) {
	case Q_ANSWER: apply(fs, a, &ans); return true;
	case Q_ACTIVATE:
		if (ans.id == ID_RELATED) {
			app_push_page(a, "related");
			return true;
		}
		app_goto_step(a, 6);
		return true;
	case Q_NEXT: app_goto_step(a, 6); return true;
	case Q_USED: return true;
	case Q_IGNORED: break;
	}
	return false;
}

/* A number being typed when the link drops, or on the way back, is kept. */
static void facts_flush(struct screen *s, struct app *a)
{
	struct facts_screen *fs = s->priv;
	struct q_answer ans;
	if (qlist_pending_answer(&fs->q, &ans))
		apply(fs, a, &ans);
}

static const struct screen_ops facts_ops = {
	.name = "facts",
	.title = facts_title,
	.draw = facts_draw,
	.key = facts_key,
	.help = qlist_screen_help,
	.typing = qlist_screen_typing,
	.flush = facts_flush,
	.destroy = qlist_screen_destroy,
};

struct screen *screen_facts_new(struct app *a)
{
	(void)a;
	struct facts_screen *fs = xcalloc(1, sizeof(*fs));
	qlist_init(&fs->q);
	return screen_new(&facts_ops, 5, fs);
}
