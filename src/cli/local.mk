## cli: option parsing, language set-up, the batch commands (one file each).
## main.c itself is nis2_notify_SOURCES (Makefile.am).
libnis2cli_a_SOURCES = \
	src/nls.h \
	src/cli/commands.h \
	src/cli/i18n.c src/cli/i18n.h \
	src/cli/load_case.c src/cli/load_case.h \
	src/cli/options.c src/cli/options.h \
	src/cli/cmd_draft.c src/cli/cmd_evaluate.c src/cli/cmd_forget.c \
	src/cli/cmd_privacy.c src/cli/cmd_training.c src/cli/cmd_wizard.c
libnis2cli_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
