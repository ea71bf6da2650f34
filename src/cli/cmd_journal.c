/* cmd_journal.c: --journal CASE [--format text|markdown|json] [--now TIME]:
 * the case's decision journal (CASE.journal beside it) as the story of the
 * case, for the regulator, the board or the insurer, in the handler's
 * language.  Damaged lines are named on stderr and in the document; the
 * rest is still printed (exit 0). */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_case.h"
#include "io/casepaths.h"
#include "io/journal_file.h"
#include "io/journal_render.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>

int cmd_journal(const struct options *o, enum lang lang)
{
	enum draft_format fmt = DRAFT_TEXT;
	instant_t now;
	if (o->format && !draft_format_from_name(o->format, &fmt)) {
		fprintf(stderr, _("%s: unknown format '%s' (text, markdown or json)\n"), PACKAGE, o->format);
		return 2;
	}
	if (!cli_parse_now(o->now, &now))
		return 2;
	struct dataset ds;
	struct case_file c;
	if (!cli_load_case(o, &ds, &c, &lang))
		return 1;
	char *path = casepaths_journal(o->case_path), *err = NULL;
	struct journal j;
	bool exists;
	int rc = 0;
	if (!journal_file_read(path, &j, &exists, &err)) {
		fprintf(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		rc = 1;
	} else if (!exists) {
		fprintf(stderr, _("%s: %s: no journal yet (the wizard keeps one from the first change)\n"),
			PACKAGE, path);
		journal_free(&j);
		rc = 1;
	} else {
		for (size_t i = 0; i < j.n_damaged; i++) {
			char *msg = journal_damage_text(path, &j.damaged[i]);
			fprintf(stderr, "%s\n", msg);
			free(msg);
		}
		struct journal_doc d = { &j, path, c.entity.name, ds.rules.edition, &ds.facts, now, lang };
		char *out = render_journal(&d, fmt);
		fputs(out, stdout);
		free(out);
		journal_free(&j);
		if (fflush(stdout) != 0) {
			perror(PACKAGE);
			rc = 1;
		}
	}
	free(path);
	case_free(&c);
	dataset_free(&ds);
	return rc;
}
