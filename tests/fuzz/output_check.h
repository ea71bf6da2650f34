/* output_check.h: what every text the program prints or exports must be,
 * whatever the input: valid UTF-8 with no control character but newline
 * (and tab where allowed), so no escape sequence from a case file or a paste
 * reaches a terminal or an export (issue 7).  A violation aborts: the fuzzer
 * reports it as a crash with the input that caused it. */
#ifndef NIS2_FUZZ_OUTPUT_CHECK_H
#define NIS2_FUZZ_OUTPUT_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

static inline void output_check(const char *what, const char *s, bool allow_tab)
{
	if (!s)
		return;
	size_t len = strlen(s);
	if (!utf8_valid(s, len)) {
		fprintf(stderr, "%s: output is not valid UTF-8\n", what);
		abort();
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		bool c1 = c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80
			&& (unsigned char)s[i + 1] <= 0x9F;
		if ((c < 0x20 && c != '\n' && !(allow_tab && c == '\t')) || c == 0x7F || c1) {
			fprintf(stderr, "%s: control character 0x%02x at byte %zu of output\n",
				what, c1 ? (unsigned char)s[i + 1] : c, i);
			abort();
		}
	}
}

#endif
