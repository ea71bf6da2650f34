/* screen_entity.c: step 2: the entity: its name, NIS2 status, sectors,
 * entity type (the types of IR 2024/2690), DORA, turnover and users. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/answers.h"
#include "core/asked.h"
#include "core/sectors.h"
#include "core/xalloc.h"
#include "io/labels.h"
#include "nls.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"

enum { ID_NAME = 1, ID_NIS2, ID_SECTORS, ID_TYPE, ID_TYPES_MORE, ID_DORA, ID_TURNOVER, ID_USERS,
       ID_TELECOM, ID_NEXT };

struct entity_screen {
	struct qlist q;   /* first: qlist_screen_* use it */
	/* The selectable sectors, in the registry's order (indexes of its
	 * defs), so the multi-choice maps back to ids. */
	size_t n_sec;
	size_t *sec;
	/* The other types the sectors allow (spec/rules.md, several types),
	 * so the "also" multi-choice maps back to types. */
	int n_more;
	enum entity_type more[ET_COUNT];
};

/* The IR types other than `main` that the case's sectors allow
 * (rules.yaml type_sectors). */
static int other_types(const struct app *a, enum entity_type main, enum entity_type *out)
{
	int n = 0;
	for (int t = 1; t < ET_COUNT; t++) {
		const struct sector_list *l = &a->ds.rules.type_sectors[t];
		bool allowed = false;
		for (size_t i = 0; i < l->n && !allowed; i++)
			allowed = case_has_sector(&a->kase, l->ids[i]);
		if (allowed && t != (int)main)
			out[n++] = (enum entity_type)t;
	}
	return n;
}

static const char *entity_title(struct screen *s, struct app *a)
{
	(void)s;
	(void)a;
	return _("The entity");
}

/* The entity types as the list offers them: the IR's own names
 * (io/labels.c), and for the rest a pointer to the guide. */
static const char *type_label(enum entity_type t)
{
	if (t == ET_GENERAL)
		return _("none of the types below (the guide's criteria)");
	return label_entity_type(t);
}

static bool has_sector(const struct app *a, const char *id)
{
	return case_has_sector(&a->kase, id);
}

static void add_tri(struct qlist *q, int id, const char *label, struct opt_bool v, const char *help)
{
	struct q_item *it = qlist_add(q, Q_TRI, id, label);
	it->set = v.set;
	it->choice = v.v ? TRI_TRUE : TRI_FALSE;
	q_item_help(it, help);
}

static struct q_item *add_number(struct qlist *q, int id, const char *label, struct opt_i64 v,
				  const char *help)
{
	struct q_item *it = qlist_add(q, Q_NUMBER, id, label);
	it->set = v.set;
	it->number = v.v;
	q_item_help(it, help);
	return it;
}

