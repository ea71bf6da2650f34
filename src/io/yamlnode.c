/* yamlnode.c: strict, position-aware reading of YAML documents. */
#include "config.h"

#include "io/yamlnode.h"
#include "core/xalloc.h"
#include "core/utf8.h"
#include "nls.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Messages quote the file's own text and name, which may hold anything:
 * sanitised here, so no escape sequence in a file reaches the terminal and a
 * quote cut short in mid-character does not leave invalid UTF-8. */
static bool error_at_mark(struct yerr *err, const char *origin, yaml_mark_t m, const char *msg)
{
	if (!err->msg) {
		char *raw = xasprintf("%s:%zu:%zu: %s", origin, m.line + 1, m.column + 1, msg);
		err->msg = utf8_sanitize(raw, false);
		free(raw);
	}
	return false;
}

/* libyaml leaves problem_mark empty for an encoding error: its reader only
 * records the byte offset.  The line and column (in characters) of that
 * byte, so that the message points at it. */
static yaml_mark_t problem_mark(const yaml_parser_t *p, const char *buf, size_t len)
{
	if (p->error != YAML_READER_ERROR)
		return p->problem_mark;
	yaml_mark_t m = { 0, 0, 0 };
	size_t at = p->problem_offset;
	/* a bad continuation byte: point at the character it should continue */
	if (p->problem && strstr(p->problem, "trailing"))
		while (at > 0 && ((unsigned char)buf[at] & 0xc0) != 0xc0)
			at--;
	for (size_t i = 0; i < at && i < len; i++) {
		if (buf[i] == '\n') {
			m.line++;
			m.column = 0;
		} else if (((unsigned char)buf[i] & 0xc0) != 0x80) {
			m.column++;
		}
	}
	m.index = at;
	return m;
}

/* First pass over the events: refuse aliases and anchors, more than one
 * document, and nesting deeper than any data file needs. */
static bool scan_events(const char *origin, const char *buf, size_t len, struct yerr *err)
{
	yaml_parser_t p;
	yaml_event_t ev;
	bool ok = true;
	int docs = 0, depth = 0;

	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	for (;;) {
		if (!yaml_parser_parse(&p, &ev)) {
			char *msg = xasprintf(_("not valid YAML: %s"), p.problem ? p.problem : "?");
			ok = error_at_mark(err, origin, problem_mark(&p, buf, len), msg);
			free(msg);
			break;
		}
		yaml_event_type_t t = ev.type;
		yaml_mark_t m = ev.start_mark;
		const char *anchor = NULL;
		if (t == YAML_SCALAR_EVENT)
			anchor = (const char *)ev.data.scalar.anchor;
		else if (t == YAML_SEQUENCE_START_EVENT)
			anchor = (const char *)ev.data.sequence_start.anchor;
		else if (t == YAML_MAPPING_START_EVENT)
			anchor = (const char *)ev.data.mapping_start.anchor;
		yaml_event_delete(&ev);
		if (t == YAML_ALIAS_EVENT || anchor) {
			ok = error_at_mark(err, origin, m, _("anchors and aliases (& and *) are not allowed here"));
			break;
		}
		if (t == YAML_DOCUMENT_START_EVENT && ++docs > 1) {
			ok = error_at_mark(err, origin, m, _("only one YAML document is allowed"));
			break;
		}
		if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) {
			if (++depth > 32) {
				ok = error_at_mark(err, origin, m, _("nested too deeply"));
				break;
			}
		} else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) {
			depth--;
		}
		if (t == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&p);
	return ok;
}

static bool load(struct ydoc *d, const char *origin, const char *buf, size_t len, struct yerr *err)
{
	memset(d, 0, sizeof(*d));
	d->origin = xstrdup(origin);
	if (memchr(buf, '\0', len)) {
		yaml_mark_t m = { 0, 0, 0 };
		return error_at_mark(err, origin, m, _("not a text file (it contains a NUL byte)"));
	}
	if (!scan_events(origin, buf, len, err))
		return false;

	yaml_parser_t p;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	if (!yaml_parser_load(&p, &d->doc)) {
		char *msg = xasprintf(_("not valid YAML: %s"), p.problem ? p.problem : "?");
		error_at_mark(err, origin, problem_mark(&p, buf, len), msg);
		free(msg);
		yaml_parser_delete(&p);
		return false;
	}
	yaml_parser_delete(&p);
	d->loaded = true;
	if (!yaml_document_get_root_node(&d->doc)) {
		yaml_mark_t m = { 0, 0, 0 };
		return error_at_mark(err, origin, m, _("the file is empty"));
	}
	return true;
}

