/* rules.h: the significance criteria as data (data/rules.yaml), and the
 * evaluator that applies them to a case in three-valued logic
 * (spec/rules.md).
 *
 * io/rules_load.c builds a struct ruleset from the YAML; this module never
 * reads files.  The expression tree is small on purpose: all / any / not,
 * yes-no facts, "suspected", number comparisons, shares of users with an
 * optional "whichever is smaller" cap, euro losses against the lower of an
 * amount and a share of turnover, and recurring incidents. */
#ifndef NIS2_RULES_H
#define NIS2_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/case.h"
#include "core/clock.h"
#include "core/evaluation.h"
#include "core/facts.h"
#include "core/lang.h"
#include "core/sbuf.h"
#include "core/tri.h"

enum expr_kind {
	EX_ALL, EX_ANY, EX_NOT,
	EX_FACT,        /* a yes/no fact is true */
	EX_SUSPECTED,   /* malicious is yes or unsure */
	EX_CMP,         /* fact op k */
	EX_SHARE,       /* count op pct% of base (op gt: optional cap) */
	EX_LOSS_OVER,   /* fact > amount, or fact op pct% of turnover_eur (op gt, or ge) */
	EX_RECURRING,   /* G5 / IR4 */
};

enum cmp_op { CMP_GE, CMP_GT, CMP_LT, CMP_LE };

/* Percentages are held in thousandths of a percent (0.1% = 100), so that
 * every comparison is exact integer arithmetic. */
#define PCT_SCALE 1000

struct recurring_spec {
	bool financial;
	int64_t amount, pct;          /* financial: sum of loss_eur > min(amount, pct) */
	bool pct_ge;                  /* ... or >= pct of turnover (the guide's "5%") */
	bool availability;
	int64_t avail_pct, avail_minutes;
	char *others;                 /* a yes/no fact, or NULL */
	size_t n_reads;
	char **reads;                 /* values of `related` entries it reads */
};

struct expr {
	enum expr_kind kind;
	size_t n;
	struct expr *kids;            /* ALL, ANY (n), NOT (1) */
	char *fact;                   /* FACT, CMP, SHARE (the count), LOSS_OVER */
	char *base;                   /* SHARE: what the count is a share of */
	enum cmp_op op;
	int64_t k;                    /* CMP: the constant; LOSS_OVER: the amount */
	int64_t pct;                  /* SHARE, LOSS_OVER (PCT_SCALE) */
	bool has_cap;
	int64_t cap;                  /* SHARE */
	struct recurring_spec *rec;   /* RECURRING */
};

struct criterion {
	char *ids[ET_COUNT];          /* the id for each entity type it applies to */
	bool availability;            /* not met under planned maintenance */
	struct expr when;
	size_t n_inputs;
	char **inputs;
	struct text3 ref;
	struct text3 text;
	struct text3 threshold;       /* may be empty */
	struct text3 part_financial, part_availability, part_others;
};

enum rules_text {
	RT_DORA, RT_OUT_OF_SCOPE, RT_UNDETERMINED, RT_NOT_AN_INCIDENT,
	RT_NOT_AN_INCIDENT_IR, RT_NOT_SIGNIFICANT, RT_NOT_SIGNIFICANT_IR,
	RT_NOTE_UNSURE, RT_NOTE_COMPUTED, RT_NOTE_CROSSING, RT_NOTE_LASTS_MORE,
	RT_NOTE_LASTS_MORE_1, RT_NOTE_MAINTENANCE_OVERRUN, RT_NOTE_IR_MAY_DECIDE,
	RT_NOTE_TYPE_POSSIBLE, RT_NOTE_TRUST_POSSIBLE, RT_NOTE_MINUTE, RT_NOTE_MINUTES,
	RT_NOTE_NEAR_VALUE,
	RT_WARN_NIS2_UNKNOWN, RT_WARN_ROUTING_DEFAULT, RT_WARN_DORA_SECTOR,
	RT_WARN_DORA_SET_ASIDE, RT_WARN_DORA_NO_SECTOR,
	RT_WARN_TIME_ORDER, RT_WARN_TELECOM,
	RT_COUNT
};

/* What to do now, for the wizard's verdict step (rules.yaml `actions:`):
 * the lines that apply to a verdict, in order, some only when the case
 * says so. */
enum action_when {
	AW_ALWAYS = 0,
	AW_PERSONAL_DATA,   /* incident.personal_data is true (guide D) */
	AW_SUSPECTED,       /* malicious is yes or unsure */
	AW_NO_AWARENESS,    /* incident.aware is not known yet */
	AW_PERSONAL_DATA_UNKNOWN, /* incident.personal_data is not answered */
	AW_UNRESOLVED,      /* incident.resolved is not known */
	AW_RESOLVED,        /* incident.resolved is known */
	AW_COUNT
};
/* "always", "personal-data", "suspected-malicious", "no-awareness",
 * "personal-data-unknown", "unresolved", "resolved" */
