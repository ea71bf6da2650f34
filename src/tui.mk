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
	src/tui/qlist.c src/tui/qlist.h \
	src/tui/app.c src/tui/app.h src/tui/app_data.c src/tui/app_eval.c \
	src/tui/autosave.c src/tui/autosave.h \
	src/tui/savefail.c src/tui/savefail.h \
	src/tui/layout.c src/tui/layout.h \
	src/tui/saved.c src/tui/saved.h \
	src/tui/screen.h src/tui/screens.c src/tui/screens.h \
	src/tui/screen_start.c src/tui/screen_entity.c src/tui/screen_aware.c \
	src/tui/screen_scope.c src/tui/screen_facts.c src/tui/screen_related.c src/tui/screen_verdict.c \
	src/tui/screen_clock.c src/tui/screen_form.c src/tui/screen_review.c src/tui/screen_help.c \
	src/tui/status.c src/tui/status.h \
	src/tui/tui.c
## Pages of other parts (their fragments are included before this one).
libnis2tui_a_SOURCES += src/tui/screen_privacy.c
libnis2tui_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS) $(YAML_CFLAGS)
## Training runs (part training): the exercise clock, its pages.
libnis2tui_a_SOURCES += \
	src/tui/training.c src/tui/training.h \
	src/tui/screen_training.c src/tui/screen_debrief.c


check_PROGRAMS += tests/unit/test_tui_widgets
## The notice of a failed save (part left).
check_PROGRAMS += tests/unit/test_savefail
tests_unit_test_savefail_SOURCES = tests/unit/test_savefail.c
tests_unit_test_savefail_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_savefail_LDADD = libnis2tui.a $(TEST_LDADD)
dist_check_SCRIPTS += tests/e2e/test_save_notice.sh
TESTS += tests/e2e/test_save_notice.sh
tests/e2e/test_save_notice.log: tests/fault/libfailwrite.so nis2-notify
tests_unit_test_tui_widgets_SOURCES = tests/unit/test_tui_widgets.c
tests_unit_test_tui_widgets_CFLAGS = $(TEST_CFLAGS) $(NCURSES_CFLAGS)
tests_unit_test_tui_widgets_LDADD = libnis2tui.a $(TEST_LDADD) $(NCURSES_LIBS)

dist_check_SCRIPTS += tests/e2e/tui_lib.sh tests/e2e/test_wizard_basics.sh \
	tests/e2e/test_wizard_sighup.sh
TESTS += tests/e2e/test_wizard_basics.sh tests/e2e/test_wizard_sighup.sh
## The full walk to a verdict and a complete draft, once per language.
dist_check_SCRIPTS += tests/e2e/walk_lib.sh tests/e2e/test_walk_en.sh \
	tests/e2e/test_walk_nl.sh tests/e2e/test_walk_fr.sh tests/e2e/test_walk_changes.sh \
	tests/e2e/test_related.sh tests/e2e/test_monkey.sh tests/e2e/test_wizard_terms.sh
TESTS += tests/e2e/test_walk_en.sh tests/e2e/test_walk_nl.sh tests/e2e/test_walk_fr.sh \
	tests/e2e/test_walk_changes.sh tests/e2e/test_related.sh tests/e2e/test_monkey.sh \
	tests/e2e/test_wizard_terms.sh
EXTRA_DIST += tests/bench/bench_wizard.sh
