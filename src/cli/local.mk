## cli: option parsing, language set-up, the batch commands (one file each).
## main.c itself is nis2_notify_SOURCES (Makefile.am).
libnis2cli_a_SOURCES = \
	src/nls.h \
	src/cli/commands.h \
	src/cli/catalogues.h src/cli/catalogues_find.c src/cli/catalogues_unpack.c \
	src/cli/i18n.c src/cli/i18n.h \
	src/cli/load_case.c src/cli/load_case.h \
	src/cli/load_scenario.c src/cli/load_scenario.h \
	src/cli/options.c src/cli/options.h \
	src/cli/cmd_debrief_from.c src/cli/cmd_debrief_summary.c \
	src/cli/cmd_draft.c src/cli/cmd_evaluate.c src/cli/cmd_forget.c src/cli/cmd_journal.c \
	src/cli/cmd_list_scenarios.c src/cli/cmd_privacy.c src/cli/cmd_training.c src/cli/cmd_wizard.c \
	src/cli/cmd_training_expected.c src/cli/cmd_training_guide.c
libnis2cli_a_CFLAGS = $(AM_CFLAGS) $(NCURSES_CFLAGS)

## The nl and fr catalogues, compiled from po/ and built into the binary so
## that a copied binary speaks them (src/cli/catalogues_unpack.c).
nodist_libnis2cli_a_SOURCES = src/cli/catalogues_embedded.c
BUILT_SOURCES += src/cli/catalogues_embedded.c
CLEANFILES += src/cli/catalogues_embedded.c
# The catalogues are compiled (msgfmt -c) beside the generated file, then
# carried as bytes.
src/cli/catalogues_embedded.c: $(top_srcdir)/po/LINGUAS $(patsubst %,$(top_srcdir)/po/%.po,$(shell cat $(top_srcdir)/po/LINGUAS 2>/dev/null)) $(top_srcdir)/tools/embed-bytes.sh
	$(AM_V_GEN)$(MKDIR_P) src/cli && set -e; pairs=; \
	for l in `cat $(top_srcdir)/po/LINGUAS`; do \
		$(MSGFMT) -c -o src/cli/catalogue-$$l.mo.tmp $(top_srcdir)/po/$$l.po; \
		pairs="$$pairs $$l=src/cli/catalogue-$$l.mo.tmp"; \
	done; \
	$(SHELL) $(top_srcdir)/tools/embed-bytes.sh cli/catalogues.h embedded_catalogue embedded_catalogues $$pairs > $@.tmp; \
	rm -f src/cli/catalogue-*.mo.tmp; \
	mv $@.tmp $@
