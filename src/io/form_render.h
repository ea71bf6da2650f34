/* form_render.h: a draft of the CCB form as text for a terminal or a pipe,
 * as markdown for a ticket or an e-mail, or as JSON keyed by technical name
 * for other tools.  Data texts come in language l, the program's own words
 * in the current message language (the caller switches both together).
 * Every text from the case or the data is sanitised: no control character
 * or escape sequence reaches the output. */
#ifndef NIS2_FORM_RENDER_H
#define NIS2_FORM_RENDER_H

#include <stdbool.h>

#include "core/clock.h"
#include "core/form.h"
#include "io/casepaths.h"   /* enum draft_format, draft_format_from_name() */

/* A fresh string ending in a newline. */
char *render_draft(const struct form_def *def, const struct form_draft *d, enum lang l,
		   enum draft_format f);

/* The value of one field as the form takes it (option labels in language l,
 * one per line for a multi-choice), sanitised; a fresh string, "" when
 * empty.  What the wizard copies into the clipboard. */
char *render_field_value(const struct form_def *def, const struct form_value *v, enum lang l);

/* What is wrong with a field's value, and where a value came from, as the
 * draft and the wizard word it (translated; "" for none). */
const char *render_problem_text(enum form_problem p);
const char *render_source_text(enum form_source s);

#endif
