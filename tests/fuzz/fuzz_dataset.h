/* fuzz_dataset.h: the built-in data (rules, facts, form, ...), loaded once
 * for a whole fuzzing run: every input is judged by the data the program
 * ships.  Built-in data that does not load is a broken build, not a finding:
 * it aborts with the reason. */
#ifndef NIS2_FUZZ_DATASET_H
#define NIS2_FUZZ_DATASET_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "io/dataset.h"

static inline struct dataset *fuzz_dataset(const char *target)
{
	static struct dataset ds;
	static bool loaded;
	if (!loaded) {
		struct datasource src = { NULL };
		char *err = NULL;
		if (!dataset_load(&src, &ds, &err)) {
			fprintf(stderr, "%s: built-in data: %s\n", target, err);
			abort();
		}
		loaded = true;
	}
	return &ds;
}

#endif
