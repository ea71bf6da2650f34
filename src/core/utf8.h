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
/* Characters that are invisible yet change how text shows: the bidi
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, the
 * marks U+200E, U+200F, U+061C) and the zero-width ones (U+200B-U+200D,
 * U+2060-U+2064, U+FEFF).  A name can look like another with them. */
bool utf8_is_hidden_format(uint32_t cp);
/* Such a character written visibly, "<U+202E>" (8 bytes and a NUL). */
size_t utf8_hidden_marker(uint32_t cp, char out[9]);
/* A fresh copy in which control characters (C0 but tab and newline when
 * keep_newlines, DEL and C1, which start terminal escape sequences) are
 * dropped, invalid bytes become U+FFFD and the hidden formatting characters
 * above are written visibly ("<U+202E>"), so no text from a file or a
 * paste can drive the terminal or pass for another. */
char *utf8_sanitize(const char *s, bool keep_newlines);

#endif
