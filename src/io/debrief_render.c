/* debrief_render.c: the debrief as text or markdown. */
#include "config.h"

#include "io/debrief_render.h"
#include "io/labels.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

#define TEXT_WIDTH 78

/* "2026-03-10 07:25 +01:00": short enough for a column, and the offset says
 * which side of a clock change it is on. */
static char *short_time(instant_t t)
{
	int off = 0;
	struct civil c = clock_to_local(t, &off);
	return xasprintf("%04d-%02d-%02d %02d:%02d %+03d:00", c.year, c.month, c.day, c.hour,
			 c.min, off / 3600);
}

static char *value_text(const struct debrief_answer *a, const struct debrief_value *v,
			const struct fact_registry *facts)
{
	if (!v->set)
		return xstrdup(_("(not answered)"));
	bool is_bool = a->kind == DBV_BOOL;
	if (a->kind == DBV_FACT && facts) {
		const struct fact_def *f = facts_find(facts, a->field + strlen("impact."));
		is_bool = f && f->kind == FACT_BOOL;
	}
	if (is_bool)
		return xstrdup(v->n ? _("yes") : _("no"));
	switch (a->kind) {
	case DBV_TIME:
		return short_time(v->n);
	case DBV_WORD:
		return utf8_sanitize(v->word ? v->word : "", false);
	default:
		return xasprintf("%lld", (long long)v->n);
	}
}

static const char *answer_mark(enum debrief_mark m)
{
	switch (m) {
	case DBM_MATCH: return _("as expected");
	case DBM_DIFFERS: return _("differs");
	case DBM_UNANSWERED: return _("left open");
	case DBM_EXTRA: return _("not in the scenario");
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

/* A paragraph wrapped at TEXT_WIDTH, each line indented. */
static void paragraph(struct sbuf *b, const char *text, const char *indent)
{
	char *clean = utf8_sanitize(text, true);
	size_t width = TEXT_WIDTH - strlen(indent);
	const char *p = clean;
	for (;;) {
		size_t next = 0;
		size_t len = wrap_line(p, width, &next);
		if (len == 0 && next == 0)
			break;
		sbuf_puts(b, indent);
		sbuf_putn(b, p, len);
		sbuf_putc(b, '\n');
		p += next;
	}
	free(clean);
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

static void heading(struct sbuf *b, enum debrief_format f, const char *title)
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

static void render_verdict(struct sbuf *b, const struct debrief *d, enum debrief_format f)
{
	heading(b, f, _("Verdict"));
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
	sbuf_puts(b, "  ");
	pad(b, _("expected"), 12);
	sbuf_printf(b, "%s\n  ", label_verdict(d->expected_verdict));
	pad(b, _("yours"), 12);
	sbuf_printf(b, "%s  (%s)\n", label_verdict(d->given_verdict), mark);
}

static void render_criteria(struct sbuf *b, const struct debrief *d, enum debrief_format f)
{
	if (!d->given_set)
		return;
	heading(b, f, _("Criteria met"));
	if (d->n_criteria == 0) {
		sbuf_printf(b, "%s%s\n", f == DEBRIEF_TEXT ? "  " : "", _("none expected, none found"));
		return;
	}
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("criterion"), "" };
		md_row(b, head, 2);
		sbuf_puts(b, "|---|---|\n");
	}
	for (size_t i = 0; i < d->n_criteria; i++) {
		const char *mark = criterion_mark(d->criteria[i].mark);
		if (f == DEBRIEF_MARKDOWN) {
			const char *row[] = { d->criteria[i].id, mark };
			md_row(b, row, 2);
		} else {
			sbuf_puts(b, "  ");
			pad(b, d->criteria[i].id, 8);
			sbuf_printf(b, "%s\n", mark);
		}
	}
}

static void render_reports(struct sbuf *b, const struct debrief *d, enum debrief_format f)
{
	heading(b, f, _("Reports, by the exercise clock"));
	if (d->n_stages == 0) {
		sbuf_printf(b, "%s%s\n", f == DEBRIEF_TEXT ? "  " : "", _("no report expected, none sent"));
		return;
	}
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("report"), _("due (expected)"), _("due (yours)"), _("sent"), "" };
		md_row(b, head, 5);
		sbuf_puts(b, "|---|---|---|---|---|\n");
	}
	for (size_t i = 0; i < d->n_stages; i++) {
		const struct debrief_stage *r = &d->stages[i];
		char *exp = r->expected_due.set ? short_time(r->expected_due.t) : xstrdup("-");
		char *yours = r->trainee_due.set ? short_time(r->trainee_due.t) : xstrdup("-");
		char *sent = r->submitted.set ? short_time(r->submitted.t) : xstrdup("-");
		if (f == DEBRIEF_MARKDOWN) {
			const char *row[] = { label_stage(r->stage), exp, yours, sent, report_mark(r->report) };
			md_row(b, row, 5);
		} else {
			sbuf_printf(b, "  %s: %s\n", label_stage(r->stage), report_mark(r->report));
			sbuf_puts(b, "    ");
			pad(b, _("due (expected)"), 18);
			sbuf_printf(b, "%s\n    ", exp);
			pad(b, _("due (yours)"), 18);
			sbuf_printf(b, "%s\n    ", yours);
			pad(b, _("sent"), 18);
			sbuf_printf(b, "%s\n", sent);
		}
		free(exp);
		free(yours);
		free(sent);
	}
}

