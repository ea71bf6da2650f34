/* nls.h: the gettext macros for the program's own messages.  The core never
 * uses them: it returns ids and data texts, and the layers above word them. */
#ifndef NIS2_NLS_H
#define NIS2_NLS_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(s, p, n) ngettext((s), (p), (n))

#endif
