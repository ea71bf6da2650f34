/* tri.h: three-valued logic for criteria whose facts may be unknown. */
#ifndef NIS2_TRI_H
#define NIS2_TRI_H

typedef enum { TRI_FALSE = 0, TRI_TRUE = 1, TRI_UNKNOWN = 2 } tri;

static inline tri tri_and(tri a, tri b)
{
	if (a == TRI_FALSE || b == TRI_FALSE)
		return TRI_FALSE;
	if (a == TRI_TRUE && b == TRI_TRUE)
		return TRI_TRUE;
	return TRI_UNKNOWN;
}

static inline tri tri_or(tri a, tri b)
{
	if (a == TRI_TRUE || b == TRI_TRUE)
		return TRI_TRUE;
	if (a == TRI_FALSE && b == TRI_FALSE)
		return TRI_FALSE;
	return TRI_UNKNOWN;
}

static inline tri tri_from_bool(int b)
{
	return b ? TRI_TRUE : TRI_FALSE;
}

static inline tri tri_not(tri a)
{
	return a == TRI_UNKNOWN ? TRI_UNKNOWN : (a == TRI_TRUE ? TRI_FALSE : TRI_TRUE);
}

#endif
