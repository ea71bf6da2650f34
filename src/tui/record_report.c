/* record_report.c: a report recorded as sent, with its channel, its
 * reference and the draft frozen as it was sent (record_report.h).  The
 * clock step only asks; this decides nothing about deadlines. */
#include "config.h"

#include "tui/record_report.h"

#include <stdlib.h>
#include <string.h>

#include "core/form.h"
#include "core/journal.h"
#include "core/xalloc.h"
#include "io/fileio.h"
#include "io/form_render.h"
#include "io/labels.h"
#include "io/timefmt.h"
#include "nls.h"
#include "tui/app.h"

/* The draft of stage st as the wizard would show it now, as text. */
static char *draft_text(struct app *a, enum stage st)
{
	struct form_draft d;
	form_draft_build(&a->ds.form, &a->kase, a->eval_ok ? &a->eval : NULL,
			 a->eval_ok ? &a->dl : NULL, st, a->lang, &d);
	char *text = render_draft(&a->ds.form, &d, a->lang, DRAFT_TEXT);
	form_draft_free(&d);
	return text;
}

/* The journal keeps the sent draft's values, field by field, so that the
 * next stage's review shows what changed since (guide A.6: each report
 * updates the last). */
static void note_sent(struct app *a, enum stage st)
{
	if (!a->case_path)
		return;
	struct form_draft d;
	form_draft_build(&a->ds.form, &a->kase, a->eval_ok ? &a->eval : NULL,
			 a->eval_ok ? &a->dl : NULL, st, a->lang, &d);
	char *path = casepaths_sent(a->case_path, st);
	struct journal_entry e;
	journal_entry_init(&e, JK_DRAFT, app_now(a));
	journal_entry_add(&e, "stage", stage_name(st));
	journal_entry_add(&e, "format", "text");
	journal_entry_add(&e, "to", path);
	journal_entry_add(&e, "sent", "true");
	journal_entry_add(&e, "rules", a->ds.rules.edition);
	for (size_t i = 0; i < d.n; i++) {
		char *name = xasprintf("field:%s", d.values[i].field->name);
		char *v = render_field_value(&a->ds.form, &d.values[i], a->lang);
		journal_entry_add(&e, name, v);
		free(name);
		free(v);
	}
	char *err = NULL;
	if (!app_journal_note(a, &e, &err)) {
		app_notice_not_saved(a, a->case_path, err);
		free(err);
	}
	journal_entry_free(&e);
	free(path);
	form_draft_free(&d);
}

bool record_field_changed(const struct journal_entry *sent, const char *name, const char *value)
{
	if (!sent)
		return false;
	char *key = xasprintf("field:%s", name);
	const char *old = journal_entry_str(sent, key);
	free(key);
	return strcmp(old ? old : "", value ? value : "") != 0;
}

bool record_report(struct app *a, enum stage st, instant_t when, enum report_channel ch,
		   const char *reference, char **err)
{
	*err = NULL;
	if (a->kase.reports[st].set) {
		char *at = timefmt_local(a->kase.reports[st].t);
		*err = xasprintf(_("%s is already recorded as submitted (%s); Del removes that record first."),
				 label_stage(st), at);
		free(at);
		return false;
	}
	/* The draft as it was sent, before the case says it was. */
	if (a->case_path) {
		char *path = casepaths_sent(a->case_path, st), *text = draft_text(a, st), *e = NULL;
		if (!file_save_atomic(path, text, strlen(text), &e)) {
			*err = xasprintf(_("the draft as sent could not be kept: %s"), e ? e : "?");
			free(e);
		}
		free(text);
		free(path);
	}
	a->kase.reports[st].set = true;
	a->kase.reports[st].t = when;
	struct submission *sub = &a->kase.submissions[st];
	sub->channel = ch;
	free(sub->reference);
	sub->reference = reference && *reference ? xstrdup(reference) : NULL;
	app_changed(a);
	note_sent(a, st);
	return true;
}

void record_report_undo(struct app *a, enum stage st)
{
	a->kase.reports[st].set = false;
	a->kase.reports[st].t = 0;
	struct submission *sub = &a->kase.submissions[st];
	sub->channel = CHANNEL_UNKNOWN;
	free(sub->reference);
	sub->reference = NULL;
	app_changed(a);
}

void record_draft_noted(struct app *a, enum stage st, enum draft_format f, const char *to)
{
	static const char *const formats[DRAFT_FORMAT_COUNT] = { "text", "markdown", "json" };
	struct journal_entry e;
	journal_entry_init(&e, JK_DRAFT, app_now(a));
	journal_entry_add(&e, "stage", stage_name(st));
	journal_entry_add(&e, "format", (unsigned)f < DRAFT_FORMAT_COUNT ? formats[f] : "text");
	journal_entry_add(&e, "to", to);
	journal_entry_add(&e, "rules", a->ds.rules.edition);
	char *err = NULL;
	if (!app_journal_note(a, &e, &err)) {
		app_notice_not_saved(a, a->case_path, err);
		free(err);
	}
	journal_entry_free(&e);
}
