/* numfmt.h: numbers, euro amounts and percentages as each language writes
 * them: 1,000 / 1.000 / 1 000; €250,000 / € 250.000 / 250 000 €. */
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

#endif
