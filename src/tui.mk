## tui: sources, data and tests of this part (one fragment per part, so that
## parts can be built and merged independently).  Append with +=.
## The wizard: the only code that includes curses (ncursesw, wide functions).
noinst_LIBRARIES += libnis2tui.a
TUI_LIB += libnis2tui.a
libnis2tui_a_SOURCES = \
	src/tui/tui.h \
	src/tui/term.c src/tui/term.h \
	src/tui/keys.c src/tui/keys.h \
	src/tui/text.c src/tui/text.h \
	src/tui/editor.c src/tui/editor.h \
	src/tui/valuefmt.c src/tui/valuefmt.h \
	src/tui/qlist.c src/tui/qlist.h
libnis2tui_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)

check_PROGRAMS += tests/unit/test_tui_widgets
tests_unit_test_tui_widgets_SOURCES = tests/unit/test_tui_widgets.c
tests_unit_test_tui_widgets_CFLAGS = $(TEST_CFLAGS) $(NCURSES_CFLAGS)
tests_unit_test_tui_widgets_LDADD = libnis2tui.a $(TEST_LDADD) $(NCURSES_LIBS)
