/* resume.c: the position of the wizard in a case, kept beside it.  Three
 * lines, "step N", "item ID", "editing 0|1": no text of the case, so the
 * file holds nothing personal; it is rewritten atomically at each flush
 * (SIGHUP, SIGTERM, quitting). */
#include "config.h"

#include "tui/resume.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "io/casepaths.h"
#include "io/fileio.h"
#include "tui/app.h"
#include "tui/qlist.h"
#include "tui/screens.h"

void resume_save(struct app *a)
{
	if (!a->case_open || !a->case_path || a->training)
		return;
	struct screen *at = NULL;
	for (size_t i = a->depth; i-- > 0;)
		if (a->stack[i]->step >= 2) {
			at = a->stack[i];
			break;
		}
	if (!at)
		return;
	int item = -1;
	bool editing = false;
	struct qlist *q = qlist_of_screen(at);
	if (q && q->sel < q->n) {
		item = q->items[q->sel].id;
		editing = q->editing;
	}
	char *text = xasprintf("step %d\nitem %d\nediting %d\n", at->step, item, editing ? 1 : 0);
	char *path = casepaths_position(a->case_path);
	char *err = NULL;
	if (!file_save_atomic(path, text, strlen(text), &err))
		free(err);   /* a lost position costs a few keys, never an answer */
	free(path);
	free(text);
}

bool resume_restore(struct app *a)
{
	if (!a->case_open || !a->case_path)
		return false;
	char *path = casepaths_position(a->case_path);
	char *text = NULL, *err = NULL;
	size_t len;
	bool have = file_read_all(path, &text, &len, &err);
	free(path);
	free(err);
	if (!have)
		return false;
	int step = 0, item = -1, editing = 0;
	bool ok = sscanf(text, "step %d\nitem %d\nediting %d", &step, &item, &editing) == 3 &&
		  step >= 2 && step <= 9;
	free(text);
	if (!ok)
		return false;
	/* Every step up to it, so that Esc goes back through the walk. */
	for (int n = 2; n <= step; n++)
		app_goto_step(a, n);
	struct screen *top = app_top(a);
	struct qlist *q = top ? qlist_of_screen(top) : NULL;
	if (q && item != -1)
		qlist_want(q, item, editing != 0);
	return true;
}
