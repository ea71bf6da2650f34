/* json_read.h: a small strict JSON reader (RFC 8259) for the files the
 * program reads back, such as JSON debriefs (--debrief-summary).  The whole
 * text becomes a tree; an error names the line and column where the text
 * stops being JSON.  Numbers are kept as integers when they are whole, as
 * doubles otherwise; strings are UTF-8 with their escapes decoded (\u0000
 * is refused: C strings). */
#ifndef NIS2_JSON_READ_H
#define NIS2_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json {
	enum json_type type;
	bool b;
	bool integer;          /* a number without fraction or exponent that fits */
	int64_t i;
	double d;
	char *s;               /* JSON_STRING */
	size_t n;              /* JSON_ARRAY, JSON_OBJECT: elements or members */
	struct json *items;    /* JSON_ARRAY, JSON_OBJECT (values) */
	char **keys;           /* JSON_OBJECT */
};

/* Parses text (len bytes).  On failure *line and *col (from 1) say where
 * and *err why (fresh); nothing is allocated in *out. */
bool json_parse(const char *text, size_t len, struct json *out, size_t *line, size_t *col,
		char **err);
void json_free(struct json *j);

/* The member `key` of an object, or NULL (also when j is not an object). */
const struct json *json_get(const struct json *j, const char *key);
/* The string of j, or NULL when j is missing or not a string. */
const char *json_str(const struct json *j);

#endif
