/* wrap.h: breaking a UTF-8 text into lines of at most a given number of
 * columns, at spaces, for terminals and pipes (one column per character;
 * the texts are European languages, no double-width characters). */
#ifndef NIS2_WRAP_H
#define NIS2_WRAP_H

#include <stddef.h>

/* The next line of s: returns its length in bytes (at most `width`
 * characters, broken after the last space that fits; a word longer than
 * width is cut) and sets *next to the byte offset where the following line
 * starts (spaces at the break are skipped).  A newline in s ends a line.
 * At the end of s returns 0 with *next 0. */
size_t wrap_line(const char *s, size_t width, size_t *next);

#endif
