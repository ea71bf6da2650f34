/* facts.h: the registry of impact facts (nis2-notify-data(5), FACTS).
 *
 * The registry is data (data/facts.yaml): its names are what the case file's
 * `impact:` map may hold, its kinds say how to read each value, and its
 * questions are what the wizard asks.  The core only looks names up. */
#ifndef NIS2_FACTS_H
#define NIS2_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/lang.h"

/* The largest number a case may hold: keeps every product in the rules
 * (a value times 1000) far inside int64_t. */
#define FACT_NUMBER_MAX INT64_C(1000000000000000)

enum fact_kind {
	FACT_BOOL,    /* true / false */
	FACT_NUMBER,  /* non-negative integer: a count, minutes or euro */
	FACT_CHOICE,  /* yes / no / unsure: only `malicious` */
};

/* Where the case file keeps a fact: most are in `impact:`; users and
 * turnover_eur in `entity:`, malicious in `incident:`. */
enum fact_place { FACT_IN_IMPACT, FACT_IN_ENTITY, FACT_IN_INCIDENT };

enum fact_unit { UNIT_NONE, UNIT_USERS, UNIT_MINUTES, UNIT_EUR, UNIT_DOMAINS };

struct fact_def {
	char *name;           /* "outage_users" */
	enum fact_kind kind;
	enum fact_unit unit;
	enum fact_place place;
	char *group;          /* question group id, as the guide groups them */
	struct text3 label;    /* a short name, for explanations */
	struct text3 question; /* what the wizard asks */
	struct text3 help;     /* the guide's wording, shown beside the question */
};

/* A group of questions, as the guide groups them. */
struct fact_group {
	char *id;
	struct text3 title;
	bool earlier_incidents;  /* the wizard asks for earlier incidents here */
};

struct fact_registry {
	size_t n;
	struct fact_def *defs;
	size_t n_groups;
	struct fact_group *groups;
};

const struct fact_def *facts_find(const struct fact_registry *reg, const char *name);
const struct fact_group *facts_find_group(const struct fact_registry *reg, const char *id);
void facts_free(struct fact_registry *reg);

#endif
