/* dataset.h: every data file the commands need, loaded once: the facts and
 * the rules (for the verdict), the sectors, and what each part adds.  The
 * case loader's schema comes from here, so a case is checked against the
 * same data that evaluates it. */
#ifndef NIS2_DATASET_H
#define NIS2_DATASET_H

#include <stdbool.h>

#include "core/facts.h"
#include "core/form.h"
#include "core/rules.h"
#include "core/sectors.h"
#include "io/case_load.h"
#include "io/datafiles.h"

struct dataset {
	struct fact_registry facts;
	struct ruleset rules;           /* data/rules.yaml */
	struct sector_registry sectors;
	struct form_def form;           /* data/form.yaml, with the sectors attached */
};

/* Loads every data file from src (a folder, or the built-in copy).  On
 * failure returns false, leaves *ds empty and sets *err to a fresh
 * "FILE:LINE:COLUMN: message". */
bool dataset_load(const struct datasource *src, struct dataset *ds, char **err);
void dataset_free(struct dataset *ds);

/* The schema to read a case file with (valid while ds lives). */
struct case_schema dataset_case_schema(const struct dataset *ds);

#endif
