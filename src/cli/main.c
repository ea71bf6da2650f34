/* main.c: sets the language up and hands over to a batch command or the
 * wizard. */
#include "config.h"

#include "cli/i18n.h"
#include "cli/options.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	struct options opt;

	/* A first set-up so that usage errors are already translated. */
	i18n_setup(NULL);
	if (!options_parse(argc, argv, &opt))
		return 2;
	enum lang lang = i18n_setup(opt.lang);
	(void)lang;

	switch (opt.command) {
	case CMD_HELP:
		options_print_help(PACKAGE);
		return 0;
	case CMD_VERSION:
		options_print_version();
		return 0;
	default:
		fprintf(stderr, _("%s: this command is not available in this build\n"), PACKAGE);
		return 2;
	}
}
