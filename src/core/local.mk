## The core: pure C, no curses, no libyaml, no I/O, no globals.  The rules,
## the clock, the case and form models, training, privacy and text helpers.
libnis2core_a_SOURCES = \
	src/core/base64.c src/core/base64.h \
	src/core/case.c src/core/case.h \
	src/core/case_check.c src/core/case_check.h \
	src/core/answers.c src/core/answers.h \
	src/core/asked.c src/core/asked.h \
	src/core/clock.c src/core/clock.h \
	src/core/deadlines.c src/core/deadlines.h \
	src/core/debrief.c src/core/debrief.h \
	src/core/debrief_summary.c src/core/debrief_summary.h \
	src/core/disruption.c src/core/disruption.h \
	src/core/evaluation.c src/core/evaluation.h \
	src/core/exercise_time.c src/core/exercise_time.h \
	src/core/facts.c src/core/facts.h \
	src/core/form.h src/core/form_def.c src/core/form_check.c \
	src/core/form_prefill.c src/core/form_draft.c \
	src/core/journal.c src/core/journal.h \
	src/core/journal_track.c src/core/journal_track.h \
	src/core/journal_timeline.c src/core/journal_timeline.h \
	src/core/lang.c src/core/lang.h \
	src/core/numfmt.c src/core/numfmt.h \
	src/core/placeholder.c src/core/placeholder.h \
	src/core/privacy.c src/core/privacy.h \
	src/core/rules.c src/core/rules.h src/core/rules_internal.h \
	src/core/rules_data.c src/core/rules_eval.c src/core/rules_query.c \
	src/core/rules_text.c \
	src/core/sbuf.c src/core/sbuf.h \
	src/core/scenario.c src/core/scenario.h \
	src/core/sectors.c src/core/sectors.h \
	src/core/simclock.c src/core/simclock.h \
	src/core/time_order.c src/core/time_order.h \
	src/core/tri.h \
	src/core/utf8.c src/core/utf8.h \
	src/core/wrap.c src/core/wrap.h \
	src/core/xalloc.c src/core/xalloc.h