static void build(struct entity_screen *es, struct app *a)
{
	struct qlist *q = &es->q;
	const struct entity *e = &a->kase.entity;
	qlist_clear(q);
	q->lang = a->lang;

	struct q_item *it = qlist_add(q, Q_TEXT, ID_NAME, _("Name of the organisation"));
	it->text = e->name ? xstrdup(e->name) : NULL;
	it->max = 200;
	q_item_help(it, _("As registered (KBO/BCE); it goes into the form's field 22-Organization."));

	const char *st_opts[4];
	for (int i = 0; i < 4; i++)
		st_opts[i] = label_nis2_status((enum nis2_status)((i + 1) % 4));
	it = qlist_add(q, Q_CHOICE, ID_NIS2, _("Status under the NIS2 law"));
	q_item_options(it, 4, st_opts);
	/* Options: essential, important, none, unknown. */
	it->set = e->nis2_set;
	it->choice = e->nis2 == NIS2_UNKNOWN ? 3 : (int)e->nis2 - 1;
	q_item_help(it, _("Essential or important entity under the NIS2 law. Not known yet: "
			  "the wizard takes the safe side and treats the entity as one."));
	if (e->nis2_set && e->nis2 == NIS2_NONE) {
		qlist_add(q, Q_INFO, 0, _("Not under the NIS2 law: no mandatory notification "
					  "(a voluntary one is possible)."));
		qlist_add(q, Q_ACTION, ID_NEXT, _("Continue"));
		return;
	}

	it = qlist_add(q, Q_MULTI, ID_SECTORS, _("Sectors (Annex I and II)"));
	const char **names = xcalloc(es->n_sec ? es->n_sec : 1, sizeof(char *));
	for (size_t i = 0; i < es->n_sec; i++)
		names[i] = text3_get(&a->ds.sectors.defs[es->sec[i]].name, a->lang);
	q_item_options(it, es->n_sec, names);
	free(names);
	for (size_t i = 0; i < es->n_sec; i++)
		it->picked[i] = has_sector(a, a->ds.sectors.defs[es->sec[i]].id);
	q_item_help(it, _("Every sector the organisation is active in (form field 4-Sector); "
			  "Space ticks, Enter confirms."));

	const char *types[ET_COUNT];
	for (int i = 0; i < ET_COUNT; i++)
		types[i] = type_label((enum entity_type)i);
	it = qlist_add(q, Q_CHOICE, ID_TYPE, _("Type of entity"));
	q_item_options(it, ET_COUNT, types);
	it->set = e->type_set;
	it->choice = (int)e->type;
	q_item_help(it, _("The types of Implementing Regulation (EU) 2024/2690, art. 3(1), have "
			  "their own criteria; every other entity follows the guide's criteria. In "
			  "plain words: DNS service: resolves domain names for others; top-level domain "
			  "registry: runs a domain such as .be; cloud: computing, storage or platforms "
			  "on demand; data centre: room, power and cooling for others' servers; content "
			  "delivery network: delivers others' content from nearby servers; managed "
			  "(security) service: runs or secures the ICT of other organisations; online "
			  "marketplace, search engine, social network; trust service: electronic "
			  "signatures, seals, time stamps or certificates."));
	/* Several types (spec/rules.md): each is judged by its own criteria. */
	es->n_more = e->type_set && e->type != ET_GENERAL ? other_types(a, e->type, es->more) : 0;
	if (es->n_more) {
		unsigned mask = case_entity_types(&a->kase);
		const char *more[ET_COUNT];
		for (int i = 0; i < es->n_more; i++)
			more[i] = label_entity_type(es->more[i]);
		it = qlist_add(q, Q_MULTI, ID_TYPES_MORE, _("Also of these types"));
		q_item_options(it, (size_t)es->n_more, more);
		for (int i = 0; i < es->n_more; i++)
			it->picked[i] = (mask & (1u << es->more[i])) != 0;
		it->set = true;
		q_item_help(it, _("If you also provide services of other types (a cloud provider that "
				  "runs data centres for others), tick them: the incident is judged by "
				  "the criteria of every type, and a trust service among them makes the "
				  "notification due in 24 hours."));
	}

	if (asked_dora(&a->ds.rules, &a->kase) || e->dora.set)
		add_tri(q, ID_DORA, _("Under DORA (banking, financial market infrastructure)?"), e->dora,
			_("Guide A.3: entities under DORA report under DORA, not under the NIS2 law."));
	if (asked_public_telecom(&a->kase) || e->public_telecom.set)
		add_tri(q, ID_TELECOM, _("Provider of public electronic communications?"), e->public_telecom,
			_("Guide A.3: the BIPT's rules apply too."));
	add_number(q, ID_USERS, _("Users of the affected service"), e->users,
		   _("Users in the Union (customers and the people of business customers, IR art. "
		     "3(3)); the shares of the criteria are taken of this number."));
	add_number(q, ID_TURNOVER, _("Annual turnover (EUR, last full year)"), e->turnover_eur,
		   _("Total annual turnover of the preceding financial year; 0 when the entity has "
		     "none (a public administration). It sets the financial threshold."))->euro = true;
	qlist_add(q, Q_ACTION, ID_NEXT, _("Continue"));
}

static void entity_draw(struct screen *s, struct app *a, const struct rect *body)
{
	struct entity_screen *es = s->priv;
	build(es, a);
	es->q.now = app_now(a);
	qlist_draw(&es->q, body);
}

