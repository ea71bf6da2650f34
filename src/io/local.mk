## io: files, libyaml (no other layer includes <yaml.h>), the data built into
## the binary, and the rendering of results as text, markdown and JSON.
libnis2io_a_SOURCES = \
	src/io/answer_labels.c src/io/answer_labels.h \
	src/io/case_load.c src/io/case_load.h src/io/case_node.h \
	src/io/case_problem.c src/io/case_problem.h \
	src/io/case_save.c src/io/case_save.h \
	src/io/caselock.c src/io/caselock.h \
	src/io/casepaths.c src/io/casepaths.h \
	src/io/clipboard.c src/io/clipboard.h \
	src/io/tmux_buffer.c src/io/tmux_buffer.h \
	src/io/datafiles.c src/io/datafiles.h \
	src/io/dataset.c src/io/dataset.h \
	src/io/debrief_file.c src/io/debrief_file.h \
	src/io/debrief_journal.c src/io/debrief_journal.h \
	src/io/debrief_render.c src/io/debrief_render.h \
	src/io/training_guide_render.c src/io/training_guide_render.h \
	src/io/debrief_json.c src/io/debrief_json.h \
	src/io/debrief_json_read.c src/io/debrief_json_read.h \
	src/io/debrief_summary_render.c src/io/debrief_summary_render.h \
	src/io/json_read.c src/io/json_read.h \
	src/io/evaluation_render.c src/io/evaluation_render.h \
	src/io/expected_render.c src/io/expected_render.h \
	src/io/facts_load.c src/io/facts_load.h \
	src/io/fileio.c src/io/fileio.h \
	src/io/form_load.c src/io/form_load.h \
	src/io/form_render.c src/io/form_render.h src/io/form_render_parts.h \
	src/io/form_render_text.c src/io/form_render_markdown.c src/io/form_render_json.c \
	src/io/journal_file.c src/io/journal_file.h \
	src/io/journal_render.c src/io/journal_render.h \
	src/io/labels.c src/io/labels.h \
	src/io/message.c src/io/message.h \
	src/io/privacy_load.c src/io/privacy_load.h \
	src/io/privacy_render.c src/io/privacy_render.h \
	src/io/rules_load.c src/io/rules_load.h \
	src/io/scenario_check.c src/io/scenario_check.h \
	src/io/scenario_load.c src/io/scenario_load.h \
	src/io/sectors_load.c src/io/sectors_load.h \
	src/io/timefmt.c src/io/timefmt.h \
	src/io/verdict_lines.c src/io/verdict_lines.h \
	src/io/yamlnode.c src/io/yamlnode.h \
	src/io/ydoc_data.c src/io/ydoc_data.h \
	src/io/ytext.c src/io/ytext.h
libnis2io_a_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)

## The data files of data/local.mk, built into the binary as byte arrays
## (data_embedded.c) and as the trees the strict YAML reader makes of them
## (data_tree.c, by the build tool yamltree: see src/io/ydoc_data.h).
nodist_libnis2io_a_SOURCES = src/io/data_embedded.c src/io/data_tree.c
BUILT_SOURCES += src/io/data_embedded.c src/io/data_tree.c
CLEANFILES += src/io/data_embedded.c src/io/data_tree.c
noinst_PROGRAMS = src/io/yamltree
src_io_yamltree_SOURCES = src/io/yamltree.c \
	src/io/yamlnode.c src/io/yamlnode.h src/io/fileio.c src/io/fileio.h
src_io_yamltree_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)
src_io_yamltree_LDADD = libnis2core.a $(YAML_LIBS) $(LIBINTL)
src/io/data_tree.c: src/io/yamltree$(EXEEXT) $(EMBEDDED_FILES)
	$(AM_V_GEN)$(MKDIR_P) src/io && \
	./src/io/yamltree$(EXEEXT) $(top_srcdir) $(EMBEDDED_FILES) > $@.tmp && \
	mv $@.tmp $@
src/io/data_embedded.c: $(EMBEDDED_FILES) $(top_srcdir)/tools/embed-bytes.sh
	$(AM_V_GEN)$(MKDIR_P) src/io && \
	$(SHELL) $(top_srcdir)/tools/embed-bytes.sh io/datafiles.h embedded_file embedded_files --count \
		$(foreach f,$(EMBEDDED_FILES),$(f:data/%=%)=$(top_srcdir)/$(f)) > $@.tmp && \
	mv $@.tmp $@
