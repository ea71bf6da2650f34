## cli: option parsing, language set-up, the batch commands.
libnis2cli_a_SOURCES = \
	src/cli/i18n.c src/cli/i18n.h \
	src/nls.h \
	src/cli/options.c src/cli/options.h
libnis2cli_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)
