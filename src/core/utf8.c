/* utf8.c: UTF-8 validation, counting and sanitising. */
#include "config.h"

#include "core/utf8.h"
#include "core/xalloc.h"

#include <stdint.h>
#include <string.h>

size_t utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp)
{
	if (avail == 0)
		return 0;
	unsigned c = s[0];
	size_t n;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2; v = c & 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3; v = c & 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4; v = c & 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

bool utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	while (len) {
		/* ASCII, nearly every byte of the data, needs no decoding */
		if (*p < 0x80) {
			p++;
			len--;
			continue;
		}
		uint32_t cp;
		size_t n = utf8_decode(p, len, &cp);
		if (!n)
			return false;
		p += n;
		len -= n;
	}
	return true;
}

size_t utf8_chars(const char *s)
{
	size_t count = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xC0) != 0x80)
			count++;
	return count;
}

size_t utf8_char_len(const char *s)
{
	uint32_t cp;
	size_t n = utf8_decode((const unsigned char *)s, strnlen(s, 4), &cp);
	return n ? n : 1;
}

bool utf8_is_hidden_format(uint32_t cp)
{
	return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF;
}

size_t utf8_hidden_marker(uint32_t cp, char out[9])
{
	static const char hex[] = "0123456789ABCDEF";
	memcpy(out, "<U+", 3);
	for (int i = 0; i < 4; i++)
		out[3 + i] = hex[(cp >> (12 - 4 * i)) & 0xF];
	out[7] = '>';
	out[8] = '\0';
	return 8;
}

char *utf8_sanitize(const char *s, bool keep_newlines)
{
	size_t len = strlen(s);
	/* each invalid byte may grow to 3 bytes (U+FFFD) */
	char *out = xmalloc(len * 3 + 1);
	size_t o = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (len) {
		uint32_t cp;
		size_t n = utf8_decode(p, len, &cp);
		if (!n) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			p++;
			len--;
			continue;
		}
		bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
		if (keep_newlines && (cp == '\n' || cp == '\t'))
			control = false;
		if (!control && utf8_is_hidden_format(cp)) {
			/* 3 bytes become the 8 of "<U+202E>": within len * 3 */
			char m[9];
			memcpy(out + o, m, utf8_hidden_marker(cp, m));
			o += 8;
		} else if (!control) {
			memcpy(out + o, p, n);
			o += n;
		}
		p += n;
		len -= n;
	}
	out[o] = '\0';
	return out;
}
