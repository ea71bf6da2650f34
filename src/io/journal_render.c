/* journal_render.c: the decision journal as a document (journal_render.h).
 * Every export names the edition of the rules it was made with, and each
 * report is set against the due time the journal knew when it was sent. */
#include "config.h"

#include "io/journal_render.h"

#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"
#include "io/answer_labels.h"
#include "io/journal_file.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "nls.h"

/* A recorded value as a person reads it. */
static char *value_text(const char *fact, const char *v)
{
	if (!v)
		return xstrdup(_("unknown"));
	if (strcmp(v, "true") == 0)
		return xstrdup(_("yes"));
	if (strcmp(v, "false") == 0)
		return xstrdup(_("no"));
	instant_t t;
	if (strncmp(fact, "incident.", 9) == 0 && clock_parse(v, &t) == CLOCK_PARSE_OK)
		return timefmt_local(t);
	enum nis2_status ns;
	if (strcmp(fact, "entity.nis2") == 0 && nis2_status_from_name(v, &ns))
		return xstrdup(label_nis2_status(ns));
	enum entity_type et;
	if (strcmp(fact, "entity.type") == 0 && entity_type_from_name(v, &et))
		return xstrdup(label_entity_type(et));
	enum malicious m;
	if (strcmp(fact, "incident.malicious") == 0 && malicious_from_name(v, &m))
		return xstrdup(label_malicious(m));
	return xstrdup(v);
}

static void put_met(struct sbuf *b, const struct journal_entry *e)
{
	const struct journal_field *met = journal_entry_field(e, "met");
	if (!met || !met->is_list || met->n == 0)
		return;
	sbuf_printf(b, " (%s ", _("criteria met:"));
	for (size_t i = 0; i < met->n; i++)
		sbuf_printf(b, "%s%s", i ? ", " : "", met->values[i]);
	sbuf_putc(b, ')');
}

static void put_margin(struct sbuf *b, const struct jt_event *ev)
{
	if (!ev->due_set || !ev->submitted_set)
		return;
	char *d = timefmt_duration(ev->margin >= 0 ? ev->margin : -ev->margin);
	if (ev->margin >= 0)
		sbuf_printf(b, _(", in time: %s before the deadline"), d);
	else
		sbuf_printf(b, _(", late: %s after the deadline"), d);
	free(d);
}

/* The question a value answers, in the wizard's words where it has them. */
static char *fact_label(const char *fact, const struct fact_registry *facts, enum lang l)
{
	if (strcmp(fact, "entity.name") == 0)
		return xstrdup(_("Name of the organisation"));
	if (strcmp(fact, "incident.logged") == 0)
		return xstrdup(_("First trace in the logs (if earlier)"));
	if (strncmp(fact, "related.", 8) == 0)
		return xasprintf(_("Earlier incident %zu"), (size_t)strtoul(fact + 8, NULL, 10));
	if (strncmp(fact, "form.", 5) == 0)
		return xasprintf(_("Form field %s"), fact + 5);
	return xstrdup(answer_question(fact, facts, l));
}

char *journal_event_text(const struct jt_event *ev, const struct fact_registry *facts, enum lang l)
{
	const struct journal_entry *e = ev->entry;
	struct sbuf b;
	sbuf_init(&b);
	switch (ev->kind) {
	case JT_ANSWER: {
		const char *fact = journal_entry_str(e, "fact");
		char *label = fact_label(fact ? fact : "?", facts, l);
		const char *nv = journal_entry_str(e, "new"), *ov = journal_entry_str(e, "old");
		char *n = value_text(fact ? fact : "", nv), *o = value_text(fact ? fact : "", ov);
		if (!nv)
			sbuf_printf(&b, _("No longer known: %s (was %s)"), label, o);
		else if (!ov)
			sbuf_printf(&b, _("Known: %s: %s"), label, n);
		else
			sbuf_printf(&b, _("Changed: %s: %s (was %s)"), label, n, o);
		free(n);
		free(o);
		free(label);
		break;
	}
	case JT_VERDICT:
		sbuf_printf(&b, _("Verdict: %s"), ev->verdict_known ? label_verdict(ev->verdict) : "?");
		put_met(&b, e);
		if (ev->first_significant)
			sbuf_printf(&b, " %s", _("(first judged significant)"));
		break;
	case JT_REPORT: {
		const char *stage = ev->stage_known ? label_stage(ev->stage) : "?";
		if (!ev->submitted_set) {
			sbuf_printf(&b, _("Report no longer recorded: %s"), stage);
			break;
		}
		char *when = timefmt_local(ev->submitted);
		sbuf_printf(&b, _("Report submitted: %s, at %s"), stage, when);
		free(when);
		const char *ch = journal_entry_str(e, "channel");
		if (ch && strcmp(ch, "phone") == 0)
			sbuf_printf(&b, ", %s", _("by the emergency number (the form was unavailable)"));
		else if (ch && strcmp(ch, "form") == 0)
			sbuf_printf(&b, ", %s", _("by the online form"));
		const char *ref = journal_entry_str(e, "reference");
		if (ref && *ref)
			sbuf_printf(&b, _(", CCB reference %s"), ref);
		put_margin(&b, ev);
		break;
	}
	case JT_DRAFT: {
		const char *stage = ev->stage_known ? label_stage(ev->stage) : "?";
		const char *to = journal_entry_str(e, "to");
		const char *sent = journal_entry_str(e, "sent");
		if (sent && strcmp(sent, "true") == 0)
			sbuf_printf(&b, _("Draft as sent kept: %s, in %s"), stage, to ? to : "?");
		else if (to && strcmp(to, "clipboard") == 0)
			sbuf_printf(&b, _("Draft copied to the clipboard: %s"), stage);
		else
			sbuf_printf(&b, _("Draft saved: %s, in %s"), stage, to ? to : "?");
		break;
	}
	case JT_OTHER:
		sbuf_printf(&b, "%s", e->kind);
		break;
	}
	return sbuf_take(&b);
}

