/* debrief_render.c: the debrief as text or markdown. */
#include "config.h"

#include "io/debrief_render.h"
#include "io/answer_labels.h"
#include "io/debrief_json.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "core/numfmt.h"
#include "core/rules.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>


/* "2026-03-10 07:25 +01:00": short enough for a column, and the offset says
 * which side of a clock change it is on. */
static char *short_time(instant_t t)
{
	int off = 0;
	struct civil c = clock_to_local(t, &off);
	return xasprintf("%04d-%02d-%02d %02d:%02d %+03d:00", c.year, c.month, c.day, c.hour,
			 c.min, off / 3600);
}

/* The sectors' official names, "health, drinking water" (ids when there is
 * no registry or the id is not in it). */
static char *sectors_text(const char *word, const struct dataset *ds, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	char *ids = xstrdup(word);
	char *save = NULL;
	for (char *id = strtok_r(ids, ",", &save); id; id = strtok_r(NULL, ",", &save)) {
		const struct sector_def *sec = ds ? sectors_find(&ds->sectors, id) : NULL;
		sbuf_printf(&b, "%s%s", b.len ? ", " : "", sec ? text3_get(&sec->name, l) : id);
	}
	free(ids);
	char *clean = utf8_sanitize(sbuf_str(&b), false);
	sbuf_free(&b);
	return clean;
}

static char *word_text(const struct debrief_answer *a, const struct debrief_value *v,
		       const struct dataset *ds, enum lang l)
{
	if (!strcmp(a->field, "entity.nis2"))
		return xstrdup(label_nis2_status((enum nis2_status)v->n));
	if (!strcmp(a->field, "entity.type"))
		return xstrdup(label_entity_type((enum entity_type)v->n));
	if (!strcmp(a->field, "incident.malicious"))
		return xstrdup(label_malicious((enum malicious)v->n));
	if (!strcmp(a->field, "entity.sectors"))
		return sectors_text(v->word ? v->word : "", ds, l);
	return utf8_sanitize(v->word ? v->word : "", false);
}

/* A number as the language writes it, euro amounts as amounts. */
static char *number_text(const struct fact_def *f, int64_t n, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	if (f && f->unit == UNIT_EUR)
		numfmt_eur(&b, n, l);
	else
		numfmt_int(&b, n, l);
	return sbuf_take(&b);
}

/* The registry's fact behind an answer: "impact.death", "entity.users". */
static const struct fact_def *answer_fact(const struct debrief_answer *a, const struct dataset *ds)
{
	const char *dot = strchr(a->field, '.');
	return ds && dot ? facts_find(&ds->facts, dot + 1) : NULL;
}

static char *value_text(const struct debrief_answer *a, const struct debrief_value *v,
			const struct dataset *ds, enum lang l)
{
	if (!v->set)
		return xstrdup(_("(not answered)"));
	const struct fact_def *f = answer_fact(a, ds);
	bool is_bool = a->kind == DBV_BOOL || (a->kind == DBV_FACT && f && f->kind == FACT_BOOL);
	if (is_bool)
		return xstrdup(v->n ? _("yes") : _("no"));
	switch (a->kind) {
	case DBV_TIME:
		return short_time(v->n);
	case DBV_WORD:
		return word_text(a, v, ds, l);
	default:
		return number_text(f, v->n, l);
	}
}

static const char *answer_mark(enum debrief_mark m)
{
	switch (m) {
	case DBM_MATCH: return _("as expected");
	case DBM_DIFFERS: return _("differs");
	case DBM_UNANSWERED: return _("left open");
	case DBM_EXTRA: return _("not in the scenario");
	case DBM_SAME_EFFECT: return _("differs, same consequence");
	case DBM_NOT_ASKED: return _("not asked of you, not scored");
	case DBM_NOT_REVEALED: return _("never revealed, not scored");
	}
	return "";
}

