/* evaluation_render.c: --evaluate's two output formats. */
#include "config.h"

#include "io/evaluation_render.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/rules.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdlib.h>
#include <string.h>

static void json_string_list(struct sbuf *b, size_t n, char *const *v)
{
	sbuf_putc(b, '[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			sbuf_puts(b, ", ");
		sbuf_json_string(b, v[i]);
	}
	sbuf_putc(b, ']');
}

static void json_id_texts(struct sbuf *b, size_t n, const struct id_text *v)
{
	sbuf_putc(b, '[');
	for (size_t i = 0; i < n; i++) {
		sbuf_puts(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
		sbuf_json_string(b, v[i].id);
		sbuf_puts(b, ", \"text\": ");
		sbuf_json_string(b, v[i].text);
		sbuf_putc(b, '}');
	}
	sbuf_puts(b, n ? "\n  ]" : "]");
}

char *render_evaluation_json(const struct evaluation *e, const struct deadlines *d)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_puts(&b, "{\n  \"verdict\": ");
	sbuf_json_string(&b, verdict_name(e->verdict));
	sbuf_puts(&b, ",\n  \"regime\": ");
	sbuf_json_string(&b, regime_name(e->regime));
	sbuf_puts(&b, ",\n  \"met\": ");
	json_string_list(&b, e->n_met, e->met);
	sbuf_puts(&b, ",\n  \"missing\": ");
	json_string_list(&b, e->n_missing, e->missing);
	sbuf_puts(&b, ",\n  \"explanation\": ");
	json_id_texts(&b, e->n_explanation, e->explanation);
	sbuf_puts(&b, ",\n  \"warnings\": ");
	json_id_texts(&b, e->n_warnings, e->warnings);
	sbuf_puts(&b, ",\n  \"deadlines\": [");
	for (size_t i = 0; i < d->n; i++) {
		const struct deadline *x = &d->items[i];
		char t[CLOCK_FMT_LEN];
		sbuf_puts(&b, i ? ",\n    {\"stage\": " : "\n    {\"stage\": ");
		sbuf_json_string(&b, stage_name(x->stage));
		sbuf_puts(&b, ", \"due\": ");
		if (x->has_due) {
			clock_format(x->due, t);
			sbuf_json_string(&b, t);
		} else {
			sbuf_puts(&b, "null");
		}
		sbuf_puts(&b, ", \"status\": ");
		sbuf_json_string(&b, deadline_status_name(x->status));
		if (x->submitted_set) {
			clock_format(x->submitted, t);
			sbuf_puts(&b, ", \"submitted\": ");
			sbuf_json_string(&b, t);
		}
		if (x->late)
			sbuf_puts(&b, ", \"late\": true");
		sbuf_putc(&b, '}');
	}
	sbuf_puts(&b, d->n ? "\n  ]\n}\n" : "]\n}\n");
	return sbuf_take(&b);
}

/* Text from a file may hold anything: never let it drive the terminal. */
static void put_safe(struct sbuf *b, const char *s)
{
	char *clean = utf8_sanitize(s, false);
	sbuf_puts(b, clean);
	free(clean);
}

/* Text for a person, in lines of at most TEXT_WIDTH columns: `first` starts
 * the first line, every further line is indented by `indent` spaces. */
#define TEXT_WIDTH 80
static void put_wrapped(struct sbuf *b, const char *first, size_t indent, const char *s)
{
	char *clean = utf8_sanitize(s, false);
	size_t pos = 0, next;
	sbuf_puts(b, first);
	for (bool again = false;; again = true) {
		size_t n = wrap_line(clean + pos, TEXT_WIDTH - indent, &next);
		if (n == 0 && next == 0)
			break;
		if (again)
			sbuf_printf(b, "%*s", (int)indent, "");
		sbuf_putn(b, clean + pos, n);
		sbuf_putc(b, '\n');
		pos += next;
	}
	free(clean);
}

const char *render_missing_label(const char *name, const struct fact_registry *facts, enum lang l)
{
	const struct fact_def *f = facts ? facts_find(facts, name) : NULL;
	if (f)
		return text3_get(&f->question, l);
	if (strcmp(name, "incident.aware") == 0)
		return _("the moment of awareness (the clock starts there)");
	if (strcmp(name, "related") == 0)
		return _("a value of an earlier incident with the same root cause");
	/* facts with their own place in the file, when the registry does not
	 * ask for them itself */
	if (strcmp(name, "users") == 0)
		return _("How many users does the affected service have?");
	if (strcmp(name, "turnover_eur") == 0)
		return _("What was the entity's total annual turnover in the preceding financial year (euro)?");
	if (strcmp(name, "malicious") == 0)
		return _("Do you suspect that the incident was caused by a malicious act?");
	return "";
}

