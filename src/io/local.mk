## io: files, libyaml, the built-in data.
libnis2io_a_SOURCES = \
	src/io/datafiles.c src/io/datafiles.h \
	src/io/fileio.c src/io/fileio.h \
	src/io/yamlnode.c src/io/yamlnode.h
nodist_libnis2io_a_SOURCES = src/io/data_embedded.c
libnis2io_a_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)
BUILT_SOURCES += src/io/data_embedded.c
CLEANFILES += src/io/data_embedded.c
EXTRA_DIST += src/io/embed-data.sh
src/io/data_embedded.c: $(EMBEDDED_FILES) $(top_srcdir)/src/io/embed-data.sh
	$(AM_V_GEN)$(MKDIR_P) src/io && \
	$(SHELL) $(top_srcdir)/src/io/embed-data.sh $(top_srcdir) $(EMBEDDED_FILES) > $@.tmp && \
	mv $@.tmp $@