static const char *criterion_mark(enum debrief_crit_mark m)
{
	switch (m) {
	case DBC_BOTH: return _("expected, and found");
	case DBC_MISSED: return _("expected, but missed");
	case DBC_EXTRA: return _("found, but not expected");
	}
	return "";
}

static const char *report_mark(enum debrief_report r)
{
	switch (r) {
	case DBR_ON_TIME: return _("sent on time");
	case DBR_LATE: return _("sent late");
	case DBR_MISSING: return _("not sent, overdue");
	case DBR_PENDING: return _("not sent, not yet due");
	case DBR_NOT_REQUIRED: return _("sent, not required");
	case DBR_NO_DUE: return _("no computed time");
	}
	return "";
}

/* Appends s padded with spaces to `width` characters (at least one space
 * follows). */
static void pad(struct sbuf *b, const char *s, size_t width)
{
	sbuf_puts(b, s);
	size_t n = utf8_chars(s);
	do
		sbuf_putc(b, ' ');
	while (++n < width);
}

/* text (from a file: cleaned) wrapped at TEXT_WIDTH: the first line after
 * `first`, the others after `rest` (a hanging indent), so that no word is
 * cut and a narrow terminal's own wrapping never breaks the columns.
 * newlines: the text's own line breaks are kept (a paragraph of the
 * scenario). */
static void wrap_into(struct sbuf *b, const char *first, const char *rest, const char *text,
		      bool newlines)
{
	char *clean = utf8_sanitize(text, newlines);
	if (*clean)
		wrap_append(b, first, rest, clean, TEXT_WIDTH);
	free(clean);
}

/* A paragraph wrapped at TEXT_WIDTH, each line indented. */
static void paragraph(struct sbuf *b, const char *text, const char *indent)
{
	wrap_into(b, indent, indent, text, true);
}

static void wrapped(struct sbuf *b, const char *first, const char *rest, const char *text)
{
	wrap_into(b, first, rest, text, false);
}

/* "label" padded to `width` characters, then text, wrapped under the
 * text's column. */
static void labelled(struct sbuf *b, const char *indent, const char *label, size_t width,
		     const char *text)
{
	struct sbuf head;
	sbuf_init(&head);
	sbuf_puts(&head, indent);
	pad(&head, label, width);
	char *rest = xasprintf("%*s", (int)(strlen(indent) + width), "");
	wrapped(b, sbuf_str(&head), rest, text);
	free(rest);
	sbuf_free(&head);
}

/* "label: value" as the language writes it (French: "label : value"). */
static char *label_value(const char *label, const char *value)
{
	/* TRANSLATORS: a label and its value in the debrief; French puts a
	   space before the colon. */
	return xasprintf(_("%s: %s"), label, value);
}

/* The width of a column of labels: the widest of them in the current
 * language, and two spaces. */
static size_t label_column(const char *const *labels, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (utf8_chars(labels[i]) > w)
			w = utf8_chars(labels[i]);
	return w + 2;
}

/* Markdown: a table cell must not break the table. */
static void md_cell(struct sbuf *b, const char *s)
{
	char *clean = utf8_sanitize(s, false);
	sbuf_puts(b, " ");
	for (const char *p = clean; *p; p++) {
		if (*p == '|')
			sbuf_puts(b, "\\|");
		else
			sbuf_putc(b, *p);
	}
	sbuf_puts(b, " |");
	free(clean);
}

static void md_row(struct sbuf *b, const char *const *cells, size_t n)
{
	sbuf_putc(b, '|');
	for (size_t i = 0; i < n; i++)
		md_cell(b, cells[i]);
	sbuf_putc(b, '\n');
}

void debrief_heading(struct sbuf *b, enum debrief_format f, const char *title)
{
	if (f == DEBRIEF_MARKDOWN) {
		sbuf_printf(b, "\n## %s\n\n", title);
	} else {
		sbuf_printf(b, "\n%s\n", title);
		for (size_t i = utf8_chars(title); i > 0; i--)
			sbuf_putc(b, '-');
		sbuf_putc(b, '\n');
	}
}

