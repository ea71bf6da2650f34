/* case_load.h: reading a case file (nis2-notify-case(5)) strictly.
 *
 * Unknown keys, wrong types, bad enumerations, negative numbers, bad or
 * non-existent times, a wrong format version, users: 0, affected counts above
 * users, unknown sectors, reports or facts: each is an error worded
 * "FILE:LINE:COLUMN: message" at the node at fault, in the program's message
 * language.  Texts and lists have sizes beyond which the file is refused. */
#ifndef NIS2_CASE_LOAD_H
#define NIS2_CASE_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/case.h"
#include "core/facts.h"
#include "core/sectors.h"

/* Limits: far beyond any real case, small enough never to hang. */
#define CASE_NAME_MAX 1000        /* bytes of entity.name */
#define CASE_TEXT_MAX 100000      /* bytes of one form text */
#define CASE_SECTORS_MAX 64
/* CASE_RELATED_MAX: core/case.h (the wizard adds entries too) */
#define CASE_FORM_MAX 500         /* form fields */
#define CASE_FORM_LIST_MAX 200    /* values of one multi-choice field */

/* What the data says a case may hold; the caller provides it (dataset.h). */
struct case_schema {
	const struct fact_registry *facts;      /* names and kinds of impact: */
	const struct sector_registry *sectors;  /* ids of entity.sectors */
	const char *const *form_keys;           /* NULL-terminated technical names
						   of form:, or NULL: any key */
};

/* Reads the file at path into *c (initialised here).  On failure returns
 * false, leaves *c empty and sets *err to a fresh message. */
bool case_load_file(const char *path, const struct case_schema *s, struct case_file *c, char **err);
/* The same from a buffer; origin names it in messages. */
bool case_load_buffer(const char *origin, const char *buf, size_t len,
		      const struct case_schema *s, struct case_file *c, char **err);

#endif
