/* wrap.h: breaking a UTF-8 text into lines of at most a given number of
 * columns, at spaces, for terminals and pipes (one column per character;
 * the texts are European languages, no double-width characters). */
#ifndef NIS2_WRAP_H
#define NIS2_WRAP_H

#include <stddef.h>

#include "core/sbuf.h"

/* The width of every text the program prints for a terminal or a pipe
 * (--evaluate, drafts, --privacy to a pipe, the debrief): 78 columns fit
 * an 80-column terminal without its own wrapping, which would break the
 * hanging indents. */
#define TEXT_WIDTH 78

/* The next line of s: returns its length in bytes (at most `width`
 * characters, broken after the last space that fits; a word longer than
 * width is cut) and sets *next to the byte offset where the following line
 * starts (spaces at the break are skipped).  A newline in s ends a line.
 * At the end of s returns 0 with *next 0. */
size_t wrap_line(const char *s, size_t width, size_t *next);

/* Appends s to b in lines of at most width columns, prefixes counted: the
 * first line after `first`, every further line after `rest` (a hanging
 * indent, usually spaces).  s's own newlines end lines.  An empty s gives
 * one line holding `first`.  s is copied as it is: the caller cleans text
 * from a file (utf8_sanitize) first. */
void wrap_append(struct sbuf *b, const char *first, const char *rest, const char *s, size_t width);

#endif
