/* facts.h: the registry of impact facts (spec/rules.md, "Facts").
 *
 * The registry is data (data/facts.yaml): its names are what the case file's
 * `impact:` map may hold, its kinds say how to read each value, and its
 * questions are what the wizard asks.  The core only looks names up. */
#ifndef NIS2_FACTS_H
#define NIS2_FACTS_H

#include <stddef.h>
#include <stdint.h>

#include "core/lang.h"

/* The largest number a case may hold: keeps every product in the rules
 * (a value times 1000) far inside int64_t. */
#define FACT_NUMBER_MAX INT64_C(1000000000000000)

enum fact_kind {
	FACT_BOOL,    /* true / false */
	FACT_NUMBER,  /* non-negative integer: a count, minutes or euro */
};

enum fact_unit { UNIT_NONE, UNIT_USERS, UNIT_MINUTES, UNIT_EUR, UNIT_DOMAINS };

struct fact_def {
	char *name;           /* "outage_users" */
	enum fact_kind kind;
	enum fact_unit unit;
	char *group;          /* question group id, as the guide groups them */
	struct text3 question; /* what the wizard asks */
	struct text3 help;     /* the guide's wording, shown beside the question */
};

struct fact_registry {
	size_t n;
	struct fact_def *defs;
};

const struct fact_def *facts_find(const struct fact_registry *reg, const char *name);
void facts_free(struct fact_registry *reg);

#endif
