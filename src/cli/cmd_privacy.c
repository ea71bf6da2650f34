/* cmd_privacy.c: --privacy [--category ID]: what the CCB does with the
 * personal data of a notification (its privacy notice, Annex I). */
#include "config.h"

#include "cli/commands.h"
#include "core/privacy.h"
#include "io/privacy_load.h"
#include "core/wrap.h"
#include "io/privacy_render.h"
#include "io/message.h"
#include "nls.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define WIDTH_MIN 40

/* TEXT_WIDTH, as every text output (it fits the handler's 80-column
 * jump-host terminal); a narrower terminal gets its own width so that
 * nothing wraps twice.  A pipe gets TEXT_WIDTH. */
static size_t output_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col >= WIDTH_MIN && ws.ws_col < TEXT_WIDTH)
		return ws.ws_col;
	return TEXT_WIDTH;
}

int cmd_privacy(const struct options *o, enum lang lang)
{
	privacy_mask filter = 0;
	if (o->category) {
		enum privacy_category c;
		if (!privacy_category_from_id(o->category, &c)) {
			msg_print(stderr, _("%s: unknown category '%s' (use identification, communications, video or penalties)\n"),
				PACKAGE, o->category);
			return 2;
		}
		filter = PRIVACY_MASK(c);
	}

	struct datasource src = { o->data_dir };
	struct privacy_table t;
	char *err = NULL;
	privacy_table_init(&t);
	if (!privacy_load(&src, &t, &err)) {
		msg_print(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return 1;
	}
	char *text = render_privacy_text(&t, lang, filter, output_width());
	msg_output(stdout, text);
	free(text);
	privacy_table_free(&t);
	if (fflush(stdout) != 0) {
		perror(PACKAGE);
		return 1;
	}
	return 0;
}
