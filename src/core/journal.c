/* journal.c: the decision journal's entries, written as one checksummed JSON
 * line each and read back (journal.h has the format).  The reader accepts
 * exactly what journal_format_line writes (strings, null, lists of strings),
 * so that a line changed by hand or cut short is found, never half-read. */
#include "config.h"

#include "core/journal.h"

#include <stdlib.h>
#include <string.h>

#include "core/sbuf.h"
#include "core/xalloc.h"

void journal_entry_init(struct journal_entry *e, const char *kind, instant_t at)
{
	memset(e, 0, sizeof(*e));
	e->at = at;
	e->kind = xstrdup(kind);
}

static void field_free(struct journal_field *f)
{
	free(f->name);
	for (size_t i = 0; i < f->n; i++)
		free(f->values[i]);
	free(f->values);
}

void journal_entry_free(struct journal_entry *e)
{
	for (size_t i = 0; i < e->n_fields; i++)
		field_free(&e->fields[i]);
	free(e->fields);
	free(e->kind);
	memset(e, 0, sizeof(*e));
}

static struct journal_field *add_field(struct journal_entry *e, const char *name)
{
	e->fields = xrealloc(e->fields, (e->n_fields + 1) * sizeof(*e->fields));
	struct journal_field *f = &e->fields[e->n_fields++];
	memset(f, 0, sizeof(*f));
	f->name = xstrdup(name);
	return f;
}

void journal_entry_add(struct journal_entry *e, const char *name, const char *value)
{
	struct journal_field *f = add_field(e, name);
	if (!value) {
		f->is_null = true;
		return;
	}
	f->n = 1;
	f->values = xmalloc(sizeof(*f->values));
	f->values[0] = xstrdup(value);
}

void journal_entry_add_list(struct journal_entry *e, const char *name, size_t n,
			    const char *const *values)
{
	struct journal_field *f = add_field(e, name);
	f->is_list = true;
	f->n = n;
	f->values = n ? xcalloc(n, sizeof(*f->values)) : NULL;
	for (size_t i = 0; i < n; i++)
		f->values[i] = xstrdup(values[i]);
}

const struct journal_field *journal_entry_field(const struct journal_entry *e, const char *name)
{
	for (size_t i = 0; i < e->n_fields; i++)
		if (strcmp(e->fields[i].name, name) == 0)
			return &e->fields[i];
	return NULL;
}

const char *journal_entry_str(const struct journal_entry *e, const char *name)
{
	const struct journal_field *f = journal_entry_field(e, name);
	if (!f || f->is_null || f->is_list || f->n != 1)
		return NULL;
	return f->values[0];
}

uint32_t journal_crc32(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint32_t crc = 0xFFFFFFFFu;
	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
	}
	return crc ^ 0xFFFFFFFFu;
}

char *journal_format_line(const struct journal_entry *e)
{
	struct sbuf b;
	sbuf_init(&b);
	char at[CLOCK_FMT_LEN];
	clock_format(e->at, at);
	sbuf_printf(&b, "{\"seq\":%llu,\"at\":\"%s\",\"kind\":", (unsigned long long)e->seq, at);
	sbuf_json_string(&b, e->kind);
	for (size_t i = 0; i < e->n_fields; i++) {
		const struct journal_field *f = &e->fields[i];
		sbuf_putc(&b, ',');
		sbuf_json_string(&b, f->name);
		sbuf_putc(&b, ':');
		if (f->is_null) {
			sbuf_puts(&b, "null");
		} else if (f->is_list) {
			sbuf_putc(&b, '[');
			for (size_t k = 0; k < f->n; k++) {
				if (k)
					sbuf_putc(&b, ',');
				sbuf_json_string(&b, f->values[k]);
			}
			sbuf_putc(&b, ']');
		} else {
			sbuf_json_string(&b, f->values[0]);
		}
	}
	uint32_t crc = journal_crc32(sbuf_str(&b), b.len);
	sbuf_printf(&b, ",\"crc\":\"%08x\"}\n", (unsigned)crc);
	return sbuf_take(&b);
}

/* ---- reading ---- */

struct rd {
	const char *s;
	size_t len, pos;
};

static bool at_char(struct rd *r, char c)
{
	if (r->pos < r->len && r->s[r->pos] == c) {
		r->pos++;
		return true;
	}
	return false;
}

