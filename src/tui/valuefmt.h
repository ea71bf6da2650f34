/* valuefmt.h: numbers and times as the wizard shows and reads them. */
#ifndef NIS2_TUI_VALUEFMT_H
#define NIS2_TUI_VALUEFMT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/clock.h"

/* "250 000": digits grouped by three with a space, as on Belgian forms. */
char *vf_number(int64_t v);
/* "Sun 2026-11-22 09:30": Brussels time, weekday in the current language. */
char *vf_time(instant_t t);
/* "2026-11-22 09:30": what the date field is prefilled with. */
char *vf_time_input(instant_t t);
/* A count, minutes or euro: digits, grouping spaces, dots or apostrophes
 * allowed; at most FACT_NUMBER_MAX.  On failure *err says why (fresh). */
bool vf_parse_number(const char *s, int64_t *out, char **err);
/* A Brussels date and time (clock_parse), "2026-11-22 9:30" too. */
bool vf_parse_time(const char *s, instant_t *out, char **err);
/* "3 h 05 min" / "2 d 3 h" for a countdown, never rounded down. */
char *vf_duration(int64_t seconds);

#endif
