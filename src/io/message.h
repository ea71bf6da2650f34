/* message.h: the program's output to the terminal (stderr, stdout)
 * through the same filter as case text (core/utf8.h utf8_sanitize): a file
 * name, a path, an argument or a reason quoted in a message can hold
 * escape sequences, bidi overrides or bad UTF-8 as well as a case can.
 *
 * The program works in UTF-8 (cli/i18n.c sets C.UTF-8 when the locale is
 * something else).  When the user's own locale is not UTF-8 (LANG=C, an
 * ISO-8859 terminal), what reaches the terminal is transliterated into its
 * character set ("é" -> "e", "€" -> "EUR"): UTF-8 sent to an 8-bit
 * terminal would carry bytes 0x80-0x9F, which such a terminal obeys as C1
 * controls (0x9B is CSI). */
#ifndef NIS2_MESSAGE_H
#define NIS2_MESSAGE_H

#include <stdbool.h>
#include <stdio.h>

/* Reads the character set of the user's locale (LC_ALL, LC_CTYPE, LANG):
 * called once, before the program switches to C.UTF-8. */
void msg_detect_terminal(void);
/* True unless msg_detect_terminal found a character set other than UTF-8. */
bool msg_terminal_utf8(void);
/* utf8 in character set `to` (NULL: the terminal's), transliterated, a
 * character it lacks as '?'; fresh. */
char *msg_to_charset(const char *utf8, const char *to);
/* Text for the terminal: filtered elsewhere already, converted here. */
void msg_output(FILE *f, const char *utf8);
/* printf to f, the result filtered (newlines kept) and converted. */
void msg_print(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
