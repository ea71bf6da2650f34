/* utf8.h: UTF-8 text measured in characters, and made safe for a terminal. */
#ifndef NIS2_UTF8_H
#define NIS2_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the character at s (at most avail bytes) into *cp; returns its
 * length, or 0 when it is invalid (overlong, surrogate, cut short). */
size_t utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp);
/* True when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
bool utf8_valid(const char *s, size_t len);
/* Number of characters (code points) of a valid UTF-8 string. */
size_t utf8_chars(const char *s);
/* Length in bytes of the character starting at s (1 for an invalid byte). */
size_t utf8_char_len(const char *s);
/* A fresh copy in which control characters (C0 but tab and newline when
 * keep_newlines, DEL and C1, which start terminal escape sequences) are
 * dropped and invalid bytes become U+FFFD, so no text from a file or a paste
 * can drive the terminal. */
char *utf8_sanitize(const char *s, bool keep_newlines);

#endif
