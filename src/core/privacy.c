/* privacy.c: the table of purposes and the questions asked of it. */
#include "config.h"

#include "core/privacy.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const category_ids[PRIV_CATEGORY_COUNT] = {
	"identification", "communications", "video", "penalties",
};

void privacy_table_init(struct privacy_table *t)
{
	memset(t, 0, sizeof(*t));
}

void privacy_table_free(struct privacy_table *t)
{
	text3_free(&t->title);
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		text3_free(&t->categories[c].short_name);
		text3_free(&t->categories[c].name);
	}
	for (size_t i = 0; i < t->n_bases; i++) {
		free(t->bases[i].id);
		text3_free(&t->bases[i].name);
	}
	free(t->bases);
	for (size_t i = 0; i < t->n_purposes; i++) {
		struct privacy_purpose *p = &t->purposes[i];
		free(p->id);
		text3_free(&p->text);
		for (int c = 0; c < PRIV_CATEGORY_COUNT; c++)
			text3_free(&p->notes[c]);
		text3_free(&p->for_notification);
	}
	free(t->purposes);
	free(t->notification);
	privacy_table_init(t);
}

const char *privacy_category_id(enum privacy_category c)
{
	return (unsigned)c < PRIV_CATEGORY_COUNT ? category_ids[c] : NULL;
}

bool privacy_category_from_id(const char *id, enum privacy_category *out)
{
	if (!id)
		return false;
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		if (strcmp(id, category_ids[c]) == 0) {
			*out = (enum privacy_category)c;
			return true;
		}
	}
	return false;
}

bool privacy_purpose_has(const struct privacy_purpose *p, enum privacy_category c)
{
	return (unsigned)c < PRIV_CATEGORY_COUNT && (p->marks & PRIVACY_MASK(c));
}

bool privacy_purpose_for_notification(const struct privacy_purpose *p)
{
	return p->for_notification.s[LANG_EN] != NULL;
}

size_t privacy_select(const struct privacy_table *t, size_t basis, privacy_mask filter,
		      bool notification_only, size_t *out)
{
	size_t n = 0;
	filter &= PRIVACY_ALL;
	size_t count = notification_only ? t->n_notification : t->n_purposes;
	for (size_t k = 0; k < count; k++) {
		size_t i = notification_only ? t->notification[k] : k;
		const struct privacy_purpose *p = &t->purposes[i];
		if (basis != SIZE_MAX && p->basis != basis)
			continue;
		if (filter != 0 && filter != PRIVACY_ALL && !(p->marks & filter))
			continue;
		out[n++] = i;
	}
	return n;
}

privacy_mask privacy_union(const struct privacy_table *t, const size_t *sel, size_t n)
{
	privacy_mask m = 0;
	for (size_t i = 0; i < n; i++)
		m |= t->purposes[sel[i]].marks;
	return m;
}
