/* json_read.c: a strict recursive-descent JSON reader (io/json_read.h). */
#include "config.h"

#include "io/json_read.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "nls.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Deeper than any file the program writes; a limit keeps a hostile file
 * from exhausting the stack. */
#define JSON_MAX_DEPTH 64

struct parser {
	const char *p, *end, *start;
	const char *err;
	const char *err_at;
};

static bool fail(struct parser *x, const char *at, const char *why)
{
	if (!x->err) {
		x->err = why;
		x->err_at = at;
	}
	return false;
}

static void skip_ws(struct parser *x)
{
	while (x->p < x->end && (*x->p == ' ' || *x->p == '\t' || *x->p == '\n' || *x->p == '\r'))
		x->p++;
}

static bool literal(struct parser *x, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(x->end - x->p) < n || memcmp(x->p, word, n) != 0)
		return fail(x, x->p, N_("unexpected character"));
	x->p += n;
	return true;
}

static int hex4(const char *p)
{
	int v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

static void put_utf8(struct sbuf *b, unsigned long cp)
{
	if (cp < 0x80) {
		sbuf_putc(b, (char)cp);
	} else if (cp < 0x800) {
		sbuf_putc(b, (char)(0xC0 | (cp >> 6)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		sbuf_putc(b, (char)(0xE0 | (cp >> 12)));
		sbuf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
	} else {
		sbuf_putc(b, (char)(0xF0 | (cp >> 18)));
		sbuf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
		sbuf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
	}
}

/* The length of the valid UTF-8 sequence at p (0: invalid). */
static size_t utf8_len(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0];
	size_t n;
	unsigned long cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if ((size_t)(end - p) < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

static bool string(struct parser *x, char **out)
{
	struct sbuf b;
	sbuf_init(&b);
	x->p++; /* the opening quote */
	while (x->p < x->end && *x->p != '"') {
		unsigned char c = (unsigned char)*x->p;
		if (c < 0x20) {
			sbuf_free(&b);
			return fail(x, x->p, N_("control character in a string"));
		}
		if (c != '\\') {
			size_t n = utf8_len((const unsigned char *)x->p, (const unsigned char *)x->end);
			if (n == 0) {
				sbuf_free(&b);
				return fail(x, x->p, N_("invalid UTF-8 in a string"));
			}
			sbuf_putn(&b, x->p, n);
			x->p += n;
			continue;
		}
		const char *esc = x->p++;
		if (x->p >= x->end)
			break;
		char e = *x->p++;
		switch (e) {
		case '"': sbuf_putc(&b, '"'); break;
		case '\\': sbuf_putc(&b, '\\'); break;
		case '/': sbuf_putc(&b, '/'); break;
		case 'b': sbuf_putc(&b, '\b'); break;
		case 'f': sbuf_putc(&b, '\f'); break;
		case 'n': sbuf_putc(&b, '\n'); break;
		case 'r': sbuf_putc(&b, '\r'); break;
		case 't': sbuf_putc(&b, '\t'); break;
		case 'u': {
			int hi = x->end - x->p >= 4 ? hex4(x->p) : -1;
			if (hi < 0) {
				sbuf_free(&b);
				return fail(x, esc, N_("bad \\u escape"));
			}
			x->p += 4;
			unsigned long cp = (unsigned long)hi;
			if (hi >= 0xD800 && hi <= 0xDBFF) {
				int lo = x->end - x->p >= 6 && x->p[0] == '\\' && x->p[1] == 'u' ? hex4(x->p + 2) : -1;
				if (lo < 0xDC00 || lo > 0xDFFF) {
					sbuf_free(&b);
					return fail(x, esc, N_("unpaired surrogate in a \\u escape"));
				}
				x->p += 6;
				cp = 0x10000 + (((unsigned long)hi - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
			} else if ((hi >= 0xDC00 && hi <= 0xDFFF) || hi == 0) {
				sbuf_free(&b);
				return fail(x, esc, hi ? N_("unpaired surrogate in a \\u escape") : N_("\\u0000 in a string"));
			}
			put_utf8(&b, cp);
			break;
		}
		default:
			sbuf_free(&b);
			return fail(x, esc, N_("bad escape in a string"));
		}
	}
	if (x->p >= x->end) {
		sbuf_free(&b);
		return fail(x, x->end, N_("unterminated string"));
	}
	x->p++;
	*out = sbuf_take(&b);
	return true;
}

static bool number(struct parser *x, struct json *out)
{
	const char *s = x->p;
	bool whole = true;
	if (x->p < x->end && *x->p == '-')
		x->p++;
	if (x->p < x->end && *x->p == '0') {
		x->p++;
	} else if (x->p < x->end && *x->p >= '1' && *x->p <= '9') {
		while (x->p < x->end && *x->p >= '0' && *x->p <= '9')
			x->p++;
	} else {
		return fail(x, x->p, N_("bad number"));
	}
	if (x->p < x->end && *x->p == '.') {
		whole = false;
		x->p++;
		if (x->p >= x->end || *x->p < '0' || *x->p > '9')
			return fail(x, x->p, N_("bad number"));
		while (x->p < x->end && *x->p >= '0' && *x->p <= '9')
			x->p++;
	}
	if (x->p < x->end && (*x->p == 'e' || *x->p == 'E')) {
		whole = false;
		x->p++;
		if (x->p < x->end && (*x->p == '+' || *x->p == '-'))
			x->p++;
		if (x->p >= x->end || *x->p < '0' || *x->p > '9')
			return fail(x, x->p, N_("bad number"));
		while (x->p < x->end && *x->p >= '0' && *x->p <= '9')
			x->p++;
	}
	char *copy = xstrndup(s, (size_t)(x->p - s));
	out->type = JSON_NUMBER;
	out->d = strtod(copy, NULL);
	if (whole) {
		errno = 0;
		long long v = strtoll(copy, NULL, 10);
		out->integer = errno == 0;
		out->i = (int64_t)v;
	}
	free(copy);
	return true;
}

static bool value(struct parser *x, struct json *out, int depth);

static bool container(struct parser *x, struct json *out, int depth, bool object)
{
	char close = object ? '}' : ']';
	size_t cap = 0;
	out->type = object ? JSON_OBJECT : JSON_ARRAY;
	x->p++;
	skip_ws(x);
	if (x->p < x->end && *x->p == close) {
		x->p++;
		return true;
	}
	for (;;) {
		char *key = NULL;
		skip_ws(x);
		if (object) {
			if (x->p >= x->end || *x->p != '"')
				return fail(x, x->p, N_("expected a member name in quotes"));
			const char *at = x->p;
			if (!string(x, &key))
				return false;
			for (size_t i = 0; i < out->n; i++)
				if (strcmp(out->keys[i], key) == 0) {
					free(key);
					return fail(x, at, N_("duplicate member name"));
				}
			skip_ws(x);
			if (x->p >= x->end || *x->p != ':') {
				free(key);
				return fail(x, x->p, N_("expected ':'"));
			}
			x->p++;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 8;
			out->items = xrealloc(out->items, cap * sizeof(*out->items));
			if (object)
				out->keys = xrealloc(out->keys, cap * sizeof(*out->keys));
		}
		memset(&out->items[out->n], 0, sizeof(out->items[0]));
		if (object)
			out->keys[out->n] = key;
		out->n++;
		if (!value(x, &out->items[out->n - 1], depth + 1))
			return false;
		skip_ws(x);
		if (x->p < x->end && *x->p == ',') {
			x->p++;
			continue;
		}
		if (x->p < x->end && *x->p == close) {
			x->p++;
			return true;
		}
		return fail(x, x->p, object ? N_("expected ',' or '}'") : N_("expected ',' or ']'"));
	}
}

static bool value(struct parser *x, struct json *out, int depth)
{
	if (depth > JSON_MAX_DEPTH)
		return fail(x, x->p, N_("nested too deeply"));
	skip_ws(x);
	if (x->p >= x->end)
		return fail(x, x->p, N_("unexpected end of the text"));
	switch (*x->p) {
	case '{': return container(x, out, depth, true);
	case '[': return container(x, out, depth, false);
	case '"': out->type = JSON_STRING; return string(x, &out->s);
	case 't': out->type = JSON_BOOL; out->b = true; return literal(x, "true");
	case 'f': out->type = JSON_BOOL; out->b = false; return literal(x, "false");
	case 'n': out->type = JSON_NULL; return literal(x, "null");
	default:
		if (*x->p == '-' || (*x->p >= '0' && *x->p <= '9'))
			return number(x, out);
		return fail(x, x->p, N_("unexpected character"));
	}
}

bool json_parse(const char *text, size_t len, struct json *out, size_t *line, size_t *col,
		char **err)
{
	struct parser x = { text, text + len, text, NULL, NULL };
	memset(out, 0, sizeof(*out));
	bool ok = value(&x, out, 0);
	if (ok) {
		skip_ws(&x);
		if (x.p < x.end)
			ok = fail(&x, x.p, N_("text after the JSON value"));
	}
	if (ok)
		return true;
	json_free(out);
	memset(out, 0, sizeof(*out));
	size_t l = 1, c = 1;
	for (const char *p = text; p < x.err_at; p++) {
		if (*p == '\n') {
			l++;
			c = 1;
		} else if (((unsigned char)*p & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
	*err = xstrdup(_(x.err));
	return false;
}

void json_free(struct json *j)
{
	if (!j)
		return;
	free(j->s);
	for (size_t i = 0; i < j->n; i++) {
		if (j->items)
			json_free(&j->items[i]);
		if (j->keys)
			free(j->keys[i]);
	}
	free(j->items);
	free(j->keys);
	memset(j, 0, sizeof(*j));
}

const struct json *json_get(const struct json *j, const char *key)
{
	if (!j || j->type != JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < j->n; i++)
		if (strcmp(j->keys[i], key) == 0)
			return &j->items[i];
	return NULL;
}

const char *json_str(const struct json *j)
{
	return j && j->type == JSON_STRING ? j->s : NULL;
}
