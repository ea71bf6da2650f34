/* debrief_journal.c: the journal's verdict changes on the debrief's
 * timeline. */
#include "config.h"

#include "io/debrief_journal.h"

#include <stdlib.h>

#include "core/journal.h"
#include "core/journal_timeline.h"
#include "io/casepaths.h"
#include "io/journal_file.h"

bool debrief_add_journal(const char *case_path, instant_t end, struct debrief *d, char **err)
{
	char *path = casepaths_journal(case_path);
	struct journal j;
	bool exists = false;
	if (!journal_file_read(path, &j, &exists, err)) {
		free(path);
		return false;
	}
	if (exists) {
		struct journal_timeline t;
		journal_timeline_build(&j, &t);
		for (size_t i = 0; i < t.n; i++)
			if (t.ev[i].kind == JT_VERDICT && t.ev[i].verdict_known && t.ev[i].at <= end)
				debrief_add_verdict(d, t.ev[i].at, t.ev[i].verdict);
		journal_timeline_free(&t);
	}
	journal_free(&j);
	free(path);
	return true;
}
