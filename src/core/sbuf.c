/* sbuf.c: a growing string. */
#include "config.h"

#include "core/sbuf.h"
#include "core/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sbuf_init(struct sbuf *b)
{
	b->s = NULL;
	b->len = b->cap = 0;
}

void sbuf_free(struct sbuf *b)
{
	free(b->s);
	sbuf_init(b);
}

static void reserve(struct sbuf *b, size_t more)
{
	b->s = xgrow(b->s, &b->cap, b->len + more + 1, 1);
}

void sbuf_putn(struct sbuf *b, const char *s, size_t n)
{
	reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sbuf_putc(struct sbuf *b, char c)
{
	sbuf_putn(b, &c, 1);
}

void sbuf_puts(struct sbuf *b, const char *s)
{
	sbuf_putn(b, s, strlen(s));
}

void sbuf_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void sbuf_json_string(struct sbuf *b, const char *s)
{
	sbuf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sbuf_puts(b, "\\\""); break;
		case '\\': sbuf_puts(b, "\\\\"); break;
		case '\n': sbuf_puts(b, "\\n"); break;
		case '\r': sbuf_puts(b, "\\r"); break;
		case '\t': sbuf_puts(b, "\\t"); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				sbuf_printf(b, "\\u%04x", *p);
			else
				sbuf_putc(b, (char)*p);
		}
	}
	sbuf_putc(b, '"');
}

char *sbuf_take(struct sbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	sbuf_init(b);
	return s;
}

const char *sbuf_str(const struct sbuf *b)
{
	return b->s ? b->s : "";
}
