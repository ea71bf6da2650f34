/* cmd_wizard.c: no batch command: the full-screen wizard on the case file
 * given (or a new or saved one chosen on its start screen). */
#include "config.h"

#include "cli/commands.h"
#include "cli/i18n.h"
#include "tui/tui.h"

int cmd_wizard(const struct options *o, enum lang lang)
{
	struct tui_config cfg = {
		.case_path = o->case_path,
		.data_dir = o->data_dir,
		.lang = lang,
		/* Without the nl and fr catalogues the case's language is not taken:
		 * the wizard would mix it with English messages. */
		.lang_forced = o->lang != NULL || !i18n_available(LANG_NL) || !i18n_available(LANG_FR),
		.clock = tui_clock_system(),
		.switch_lang = i18n_switch,
		.notices = { i18n_missing_notice, NULL },
	};
	return tui_run(&cfg);
}
