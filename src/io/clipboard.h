/* clipboard.h: getting a field or the whole draft out of the terminal.
 *
 * Over SSH there is no clipboard tool: an OSC 52 escape sequence asks the
 * user's own terminal emulator to put the text in its clipboard.  Inside tmux
 * or GNU screen the sequence must be wrapped so that the multiplexer passes
 * it on.  On an air-gapped laptop, or when the terminal refuses OSC 52, the
 * draft goes to a private file instead. */
#ifndef NIS2_CLIPBOARD_H
#define NIS2_CLIPBOARD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/case.h"
#include "io/casepaths.h"

enum osc52_wrap {
	OSC52_PLAIN = 0,
	OSC52_TMUX,      /* DCS tmux; ... ST, every ESC doubled */
	OSC52_SCREEN,    /* DCS ... ST, in pieces screen accepts */
};

/* The wrapping the environment needs: tmux when $TMUX is set and not
 * empty, screen when $TERM starts with "screen" (outside tmux); the caller
 * passes the variables' values (NULL when unset). */
enum osc52_wrap osc52_wrap_for(const char *tmux_env, const char *term_env);


/* The escape sequence that copies text into the terminal's clipboard:
 * ESC ] 52 ; c ; BASE64 BEL, wrapped as w says; a fresh string. */
char *osc52_sequence(const char *text, enum osc52_wrap w);

/* Writes text to path atomically with mode 0600 (io/fileio.h); on failure
 * *err says why. */
bool clipboard_save_file(const char *path, const char *text, char **err);

/* Saves a rendered draft beside its case, under the name --forget knows
 * (casepaths_draft(): "incident.draft-notification.md"); *path_out gets
 * the fresh path (also on failure, for the message). */
bool draft_save_beside(const char *case_path, enum stage s, enum draft_format f,
		       const char *text, char **path_out, char **err);

#endif