/* The root causes come first: one wrong regime or awareness explains many
 * of the lines below it. */
static void render_causes(struct sbuf *b, const struct debrief *d, enum debrief_format f)
{
	if (!d->wrong_type && !d->wrong_aware)
		return;
	debrief_heading(b, f, _("First, the root causes"));
	const char *bullet = f == DEBRIEF_MARKDOWN ? "- " : "  - ";
	const char *rest = f == DEBRIEF_MARKDOWN ? "  " : "    ";
	if (d->wrong_type) {
		char *line = xasprintf(_("You read the case as %s, so the wizard applied that type's "
					 "criteria; as %s, the scenario's entity follows other "
					 "criteria, and the questions and criteria below follow "
					 "from it."),
				       label_entity_type(d->trainee_type), label_entity_type(d->type));
		wrapped(b, bullet, rest, line);
		free(line);
	}
	if (d->wrong_aware) {
		wrapped(b, bullet, rest,
			_("Your moment of awareness differs from the scenario's beyond its tolerance: "
			  "every deadline counts from it (guide A.4), so your deadlines moved with it."));
	}
}

static void render_verdict(struct sbuf *b, const struct debrief *d, enum debrief_format f)
{
	debrief_heading(b, f, _("Verdict"));
	if (!d->given_set) {
		sbuf_printf(b, "%s%s\n", f == DEBRIEF_TEXT ? "  " : "",
			    _("no verdict to compare: this build has no rules engine"));
		return;
	}
	const char *mark = d->verdict_match ? _("as expected") : _("differs");
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("expected"), _("yours"), "" };
		const char *row[] = { label_verdict(d->expected_verdict), label_verdict(d->given_verdict), mark };
		md_row(b, head, 3);
		sbuf_puts(b, "|---|---|---|\n");
		md_row(b, row, 3);
		return;
	}
	const char *labels[] = { _("expected"), _("yours") };
	size_t w = label_column(labels, 2);
	labelled(b, "  ", labels[0], w, label_verdict(d->expected_verdict));
	char *yours = xasprintf("%s  (%s)", label_verdict(d->given_verdict), mark);
	labelled(b, "  ", labels[1], w, yours);
	free(yours);
}

/* "guide A.2, 1" for a criterion, or "" without the rules. */
static char *criterion_ref(const struct debrief_criterion *c, const struct dataset *ds, enum lang l)
{
	char *ref = ds ? rules_reference(&ds->rules, c->type, c->id, l) : NULL;
	return ref ? ref : xstrdup("");
}

static void render_criteria(struct sbuf *b, const struct debrief *d, const struct dataset *ds,
			    enum lang l, enum debrief_format f)
{
	if (!d->given_set)
		return;
	debrief_heading(b, f, _("Criteria met"));
	if (d->n_criteria == 0) {
		sbuf_printf(b, "%s%s\n", f == DEBRIEF_TEXT ? "  " : "", _("none expected, none found"));
		return;
	}
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("criterion"), _("reference"), "" };
		md_row(b, head, 3);
		sbuf_puts(b, "|---|---|---|\n");
	}
	for (size_t i = 0; i < d->n_criteria; i++) {
		const char *mark = criterion_mark(d->criteria[i].mark);
		char *ref = criterion_ref(&d->criteria[i], ds, l);
		if (f == DEBRIEF_MARKDOWN) {
			const char *row[] = { d->criteria[i].id, ref, mark };
			md_row(b, row, 3);
		} else {
			char *line = *ref ? xasprintf("%s  (%s)", mark, ref) : xstrdup(mark);
			labelled(b, "  ", d->criteria[i].id, 8, line);
			free(line);
		}
		free(ref);
	}
}

/* What a due time alone does not say: how long after awareness it was
 * sent, lateness by the trainee's own deadline, and undue delay. */
