/* case.h: one incident, as the case file holds it (nis2-notify-case(5)).
 *
 * Every optional value carries a `set` flag: an absent fact is unknown, never
 * false or zero.  The case owns all its strings. */
#ifndef NIS2_CASE_H
#define NIS2_CASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/clock.h"
#include "core/lang.h"

#define CASE_FORMAT_VERSION 1

struct opt_i64 { bool set; int64_t v; };
struct opt_bool { bool set; bool v; };
struct opt_time { bool set; instant_t t; };

enum nis2_status { NIS2_UNKNOWN = 0, NIS2_ESSENTIAL, NIS2_IMPORTANT, NIS2_NONE };

enum entity_type {
	ET_GENERAL = 0, ET_DNS, ET_TLD, ET_CLOUD, ET_DATACENTRE, ET_CDN, ET_MSP,
	ET_MSSP, ET_MARKETPLACE, ET_SEARCH_ENGINE, ET_SOCIAL_NETWORK,
	ET_TRUST_SERVICE, ET_COUNT
};

enum malicious { MAL_UNKNOWN = 0, MAL_YES, MAL_NO, MAL_UNSURE };

/* incident.disruption (nis2-notify-case(5), INCIDENT). */
enum disruption { DISRUPTION_NONE = 0, DISRUPTION_ONGOING, DISRUPTION_ENDED, DISRUPTION_COUNT };

/* Report stages, in the order of nis2-notify-case(5)'s `reports:` keys. */
enum stage {
	STAGE_EARLY_WARNING = 0, STAGE_NOTIFICATION, STAGE_INTERMEDIATE,
	STAGE_PROGRESS, STAGE_FINAL, STAGE_RECIPIENTS, STAGE_GDPR, STAGE_COUNT
};

/* Case-file spellings; NULL / false for out-of-range or unknown words. */
const char *nis2_status_name(enum nis2_status s);
bool nis2_status_from_name(const char *s, enum nis2_status *out);
const char *entity_type_name(enum entity_type t);
bool entity_type_from_name(const char *s, enum entity_type *out);
const char *malicious_name(enum malicious m);
bool malicious_from_name(const char *s, enum malicious *out);
const char *disruption_name(enum disruption d);
bool disruption_from_name(const char *s, enum disruption *out);
const char *stage_name(enum stage s);
bool stage_from_name(const char *s, enum stage *out);

struct entity {
	char *name;
	bool nis2_set;
	enum nis2_status nis2;
	bool type_set;
	enum entity_type type;      /* the first listed type */
	unsigned types;             /* bit (1u << t) per listed type; 0 = type alone
				     * (read it with case_entity_types) */
	size_t n_sectors;
	char **sectors;
	struct opt_bool dora;
	struct opt_i64 turnover_eur;
	struct opt_i64 users;
	struct opt_bool public_telecom;
};

struct incident {
	struct opt_time aware, started, detected, logged, restored, resolved;
	struct opt_bool annex_service;
	struct opt_bool planned_maintenance;
	struct opt_bool personal_data;
	struct opt_time gdpr_aware;
	enum malicious malicious;   /* MAL_UNKNOWN when absent */
	bool disruption_set;        /* absent: derived (core/disruption.h) */
	enum disruption disruption;
};

/* One entry of `impact:`: the name is a fact of the registry (facts.h);
 * booleans are held as 0 / 1. */
struct fact_value {
	char *name;
	int64_t v;
};

/* An earlier incident with the same root cause (G5 / IR4). */
struct related {
	struct opt_time aware, started;
	struct opt_bool significant, users_unknown;
	struct opt_i64 loss_eur, outage_minutes, outage_users;
};

/* One field of the online form: text or choice (one value), or a
 * multi-choice (a list). */
struct form_entry {
	char *key;          /* technical name, "9-Incident_Description" */
	bool is_list;
	size_t n;
	char **values;
};

