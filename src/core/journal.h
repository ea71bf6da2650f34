/* journal.h: the decision journal's entries and its line format (pure).
 *
 * The journal (CASE.journal, beside the case) is the evidence a handler
 * gives the regulator: what was known when, when the verdict changed, what
 * was reported and when.  It is only ever appended to.  One entry is one
 * line, a JSON object with a fixed first part and a checksum last:
 *
 *   {"seq":N,"at":"TIME","kind":"KIND", FIELDS ,"crc":"XXXXXXXX"}\n
 *
 * seq counts from 1 without gaps; at is the Brussels time of the entry
 * (clock_format); FIELDS are "name":VALUE pairs whose VALUE is a string,
 * null or a list of strings; crc is the CRC-32 (IEEE 802.3) of the line's
 * bytes before ,"crc", in eight lower-case hex digits.  Reading never fails:
 * a line that does not parse, whose checksum is wrong, whose seq does not
 * follow, or (the last one) that has no newline is listed as damaged and the
 * other lines are still read.  man/nis2-notify-case.5 documents the kinds
 * and their fields; io/journal_file.c appends and reads the file. */
#ifndef NIS2_JOURNAL_H
#define NIS2_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/clock.h"

/* Entry kinds (the "kind" word). */
#define JK_ANSWER  "answer"    /* fact, old, new */
#define JK_VERDICT "verdict"   /* verdict, met, due-STAGE..., rules */
#define JK_REPORT  "report"    /* stage, submitted, channel, reference, sent, rules */
#define JK_DRAFT   "draft"     /* stage, format, to (a file or "clipboard"), rules */

struct journal_field {
	char *name;
	bool is_null;
	bool is_list;
	size_t n;
	char **values;      /* one value unless is_list */
};

struct journal_entry {
	uint64_t seq;
	instant_t at;
	char *kind;
	size_t n_fields;
	struct journal_field *fields;
};

void journal_entry_init(struct journal_entry *e, const char *kind, instant_t at);
void journal_entry_free(struct journal_entry *e);
/* Adds a field; value NULL is null. */
void journal_entry_add(struct journal_entry *e, const char *name, const char *value);
void journal_entry_add_list(struct journal_entry *e, const char *name, size_t n,
			    const char *const *values);
/* The field named name, or NULL. */
const struct journal_field *journal_entry_field(const struct journal_entry *e, const char *name);
/* Its single value: NULL when absent, null or a list. */
const char *journal_entry_str(const struct journal_entry *e, const char *name);

/* The CRC-32 (IEEE 802.3, reflected, as zlib's crc32) of n bytes. */
uint32_t journal_crc32(const void *data, size_t n);

/* The entry as one line, newline included (fresh). */
char *journal_format_line(const struct journal_entry *e);

enum journal_damage_kind {
	JD_SYNTAX = 0,      /* not an entry line */
	JD_CHECKSUM,        /* the checksum does not match */
	JD_SEQUENCE,        /* seq is not the one after the last good entry */
	JD_TORN,            /* the last line has no newline: an interrupted write */
};

struct journal_damage {
	size_t line;        /* 1-based */
	size_t column;      /* 1-based, where reading stopped */
	enum journal_damage_kind kind;
};

struct journal {
	size_t n;
	struct journal_entry *entries;
	size_t n_damaged;
	struct journal_damage *damaged;
	uint64_t next_seq;  /* the seq the next entry gets */
	bool ends_cleanly;  /* empty, or the last byte is a newline */
};

/* Parses one line (without its newline) into *out.  On failure returns
 * false with *kind (JD_SYNTAX or JD_CHECKSUM) and the 1-based *column. */
bool journal_parse_line(const char *line, size_t len, struct journal_entry *out,
			enum journal_damage_kind *kind, size_t *column);
/* Parses a whole journal; never fails (damage is listed). */
void journal_parse(const char *buf, size_t len, struct journal *out);
void journal_free(struct journal *j);

#endif