static char *timeliness_notes(const struct debrief_stage *r)
{
	struct sbuf b;
	sbuf_init(&b);
	if (r->has_since_aware && r->since_aware >= 0) {
		char *dur = timefmt_duration(r->since_aware);
		sbuf_printf(&b, _("sent %s after awareness"), dur);
		free(dur);
	}
	if (r->undue)
		sbuf_printf(&b, "%s%s", b.len ? "; " : "",
			    _("in time, but late in its window: 'without undue delay' asks for sooner"));
	if (r->late_own)
		sbuf_printf(&b, "%s%s", b.len ? "; " : "",
			    r->submitted.set ? _("late by your own deadline")
					     : _("your own deadline passed"));
	return sbuf_take(&b);
}

static void render_reports(struct sbuf *b, const struct debrief *d, enum debrief_format f)
{
	debrief_heading(b, f, _("Reports, by the exercise clock"));
	if (d->n_stages == 0) {
		sbuf_printf(b, "%s%s\n", f == DEBRIEF_TEXT ? "  " : "", _("no report expected, none sent"));
		return;
	}
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("report"), _("due (expected)"), _("due (yours)"), _("sent"), "",
				       _("timeliness") };
		md_row(b, head, 6);
		sbuf_puts(b, "|---|---|---|---|---|---|\n");
	}
	for (size_t i = 0; i < d->n_stages; i++) {
		const struct debrief_stage *r = &d->stages[i];
		char *exp = r->expected_due.set ? short_time(r->expected_due.t) : xstrdup("-");
		char *yours = r->trainee_due.set ? short_time(r->trainee_due.t) : xstrdup("-");
		char *sent = r->submitted.set ? short_time(r->submitted.t) : xstrdup("-");
		char *notes = timeliness_notes(r);
		if (f == DEBRIEF_MARKDOWN) {
			const char *row[] = { label_stage(r->stage), exp, yours, sent, report_mark(r->report),
					      *notes ? notes : "-" };
			md_row(b, row, 6);
		} else {
			char *line = label_value(label_stage(r->stage), report_mark(r->report));
			wrapped(b, "  ", "    ", line);
			free(line);
			/* A report without any time (the intermediate report, on
			 * request) is one line: three dashes say nothing. */
			bool any = r->expected_due.set || r->trainee_due.set || r->submitted.set;
			const char *labels[] = { _("due (expected)"), _("due (yours)"), _("sent") };
			size_t w = label_column(labels, 3);
			if (any) {
				labelled(b, "    ", labels[0], w, exp);
				labelled(b, "    ", labels[1], w, yours);
				labelled(b, "    ", labels[2], w, sent);
			}
			if (*notes)
				wrapped(b, "    ", "    ", notes);
		}
		free(notes);
		free(exp);
		free(yours);
		free(sent);
	}
}

/* One answer as text: the question (marked "!" when it is not as
 * expected), both values side by side (one above the other when they do not
 * fit on a line), and for a difference the criteria that read it. */
static void text_answer(struct sbuf *b, const struct debrief_answer *a, const char *question,
			const char *e, const char *g, const char *criteria, const char *source)
{
	const char *mark = answer_mark(a->mark);
	bool wrong = a->mark == DBM_DIFFERS || a->mark == DBM_UNANSWERED;
	wrapped(b, wrong ? "  ! " : "    ", "    ", question);
	char *one = label_value(_("expected"), e);
	char *given = xasprintf("%s  (%s)", g, mark);
	char *two = label_value(_("yours"), given);
	/* TRANSLATORS: the expected answer and the trainee's, side by side */
	char *both = xasprintf(_("%s;  %s"), one, two);
	if (utf8_chars(both) + 6 <= TEXT_WIDTH) {
		wrapped(b, "      ", "        ", both);
	} else {
		wrapped(b, "      ", "        ", one);
		wrapped(b, "      ", "        ", two);
	}
	free(both);
	free(one);
	free(given);
	free(two);
	if (criteria) {
		char *line = xasprintf(_("counts for: %s"), criteria);
		wrapped(b, "      ", "        ", line);
		free(line);
	}
	if (source && a->mark != DBM_MATCH) {
		char *line = xasprintf(_("revealed by: %s"), source);
		wrapped(b, "      ", "        ", line);
		free(line);
	}
}

