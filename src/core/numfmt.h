/* numfmt.h: numbers, euro amounts and percentages as each language writes
 * them, for every output (the wizard, --evaluate, drafts, scenarios, the
 * debrief): 12,000 / 12.000 / 12 000; €250,000 / € 250.000 / 250 000 €;
 * 20% / 20% / 20 %.  The French space is U+00A0 NO-BREAK SPACE rather than
 * U+202F NARROW NO-BREAK SPACE: a terminal gives both one cell, so the
 * narrow one gains nothing on screen, while U+00A0 is in Latin-1, shown by
 * every terminal font, and kept by the CCB's web form when a draft is
 * pasted into it.  Times are io/timefmt.h (their words are translated). */
#ifndef NIS2_NUMFMT_H
#define NIS2_NUMFMT_H

#include <stdint.h>

#include "core/lang.h"
#include "core/sbuf.h"

/* A whole number with the language's thousands separator (French: a
 * no-break space, so that a number never breaks across lines). */
void numfmt_int(struct sbuf *b, int64_t v, enum lang l);
/* An amount in whole euro. */
void numfmt_eur(struct sbuf *b, int64_t v, enum lang l);
/* num/den as a percentage with at most one decimal, rounded down (so that
 * 19.96% never shows as the 20% threshold it does not reach); den > 0. */
void numfmt_pct(struct sbuf *b, int64_t num, int64_t den, enum lang l);

/* The same as fresh strings. */
char *numfmt_int_str(int64_t v, enum lang l);
char *numfmt_eur_str(int64_t v, enum lang l);

/* How a typed whole number reads (the words are io/labels.h's). */
enum numfmt_read {
	NUMFMT_OK,
	NUMFMT_NOT_WHOLE,   /* not digits, or a decimal part */
	NUMFMT_TOO_LARGE,   /* above max */
};
/* A whole number as a person types it in language l: digits with the
 * grouping the language writes (l's thousands separator, a space, a
 * no-break space, an apostrophe; a dot in nl and fr too), a euro sign
 * anywhere.  A decimal separator (en ".", nl/fr ",") is refused, never
 * dropped: "12,5" is not 125. */
enum numfmt_read numfmt_parse(const char *s, enum lang l, int64_t max, int64_t *out);

#endif