/* A failed load frees what it took (the origin, a document parsed before
 * it was found empty): callers need not, and those that do free an empty
 * ydoc. */
bool ydoc_load(struct ydoc *d, const char *origin, const char *buf, size_t len, struct yerr *err)
{
	if (load(d, origin, buf, len, err))
		return true;
	ydoc_free(d);
	return false;
}

void ydoc_free(struct ydoc *d)
{
	if (d->loaded && d->builtin)
		free(d->doc.nodes.start);
	else if (d->loaded)
		yaml_document_delete(&d->doc);
	free(d->origin);
	memset(d, 0, sizeof(*d));
}

/* libyaml's yaml_document_get_node, here where the compiler can inline it:
 * the loaders ask for a node hundreds of thousands of times. */
static yaml_node_t *node_at(struct ydoc *d, int index)
{
	yaml_node_t *start = d->doc.nodes.start;
	if (index < 1 || index > d->doc.nodes.top - start)
		return NULL;
	return start + index - 1;
}

yaml_node_t *ydoc_root(struct ydoc *d)
{
	return d->loaded ? yaml_document_get_root_node(&d->doc) : NULL;
}

bool yerr_at(struct yerr *err, const struct ydoc *d, const yaml_node_t *n, const char *fmt, ...)
{
	if (err->msg)
		return false;
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	yaml_mark_t m = { 0, 0, 0 };
	if (n)
		m = n->start_mark;
	return error_at_mark(err, d->origin ? d->origin : "?", m, buf);
}

void yerr_free(struct yerr *err)
{
	free(err->msg);
	err->msg = NULL;
}

bool y_is_map(const yaml_node_t *n) { return n && n->type == YAML_MAPPING_NODE; }
bool y_is_seq(const yaml_node_t *n) { return n && n->type == YAML_SEQUENCE_NODE; }
bool y_is_scalar(const yaml_node_t *n) { return n && n->type == YAML_SCALAR_NODE; }

const char *y_text(const yaml_node_t *n)
{
	return y_is_scalar(n) ? (const char *)n->data.scalar.value : NULL;
}

bool y_is_null(const yaml_node_t *n)
{
	if (!y_is_scalar(n) || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	const char *s = y_text(n);
	return !*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") || !strcmp(s, "NULL");
}

size_t y_map_size(const yaml_node_t *map)
{
	return y_is_map(map) ? (size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start) : 0;
}

void y_pair(struct ydoc *d, const yaml_node_t *map, size_t i, yaml_node_t **key, yaml_node_t **value)
{
	yaml_node_pair_t *p = map->data.mapping.pairs.start + i;
	*key = node_at(d, p->key);
	*value = node_at(d, p->value);
}

yaml_node_t *y_map_get(struct ydoc *d, const yaml_node_t *map, const char *key)
{
	size_t n = y_map_size(map);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *k, *v;
		y_pair(d, map, i, &k, &v);
		const char *t = y_text(k);
		if (t && strcmp(t, key) == 0)
			return v;
	}
	return NULL;
}

bool y_check_keys(struct ydoc *d, const yaml_node_t *map, const char *const *allowed, struct yerr *err)
{
	size_t n = y_map_size(map);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *k, *v;
		y_pair(d, map, i, &k, &v);
		const char *t = y_text(k);
		if (!t)
			return yerr_at(err, d, k, _("a key must be a plain word"));
		bool known = false;
		for (const char *const *a = allowed; *a && !known; a++)
			known = strcmp(*a, t) == 0;
		if (!known)
			return yerr_at(err, d, k, _("unknown key '%s'"), t);
		for (size_t j = 0; j < i; j++) {
			yaml_node_t *k2, *v2;
			y_pair(d, map, j, &k2, &v2);
			const char *t2 = y_text(k2);
			if (t2 && strcmp(t, t2) == 0)
				return yerr_at(err, d, k, _("key '%s' appears twice"), t);
		}
	}
	return true;
}