/* Three lines a stage: its name, when it is due, and where it stands. */
static void render_deadline(struct sbuf *b, const struct deadline *x, instant_t now)
{
	sbuf_printf(b, "  %s\n      ", label_stage(x->stage));
	if (x->has_due) {
		char *when = timefmt_local(x->due);
		/* TRANSLATORS: "at the latest" followed by a date and time */
		sbuf_printf(b, _("at the latest %s"), when);
		free(when);
	} else if (x->status == DL_ON_REQUEST) {
		sbuf_puts(b, _("when the CSIRT or the sectoral authority asks for it"));
	} else if (x->status == DL_AFTER_RESOLUTION) {
		sbuf_puts(b, _("within one month after the incident has been handled"));
	} else {
		sbuf_puts(b, _("without undue delay"));
	}
	/* on request, without a deadline, after resolution: the line above says it all */
	if (!x->submitted_set && (x->status == DL_ON_REQUEST || x->status == DL_NO_DEADLINE ||
				  x->status == DL_AFTER_RESOLUTION)) {
		sbuf_putc(b, '\n');
		return;
	}
	sbuf_puts(b, "\n      ");
	if (x->status == DL_DONE && x->submitted_set) {
		char *when = timefmt_local(x->submitted);
		sbuf_printf(b, x->late ? _("done %s (late)") : _("done %s"), when);
		free(when);
	} else if ((x->status == DL_DUE || x->status == DL_OVERDUE) && x->has_due) {
		char *left = timefmt_left(x->due, now);
		/* TRANSLATORS: a status ("due", "OVERDUE") and the time left or overdue */
		sbuf_printf(b, _("%s: %s"), label_status(x->status), left);
		free(left);
	} else {
		sbuf_puts(b, label_status(x->status));
	}
	sbuf_putc(b, '\n');
}

char *render_evaluation_text(const struct evaluation *e, const struct deadlines *d,
			     const struct case_file *c, const struct fact_registry *facts,
			     instant_t now, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);

	if (c->entity.name) {
		put_safe(&b, c->entity.name);
		sbuf_puts(&b, "\n");
	}
	sbuf_printf(&b, _("Verdict: %s"), label_verdict(e->verdict));
	sbuf_putc(&b, '\n');
	sbuf_printf(&b, "%s\n\n", e->regime == REGIME_IR
		    ? _("Rules: Implementing Regulation (EU) 2024/2690, for this type of entity")
		    : _("Rules: the CCB's NIS2 notification guide (10.2024 - 1.2)"));

	sbuf_puts(&b, e->verdict == VERDICT_SIGNIFICANT ? _("Why:") : _("Reason:"));
	sbuf_putc(&b, '\n');
	for (size_t i = 0; i < e->n_explanation; i++) {
		const struct id_text *x = &e->explanation[i];
		/* a criterion's id helps find it in the guide; a verdict's id
		 * would only repeat the verdict */
		if (strcmp(x->id, verdict_name(e->verdict)) == 0) {
			put_wrapped(&b, "  ", 2, x->text);
		} else {
			char *head = xasprintf("  %-5s ", x->id);
			put_wrapped(&b, head, 8, x->text);
			free(head);
		}
	}

	if (e->n_missing) {
		sbuf_putc(&b, '\n');
		sbuf_puts(&b, e->verdict == VERDICT_SIGNIFICANT
			  ? _("Still unknown (may add reasons, cannot undo the verdict):")
			  : _("Still unknown (answering may change the verdict):"));
		sbuf_putc(&b, '\n');
		for (size_t i = 0; i < e->n_missing; i++) {
			/* the question a person answers, then the key to set in
			 * the file */
			const char *q = render_missing_label(e->missing[i], facts, l);
			char *line = *q ? xasprintf("%s [%s]", q, e->missing[i]) : xstrdup(e->missing[i]);
			put_wrapped(&b, "  - ", 4, line);
			free(line);
		}
	}

	if (d->n) {
		sbuf_putc(&b, '\n');
		if (e->verdict == VERDICT_UNDETERMINED)
			sbuf_puts(&b, _("Deadlines if the incident is significant (Brussels time):"));
		else
			sbuf_puts(&b, _("Deadlines (Brussels time):"));
		sbuf_putc(&b, '\n');
		sbuf_puts(&b, _("Each report without undue delay, and at the latest at the time shown."));
		sbuf_putc(&b, '\n');
		for (size_t i = 0; i < d->n; i++) {
			render_deadline(&b, &d->items[i], now);
			if (d->items[i].stage == STAGE_GDPR) {
				put_wrapped(&b, "      ", 6,
					    _("Separately from the CCB, to the data protection authority (GBA/APD), "
					      "within 72 hours of becoming aware of the breach, on its own clock, "
					      "unless the breach is unlikely to result in a risk to people's rights "
					      "and freedoms (GDPR art. 33); a processor tells its controller instead."));
			}
		}
	} else if (!c->incident.aware.set &&
		   (e->verdict == VERDICT_SIGNIFICANT || e->verdict == VERDICT_UNDETERMINED)) {
		sbuf_putc(&b, '\n');
		sbuf_puts(&b, _("No deadlines yet: give the moment of awareness (incident.aware)."));
		sbuf_putc(&b, '\n');
	}

	if (e->n_warnings) {
		sbuf_putc(&b, '\n');
		sbuf_puts(&b, _("Notes:"));
		sbuf_putc(&b, '\n');
		for (size_t i = 0; i < e->n_warnings; i++)
			put_wrapped(&b, "  - ", 4, e->warnings[i].text);
	}
	return sbuf_take(&b);
}

char *render_actions_text(const struct ruleset *rs, const struct case_file *c, enum verdict v,
			  enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	const struct action *acts[64];
	size_t n = rules_actions(rs, c, v, acts, 64);
	if (n == 0)
		return sbuf_take(&b);
	sbuf_putc(&b, '\n');
	sbuf_puts(&b, _("What to do now:"));
	sbuf_putc(&b, '\n');
	/* The due times are in the deadlines above; here only what to do. */
	for (size_t i = 0; i < n && i < 64; i++)
		put_wrapped(&b, acts[i]->heading ? "  " : "  - ", acts[i]->heading ? 2 : 4,
			    text3_get(&acts[i]->text, l));
	return sbuf_take(&b);
}
