/* cmd_training.c: --training SCENARIO [--speed N] [--debrief FILE]: the
 * wizard on an exercise clock, ending in a debrief (tui/training.h). */
#include "config.h"

#include "cli/commands.h"
#include "cli/i18n.h"
#include "cli/load_scenario.h"
#include "core/simclock.h"
#include "io/debrief_file.h"
#include "io/message.h"
#include "nls.h"
#include "tui/tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_training(const struct options *o, enum lang lang)
{
	int speed = 1;
	if (o->speed && !simclock_parse_speed(o->speed, &speed)) {
		msg_print(stderr, _("%s: --speed takes a whole number from 1 to %d, not '%s'\n"), PACKAGE,
			SIMCLOCK_SPEED_MAX, o->speed);
		return 2;
	}
	enum debrief_format format;
	if (!debrief_format_pick(o->format, o->debrief, &format)) {
		msg_print(stderr, _("%s: the debrief's format is text, markdown or json, not '%s'\n"), PACKAGE,
			o->format);
		return 2;
	}
	if (o->case_path) {
		msg_print(stderr, _("%s: --training starts its own case; give no CASE\n"), PACKAGE);
		return 2;
	}
	/* Refused now, not after the exercise. */
	char *err = NULL;
	if (o->debrief && !debrief_path_ok(o->debrief, &err)) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return 2;
	}
	/* A scenario is offered only in its languages (nis2-notify-case(5)). */
	int lang_status = cli_training_lang_check(o, lang);
	if (lang_status != 0)
		return lang_status;
	struct tui_config cfg = {
		.case_path = NULL,
		.data_dir = o->data_dir,
		.lang = lang,
		/* Without the nl and fr catalogues the case's language is not taken:
		 * the wizard would mix it with English messages. */
		.lang_forced = o->lang != NULL || !i18n_available(LANG_NL) || !i18n_available(LANG_FR),
		.clock = tui_clock_system(),
		.switch_lang = i18n_switch,
		.training = o->training,
		.training_speed = speed,
		.debrief_path = o->debrief,
		.trainee = o->trainee,
		.debrief_markdown = format == DEBRIEF_MARKDOWN,
		.debrief_json = format == DEBRIEF_JSON,
		.facilitator = o->facilitator,
		.exercise_time = o->exercise_time,
	};
	return tui_run(&cfg);
}
