/* verdict_lines.h: the verdict as a list of lines, worded once for every
 * place that shows it: --evaluate's text (evaluation_render.c) and the
 * wizard's verdict step (tui/screen_verdict.c) lay out these same lines,
 * each in its own width, so a wording or punctuation fix reaches both. */
#ifndef NIS2_VERDICT_LINES_H
#define NIS2_VERDICT_LINES_H

#include <stddef.h>

#include "core/case.h"
#include "core/deadlines.h"
#include "core/evaluation.h"
#include "core/facts.h"
#include "core/lang.h"

struct ruleset;

/* What a line is, so that each output can lay it out its own way. */
enum vline_kind {
	VL_TITLE,    /* the verdict itself: the first line */
	VL_TEXT,     /* a sentence of its own */
	VL_BLANK,    /* between sections */
	VL_HEADING,  /* "Why:", "Deadlines (Brussels time):", ... */
	VL_ITEM,     /* one reason, open question, action or note */
	VL_SUBHEAD,  /* a heading among the actions (rules.yaml `heading: true`) */
	VL_STAGE,    /* a report stage in the deadlines */
	VL_DETAIL    /* a line under a stage: when it is due, where it stands */
};

struct vline {
	enum vline_kind kind;
	char *text;          /* UTF-8, free of control characters; "" for VL_BLANK */
};

struct verdict_lines {
	size_t n;
	struct vline *v;
};

/* The verdict, the rules it follows, every reason with its guide or IR
 * reference, what to do now (rs's actions; none when rs is NULL), what is
 * still unknown, the deadlines (in now's terms) and the notes, in the
 * program's current message language and l for data texts.  The caller
 * frees *out with verdict_lines_free. */
void verdict_lines_build(const struct evaluation *e, const struct deadlines *d,
			 const struct ruleset *rs, const struct case_file *c,
			 const struct fact_registry *facts, instant_t now, enum lang l,
			 struct verdict_lines *out);
void verdict_lines_free(struct verdict_lines *vl);

/* The question a person answers for a missing fact name (the registry's
 * question, or the program's own words for incident.aware, related, ...);
 * "" when there is none.  Not a fresh string. */
const char *verdict_missing_label(const char *name, const struct fact_registry *facts, enum lang l);

#endif
