/* tmux_buffer.h: a text into tmux's own paste buffer.  tmux 3.3 refuses an
 * application's OSC 52 by default (set-clipboard external), so inside tmux
 * the wizard asks tmux itself: "tmux load-buffer -", the text on its
 * standard input.  tmux then passes it on to the outer terminal's
 * clipboard when its own settings allow, and Ctrl-B ] pastes it. */
#ifndef NIS2_IO_TMUX_BUFFER_H
#define NIS2_IO_TMUX_BUFFER_H

#include <stdbool.h>

/* Runs tmux load-buffer with text; true only when tmux said it took it
 * (exit status 0).  On failure *err says why (fresh). */
bool tmux_buffer_load(const char *text, char **err);

#endif
