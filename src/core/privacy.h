/* privacy.h: the CCB's table of purposes (privacy notice, Annex I), as
 * data/privacy.yaml gives it: for each purpose, its legal basis and which of
 * four categories of personal data the CCB processes for it.
 *
 * Pure: the loader (io/privacy_load.h) fills the table; screens and commands
 * ask it which purposes to show.  The four categories are fixed by the
 * notice (one column each); the bases and purposes are data. */
#ifndef NIS2_PRIVACY_H
#define NIS2_PRIVACY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/lang.h"

enum privacy_category {
	PRIV_IDENTIFICATION = 0,  /* identification, contact and family details */
	PRIV_COMMUNICATIONS,      /* browsing and electronic communications data */
	PRIV_VIDEO,               /* video surveillance of enclosed premises */
	PRIV_PENALTIES,           /* administrative or criminal penalties */
	PRIV_CATEGORY_COUNT
};

/* A set of categories, one bit per enum privacy_category. */
typedef unsigned privacy_mask;
#define PRIVACY_MASK(c) (1u << (unsigned)(c))
#define PRIVACY_ALL ((1u << PRIV_CATEGORY_COUNT) - 1u)

struct privacy_category_text {
	struct text3 short_name;   /* "Video": a column heading, a filter key */
	struct text3 name;         /* the notice's column heading */
};

struct privacy_basis {
	char *id;                  /* "legal-obligation" */
	struct text3 name;         /* "Compliance with a legal obligation" */
};

struct privacy_purpose {
	char *id;
	size_t basis;              /* index into privacy_table.bases */
	struct text3 text;
	privacy_mask marks;        /* categories marked ✓ in the notice */
	/* A note the notice puts in a cell ("Traffic log files"); all NULL
	 * where there is none. */
	struct text3 notes[PRIV_CATEGORY_COUNT];
	/* Why the purpose covers the data of a NIS2 notification; all NULL
	 * for purposes that do not (the table's `notification` list). */
	struct text3 for_notification;
};

struct privacy_table {
	struct text3 title;
	struct privacy_category_text categories[PRIV_CATEGORY_COUNT];
	size_t n_bases;
	struct privacy_basis *bases;
	size_t n_purposes;
	struct privacy_purpose *purposes;   /* in the notice's order, by basis */
	/* The purposes that cover a notification, in the order to show them
	 * (indices into purposes). */
	size_t n_notification;
	size_t *notification;
};

void privacy_table_init(struct privacy_table *t);
void privacy_table_free(struct privacy_table *t);

/* "identification", "communications", "video", "penalties". */
const char *privacy_category_id(enum privacy_category c);
bool privacy_category_from_id(const char *id, enum privacy_category *out);

bool privacy_purpose_has(const struct privacy_purpose *p, enum privacy_category c);
/* True when the purpose covers the personal data of a NIS2 notification. */
bool privacy_purpose_for_notification(const struct privacy_purpose *p);

/* Selects purposes into out (room for t->n_purposes): those of basis
 * `basis` (SIZE_MAX: any), marked ✓ for at least one category of `filter`
 * (PRIVACY_ALL or 0: no filter), and, when notification_only, that cover a
 * notification.  In table order; with notification_only in the order of
 * the table's notification list.  Returns the count. */
size_t privacy_select(const struct privacy_table *t, size_t basis, privacy_mask filter,
		      bool notification_only, size_t *out);

/* The categories that the selected purposes process, together. */
privacy_mask privacy_union(const struct privacy_table *t, const size_t *sel, size_t n);

#endif
