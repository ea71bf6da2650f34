/* cmd_forget.c: not written yet (see the open issues). */
#include "config.h"

#include "cli/commands.h"
#include "nls.h"

#include <stdio.h>

int cmd_forget(const struct options *o, enum lang lang)
{
	(void)o;
	(void)lang;
	fprintf(stderr, _("%s: this command is not available in this build\n"), PACKAGE);
	return 2;
}
