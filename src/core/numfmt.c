/* numfmt.c: language-dependent number formatting and reading. */
#include "config.h"

#include "core/numfmt.h"

#include <string.h>

#define NBSP "\xc2\xa0"   /* U+00A0 NO-BREAK SPACE */

static const char *thousands_sep(enum lang l)
{
	switch (l) {
	case LANG_NL: return ".";
	case LANG_FR: return NBSP;
	default: return ",";
	}
}

static const char *decimal_sep(enum lang l)
{
	return l == LANG_EN ? "." : ",";
}

void numfmt_int(struct sbuf *b, int64_t v, enum lang l)
{
	char digits[24];
	int n = 0;
	/* Work on the negative value: INT64_MIN has no positive twin. */
	int64_t x = v < 0 ? v : -v;
	do {
		digits[n++] = (char)('0' - (x % 10));
		x /= 10;
	} while (x != 0);
	if (v < 0)
		sbuf_putc(b, '-');
	for (int i = n - 1; i >= 0; i--) {
		sbuf_putc(b, digits[i]);
		if (i > 0 && i % 3 == 0)
			sbuf_puts(b, thousands_sep(l));
	}
}

void numfmt_eur(struct sbuf *b, int64_t v, enum lang l)
{
	switch (l) {
	case LANG_NL:
		sbuf_puts(b, "€" NBSP);
		numfmt_int(b, v, l);
		break;
	case LANG_FR:
		numfmt_int(b, v, l);
		sbuf_puts(b, NBSP "€");
		break;
	default:
		sbuf_puts(b, "€");
		numfmt_int(b, v, l);
		break;
	}
}

void numfmt_pct(struct sbuf *b, int64_t num, int64_t den, enum lang l)
{
	if (den <= 0 || num < 0) {
		sbuf_puts(b, "?");
	} else {
		/* Tenths of a percent, rounded down, without overflow for the
		 * numbers a case may hold (at most 10^15). */
		long double tenths = (long double)num * 1000.0L / (long double)den;
		int64_t t = (int64_t)tenths;
		/* Guard against the long double landing just above an exact
		 * boundary: t tenths must not exceed num/den. */
		while (t > 0 && (long double)t * (long double)den > (long double)num * 1000.0L)
			t--;
		numfmt_int(b, t / 10, l);
		if (t % 10) {
			sbuf_puts(b, decimal_sep(l));
			sbuf_putc(b, (char)('0' + t % 10));
		}
	}
	sbuf_puts(b, l == LANG_FR ? NBSP "%" : "%");
}

char *numfmt_int_str(int64_t v, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	numfmt_int(&b, v, l);
	return sbuf_take(&b);
}

char *numfmt_eur_str(int64_t v, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	numfmt_eur(&b, v, l);
	return sbuf_take(&b);
}

/* Bytes of a grouping mark at s (0: none). */
static size_t grouping_at(const char *s, enum lang l)
{
	if (*s == ' ' || *s == '\'')
		return 1;
	if (*s == ',' && l == LANG_EN)
		return 1;
	if (*s == '.' && l != LANG_EN)
		return 1;
	if (strncmp(s, "\xc2\xa0", 2) == 0)          /* U+00A0 */
		return 2;
	if (strncmp(s, "\xe2\x80\xaf", 3) == 0)      /* U+202F */
		return 3;
	if (strncmp(s, "\xe2\x82\xac", 3) == 0)      /* the euro sign */
		return 3;
	return 0;
}

enum numfmt_read numfmt_parse(const char *s, enum lang l, int64_t max, int64_t *out)
{
	int64_t v = 0;
	bool any = false;
	for (const char *p = s; *p;) {
		size_t g = grouping_at(p, l);
		if (g) {
			p += g;
			continue;
		}
		if (*p < '0' || *p > '9')
			return NUMFMT_NOT_WHOLE;
		v = v * 10 + (*p - '0');
		any = true;
		if (v > max)
			return NUMFMT_TOO_LARGE;
		p++;
	}
	if (!any)
		return NUMFMT_NOT_WHOLE;
	*out = v;
	return NUMFMT_OK;
}
