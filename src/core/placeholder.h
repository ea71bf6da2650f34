/* placeholder.h: finding the {name} placeholders of the data's texts (the
 * criteria's explanations, the form's proposals); each caller decides what
 * a name stands for. */
#ifndef NIS2_PLACEHOLDER_H
#define NIS2_PLACEHOLDER_H

#include <stdbool.h>
#include <stddef.h>

#define PLACEHOLDER_NAME_MAX 64

enum placeholder_result {
	PH_TEXT,       /* p is plain text: copy the character */
	PH_NAME,       /* a placeholder: *name is filled, *end is its '}' */
	PH_TOO_LONG,   /* braces around a name longer than PLACEHOLDER_NAME_MAX - 1 */
};

enum placeholder_result placeholder_at(const char *p, char name[PLACEHOLDER_NAME_MAX],
				       const char **end);

#endif
