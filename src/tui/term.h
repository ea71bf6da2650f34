/* term.h: the one place that takes the terminal over and gives it back,
 * also when SIGHUP or SIGTERM arrives. */
#ifndef NIS2_TUI_TERM_H
#define NIS2_TUI_TERM_H

#include <stdbool.h>

/* Colour pairs (term_attr gives the fallback when there is no colour). */
enum term_colour { TC_HEADER = 1, TC_ALERT, TC_OK, TC_DIM, TC_SELECT };

/* Starts curses on the controlling terminal: raw keys, no echo, keypad,
 * bracketed paste, colours unless NO_COLOR is set or the terminal has none.
 * Installs the SIGHUP/SIGTERM handlers.  On failure returns false with a
 * message in *err (static text). */
bool term_start(const char **err);
/* Restores the terminal as it was (idempotent). */
void term_stop(void);
/* The attribute of a colour pair, or fallback when there is no colour. */
int term_attr(enum term_colour c, int fallback);

/* Sends an escape sequence curses does not know (OSC 52) to the terminal,
 * the one place that writes to it besides curses; false when no terminal
 * is open or the write failed. */
bool term_send_raw(const char *seq);

/* The signal that asked us to stop (SIGHUP, SIGTERM), or 0.  The handler
 * only records it: the event loop saves and restores the terminal. */
int term_pending_signal(void);

#endif