static bool at_word(struct rd *r, const char *w)
{
	size_t n = strlen(w);
	if (r->len - r->pos >= n && memcmp(r->s + r->pos, w, n) == 0) {
		r->pos += n;
		return true;
	}
	return false;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void put_utf8(struct sbuf *b, unsigned cp)
{
	if (cp < 0x80) {
		sbuf_putc(b, (char)cp);
	} else if (cp < 0x800) {
		sbuf_putc(b, (char)(0xC0 | (cp >> 6)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
	} else {
		sbuf_putc(b, (char)(0xE0 | (cp >> 12)));
		sbuf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
	}
}

/* A JSON string as sbuf_json_string writes it; *out fresh. */
static bool read_string(struct rd *r, char **out)
{
	if (!at_char(r, '"'))
		return false;
	struct sbuf b;
	sbuf_init(&b);
	sbuf_puts(&b, "");
	while (r->pos < r->len) {
		char c = r->s[r->pos++];
		if (c == '"') {
			*out = sbuf_take(&b);
			return true;
		}
		if ((unsigned char)c < 0x20)
			break;
		if (c != '\\') {
			sbuf_putc(&b, c);
			continue;
		}
		if (r->pos >= r->len)
			break;
		char x = r->s[r->pos++];
		switch (x) {
		case '"': sbuf_putc(&b, '"'); continue;
		case '\\': sbuf_putc(&b, '\\'); continue;
		case '/': sbuf_putc(&b, '/'); continue;
		case 'b': sbuf_putc(&b, '\b'); continue;
		case 'f': sbuf_putc(&b, '\f'); continue;
		case 'n': sbuf_putc(&b, '\n'); continue;
		case 'r': sbuf_putc(&b, '\r'); continue;
		case 't': sbuf_putc(&b, '\t'); continue;
		case 'u': {
			if (r->len - r->pos < 4)
				goto bad;
			unsigned cp = 0;
			for (int k = 0; k < 4; k++) {
				int h = hexval(r->s[r->pos++]);
				if (h < 0)
					goto bad;
				cp = cp * 16 + (unsigned)h;
			}
			/* The writer escapes only control characters. */
			if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
				goto bad;
			put_utf8(&b, cp);
			continue;
		}
		default:
			goto bad;
		}
	}
bad:
	sbuf_free(&b);
	return false;
}

static bool read_value(struct rd *r, struct journal_field *f)
{
	if (at_word(r, "null")) {
		f->is_null = true;
		return true;
	}
	if (at_char(r, '[')) {
		f->is_list = true;
		if (at_char(r, ']'))
			return true;
		for (;;) {
			char *v;
			if (!read_string(r, &v))
				return false;
			f->values = xrealloc(f->values, (f->n + 1) * sizeof(*f->values));
			f->values[f->n++] = v;
			if (at_char(r, ']'))
				return true;
			if (!at_char(r, ','))
				return false;
		}
	}
	char *v;
	if (!read_string(r, &v))
		return false;
	f->values = xmalloc(sizeof(*f->values));
	f->values[0] = v;
	f->n = 1;
	return true;
}

bool journal_parse_line(const char *line, size_t len, struct journal_entry *out,
			enum journal_damage_kind *kind, size_t *column)
{
	struct rd r = { line, len, 0 };
	memset(out, 0, sizeof(*out));
	*kind = JD_SYNTAX;
	char *at = NULL;
	if (!at_word(&r, "{\"seq\":"))
		goto fail;
	uint64_t seq = 0;
	size_t digits = 0;
	while (r.pos < r.len && r.s[r.pos] >= '0' && r.s[r.pos] <= '9' && digits < 19) {
		seq = seq * 10 + (uint64_t)(r.s[r.pos++] - '0');
		digits++;
	}
	if (digits == 0 || seq == 0 || !at_word(&r, ",\"at\":") || !read_string(&r, &at))
		goto fail;
	if (clock_parse(at, &out->at) != CLOCK_PARSE_OK)
		goto fail;
	free(at);
	at = NULL;
	out->seq = seq;
	if (!at_word(&r, ",\"kind\":") || !read_string(&r, &out->kind))
		goto fail;
	for (;;) {
		size_t field_start = r.pos;
		if (!at_char(&r, ','))
			goto fail;
		if (at_word(&r, "\"crc\":\"")) {
			uint32_t want = journal_crc32(line, field_start), got = 0;
			for (int k = 0; k < 8; k++) {
				int h = r.pos < r.len ? hexval(r.s[r.pos]) : -1;
				if (h < 0)
					goto fail;
				r.pos++;
				got = got * 16 + (uint32_t)h;
			}
			if (!at_word(&r, "\"}") || r.pos != r.len)
				goto fail;
			if (got != want) {
				*kind = JD_CHECKSUM;
				r.pos = field_start + 1;
				goto fail;
			}
			return true;
		}
		char *name;
		if (!read_string(&r, &name))
			goto fail;
		struct journal_field *f = add_field(out, name);
		free(name);
		if (!at_char(&r, ':') || !read_value(&r, f))
			goto fail;
	}
fail:
	free(at);
	*column = r.pos + 1;
	journal_entry_free(out);
	return false;
}

static void add_damage(struct journal *j, size_t line, size_t column, enum journal_damage_kind k)
{
	j->damaged = xrealloc(j->damaged, (j->n_damaged + 1) * sizeof(*j->damaged));
	j->damaged[j->n_damaged++] = (struct journal_damage){ line, column, k };
}

void journal_parse(const char *buf, size_t len, struct journal *out)
{
	memset(out, 0, sizeof(*out));
	out->next_seq = 1;
	out->ends_cleanly = len == 0 || buf[len - 1] == '\n';
	size_t cap = 0, pos = 0, line = 0;
	while (pos < len) {
		line++;
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - buf) : len;
		struct journal_entry e;
		enum journal_damage_kind kind;
		size_t col;
		if (!nl) {
			add_damage(out, line, end - pos + 1, JD_TORN);
		} else if (!journal_parse_line(buf + pos, end - pos, &e, &kind, &col)) {
			add_damage(out, line, col, kind);
		} else {
			if (e.seq != out->next_seq)
				add_damage(out, line, 9, JD_SEQUENCE);
			out->next_seq = e.seq + 1;
			out->entries = xgrow(out->entries, &cap, out->n + 1, sizeof(*out->entries));
			out->entries[out->n++] = e;
		}
		pos = nl ? end + 1 : len;
	}
}

void journal_free(struct journal *j)
{
	for (size_t i = 0; i < j->n; i++)
		journal_entry_free(&j->entries[i]);
	free(j->entries);
	free(j->damaged);
	memset(j, 0, sizeof(*j));
}