static void set_opt_bool(struct opt_bool *o, const struct q_answer *ans)
{
	o->set = ans->set;
	o->v = ans->set && ans->choice == TRI_TRUE;
}

static void apply(struct entity_screen *es, struct app *a, const struct q_answer *ans)
{
	struct entity *e = &a->kase.entity;
	switch (ans->id) {
	case ID_NAME:
		free(e->name);
		e->name = ans->set && ans->text && *ans->text ? xstrdup(ans->text) : NULL;
		break;
	case ID_NIS2:
		e->nis2_set = ans->set;
		e->nis2 = ans->set ? (enum nis2_status)((ans->choice + 1) % 4) : NIS2_UNKNOWN;
		break;
	case ID_SECTORS: {
		const char **ids = xcalloc(es->n_sec ? es->n_sec : 1, sizeof(char *));
		size_t n = 0;
		for (size_t i = 0; ans->set && i < es->n_sec; i++)
			if (ans->picked[i])
				ids[n++] = a->ds.sectors.defs[es->sec[i]].id;
		case_set_sectors(&a->kase, n, ids);
		free(ids);
		break;
	}
	case ID_TYPE:
		e->type_set = ans->set;
		e->type = ans->set ? (enum entity_type)ans->choice : ET_GENERAL;
		break;
	case ID_TYPES_MORE: {
		unsigned mask = 1u << e->type;
		for (int i = 0; ans->set && i < es->n_more; i++)
			if (ans->picked[i])
				mask |= 1u << es->more[i];
		case_set_types(&a->kase, mask);
		/* the first listed is the type of the choice above */
		break;
	}
	case ID_DORA: set_opt_bool(&e->dora, ans); break;
	case ID_TELECOM: set_opt_bool(&e->public_telecom, ans); break;
	case ID_USERS: {
		struct case_problem p;
		if (!answer_users(&a->kase, ans->set, ans->number, &p)) {
			app_refuse(a, &es->q, ans->id, &p);
			return;
		}
		break;
	}
	case ID_TURNOVER:
		e->turnover_eur.set = ans->set;
		e->turnover_eur.v = ans->number;
		break;
	default:
		return;
	}
	app_changed(a);
}

static bool entity_key(struct screen *s, struct app *a, const struct key *k)
{
	struct entity_screen *es = s->priv;
	struct q_answer ans;
	es->q.now = app_now(a);
	switch (qlist_key(&es->q, k, &ans)) {
	case Q_ANSWER: apply(es, a, &ans); return true;
	case Q_ACTIVATE:
	case Q_NEXT: app_goto_step(a, 3); return true;
	case Q_USED: return true;
	case Q_IGNORED: break;
	}
	return false;
}

/* What is being typed (the name, users, turnover) when the link drops, or
 * on the way back, is kept. */
static void entity_flush(struct screen *s, struct app *a)
{
	struct entity_screen *es = s->priv;
	struct q_answer ans;
	if (qlist_pending_answer(&es->q, &ans))
		apply(es, a, &ans);
}

static void entity_destroy(struct screen *s)
{
	struct entity_screen *es = s->priv;
	qlist_free(&es->q);
	free(es->sec);
	free(es);
}

static const struct screen_ops entity_ops = {
	.name = "entity",
	.title = entity_title,
	.draw = entity_draw,
	.key = entity_key,
	.help = qlist_screen_help,
	.typing = qlist_screen_typing,
	.flush = entity_flush,
	.destroy = entity_destroy,
};

struct screen *screen_entity_new(struct app *a)
{
	struct entity_screen *es = xcalloc(1, sizeof(*es));
	qlist_init(&es->q);
	es->sec = xcalloc(a->ds.sectors.n ? a->ds.sectors.n : 1, sizeof(size_t));
	for (size_t i = 0; i < a->ds.sectors.n; i++)
		if (a->ds.sectors.defs[i].selectable)
			es->sec[es->n_sec++] = i;
	return screen_new(&entity_ops, 2, es);
}
