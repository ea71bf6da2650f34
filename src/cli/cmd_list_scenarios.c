/* cmd_list_scenarios.c: --list-scenarios [--format text|json]: the names
 * --training takes, from the built-in data or --data DIR.
 *
 * Without --format: the names of the scenarios offered in the current
 * language, one a line, for people and for the bash completion
 * (completion/nis2-notify), which must not guess them and must not offer a
 * scenario --training would refuse in that language.  With --format text or
 * json: every scenario with its languages, its title in the current
 * language, and those not offered in it marked (never titled in another
 * language). */
#include "config.h"

#include "cli/commands.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "io/dataset.h"
#include "io/message.h"
#include "io/scenario_load.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int list_names(const struct options *o, enum lang lang)
{
	struct datasource src = { o->data_dir };
	char **names = NULL;
	size_t n = scenario_list_in(&src, lang, &names);
	for (size_t i = 0; i < n; i++) {
		puts(names[i]);
		free(names[i]);
	}
	free(names);
	return 0;
}

/* "NAME  LANGUAGES  TITLE", the names padded to the longest one's width. */
static void text_row(struct sbuf *b, int width, const char *name, const struct scenario *s,
		     enum lang lang)
{
	char codes[SCENARIO_LANGS_LEN];
	scenario_lang_codes(s, codes);
	const char *title = scenario_has_lang(s, lang) ? scenario_text(s, &s->title, lang)
						       : _("(not in this language)");
	char *clean = utf8_sanitize(title, false);
	sbuf_printf(b, "%-*s  %-10s  %s\n", width, name, codes, clean);
	free(clean);
}

static void json_row(struct sbuf *b, bool first, const char *name, const struct scenario *s,
		     enum lang lang)
{
	sbuf_printf(b, "%s\n  {\"id\": ", first ? "" : ",");
	sbuf_json_string(b, name);
	sbuf_printf(b, ", \"version\": ");
	if (s->version)
		sbuf_json_string(b, s->version);
	else
		sbuf_printf(b, "null");
	sbuf_printf(b, ", \"languages\": [");
	bool any = false;
	for (int l = 0; l < LANG_COUNT; l++)
		if (scenario_has_lang(s, (enum lang)l)) {
			sbuf_printf(b, "%s", any ? ", " : "");
			sbuf_json_string(b, lang_code((enum lang)l));
			any = true;
		}
	sbuf_printf(b, "], \"offered\": %s, \"title\": ", scenario_has_lang(s, lang) ? "true" : "false");
	if (scenario_has_lang(s, lang))
		sbuf_json_string(b, scenario_text(s, &s->title, lang));
	else
		sbuf_printf(b, "null");
	sbuf_printf(b, ", \"self_paced\": %s}", s->self_paced ? "true" : "false");
}

int cmd_list_scenarios(const struct options *o, enum lang lang)
{
	if (!o->format)
		return list_names(o, lang);
	bool json = strcmp(o->format, "json") == 0;
	if (!json && strcmp(o->format, "text") != 0) {
		msg_print(stderr, _("%s: unknown format '%s' (use text or json)\n"), PACKAGE, o->format);
		return 2;
	}
	struct datasource src = { o->data_dir };
	struct dataset ds;
	char *err = NULL;
	if (!dataset_load(&src, &ds, &err)) {
		msg_print(stderr, "%s\n", err);
		free(err);
		return 1;
	}
	struct case_schema schema = dataset_case_schema(&ds);
	char **names = NULL;
	size_t n = scenario_list(&src, &names);
	struct sbuf b;
	sbuf_init(&b);
	if (json)
		sbuf_printf(&b, "[");
	int status = 0;
	size_t rows = 0;
	int width = 0;
	for (size_t i = 0; i < n; i++)
		if ((int)strlen(names[i]) > width)
			width = (int)strlen(names[i]);
	for (size_t i = 0; i < n; i++) {
		struct scenario s;
		/* a scenario that does not load is named with its error on
		 * stderr (exit 1), and the others are still listed */
		if (scenario_load(names[i], &src, &schema, &s, &err)) {
			if (json)
				json_row(&b, rows == 0, names[i], &s, lang);
			else
				text_row(&b, width, names[i], &s, lang);
			rows++;
			scenario_free(&s);
		} else {
			msg_print(stderr, "%s\n", err);
			free(err);
			err = NULL;
			status = 1;
		}
		free(names[i]);
	}
	dataset_free(&ds);
	free(names);
	if (json)
		sbuf_printf(&b, "\n]\n");
	char *out = sbuf_take(&b);
	msg_output(stdout, out);
	free(out);
	if (fflush(stdout) != 0) {
		perror(PACKAGE);
		return 1;
	}
	return status;
}
