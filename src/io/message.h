/* message.h: the program's messages to the terminal (stderr, stdout)
 * through the same filter as case text (core/utf8.h utf8_sanitize): a file
 * name, a path, an argument or a reason quoted in a message can hold
 * escape sequences, bidi overrides or bad UTF-8 as well as a case can. */
#ifndef NIS2_MESSAGE_H
#define NIS2_MESSAGE_H

#include <stdio.h>

/* printf to f, the result filtered (newlines kept). */
void msg_print(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
