/* cmd_draft.c: --draft CASE [--stage STAGE] [--format text|markdown|json]
 * [--output FILE] [--field LETTER]: the filled-in CCB form for the case's
 * current stage (or the one asked), on standard output or in FILE; with
 * --field, only that field's text, ready to paste. */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_case.h"
#include "cli/i18n.h"
#include "core/clock.h"
#include "core/deadlines.h"
#include "core/form.h"
#include "core/rules.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/case_load.h"
#include "io/caselock.h"
#include "io/casepaths.h"
#include "io/dataset.h"
#include "io/clipboard.h"
#include "io/form_render.h"
#include "io/message.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* --stage: only the stages of the CCB form; 2 (usage) otherwise. */
static bool parse_stage(const char *s, enum stage *out)
{
	if (stage_from_name(s, out) && form_stage_valid(*out))
		return true;
	msg_print(stderr, _("%s: unknown stage '%s' (early-warning, notification, intermediate, final or progress)\n"),
		PACKAGE, s);
	return false;
}

/* --output FILE: replaced atomically, private (0600) whatever the umask, as
 * the wizard saves its drafts; stdout stays empty so that a script can tell
 * the two apart, and one line on stderr says where the draft went.  Takes
 * text. */
static int write_output(const char *path, char *text)
{
	char *err = NULL;
	bool ok = clipboard_save_file(path, text, &err);
	free(text);
	if (!ok) {
		/* err names the file and says why */
		msg_print(stderr, _("%s: draft not written: %s\n"), PACKAGE, err);
		free(err);
		return 1;
	}
	msg_print(stderr, _("%s: draft written to %s\n"), PACKAGE, path);
	return 0;
}

int cmd_draft(const struct options *o, enum lang lang)
{
	enum draft_format fmt = DRAFT_TEXT;
	enum stage stage = STAGE_EARLY_WARNING;
	instant_t now;
	if (o->format && !draft_format_from_name(o->format, &fmt)) {
		msg_print(stderr, _("%s: unknown format '%s' (text, markdown or json)\n"), PACKAGE, o->format);
		return 2;
	}
	if ((o->stage && !parse_stage(o->stage, &stage)) || !cli_parse_now(o->now, &now))
		return 2;

	char *err = NULL;
	if (o->output && !casepaths_output_allowed(o->output, o->case_path, &err)) {
		msg_print(stderr, _("%s: draft not written: %s\n"), PACKAGE, err);
		free(err);
		return 1;
	}
	struct caselock_info who;
	if (o->output && caselock_held(o->case_path, &who)) {
		char *desc = caselock_describe(&who), *path = utf8_sanitize(o->case_path, false);
		msg_print(stderr, _("%s: warning: %s is open in a wizard (%s): this draft is of the file as "
				  "last saved there\n"), PACKAGE, path, desc);
		free(desc);
		free(path);
	}
	struct dataset ds;
	struct case_file c;
	if (!cli_load_case(o, &ds, &c, &lang))
		return 1;
	/* the verdict: proposals for the severity, the voluntary mark; the
	 * deadlines: the GDPR clock and whether a progress report is due */
	struct evaluation e;
	struct deadlines dl;
	rules_evaluate(&ds.rules, &c, now, lang, &e);
	deadlines_compute(&c, &e, now, &dl);
	if (!o->stage)
		stage = form_current_stage(&c, &dl);

	struct form_draft d;
	form_draft_build(&ds.form, &c, &e, &dl, stage, lang, &d);
	char *out;
	if (o->field) {
		/* --field: that field's text and nothing else, as it goes into
		 * the form's box (the review's c copies the same). */
		char letter = (char)(o->field[0] >= 'a' ? o->field[0] - 'a' + 'A' : o->field[0]);
		const struct form_value *v = NULL;
		for (size_t i = 0; i < d.n && !v; i++)
			if (d.values[i].shown && d.values[i].field->letter == letter)
				v = &d.values[i];
		if (!v) {
			msg_print(stderr, _("%s: the form shows no field %c at this stage (%s)\n"), PACKAGE, letter,
				  stage_name(stage));
			form_draft_free(&d);
			evaluation_free(&e);
			case_free(&c);
			dataset_free(&ds);
			return 1;
		}
		char *val = render_field_value(&ds.form, v, lang);
		out = *val ? xasprintf("%s\n", val) : xstrdup("");
		free(val);
	} else {
		out = render_draft(&ds.form, &d, lang, fmt);
	}
	form_draft_free(&d);
	evaluation_free(&e);
	case_free(&c);
	dataset_free(&ds);
	if (o->output)
		return write_output(o->output, out);
	msg_output(stdout, out);
	free(out);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror(PACKAGE);
		return 1;
	}
	return 0;
}
