/* debrief_json_read.h: a JSON debrief (io/debrief_json.h) read back for
 * the room summary (core/debrief_summary.h).  A file that is not JSON is
 * refused with its line and column; one that is JSON but not a debrief of
 * this format, naming the key that is missing or wrong. */
#ifndef NIS2_DEBRIEF_JSON_READ_H
#define NIS2_DEBRIEF_JSON_READ_H

#include "core/debrief_summary.h"
#include "io/json_read.h"

struct debrief_file {
	struct json root;
	const char *scenario_id;      /* borrowed from root */
	const char *scenario_version; /* or NULL */
	struct dsum_debrief d;        /* strings borrowed from root */
};

/* Reads path; on failure *err (fresh) names the file and why. */
bool debrief_json_read(const char *path, struct debrief_file *out, char **err);
void debrief_file_free(struct debrief_file *f);

#endif