char *journal_since_text(const struct jt_event *ev)
{
	if (!ev->since_set)
		return xstrdup("");
	char *d = timefmt_duration(ev->since >= 0 ? ev->since : -ev->since);
	char *s = xasprintf("%s%s", ev->since >= 0 ? "+" : "-", d);
	free(d);
	return s;
}

char *journal_stage_text(enum stage s, const struct jt_stage *st, instant_t now)
{
	if (!st->due_set && !st->submitted_set)
		return NULL;
	struct sbuf b;
	sbuf_init(&b);
	if (st->due_set) {
		char *due = timefmt_local(st->due);
		sbuf_printf(&b, _("due %s"), due);
		free(due);
	} else {
		sbuf_puts(&b, _("no computed time"));
	}
	if (st->submitted_set) {
		char *when = timefmt_local(st->submitted);
		sbuf_puts(&b, ", ");
		sbuf_printf(&b, _("submitted %s"), when);
		free(when);
		if (st->due_set)
			sbuf_printf(&b, " (%s)", st->submitted <= st->due ? _("met") : _("missed: late"));
	} else if (st->due_set) {
		sbuf_printf(&b, " (%s)", now > st->due ? _("missed: not submitted") : _("open"));
	}
	char *text = xasprintf(_("%s: %s"), label_stage(s), sbuf_str(&b));
	sbuf_free(&b);
	return text;
}

static const char *damage_word(enum journal_damage_kind k)
{
	switch (k) {
	case JD_CHECKSUM: return "checksum";
	case JD_SEQUENCE: return "sequence";
	case JD_TORN: return "torn";
	case JD_SYNTAX: break;
	}
	return "syntax";
}

static void render_json(struct sbuf *b, const struct journal_doc *d, const struct journal_timeline *t)
{
	char tb[CLOCK_FMT_LEN];
	sbuf_puts(b, "{\n  \"journal\": ");
	sbuf_json_string(b, d->path ? d->path : "");
	sbuf_puts(b, ",\n  \"rules\": ");
	if (d->edition)
		sbuf_json_string(b, d->edition);
	else
		sbuf_puts(b, "null");
	sbuf_puts(b, ",\n  \"aware\": ");
	if (t->origin_set) {
		clock_format(t->origin, tb);
		sbuf_printf(b, "\"%s\"", tb);
	} else {
		sbuf_puts(b, "null");
	}
	sbuf_puts(b, ",\n  \"entries\": [");
	for (size_t i = 0; i < t->n; i++) {
		const struct jt_event *ev = &t->ev[i];
		const struct journal_entry *e = ev->entry;
		clock_format(e->at, tb);
		sbuf_printf(b, "%s\n    {\"seq\": %llu, \"at\": \"%s\", \"kind\": ", i ? "," : "",
			    (unsigned long long)e->seq, tb);
		sbuf_json_string(b, e->kind);
		if (ev->since_set)
			sbuf_printf(b, ", \"since_aware_s\": %lld", (long long)ev->since);
		for (size_t k = 0; k < e->n_fields; k++) {
			const struct journal_field *f = &e->fields[k];
			sbuf_puts(b, ", ");
			sbuf_json_string(b, f->name);
			sbuf_puts(b, ": ");
			if (f->is_null) {
				sbuf_puts(b, "null");
			} else if (f->is_list) {
				sbuf_putc(b, '[');
				for (size_t m = 0; m < f->n; m++) {
					if (m)
						sbuf_puts(b, ", ");
					sbuf_json_string(b, f->values[m]);
				}
				sbuf_putc(b, ']');
			} else {
				sbuf_json_string(b, f->values[0]);
			}
		}
		if (ev->kind == JT_REPORT && ev->due_set && ev->submitted_set)
			sbuf_printf(b, ", \"margin_s\": %lld, \"late\": %s", (long long)ev->margin,
				    ev->margin < 0 ? "true" : "false");
		sbuf_putc(b, '}');
	}
	sbuf_puts(b, t->n ? "\n  ],\n  \"deadlines\": [" : "],\n  \"deadlines\": [");
	bool first = true;
	for (int s = 0; s < STAGE_COUNT; s++) {
		const struct jt_stage *st = &t->stages[s];
		if (!st->due_set && !st->submitted_set)
			continue;
		sbuf_printf(b, "%s\n    {\"stage\": \"%s\", \"due\": ", first ? "" : ",",
			    stage_name((enum stage)s));
		first = false;
		if (st->due_set) {
			clock_format(st->due, tb);
			sbuf_printf(b, "\"%s\"", tb);
		} else {
			sbuf_puts(b, "null");
		}
		sbuf_puts(b, ", \"submitted\": ");
		if (st->submitted_set) {
			clock_format(st->submitted, tb);
			sbuf_printf(b, "\"%s\"", tb);
		} else {
			sbuf_puts(b, "null");
		}
		const char *status = st->submitted_set ? (!st->due_set || st->submitted <= st->due ? "met" : "late")
			: !st->due_set ? "open" : d->now > st->due ? "missed" : "open";
		sbuf_printf(b, ", \"status\": \"%s\"}", status);
	}
	sbuf_puts(b, first ? "],\n  \"damaged\": [" : "\n  ],\n  \"damaged\": [");
	for (size_t i = 0; i < d->j->n_damaged; i++) {
		const struct journal_damage *dm = &d->j->damaged[i];
		sbuf_printf(b, "%s{\"line\": %zu, \"column\": %zu, \"kind\": \"%s\"}", i ? ", " : "",
			    dm->line, dm->column, damage_word(dm->kind));
	}
	sbuf_puts(b, "]\n}\n");
}