/* Where the answer was to be found: "the briefing", "the inject of
 * 2026-09-08 10:45 +02:00", or NULL when the scenario never revealed it. */
static char *answer_source(const struct debrief_answer *a, const struct scenario *s)
{
	if (a->revealed_by == REVEALED_NEVER || !a->expected.set)
		return NULL;
	if (a->revealed_by == REVEALED_BRIEFING)
		return xstrdup(_("the briefing"));
	char *at = short_time(s->injects[a->revealed_by].at);
	char *t = xasprintf(_("the inject of %s"), at);
	free(at);
	return t;
}

/* A difference's consequence: awareness moves every deadline (guide A.4);
 * the other answers count for the criteria that read them. */
static char *answer_counts_for(const struct debrief_answer *a, const struct debrief *d,
			       const struct dataset *ds, enum lang l)
{
	if (a->mark == DBM_MATCH || a->mark == DBM_NOT_ASKED || a->mark == DBM_NOT_REVEALED)
		return NULL;
	if (!strcmp(a->field, "incident.aware"))
		return xstrdup(_("your deadlines (guide A.4)"));
	if (!strcmp(a->field, "incident.gdpr_aware"))
		return xstrdup(_("your GDPR deadline (GDPR art. 33)"));
	return answer_criteria(a->field, ds ? &ds->rules : NULL, d->type, l);
}

static void render_answers(struct sbuf *b, const struct debrief *d, const struct scenario *s,
			   const struct dataset *ds, enum lang l, enum debrief_format f)
{
	debrief_heading(b, f, _("Your answers"));
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("question"), _("expected"), _("yours"), "", _("counts for"),
				       _("revealed by") };
		md_row(b, head, 6);
		sbuf_puts(b, "|---|---|---|---|---|---|\n");
	}
	for (size_t i = 0; i < d->n_answers; i++) {
		const struct debrief_answer *a = &d->answers[i];
		char *e = value_text(a, &a->expected, ds, l);
		char *g = value_text(a, &a->given, ds, l);
		const char *question = answer_question(a->field, ds ? &ds->facts : NULL, l);
		/* The criteria a difference touches, with where the guide or
		 * the IR says so. */
		char *criteria = answer_counts_for(a, d, ds, l);
		char *source = answer_source(a, s);
		if (f == DEBRIEF_MARKDOWN) {
			/* The trainer also gets the case file's name of the
			 * field, to find it in the scenario. */
			char *q = strcmp(question, a->field) ? xasprintf("%s `%s`", question, a->field)
							     : xasprintf("`%s`", a->field);
			const char *row[] = { q, e, g, answer_mark(a->mark), criteria ? criteria : "",
					      source ? source : "-" };
			md_row(b, row, 6);
			free(q);
		} else {
			text_answer(b, a, question, e, g, criteria, source);
		}
		free(source);
		free(criteria);
		free(e);
		free(g);
	}
}

/* What happened when: the news as it came in, and the trainee's decisions
 * next to it (a hot wash goes through it in order). */
