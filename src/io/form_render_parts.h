/* form_render_parts.h: what the three renderings of a draft share (private
 * to io/form_render*.c). */
#ifndef NIS2_FORM_RENDER_PARTS_H
#define NIS2_FORM_RENDER_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/form.h"
#include "core/sbuf.h"


/* s sanitised: no control character (newlines kept when multiline). */
void form_render_put_safe(struct sbuf *b, const char *s, bool multiline);
void form_render_json_safe(struct sbuf *b, const char *s);
/* s sanitised and wrapped to width, each line after indent. */
void form_render_put_wrapped(struct sbuf *b, const char *indent, const char *s);
bool form_render_is_choice(const struct form_field *f);
/* The label of an option, or the id itself when it is none of the list's. */
const char *form_render_option_text(const struct form_def *def, const struct form_field *f,
			   const char *id, enum lang l);
/* The form's own name of a stage ("Incidentmelding"). */
const char *form_render_stage_label(const struct form_def *def, enum stage s, enum lang l);
/* Why a conditional field is hidden: a fresh string. */
char *form_render_condition_text(const struct form_def *def, const struct form_field *f, enum lang l);
/* The GDPR reminder with its deadline (guide D). */
void form_render_gdpr_sentence(struct sbuf *b, const struct form_draft *d);

char *form_render_as_text(const struct form_def *def, const struct form_draft *d, enum lang l);
char *form_render_as_markdown(const struct form_def *def, const struct form_draft *d, enum lang l);
char *form_render_as_json(const struct form_def *def, const struct form_draft *d, enum lang l);

#endif
