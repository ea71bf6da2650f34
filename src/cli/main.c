/* main.c: sets the language up and hands over to a batch command or the
 * wizard. */
#include "config.h"

#include "cli/commands.h"
#include "cli/i18n.h"
#include "io/message.h"
#include "cli/options.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	struct options opt;

	/* Set up before the options are checked, so that a usage error is
	 * already worded in the language --lang asks for. */
	msg_detect_terminal();   /* before i18n_setup switches to C.UTF-8 */
	enum lang lang = i18n_setup(options_scan_lang(argc, argv));
	if (!options_parse(argc, argv, &opt))
		return 2;

	switch (opt.command) {
	case CMD_HELP:
		options_print_help(PACKAGE);
		return 0;
	case CMD_VERSION:
		options_print_version();
		return 0;
	case CMD_EVALUATE:
		return cmd_evaluate(&opt, lang);
	case CMD_DRAFT:
		return cmd_draft(&opt, lang);
	case CMD_PRIVACY:
		return cmd_privacy(&opt, lang);
	case CMD_JOURNAL:
		return cmd_journal(&opt, lang);
	case CMD_FORGET:
		return cmd_forget(&opt, lang);
	case CMD_LIST_SCENARIOS:
		return cmd_list_scenarios(&opt, lang);
	case CMD_TRAINING_EXPECTED:
		return cmd_training_expected(&opt, lang);
	case CMD_TRAINING_GUIDE:
		return cmd_training_guide(&opt, lang);
	case CMD_DEBRIEF_SUMMARY:
		return cmd_debrief_summary(&opt, lang);
	case CMD_DEBRIEF_FROM:
		return cmd_debrief_from(&opt, lang);
	case CMD_WIZARD:
		if (opt.training)
			return cmd_training(&opt, lang);
		return cmd_wizard(&opt, lang);
	}
	return 2;
}
