/* wrap.c: line breaking at spaces, counted in characters: the one wrap
 * helper of every text output (there were four). */
#include "config.h"

#include "core/wrap.h"
#include "core/utf8.h"

/* French sets a space before ; : ! ? and », and the line must not break
 * there: such a space is no break point. */
static int breakable_space(const char *s, size_t i)
{
	char c = s[i + 1];
	if (c == ';' || c == ':' || c == '!' || c == '?')
		return 0;
	return !((unsigned char)c == 0xc2 && (unsigned char)s[i + 2] == 0xbb);   /* » */
}

size_t wrap_line(const char *s, size_t width, size_t *next)
{
	*next = 0;
	if (!*s)
		return 0;
	if (width == 0)
		width = 1;
	size_t i = 0, chars = 0, last_space = 0;
	int seen_space = 0;
	while (s[i] && s[i] != '\n' && chars < width) {
		if (s[i] == ' ' && breakable_space(s, i)) {
			last_space = i;
			seen_space = 1;
		}
		i += utf8_char_len(s + i);
		chars++;
	}
	size_t end;
	if (!s[i] || s[i] == '\n' || (s[i] == ' ' && breakable_space(s, i))) {
		end = i;            /* the whole rest, or a break right here */
	} else if (seen_space) {
		end = last_space;   /* break at the last space that fits */
	} else {
		end = i;            /* one long word: cut it */
	}
	size_t n = end;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	size_t after = end;
	while (s[after] == ' ')
		after++;
	if (s[after] == '\n')
		after++;
	*next = after;
	if (n == 0 && after == 0)   /* cannot happen with width >= 1; be safe */
		*next = 1;
	return n;
}

/* Columns left for the text after a prefix (never fewer than 10, so that a
 * deep indent in a narrow width still moves on). */
static size_t text_room(const char *prefix, size_t width)
{
	size_t used = utf8_chars(prefix);
	return width > used + 10 ? width - used : 10;
}

void wrap_append(struct sbuf *b, const char *first, const char *rest, const char *s, size_t width)
{
	if (!*s) {
		sbuf_puts(b, first);
		sbuf_putc(b, '\n');
		return;
	}
	const char *prefix = first;
	for (size_t pos = 0;;) {
		size_t next;
		size_t n = wrap_line(s + pos, text_room(prefix, width), &next);
		if (n == 0 && next == 0)
			break;
		sbuf_puts(b, prefix);
		sbuf_putn(b, s + pos, n);
		sbuf_putc(b, '\n');
		pos += next;
		prefix = rest;
	}
}
