/* cmd_debrief_summary.c: --debrief-summary FILE... [--format
 * text|markdown|json]: a room's summary from its trainees' JSON debriefs
 * (core/debrief_summary.h).  Every debrief must be of the same scenario and
 * version: a room summary across exercises would add up questions that
 * were not the same. */
#include "config.h"

#include "cli/commands.h"
#include "cli/load_case.h"
#include "core/xalloc.h"
#include "io/dataset.h"
#include "io/debrief_json_read.h"
#include "io/debrief_summary_render.h"
#include "io/message.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

int cmd_debrief_summary(const struct options *o, enum lang lang)
{
	enum debrief_format f = DEBRIEF_TEXT;
	if (o->format) {
		if (!strcmp(o->format, "markdown"))
			f = DEBRIEF_MARKDOWN;
		else if (!strcmp(o->format, "json"))
			f = DEBRIEF_JSON;
		else if (strcmp(o->format, "text") != 0) {
			msg_print(stderr, _("%s: unknown format '%s' (text, markdown or json)\n"), PACKAGE,
				  o->format);
			return 2;
		}
	}
	if (o->n_files == 0) {
		msg_print(stderr, _("%s: --debrief-summary needs at least one debrief file (JSON)\n"), PACKAGE);
		return 2;
	}
	size_t n = (size_t)o->n_files;
	struct debrief_file *files = xcalloc(n, sizeof(*files));
	struct dsum_debrief *d = xcalloc(n, sizeof(*d));
	size_t loaded = 0;
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		char *err = NULL;
		if (!debrief_json_read(o->files[i], &files[i], &err)) {
			msg_print(stderr, "%s: %s\n", PACKAGE, err);
			free(err);
			rc = 1;
			break;
		}
		loaded++;
		if (!same_str(files[i].scenario_id, files[0].scenario_id) ||
		    !same_str(files[i].scenario_version, files[0].scenario_version)) {
			msg_print(stderr, _("%s: %s is a debrief of %s (version %s), but %s is of %s (version %s): "
					    "summarise one scenario at a time\n"),
				  PACKAGE, o->files[i], files[i].scenario_id,
				  files[i].scenario_version ? files[i].scenario_version : "-", o->files[0],
				  files[0].scenario_id, files[0].scenario_version ? files[0].scenario_version : "-");
			rc = 1;
			break;
		}
		d[i] = files[i].d;
	}
	if (rc == 0) {
		/* The data words the questions as the wizard asked them. */
		struct dataset ds;
		if (!cli_load_data(o, &ds)) {
			rc = 1;
			goto out;
		}
		struct dsum s;
		dsum_build(d, n, &s);
		char *out = render_debrief_summary(&s, files[0].scenario_id, files[0].scenario_version,
						   &ds, lang, f);
		fputs(out, stdout);
		free(out);
		dsum_free(&s);
		dataset_free(&ds);
		if (fflush(stdout) != 0) {
			perror(PACKAGE);
			rc = 1;
		}
	}
out:
	for (size_t i = 0; i < loaded; i++)
		debrief_file_free(&files[i]);
	free(files);
	free(d);
	return rc;
}