size_t y_seq_size(const yaml_node_t *seq)
{
	return y_is_seq(seq) ? (size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start) : 0;
}

yaml_node_t *y_seq_item(struct ydoc *d, const yaml_node_t *seq, size_t i)
{
	return node_at(d, seq->data.sequence.items.start[i]);
}

bool y_expect_map(struct ydoc *d, const yaml_node_t *n, const char *what, struct yerr *err)
{
	if (y_is_map(n))
		return true;
	return yerr_at(err, d, n, _("'%s' must be a mapping of keys and values"), what);
}

bool y_expect_seq(struct ydoc *d, const yaml_node_t *n, const char *what, size_t max_items, struct yerr *err)
{
	if (!y_is_seq(n))
		return yerr_at(err, d, n, _("'%s' must be a list"), what);
	if (y_seq_size(n) > max_items)
		return yerr_at(err, d, n, _("'%s' has %zu items; at most %zu are allowed"), what,
			       y_seq_size(n), max_items);
	return true;
}

bool y_get_bool(struct ydoc *d, const yaml_node_t *n, bool *out, struct yerr *err)
{
	const char *t = y_text(n);
	if (t && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
		if (!strcmp(t, "true") || !strcmp(t, "yes")) {
			*out = true;
			return true;
		}
		if (!strcmp(t, "false") || !strcmp(t, "no")) {
			*out = false;
			return true;
		}
	}
	return yerr_at(err, d, n, _("expected true or false, found '%s'"), t ? t : "...");
}

bool y_get_count(struct ydoc *d, const yaml_node_t *n, int64_t max, int64_t *out, struct yerr *err)
{
	const char *t = y_text(n);
	if (!t || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || !*t)
		return yerr_at(err, d, n, _("expected a whole number, found '%s'"), t ? t : "...");
	if (t[0] == '-')
		return yerr_at(err, d, n, _("expected a number of zero or more, found '%s'"), t);
	int64_t v = 0;
	for (const char *s = t; *s; s++) {
		if (*s == '_' && s != t)
			continue;  /* 1_000_000, as YAML 1.1 allows */
		if (*s < '0' || *s > '9')
			return yerr_at(err, d, n, _("expected a whole number, found '%s'"), t);
		if (v > (max - (*s - '0')) / 10)
			return yerr_at(err, d, n, _("number too large: '%s' (at most %lld)"), t, (long long)max);
		v = v * 10 + (*s - '0');
	}
	*out = v;
	return true;
}

bool y_get_string(struct ydoc *d, const yaml_node_t *n, size_t max_bytes, char **out, struct yerr *err)
{
	const char *t = y_text(n);
	if (!t)
		return yerr_at(err, d, n, _("expected text"));
	size_t len = n->data.scalar.length;
	if (len > max_bytes)
		return yerr_at(err, d, n, _("text too long (%zu bytes; at most %zu)"), len, max_bytes);
	if (memchr(t, '\0', len) || !utf8_valid(t, len))
		return yerr_at(err, d, n, _("text is not valid UTF-8"));
	*out = xstrndup(t, len);
	return true;
}

bool y_get_time(struct ydoc *d, const yaml_node_t *n, instant_t *out, struct yerr *err)
{
	const char *t = y_text(n);
	if (!t)
		return yerr_at(err, d, n, _("expected a date and time such as 2026-11-22T09:30:00+01:00"));
	switch (clock_parse(t, out)) {
	case CLOCK_PARSE_OK:
		return true;
	case CLOCK_PARSE_RANGE:
		return yerr_at(err, d, n, _("no such date or time: '%s'"), t);
	case CLOCK_PARSE_NONEXISTENT:
		return yerr_at(err, d, n, _("'%s' does not exist in Brussels (the clocks jump forward then)"), t);
	case CLOCK_PARSE_SYNTAX:
	default:
		return yerr_at(err, d, n, _("expected a date and time such as 2026-11-22T09:30:00+01:00, found '%s'"), t);
	}
}
