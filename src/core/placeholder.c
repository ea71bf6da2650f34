/* placeholder.c: see placeholder.h. */
#include "config.h"

#include "core/placeholder.h"

#include <string.h>

enum placeholder_result placeholder_at(const char *p, char name[PLACEHOLDER_NAME_MAX],
				       const char **end)
{
	const char *close;
	if (*p != '{' || !(close = strchr(p, '}')))
		return PH_TEXT;
	size_t len = (size_t)(close - p - 1);
	if (len >= PLACEHOLDER_NAME_MAX)
		return PH_TOO_LONG;
	memcpy(name, p + 1, len);
	name[len] = '\0';
	*end = close;
	return PH_NAME;
}
