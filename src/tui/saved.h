/* saved.h: the cases saved in the state folder, for the start screen:
 * each with its entity, its moment of awareness and its next deadline. */
#ifndef NIS2_TUI_SAVED_H
#define NIS2_TUI_SAVED_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

struct app;

struct saved_item {
	char *path;
	char *summary;   /* "EW 09:30 -3h12 | Waterbedrijf NV | aware Sun 2026-11-22 09:30" */
	bool open;       /* read, and its final report not yet recorded as sent */
	time_t mtime;    /* last saved */
};

struct saved_list {
	size_t n;
	struct saved_item *items;
};

/* Reads the state folder (most recently saved first); a case that cannot be read is listed with the
 * reason, so the user sees it exists. */
void saved_list_load(struct app *a, struct saved_list *out);
void saved_list_free(struct saved_list *l);

#endif
