/* training_guide_render.c: the facilitator's guide, as text or markdown. */
#include "config.h"

#include "io/training_guide_render.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "io/answer_labels.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

struct out {
	struct sbuf b;
	bool md;
};

/* Text from a scenario file, cleaned of control characters; in markdown its
 * line breaks are kept as they are (the file's paragraphs). */
static void para(struct out *o, const char *indent, const char *text)
{
	char *t = utf8_sanitize(text ? text : "", o->md);
	if (o->md)
		sbuf_printf(&o->b, "%s\n\n", t);
	else
		wrap_append(&o->b, indent, indent, t, TEXT_WIDTH);
	free(t);
}

static void heading(struct out *o, const char *title)
{
	if (o->md)
		sbuf_printf(&o->b, "## %s\n\n", title);
	else
		sbuf_printf(&o->b, "\n%s\n", title);
}

/* "label: value" on its own line (a list item in markdown). */
static void field(struct out *o, const char *indent, const char *label, const char *value)
{
	char *v = utf8_sanitize(value, false);
	if (o->md) {
		sbuf_printf(&o->b, "- **%s** %s\n", label, v);
	} else {
		char *first = xasprintf("%s%s ", indent, label);
		char *rest = xasprintf("%s    ", indent);
		wrap_append(&o->b, first, rest, v, TEXT_WIDTH);
		free(first);
		free(rest);
	}
	free(v);
}

static void header(struct out *o, const struct scenario *s, enum lang l)
{
	char *title = utf8_sanitize(scenario_text(s, &s->title, l), false);
	char *line = xasprintf(_("Facilitator's guide: %s"), title);
	if (o->md)
		sbuf_printf(&o->b, "# %s\n\n", line);
	else
		sbuf_printf(&o->b, "%s\n", line);
	free(line);
	free(title);
	char codes[SCENARIO_LANGS_LEN];
	scenario_lang_codes(s, codes);
	field(o, "", _("Scenario:"), s->id ? s->id : "-");
	field(o, "", _("Version:"), s->version ? s->version : "-");
	field(o, "", _("Languages:"), codes);
	/* a time is one unbreakable piece: start and end on lines of their own */
	char *start = timefmt_local(s->start), *end = timefmt_local(s->end);
	field(o, "", _("Exercise starts:"), start);
	field(o, "", _("Exercise ends:"), end);
	free(start);
	free(end);
	field(o, "", _("Pace:"), s->self_paced
	      ? _("self-paced: trainees may jump the clock to the next news and end the exercise")
	      : _("facilitated: only the facilitator's clock moves and ends the exercise"));
	if (o->md)
		sbuf_printf(&o->b, "\n");
}

/* "the moment of awareness; the direct loss": what an inject reveals, as
 * the questions the trainee answers with it. */
static char *reveals_text(char *const *fields, size_t n, const struct fact_registry *facts,
			  enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < n; i++)
		/* TRANSLATORS: between two items of a list (French: a non-breaking
		 * space before the semicolon) */
		sbuf_printf(&b, "%s%s", i ? _("; ") : "", answer_question(fields[i], facts, l));
	return sbuf_take(&b);
}

static void injects(struct out *o, const struct scenario *s, const struct fact_registry *facts,
		    enum lang l)
{
	heading(o, _("Injects"));
	if (s->n_injects == 0) {
		para(o, "  ", _("None: the briefing is all the trainees get."));
		return;
	}
	for (size_t i = 0; i < s->n_injects; i++) {
		const struct inject *in = &s->injects[i];
		char *when = timefmt_local(in->at);
		char *since = timefmt_duration(in->at - s->start);
		char *head = xasprintf(_("%zu. %s (start + %s)"), i + 1, when, since);
		if (o->md)
			sbuf_printf(&o->b, "### %s\n\n", head);
		else
			sbuf_printf(&o->b, "\n  %s\n", head);
		free(head);
		free(since);
		free(when);
		field(o, "     ", _("Text:"), scenario_text(s, &in->text, l));
		const char *action = scenario_text(s, &in->action, l);
		field(o, "     ", _("Expected action:"),
		      action ? action : _("(none given: the scenario names no action for this inject)"));
		if (in->n_reveals) {
			char *r = reveals_text(in->reveals, in->n_reveals, facts, l);
			field(o, "     ", _("Reveals:"), r);
			free(r);
		}
		if (o->md)
			sbuf_printf(&o->b, "\n");
	}
}

static void expected(struct out *o, const struct scenario *s, const struct ruleset *rules,
		     enum lang l)
{
	heading(o, _("Expected answers"));
	if (!s->has_expected) {
		para(o, "  ", _("The scenario has no expected: section yet."));
		return;
	}
	field(o, "  ", _("Verdict:"), label_verdict(s->expected.verdict));
	struct sbuf m;
	sbuf_init(&m);
	for (size_t i = 0; i < s->expected.n_met; i++) {
		char *ref = rules ? rules_reference(rules, s->truth.entity.type, s->expected.met[i], l)
				  : NULL;
		sbuf_printf(&m, "%s%s", i ? _("; ") : "", s->expected.met[i]);
		if (ref)
			sbuf_printf(&m, " (%s)", ref);
		free(ref);
	}
	char *met = sbuf_take(&m);
	field(o, "  ", _("Criteria met:"), *met ? met : _("none"));
	free(met);
	bool any = false;
	for (int st = 0; st < STAGE_COUNT; st++) {
		if (!s->expected.due[st].set)
			continue;
		if (!any && !o->md)
			sbuf_printf(&o->b, "  %s\n", _("Due times:"));
		else if (!any)
			sbuf_printf(&o->b, "- **%s**\n", _("Due times:"));
		any = true;
		char *t = timefmt_local(s->expected.due[st].t);
		/* TRANSLATORS: a report stage and its due time */
		char *row = xasprintf(_("%s: %s"), label_stage((enum stage)st), t);
		sbuf_printf(&o->b, "%s%s\n", o->md ? "  - " : "    ", row);
		free(row);
		free(t);
	}
	if (!any)
		field(o, "  ", _("Due times:"), _("none"));
	if (o->md)
		sbuf_printf(&o->b, "\n");
}

static void lesson_and_guide(struct out *o, const struct scenario *s, enum lang l)
{
	heading(o, _("The lesson"));
	para(o, "  ", scenario_text(s, &s->lesson, l));
	if (s->n_refs == 0)
		return;
	heading(o, _("In the guide"));
	for (size_t i = 0; i < s->n_refs; i++) {
		const struct guide_ref *r = &s->refs[i];
		char *sec = utf8_sanitize(scenario_text(s, &r->section, l), false);
		char *t = utf8_sanitize(scenario_text(s, &r->text, l), false);
		if (o->md) {
			sbuf_printf(&o->b, "- **%s**: %s\n", sec, t);
		} else {
			sbuf_printf(&o->b, "  %s\n", sec);
			wrap_append(&o->b, "    ", "    ", t, TEXT_WIDTH);
		}
		free(t);
		free(sec);
	}
}

char *render_training_guide(const struct scenario *s, const struct ruleset *rules,
			    const struct fact_registry *facts, enum lang l, bool markdown)
{
	struct out o = { .md = markdown };
	sbuf_init(&o.b);
	header(&o, s, l);
	heading(&o, _("Briefing (read to the trainees before the clock starts)"));
	para(&o, "  ", scenario_text(s, &s->briefing, l));
	injects(&o, s, facts, l);
	expected(&o, s, rules, l);
	lesson_and_guide(&o, s, l);
	return sbuf_take(&o.b);
}