/* Markdown: a table cell must not break the table. */
static void md_cell(struct sbuf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			sbuf_puts(b, "\\|");
		else if (*s == '\n')
			sbuf_putc(b, ' ');
		else
			sbuf_putc(b, *s);
	}
}

char *render_journal(const struct journal_doc *d, enum draft_format f)
{
	struct journal_timeline t;
	journal_timeline_build(d->j, &t);
	struct sbuf b;
	sbuf_init(&b);
	if (f == DRAFT_JSON) {
		render_json(&b, d, &t);
		journal_timeline_free(&t);
		return sbuf_take(&b);
	}
	bool md = f == DRAFT_MARKDOWN;
	char *title = d->entity && *d->entity ? xasprintf(_("Decision journal: %s"), d->entity)
					      : xstrdup(_("Decision journal"));
	sbuf_printf(&b, md ? "# %s\n\n" : "%s\n", title);
	free(title);
	sbuf_printf(&b, md ? "%s %s\n\n" : "%s %s\n", _("Made with:"),
		    d->edition ? d->edition : _("(the rules name no edition)"));
	if (t.origin_set) {
		char *aw = timefmt_local(t.origin);
		sbuf_printf(&b, md ? "%s %s\n\n" : "%s %s\n", _("Aware of the incident:"), aw);
		free(aw);
	}
	sbuf_puts(&b, "\n");
	if (md)
		sbuf_printf(&b, "| %s | %s | %s |\n|---|---|---|\n", _("When"), _("Since awareness"),
			    _("What"));
	if (t.n == 0)
		sbuf_printf(&b, "%s\n", _("The journal is empty."));
	for (size_t i = 0; i < t.n; i++) {
		char *when = timefmt_local(t.ev[i].at);
		char *since = journal_since_text(&t.ev[i]);
		char *what = journal_event_text(&t.ev[i], d->facts, d->lang);
		if (md) {
			sbuf_printf(&b, "| %s | %s | ", when, since);
			md_cell(&b, what);
			sbuf_puts(&b, " |\n");
		} else {
			sbuf_printf(&b, "%s  %-16s %s\n", when, since, what);
		}
		free(when);
		free(since);
		free(what);
	}
	bool any = false;
	for (int s = 0; s < STAGE_COUNT; s++) {
		char *line = journal_stage_text((enum stage)s, &t.stages[s], d->now);
		if (!line)
			continue;
		if (!any)
			sbuf_printf(&b, md ? "\n## %s\n\n" : "\n%s\n", _("Deadlines"));
		any = true;
		sbuf_printf(&b, md ? "- %s\n" : "  %s\n", line);
		free(line);
	}
	if (d->j->n_damaged) {
		sbuf_printf(&b, md ? "\n## %s\n\n" : "\n%s\n", _("Notes:"));
		for (size_t i = 0; i < d->j->n_damaged; i++) {
			char *msg = journal_damage_text(d->path ? d->path : "", &d->j->damaged[i]);
			sbuf_printf(&b, md ? "- %s\n" : "  %s\n", msg);
			free(msg);
		}
	}
	journal_timeline_free(&t);
	return sbuf_take(&b);
}
