/* base64.h: standard base64 of a byte string (RFC 4648, with padding). */
#ifndef NIS2_CORE_BASE64_H
#define NIS2_CORE_BASE64_H

#include <stddef.h>

/* Standard base64 of data[0..len); a fresh string. */
char *base64_encode(const unsigned char *data, size_t len);

#endif
