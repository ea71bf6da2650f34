/* message.c: messages filtered like case text (message.h). */
#include "config.h"

#include "io/message.h"

#include <stdarg.h>
#include <stdlib.h>

#include "core/utf8.h"

void msg_print(FILE *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *raw = NULL;
	int n = vasprintf(&raw, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	char *clean = utf8_sanitize(raw, true);
	fputs(clean, f);
	free(clean);
	free(raw);
}
