/* cmd_forget.c: --forget CASE [--yes]: deletes a case and its drafts, the
 * only copies of the personal data the tool keeps (io/casepaths.h).  Asks
 * on the terminal first; without a terminal it refuses unless --yes. */
#include "config.h"

#include "cli/commands.h"
#include "io/casepaths.h"
#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/caselock.h"
#include "io/message.h"
#include "nls.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A name of the list, through the filter of case text: a file name can
 * hold escapes as well as a case can. */
static void print_name(const char *dir, const char *sep, const char *name)
{
	char *path = xasprintf("%s%s%s", dir, sep, name);
	char *clean = utf8_sanitize(path, false);
	msg_print(stdout, "  %s\n", clean);
	free(clean);
	free(path);
}

static void print_plan(const struct forget_plan *plan)
{
	const char *sep = strcmp(plan->dir, "/") ? "/" : "";
	msg_print(stdout, P_("This deletes the case and its drafts, %zu file:\n",
		  "This deletes the case and its drafts, %zu files:\n", plan->n_files), plan->n_files);
	for (size_t i = 0; i < plan->n_files; i++)
		print_name(plan->dir, sep, plan->files[i]);
	if (plan->n_skipped) {
		msg_print(stdout, _("Left alone (not regular files of yours, e.g. symbolic links):\n"));
		for (size_t i = 0; i < plan->n_skipped; i++)
			print_name(plan->dir, sep, plan->skipped[i]);
	}
}

/* A yes in English or in the language of the messages. */
static bool is_yes(const char *answer)
{
	char word[32];
	size_t n = 0;
	while (*answer == ' ' || *answer == '\t')
		answer++;
	while (answer[n] && answer[n] != '\n' && answer[n] != ' ' && n + 1 < sizeof(word)) {
		word[n] = (char)tolower((unsigned char)answer[n]);
		n++;
	}
	word[n] = '\0';
	if (n == 0)
		return false;
	/* TRANSLATORS: the word for yes that the user may type to confirm;
	 * its first letter is accepted too. */
	const char *yes = _("yes");
	return !strcmp(word, "y") || !strcmp(word, "yes") || !strcmp(word, yes) ||
	       (n == 1 && word[0] == yes[0]);
}

static bool confirm(void)
{
	/* TRANSLATORS: y is the first letter of the word for yes above. */
	fputs(_("Delete these files? [y/N] "), stdout);
	fflush(stdout);
	char line[128];
	if (!fgets(line, sizeof(line), stdin))
		return false;
	return is_yes(line);
}

int cmd_forget(const struct options *o, enum lang lang)
{
	(void)lang;
	struct forget_plan plan;
	char *err = NULL;
	struct caselock_info who;
	if (caselock_held(o->case_path, &who)) {
		/* deleting it under an open wizard would lose its work or bring
		 * the case back at its next save */
		char *desc = caselock_describe(&who), *path = utf8_sanitize(o->case_path, false);
		msg_print(stderr, _("%s: %s is open in a wizard (%s); leave it there first; nothing deleted\n"),
			PACKAGE, path, desc);
		free(desc);
		free(path);
		return 1;
	}
	if (!casepaths_forget_plan(o->case_path, &plan, &err)) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return 1;
	}
	print_plan(&plan);
	if (!o->yes) {
		if (!isatty(STDIN_FILENO)) {
			msg_print(stderr, _("%s: not deleting without confirmation: run it on a terminal, or add --yes\n"),
				PACKAGE);
			casepaths_forget_plan_free(&plan);
			return 2;
		}
		if (!confirm()) {
			msg_print(stderr, _("%s: nothing deleted\n"), PACKAGE);
			casepaths_forget_plan_free(&plan);
			return 1;
		}
	}
	size_t deleted = 0;
	bool ok = casepaths_forget(&plan, &deleted, &err);
	msg_print(stdout, P_("Deleted %zu file.\n", "Deleted %zu files.\n", deleted), deleted);
	casepaths_forget_plan_free(&plan);
	if (!ok) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return 1;
	}
	return 0;
}
