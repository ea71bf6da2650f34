/* bare.c: the yardstick of make bench, a bare ncursesw program: it starts
 * curses, draws one line, and leaves on the first key.  The wizard's first
 * screen is measured against it in the same run. */
#include <curses.h>
#include <locale.h>

int main(void)
{
	setlocale(LC_ALL, "");
	initscr();
	mvaddstr(0, 0, "bare ncurses: ready");
	refresh();
	getch();
	endwin();
	return 0;
}