static void render_answers(struct sbuf *b, const struct debrief *d,
			   const struct fact_registry *facts, enum debrief_format f)
{
	heading(b, f, _("Your answers"));
	if (f == DEBRIEF_MARKDOWN) {
		const char *head[] = { _("question"), _("expected"), _("yours"), "" };
		md_row(b, head, 4);
		sbuf_puts(b, "|---|---|---|---|\n");
	}
	for (size_t i = 0; i < d->n_answers; i++) {
		const struct debrief_answer *a = &d->answers[i];
		char *e = value_text(a, &a->expected, facts);
		char *g = value_text(a, &a->given, facts);
		const char *mark = answer_mark(a->mark);
		if (f == DEBRIEF_MARKDOWN) {
			const char *row[] = { a->field, e, g, mark };
			md_row(b, row, 4);
		} else {
			/* The field on a line of its own, marked when it differs;
			 * both values on the next, or on two when one would not fit. */
			sbuf_printf(b, "  %s%s\n", a->mark == DBM_MATCH ? "  " : "! ", a->field);
			char *both = xasprintf("      %s: %s;  %s: %s  (%s)", _("expected"), e,
					       _("yours"), g, mark);
			if (utf8_chars(both) <= TEXT_WIDTH)
				sbuf_printf(b, "%s\n", both);
			else
				sbuf_printf(b, "      %s: %s\n      %s: %s  (%s)\n", _("expected"), e,
					    _("yours"), g, mark);
			free(both);
		}
		free(e);
		free(g);
	}
}

static void render_lesson(struct sbuf *b, const struct scenario *s, enum lang l,
			  enum debrief_format f)
{
	heading(b, f, _("The lesson"));
	if (f == DEBRIEF_MARKDOWN) {
		char *t = utf8_sanitize(text3_get(&s->lesson, l), false);
		sbuf_printf(b, "%s\n", t);
		free(t);
	} else {
		paragraph(b, text3_get(&s->lesson, l), "  ");
	}
	if (s->n_refs == 0)
		return;
	heading(b, f, _("In the guide"));
	for (size_t i = 0; i < s->n_refs; i++) {
		const struct guide_ref *r = &s->refs[i];
		char *sec = utf8_sanitize(r->section, false);
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
		     const struct fact_registry *facts, enum lang l, enum debrief_format f)
{
	struct sbuf b;
	sbuf_init(&b);
	char *title = utf8_sanitize(text3_get(&s->title, l), false);
	char *end = short_time(d->end);
	if (f == DEBRIEF_MARKDOWN)
		sbuf_printf(&b, "# %s: %s\n\n", _("Debrief"), title);
	else
		sbuf_printf(&b, "%s: %s\n", _("Debrief"), title);
	sbuf_printf(&b, _("Exercise clock at the debrief: %s\n"), end);
	sbuf_printf(&b, _("Answers: %zu of %zu as expected.\n"), d->answers_right, d->answers_total);
	sbuf_printf(&b, _("Reports: %zu on time, %zu late, %zu missing.\n"), d->reports_on_time,
		    d->reports_late, d->reports_missing);
	free(title);
	free(end);
	render_verdict(&b, d, f);
	render_criteria(&b, d, f);
	render_reports(&b, d, f);
	render_answers(&b, d, facts, f);
	render_lesson(&b, s, l, f);
	return sbuf_take(&b);
}
