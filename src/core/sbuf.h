/* sbuf.h: a growing string, for building output and texts without fixed
 * buffers. */
#ifndef NIS2_SBUF_H
#define NIS2_SBUF_H

#include <stddef.h>

struct sbuf {
	char *s;      /* always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};

void sbuf_init(struct sbuf *b);
void sbuf_free(struct sbuf *b);
void sbuf_putc(struct sbuf *b, char c);
void sbuf_puts(struct sbuf *b, const char *s);
void sbuf_putn(struct sbuf *b, const char *s, size_t n);
void sbuf_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included (control characters
 * escaped, UTF-8 kept as it is). */
void sbuf_json_string(struct sbuf *b, const char *s);
/* Hands the string over (never NULL) and resets the buffer. */
char *sbuf_take(struct sbuf *b);
/* The current text (never NULL). */
const char *sbuf_str(const struct sbuf *b);

#endif
