## io: files, libyaml (no other layer includes <yaml.h>), the data built into
## the binary, and the rendering of results as text, markdown and JSON.
libnis2io_a_SOURCES = \
	src/io/answer_labels.c src/io/answer_labels.h \
	src/io/case_load.c src/io/case_load.h src/io/case_node.h \
	src/io/case_save.c src/io/case_save.h \
	src/io/casepaths.c src/io/casepaths.h \
	src/io/clipboard.c src/io/clipboard.h \
	src/io/datafiles.c src/io/datafiles.h \
	src/io/dataset.c src/io/dataset.h \
	src/io/debrief_render.c src/io/debrief_render.h \
	src/io/evaluation_render.c src/io/evaluation_render.h \
	src/io/facts_load.c src/io/facts_load.h \
	src/io/fileio.c src/io/fileio.h \
	src/io/form_load.c src/io/form_load.h \
	src/io/form_render.c src/io/form_render.h src/io/form_render_parts.h \
	src/io/form_render_text.c src/io/form_render_markdown.c src/io/form_render_json.c \
	src/io/labels.c src/io/labels.h \
	src/io/privacy_load.c src/io/privacy_load.h \
	src/io/privacy_render.c src/io/privacy_render.h \
	src/io/rules_load.c src/io/rules_load.h \
	src/io/scenario_check.c src/io/scenario_check.h \
	src/io/scenario_load.c src/io/scenario_load.h \
	src/io/sectors_load.c src/io/sectors_load.h \
	src/io/timefmt.c src/io/timefmt.h \
	src/io/yamlnode.c src/io/yamlnode.h \
	src/io/ytext.c src/io/ytext.h
libnis2io_a_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)

## The data files of data/local.mk, built into the binary as byte arrays.
nodist_libnis2io_a_SOURCES = src/io/data_embedded.c
BUILT_SOURCES += src/io/data_embedded.c
CLEANFILES += src/io/data_embedded.c
EXTRA_DIST += src/io/embed-data.sh
src/io/data_embedded.c: $(EMBEDDED_FILES) $(top_srcdir)/src/io/embed-data.sh
	$(AM_V_GEN)$(MKDIR_P) src/io && \
	$(SHELL) $(top_srcdir)/src/io/embed-data.sh $(top_srcdir) $(EMBEDDED_FILES) > $@.tmp && \
	mv $@.tmp $@