bool action_when_from_name(const char *s, enum action_when *out);

struct action {
	unsigned verdicts;        /* bit (1u << verdict) for each verdict it is for */
	enum action_when when;
	bool has_stage;           /* the report's due time follows the text */
	enum stage stage;
	bool heading;             /* a line of its own above the items */
	struct text3 text;
};

struct sector_list {
	size_t n;
	char **ids;
};

struct ruleset {
	char *edition;      /* the guide and regulation followed (`edition:`) */
	size_t n;
	struct criterion *crit;
	struct text3 texts[RT_COUNT];
	size_t n_dora_sectors;
	char **dora_sectors;
	/* The sectors in which each entity type of the IR exists (NIS2 law
	 * annexes I.8, I.9, II.6): with entity.type absent they say whether an
	 * IR type, or a trust service, is possible. */
	struct sector_list type_sectors[ET_COUNT];
	const struct fact_registry *facts;  /* labels and units; not owned */
	size_t n_actions;
	struct action *actions;
};

void ruleset_free(struct ruleset *rs);

/* Evaluates case c as at `now` (for outage minutes of an incident not yet
 * restored, and for the time-order warning), with texts in `lang`.  *out is
 * filled fresh; free it with evaluation_free(). */
void rules_evaluate(const struct ruleset *rs, const struct case_file *c, instant_t now,
		    enum lang lang, struct evaluation *out);

/* The types a case is judged by, as a mask (bit 1u << t): its list of
 * entity types, general when the type is absent. */
unsigned rules_case_types(const struct case_file *c);

/* The criteria that apply to the entity types (mask), in the data's order:
 * their ids (not owned), each once.  Returns the count; ids may be NULL to
 * count only. */
size_t rules_criteria_for(const struct ruleset *rs, unsigned types, const char **ids, size_t max);

/* The facts the case's regime reads, each once, in the order of the rules
 * (what the wizard should ask; no `related` or `incident.aware`).  Returns
 * the count; names (not owned) may be NULL to count only. */
size_t rules_facts_for(const struct ruleset *rs, unsigned types, const char **names, size_t max);

/* Appends to b the threshold of criterion `id` as it applies to this case
 * ("your threshold: € 200.000, the lower of ..."); false when the criterion
 * has no threshold text or does not apply. */
bool rules_threshold_text(const struct ruleset *rs, const struct case_file *c, const char *id,
			  enum lang lang, struct sbuf *b);

/* The values of earlier incidents (`related` entries: loss_eur,
 * outage_minutes, ...) that the recurring criteria of type t read, each
 * once (not owned); 0 when the regime has no recurring criterion.  names
 * may be NULL (max 0) to count only. */
size_t rules_related_reads(const struct ruleset *rs, unsigned types, const char **names, size_t max);

/* A duration the engine computes while it is not answered (outage_minutes,
 * and complete_outage_minutes once complete_outage is true) from the
 * disruption's start to its restoration (or now while it is ongoing),
 * partial minutes rounded up; only when there is a disruption.  False when
 * the fact is answered or cannot be computed. */
bool rules_fact_computed(const struct ruleset *rs, const struct case_file *c, const char *fact,
			 instant_t now, int64_t *v);

/* Appends to b the thresholds of every criterion of the case's regime that
 * measures `fact` (its first input), joined by "; "; false when there is
 * none (or none can be worded yet, e.g. "20% of your users" without users).
 * The wizard shows it under the question. */
bool rules_fact_threshold(const struct ruleset *rs, const struct case_file *c, const char *fact,
			  enum lang lang, struct sbuf *b);

/* The reference ("guide A.2, 2") of criterion id for entity type t, as a
 * fresh string, or NULL. */
char *rules_reference(const struct ruleset *rs, enum entity_type t, const char *id, enum lang lang);

/* The actions that apply to case c under verdict v, in the data's order
 * (pointers into rs); returns the count, out may be NULL (max 0).  An action
 * for a report stage is listed only while d has that stage's row and the
 * report is not recorded (never a report already submitted; a progress
 * report only once it is due). */
size_t rules_actions(const struct ruleset *rs, const struct case_file *c, enum verdict v,
		     const struct deadlines *d, const struct action **out, size_t max);

/* Whether a fact name is one the rules may read (registry or special). */
bool rules_is_input_name(const struct fact_registry *facts, const char *name);

#endif
