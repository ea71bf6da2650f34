/* cmd_wizard.c: no batch command: the full-screen wizard on the case file
 * given (or a new or saved one chosen on its start screen), on the
 * system's clock or, with --now, on a clock standing still. */
#include "config.h"

#include "cli/commands.h"
#include "cli/i18n.h"
#include "cli/load_case.h"
#include "tui/tui.h"

/* --now TIME: the wizard's clock stands still at TIME (the whole-screen
 * tests, a case looked at as it was at a given moment). */
static instant_t fixed_now(void *ctx)
{
	return *(const instant_t *)ctx;
}

int cmd_wizard(const struct options *o, enum lang lang)
{
	instant_t now = 0;
	if (o->now && !cli_parse_now(o->now, &now))
		return 2;
	struct tui_config cfg = {
		.case_path = o->case_path,
		.data_dir = o->data_dir,
		.lang = lang,
		/* Without the nl and fr catalogues the case's language is not taken:
		 * the wizard would mix it with English messages. */
		.lang_forced = o->lang != NULL || !i18n_available(LANG_NL) || !i18n_available(LANG_FR),
		.clock = o->now ? (struct tui_clock){ fixed_now, &now } : tui_clock_system(),
		.switch_lang = i18n_switch,
		.notices = { i18n_missing_notice, NULL },
	};
	return tui_run(&cfg);
}
