/* privacy_render.h: the table of purposes as plain text for a terminal or a
 * pipe: first the purposes that cover a NIS2 notification (with their legal
 * basis, data categories and why), then the whole table grouped by legal
 * basis.  Lines are at most `width` characters. */
#ifndef NIS2_PRIVACY_RENDER_H
#define NIS2_PRIVACY_RENDER_H

#include <stddef.h>

#include "core/lang.h"
#include "core/privacy.h"

/* Only purposes marked ✓ for a category of `filter` are shown (0 or
 * PRIVACY_ALL: all).  Program messages follow the gettext language, data
 * texts language l.  Returns a fresh string. */
char *render_privacy_text(const struct privacy_table *t, enum lang l, privacy_mask filter, size_t width);

/* The GDPR reminder (guide D, GDPR art. 33), one paragraph, for every
 * screen and output that talks about personal data. */
const char *privacy_gdpr_reminder(void);

#endif
