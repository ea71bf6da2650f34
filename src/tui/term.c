/* term.c: terminal set-up and restore.
 *
 * The signal handlers only set a flag: saving a file and resetting the
 * terminal are not async-signal-safe, so the event loop does both as soon as
 * the interrupted read returns (the handlers are installed without
 * SA_RESTART, so a blocking read wakes up at once). */
#include "config.h"

#include "tui/term.h"

#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "io/message.h"
#include "nls.h"
#include "tui/keys.h"

static SCREEN *term_screen;
static FILE *term_out;
static bool colour_on;
static volatile sig_atomic_t pending_signal;
static struct termios saved_tty;
static bool saved_tty_ok;

static void on_stop_signal(int sig)
{
	pending_signal = sig;
}

int term_pending_signal(void)
{
	return pending_signal;
}

/* A bug must not leave the user's terminal raw and in the alternate
 * screen: only async-signal-safe calls here (write, tcsetattr), then the
 * default action.  The case was saved at its last confirmed change. */
static void on_fatal_signal(int sig)
{
	static const char reset[] = "\033[?2004l\033[0m\033[?25h\033[?1049l\r\n";
	if (write(STDOUT_FILENO, reset, sizeof(reset) - 1) < 0) {
		/* nothing more can be done */
	}
	if (saved_tty_ok)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tty);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_handlers(void)
{
	struct sigaction fatal;
	memset(&fatal, 0, sizeof(fatal));
	fatal.sa_handler = on_fatal_signal;
	sigemptyset(&fatal.sa_mask);
	fatal.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &fatal, NULL);
	sigaction(SIGBUS, &fatal, NULL);
	sigaction(SIGFPE, &fatal, NULL);
	sigaction(SIGABRT, &fatal, NULL);

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;   /* no SA_RESTART: the read returns at once */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	/* A dropped link makes writes fail; that must not kill us before the
	 * case is saved. */
	signal(SIGPIPE, SIG_IGN);
}

static void paste_mode(bool on)
{
	fputs(on ? "\033[?2004h" : "\033[?2004l", term_out);
	fflush(term_out);
}

bool term_start(const char **err)
{
	if (term_screen)
		return true;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		*err = N_("not a terminal");
		return false;
	}
	term_out = stdout;
	/* an 8-bit terminal draws its lines with its own alternate character
	 * set, never with UTF-8 box characters (io/message.h) */
	if (!msg_terminal_utf8())
		setenv("NCURSES_NO_UTF8_ACS", "1", 1);
	saved_tty_ok = tcgetattr(STDIN_FILENO, &saved_tty) == 0;
	/* newterm, unlike initscr, returns NULL on an unknown TERM instead of
	 * exiting. */
	term_screen = newterm(NULL, term_out, stdin);
	if (!term_screen) {
		term_out = NULL;
		*err = N_("unknown terminal type (TERM)");
		return false;
	}
	set_term(term_screen);
	/* A terminal that cannot move the cursor (TERM=dumb, say) would show
	 * only the key line: refused like an unknown one, before anything is
	 * written to it. */
	const char *cup = tigetstr("cup");
	if (!cup || cup == (const char *)-1) {
		endwin();
		delscreen(term_screen);
		term_screen = NULL;
		term_out = NULL;
		*err = N_("this terminal cannot place text on the screen (TERM=dumb or a type without "
			  "cursor movement); set TERM to your terminal's type");
		return false;
	}
	install_handlers();
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(40);
	curs_set(0);
	const char *no_colour = getenv("NO_COLOR");
	colour_on = has_colors() && !(no_colour && *no_colour);
	if (colour_on) {
		start_color();
		use_default_colors();
		init_pair(TC_HEADER, COLOR_WHITE, COLOR_BLUE);
		init_pair(TC_ALERT, COLOR_RED, -1);
		init_pair(TC_OK, COLOR_GREEN, -1);
		init_pair(TC_DIM, COLOR_CYAN, -1);
		init_pair(TC_SELECT, COLOR_BLACK, COLOR_CYAN);
	}
	keys_setup();
	paste_mode(true);
	return true;
}

bool term_send_raw(const char *seq)
{
	if (!term_screen || !term_out)
		return false;
	/* Between two frames: curses neither knows nor sees this sequence. */
	fputs(seq, term_out);
	return fflush(term_out) == 0;
}

void term_stop(void)
{
	if (!term_screen)
		return;
	curs_set(1);
	endwin();
	paste_mode(false);
	delscreen(term_screen);
	term_screen = NULL;
	term_out = NULL;
}

int term_attr(enum term_colour c, int fallback)
{
	return colour_on ? (int)COLOR_PAIR(c) : fallback;
}
