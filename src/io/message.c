/* message.c: messages filtered like case text, in the terminal's
 * character set (message.h). */
#include "config.h"

#include "io/message.h"

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/utf8.h"
#include "core/xalloc.h"

/* The terminal's character set when it is not UTF-8, else empty. */
static char term_charset[64];

static bool is_utf8_name(const char *cs)
{
	return !strcasecmp(cs, "UTF-8") || !strcasecmp(cs, "utf8");
}

void msg_detect_terminal(void)
{
	const char *v = getenv("LC_ALL");
	if (!v || !*v)
		v = getenv("LC_CTYPE");
	if (!v || !*v)
		v = getenv("LANG");
	const char *cs = NULL;
	char *old = xstrdup(setlocale(LC_CTYPE, NULL));
	if (setlocale(LC_CTYPE, ""))
		cs = nl_langinfo(CODESET);
	else if (v && strchr(v, '.'))
		cs = strchr(v, '.') + 1;        /* "nl_BE.ISO-8859-1", not installed */
	else if (!v || !*v || !strcmp(v, "C") || !strcmp(v, "POSIX"))
		cs = "ANSI_X3.4-1968";
	if (cs && !is_utf8_name(cs)) {
		snprintf(term_charset, sizeof(term_charset), "%s", cs);
		term_charset[strcspn(term_charset, "@")] = '\0';
	}
	setlocale(LC_CTYPE, old);
	free(old);
}

bool msg_terminal_utf8(void)
{
	return !term_charset[0];
}

char *msg_to_charset(const char *utf8, const char *to)
{
	if (!to)
		to = term_charset[0] ? term_charset : "UTF-8";
	char *target = xasprintf("%s//TRANSLIT", to);
	iconv_t cd = iconv_open(target, "UTF-8");
	free(target);
	if (cd == (iconv_t)-1) {
		/* an unknown character set: plain ASCII is safe in every one */
		char *out = xstrdup(utf8);
		for (char *p = out; *p; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '?';
		return out;
	}
	size_t in_left = strlen(utf8), cap = in_left * 4 + 16, out_left = cap;
	char *out = xmalloc(cap + 1), *o = out;
	char *in = (char *)utf8;
	while (in_left) {
		if (iconv(cd, &in, &in_left, &o, &out_left) != (size_t)-1)
			break;
		if (errno == E2BIG)
			break;   /* cannot happen at 4 bytes per byte; stop cleanly */
		/* a character even transliteration cannot give: '?' */
		size_t n = utf8_char_len(in);
		if (n > in_left)
			n = in_left;
		in += n;
		in_left -= n;
		if (out_left) {
			*o++ = '?';
			out_left--;
		}
	}
	iconv(cd, NULL, NULL, &o, &out_left);
	iconv_close(cd);
	*o = '\0';
	return out;
}

void msg_output(FILE *f, const char *utf8)
{
	/* a pipe or a file gets UTF-8, the data as it is: only a terminal
	 * obeys C1 bytes */
	if (!term_charset[0] || !isatty(fileno(f))) {
		fputs(utf8, f);
		return;
	}
	char *t = msg_to_charset(utf8, NULL);
	fputs(t, f);
	free(t);
}

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
	msg_output(f, clean);
	free(clean);
	free(raw);
}