static void render_timeline(struct sbuf *b, const struct debrief *d, const struct scenario *s,
			    enum lang l, enum debrief_format f)
{
	if (d->n_events == 0)
		return;
	debrief_heading(b, f, _("Timeline: the news and your decisions"));
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("exercise time"), _("what happened") };
		md_row(b, head, 2);
		sbuf_puts(b, "|---|---|\n");
	}
	for (size_t i = 0; i < d->n_events; i++) {
		const struct debrief_event *e = &d->events[i];
		char *at = short_time(e->at);
		char *what;
		if (e->kind == DBE_INJECT) {
			char *text = utf8_sanitize(text3_get(&s->injects[e->inject].text, l), false);
			what = xasprintf(_("news: %s"), text);
			free(text);
		} else if (e->kind == DBE_VERDICT) {
			what = xasprintf(_("your verdict: %s"), label_verdict(e->verdict));
		} else {
			what = xasprintf(_("you sent: %s"), label_stage(e->stage));
		}
		if (f == DEBRIEF_MARKDOWN) {
			const char *row[] = { at, what };
			md_row(b, row, 2);
		} else {
			char *first = xasprintf("  %s  ", at);
			wrapped(b, first, "                           ", what);
			free(first);
		}
		free(what);
		free(at);
	}
}

static void render_lesson(struct sbuf *b, const struct scenario *s, enum lang l,
			  enum debrief_format f)
{
	debrief_heading(b, f, _("The lesson"));
	if (f == DEBRIEF_MARKDOWN) {
		char *t = utf8_sanitize(text3_get(&s->lesson, l), false);
		sbuf_printf(b, "%s\n", t);
		free(t);
	} else {
		paragraph(b, text3_get(&s->lesson, l), "  ");
	}
	if (s->n_refs == 0)
		return;
	debrief_heading(b, f, _("In the guide"));
	for (size_t i = 0; i < s->n_refs; i++) {
		const struct guide_ref *r = &s->refs[i];
		char *sec = utf8_sanitize(text3_get(&r->section, l), false);
		if (f == DEBRIEF_MARKDOWN) {
			char *t = utf8_sanitize(text3_get(&r->text, l), false);
			sbuf_printf(b, "- **%s**: %s\n", sec, t);
			free(t);
		} else {
			sbuf_printf(b, "  %s\n", sec);
			paragraph(b, text3_get(&r->text, l), "    ");
		}
		free(sec);
	}
}

char *render_debrief(const struct debrief *d, const struct scenario *s,
		     const struct dataset *ds, enum lang l, enum debrief_format f)
{
	if (f == DEBRIEF_JSON)
		return render_debrief_json(d, s, ds, l);
	struct sbuf b;
	sbuf_init(&b);
	char *title = utf8_sanitize(text3_get(&s->title, l), false);
	char *end = short_time(d->end);
	char *head = label_value(_("Debrief"), title);
	sbuf_printf(&b, f == DEBRIEF_MARKDOWN ? "# %s\n\n" : "%s\n", head);
	free(head);
	if (d->trainee) {
		char *who = utf8_sanitize(d->trainee, false);
		sbuf_printf(&b, _("Trainee: %s\n"), who);
		free(who);
	}
	if (s->id) {
		char *id = utf8_sanitize(s->id, false);
		char *ver = s->version ? utf8_sanitize(s->version, false) : NULL;
		if (ver)
			sbuf_printf(&b, _("Scenario: %s, version %s\n"), id, ver);
		else
			sbuf_printf(&b, _("Scenario: %s\n"), id);
		free(id);
		free(ver);
	}
	sbuf_printf(&b, _("Exercise clock at the debrief: %s\n"), end);
	sbuf_printf(&b, _("Answers: %zu of %zu as expected.\n"), d->answers_right, d->answers_total);
	/* The plural follows the last number: "1 manquante", "2 manquantes". */
	sbuf_printf(&b, P_("Reports: %zu on time, %zu late, %zu missing.\n",
			   "Reports: %zu on time, %zu late, %zu missing.\n", d->reports_missing),
		    d->reports_on_time, d->reports_late, d->reports_missing);
	free(title);
	free(end);
	render_causes(&b, d, f);
	render_verdict(&b, d, f);
	render_criteria(&b, d, ds, l, f);
	render_reports(&b, d, f);
	render_timeline(&b, d, s, l, f);
	render_answers(&b, d, s, ds, l, f);
	render_lesson(&b, s, l, f);
	return sbuf_take(&b);
}
