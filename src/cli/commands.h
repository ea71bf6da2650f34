/* commands.h: the batch commands and the wizard, one file each
 * (src/cli/cmd_*.c).  Each returns the exit status: 0 success, 1 invalid
 * input (message on stderr), 2 wrong usage. */
#ifndef NIS2_COMMANDS_H
#define NIS2_COMMANDS_H

#include "cli/options.h"
#include "core/lang.h"

int cmd_evaluate(const struct options *o, enum lang lang);
int cmd_draft(const struct options *o, enum lang lang);
int cmd_privacy(const struct options *o, enum lang lang);
int cmd_forget(const struct options *o, enum lang lang);
int cmd_journal(const struct options *o, enum lang lang);
int cmd_training(const struct options *o, enum lang lang);
int cmd_list_scenarios(const struct options *o, enum lang lang);
int cmd_training_expected(const struct options *o, enum lang lang);
int cmd_training_guide(const struct options *o, enum lang lang);
int cmd_debrief_summary(const struct options *o, enum lang lang);
int cmd_debrief_from(const struct options *o, enum lang lang);
/* No batch command: the full-screen wizard. */
int cmd_wizard(const struct options *o, enum lang lang);

#endif
