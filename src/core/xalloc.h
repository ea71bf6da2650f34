/* xalloc.h: checked allocation.  Running out of memory is not a state the
 * tool can do anything useful in, so these abort rather than return NULL;
 * every caller can then treat the result as valid. */
#ifndef NIS2_XALLOC_H
#define NIS2_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows an array of count elements of size bytes to at least need elements. */
void *xgrow(void *p, size_t *count, size_t need, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
