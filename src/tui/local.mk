## The wizard: the only code that includes curses (ncursesw, wide functions).
## Screens are one file each (screen_*.c) behind the screen_ops table.
libnis2tui_a_SOURCES = \
	src/tui/tui.h src/tui/tui.c \
	src/tui/app.c src/tui/app.h src/tui/app_data.c src/tui/app_eval.c \
	src/tui/app_journal.c \
	src/tui/autosave.c src/tui/autosave.h \
	src/tui/editor.c src/tui/editor.h \
	src/tui/keys.c src/tui/keys.h \
	src/tui/layout.c src/tui/layout.h \
	src/tui/qlist.c src/tui/qlist.h \
	src/tui/saved.c src/tui/saved.h \
	src/tui/savefail.c src/tui/savefail.h \
	src/tui/screen.h src/tui/screens.c src/tui/screens.h \
	src/tui/screen_start.c src/tui/screen_entity.c src/tui/screen_aware.c \
	src/tui/screen_scope.c src/tui/screen_facts.c src/tui/screen_related.c \
	src/tui/screen_verdict.c src/tui/screen_clock.c src/tui/screen_form.c \
	src/tui/screen_review.c src/tui/screen_help.c src/tui/screen_privacy.c \
	src/tui/screen_training.c src/tui/screen_debrief.c src/tui/screen_unsaved.c \
	src/tui/screen_journal.c src/tui/record_report.c src/tui/record_report.h \
	src/tui/screen_held.c \
	src/tui/status.c src/tui/status.h \
	src/tui/term.c src/tui/term.h \
	src/tui/resume.c src/tui/resume.h \
	src/tui/text.c src/tui/text.h \
	src/tui/time_reason.c src/tui/time_reason.h \
	src/tui/training.c src/tui/training.h
libnis2tui_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