/* How a report reached the CCB (guide A.5): the online form, or the
 * emergency number when the form was unavailable; with the reference the
 * CCB gave, if any.  Case file: `submissions: {STAGE: {channel, reference}}`. */
enum report_channel { CHANNEL_UNKNOWN = 0, CHANNEL_FORM, CHANNEL_PHONE };
/* "form", "phone"; NULL / false for others. */
const char *report_channel_name(enum report_channel ch);
bool report_channel_from_name(const char *s, enum report_channel *out);

struct submission {
	enum report_channel channel;   /* CHANNEL_UNKNOWN when not said */
	char *reference;               /* NULL when none */
};

/* A news item the facilitator typed on the spot during an exercise. */
struct exercise_news {
	instant_t at;                  /* exercise time it was given */
	char *text;
};

/* The most free news an exercise keeps (the loader refuses more). */
#define EXERCISE_NEWS_MAX 200

/* `exercise:` (nis2-notify-case(5), EXERCISE): the state of the training
 * run this case is the trainee's answer to, so that a run cut off (SIGHUP,
 * SIGTERM) resumes where it was and a debrief can be rebuilt from it. */
struct exercise {
	bool set;
	char *scenario;                /* as given to --training: an id or a path */
	char *version;                 /* the scenario's version, NULL when none */
	char *trainee;                 /* NULL when none */
	instant_t at;                  /* exercise time when saved */
	int speed;
	bool paused;
	size_t shown;                  /* injects shown so far */
	struct opt_time ended;         /* set once the exercise is over */
	bool facilitator;              /* the facilitator's clock (--facilitator) */
	size_t n_news;
	struct exercise_news *news;
};

/* Adds a free news item (false when EXERCISE_NEWS_MAX are held). */
bool exercise_add_news(struct exercise *x, instant_t at, const char *text);
void exercise_free(struct exercise *x);

struct case_file {
	int version;
	bool language_set;
	enum lang language;
	struct entity entity;
	struct incident incident;
	size_t n_impact;
	struct fact_value *impact;
	size_t n_related;
	struct related *related;
	struct opt_time reports[STAGE_COUNT];
	struct submission submissions[STAGE_COUNT];
	size_t n_form;
	struct form_entry *form;
	struct exercise exercise;
};

void case_init(struct case_file *c);
void case_free(struct case_file *c);

/* Impact facts by name: returns true and sets *v when known. */
bool case_impact_get(const struct case_file *c, const char *name, int64_t *v);
/* Sets (or replaces) a fact; unset removes it. */
void case_impact_set(struct case_file *c, const char *name, int64_t v);
void case_impact_unset(struct case_file *c, const char *name);

/* The most `related` entries a case holds (the loader refuses more). */
#define CASE_RELATED_MAX 1000

/* Earlier incidents with the same root cause: a new, empty entry at the
 * end (NULL when the list already holds CASE_RELATED_MAX), and removing
 * entry i (the others keep their order). */
struct related *case_related_add(struct case_file *c);
void case_related_remove(struct case_file *c, size_t i);

/* The form's values by technical name. */
const struct form_entry *case_form_get(const struct case_file *c, const char *key);
void case_form_set_text(struct case_file *c, const char *key, const char *value);
void case_form_set_list(struct case_file *c, const char *key, size_t n, const char *const *values);
void case_form_unset(struct case_file *c, const char *key);

/* The listed entity types as a mask (bit 1u << t), 0 when entity.type is
 * absent.  `types` counts only while it holds `type`, so that code which
 * sets the one `type` (a single choice) is never contradicted by an older
 * list. */
unsigned case_entity_types(const struct case_file *c);
unsigned case_entity_types_of(const struct entity *e);
/* Sets the list (mask must not be 0); `type` becomes its first type. */
void case_set_types(struct case_file *c, unsigned mask);
/* How many types the mask lists. */
int entity_types_count(unsigned mask);

/* Sector list helpers. */
bool case_has_sector(const struct case_file *c, const char *id);
void case_set_sectors(struct case_file *c, size_t n, const char *const *ids);

#endif
