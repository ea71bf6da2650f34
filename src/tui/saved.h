/* saved.h: the cases saved in the state folder, for the start screen:
 * each with its entity, its moment of awareness and its next deadline. */
#ifndef NIS2_TUI_SAVED_H
#define NIS2_TUI_SAVED_H

#include <stddef.h>

struct app;

struct saved_item {
	char *path;
	char *summary;   /* "Waterbedrijf NV | aware Sun 2026-11-22 09:30 | next: ..." */
};

struct saved_list {
	size_t n;
	struct saved_item *items;
};

/* Reads the state folder; a case that cannot be read is listed with the
 * reason, so the user sees it exists. */
void saved_list_load(struct app *a, struct saved_list *out);
void saved_list_free(struct saved_list *l);

#endif
