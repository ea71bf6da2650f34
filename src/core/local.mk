## The core: pure C, no curses, no libyaml, no I/O, no globals.
libnis2core_a_SOURCES = \
	src/core/case.c src/core/case.h \
	src/core/clock.h \
	src/core/evaluation.h \
	src/core/facts.c src/core/facts.h \
	src/core/lang.c src/core/lang.h \
	src/core/sbuf.c src/core/sbuf.h \
	src/core/tri.h \
	src/core/utf8.c src/core/utf8.h \
	src/core/xalloc.c src/core/xalloc.h
