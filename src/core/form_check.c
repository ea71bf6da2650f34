/* form_check.c: what the online form would refuse, checked before the user
 * pastes it: lengths in characters, e-mail, phone, date, options, and the
 * KBO/BCE enterprise number's checksum. */
#include "config.h"

#include "core/form.h"
#include "core/utf8.h"

#include <string.h>

static const char *const problem_names[FORM_PROBLEM_COUNT] = {
	"ok", "missing", "too-long", "bad-email", "bad-phone", "bad-date", "bad-kbo",
	"bad-option", "not-shown",
};

const char *form_problem_name(enum form_problem p)
{
	return (unsigned)p < FORM_PROBLEM_COUNT ? problem_names[p] : NULL;
}

size_t form_char_units(uint32_t c)
{
	return c == '\n' || c >= 0x10000 ? 2 : 1;
}

size_t form_chars(const char *s)
{
	if (!s)
		return 0;
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s);
	while (left) {
		uint32_t c;
		size_t k = utf8_decode(p, left, &c);
		if (!k) {
			k = 1;      /* an invalid byte: one character, as shown */
			c = 0xFFFD;
		}
		n += form_char_units(c);
		p += k;
		left -= k;
	}
	return n;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool local_char(unsigned char c)
{
	/* RFC 5322 atext, plus UTF-8 (RFC 6531) */
	return c >= 0x80 || is_alnum((char)c) || (c && strchr("!#$%&'*+/=?^_`{|}~-", c));
}

bool form_email_valid(const char *s)
{
	const char *at = s ? strchr(s, '@') : NULL;
	if (!at || at == s || strchr(at + 1, '@'))
		return false;
	size_t local = (size_t)(at - s);
	if (local > 64 || s[0] == '.' || at[-1] == '.')
		return false;
	for (const char *p = s; p < at; p++) {
		if (*p == '.') {
			if (p[1] == '.')
				return false;
		} else if (!local_char((unsigned char)*p)) {
			return false;
		}
	}
	/* the domain: at least two labels of letters, digits and inner
	 * hyphens; the last (the TLD) not all digits */
	const char *d = at + 1;
	size_t labels = 0;
	if (strlen(d) > 253)
		return false;
	while (*d) {
		const char *start = d;
		bool all_digits = true;
		while (*d && *d != '.') {
			unsigned char c = (unsigned char)*d;
			if (!(c >= 0x80 || is_alnum(*d) || *d == '-'))
				return false;
			if (!is_digit(*d))
				all_digits = false;
			d++;
		}
		size_t len = (size_t)(d - start);
		if (len == 0 || len > 63 || start[0] == '-' || d[-1] == '-')
			return false;
		labels++;
		if (*d == '.') {
			d++;
			if (!*d)
				return false;
		} else if (all_digits) {
			return false;
		}
	}
	return labels >= 2;
}

bool form_phone_valid(const char *s)
{
	size_t digits = 0;
	bool in_group = false;
	if (!s)
		return false;
	const char *p = s;
	if (*p == '+')
		p++;
	for (; *p; p++) {
		if (is_digit(*p)) {
			digits++;
		} else if (*p == '(') {
			if (in_group)
				return false;
			in_group = true;
		} else if (*p == ')') {
			if (!in_group || p[-1] == '(')
				return false;
			in_group = false;
		} else if (*p == ' ' || *p == '.' || *p == '/' || *p == '-') {
			if (in_group)
				return false;
		} else {
			return false;
		}
	}
	return !in_group && digits >= 8 && digits <= 15;
}

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Reads 1..max digits; returns the number of characters used, 0 if none. */
static size_t read_num(const char *s, size_t min, size_t max, int *out)
{
	size_t i = 0;
	int v = 0;
	while (i < max && is_digit(s[i]))
		v = v * 10 + (s[i++] - '0');
	if (i < min || is_digit(s[i]))
		return 0;
	*out = v;
	return i;
}

bool form_date_valid(const char *s)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int m, d, y;
	size_t n;
	if (!s || !(n = read_num(s, 1, 2, &m)) || s[n] != '/')
		return false;
	s += n + 1;
	if (!(n = read_num(s, 1, 2, &d)) || s[n] != '/')
		return false;
	s += n + 1;
	if (!(n = read_num(s, 4, 4, &y)) || s[n] != '\0')
		return false;
	if (m < 1 || m > 12 || y < 1900 || d < 1)
		return false;
	return d <= days[m - 1] + (m == 2 && leap(y));
}

bool form_kbo_find(const char *text, bool *checksum_ok)
{
	for (const char *p = text; p && *p; p++) {
		if (!is_digit(*p) || (p > text && is_digit(p[-1])))
			continue;
		/* a run of digits, grouped by single dots or spaces */
		char digits[16];
		size_t n = 0;
		const char *q = p;
		for (;;) {
			if (is_digit(*q)) {
				if (n < sizeof digits - 1)
					digits[n] = *q;
				n++;
				q++;
			} else if ((*q == '.' || *q == ' ') && is_digit(q[1])) {
				q++;
			} else {
				break;
			}
		}
		if (n != 9 && n != 10)
			continue;
		if (n == 9) {
			memmove(digits + 1, digits, 9);
			digits[0] = '0';
		}
		if (digits[0] != '0' && digits[0] != '1')
			continue;
		long first8 = 0;
		for (int i = 0; i < 8; i++)
			first8 = first8 * 10 + (digits[i] - '0');
		int check = (digits[8] - '0') * 10 + (digits[9] - '0');
		*checksum_ok = 97 - (int)(first8 % 97) == check;
		return true;
	}
	return false;
}

enum form_problem form_check_value(const struct form_def *def, const struct form_field *f,
				   size_t n, const char *const *values)
{
	if (f->kind != FORM_MULTI && n > 1)
		return FORM_BAD_OPTION;
	if (f->kind == FORM_CHOICE || f->kind == FORM_MULTI) {
		const struct form_optlist *l = form_optlist_find(def, f->options);
		/* a list not loaded (no sector data) cannot be checked */
		for (size_t i = 0; l && l->n && i < n; i++)
			if (!form_option_find(def, f, values[i]))
				return FORM_BAD_OPTION;
		return FORM_OK;
	}
	if (n == 0 || values[0][0] == '\0')
		return FORM_OK;
	const char *v = values[0];
	switch (f->kind) {
	case FORM_DATE:
		return form_date_valid(v) ? FORM_OK : FORM_BAD_DATE;
	case FORM_EMAIL:
		return form_email_valid(v) ? FORM_OK : FORM_BAD_EMAIL;
	case FORM_PHONE:
		return form_phone_valid(v) ? FORM_OK : FORM_BAD_PHONE;
	default:
		break;
	}
	if (f->limit && form_chars(v) > f->limit)
		return FORM_TOO_LONG;
	bool ok;
	if (f->kbo && form_kbo_find(v, &ok) && !ok)
		return FORM_BAD_KBO;
	return FORM_OK;
}
