/* debrief.h: what the trainee answered and decided, against what the
 * scenario expects.
 *
 * Built from the scenario (its truth and expected section), the trainee's
 * case, and the engine's evaluation and deadlines of that case.  The core
 * only compares; io/debrief_render words it for the trainer. */
#ifndef NIS2_DEBRIEF_H
#define NIS2_DEBRIEF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/case.h"
#include "core/evaluation.h"
#include "core/rules.h"
#include "core/scenario.h"

enum debrief_kind {
	DBV_BOOL, DBV_NUMBER, DBV_TIME, DBV_WORD,
	DBV_FACT,      /* an impact fact: bool or number, as the registry says */
};

/* One side of an answer.  Unset = unknown (left open, or absent). */
struct debrief_value {
	bool set;
	int64_t n;            /* bool (0/1), number, fact or instant; DBV_WORD:
			       * the enum value (nis2_status, entity_type,
			       * malicious), 0 for the sectors */
	char *word;           /* DBV_WORD: case-file spelling ("essential") */
};

enum debrief_mark {
	DBM_MATCH = 0,        /* the same answer */
	DBM_DIFFERS,          /* both answered, differently */
	DBM_UNANSWERED,       /* the scenario knows it, the trainee left it open */
	DBM_EXTRA,            /* the trainee answered what the scenario leaves open */
	DBM_SAME_EFFECT,      /* both answered, differently, but with the same
			       * consequence: the same side of every threshold
			       * (the same verdict and criteria), or a time
			       * within the scenario's tolerance; counts as right */
	DBM_NOT_ASKED,        /* the wizard never asked it of this trainee (their
			       * entity type's rules do not read it): not scored */
	DBM_NOT_REVEALED,     /* neither the briefing nor an inject revealed it
			       * by the debrief: not scored */
};

/* Whether a mark counts in the score (answers_total). */
bool debrief_mark_scored(enum debrief_mark m);

struct debrief_answer {
	char *field;          /* "entity.nis2", "impact.outage_users" */
	enum debrief_kind kind;
	struct debrief_value expected, given;
	enum debrief_mark mark;
	size_t revealed_by;   /* inject index, REVEALED_BRIEFING or
			       * REVEALED_NEVER (core/scenario.h) */
};

enum debrief_crit_mark {
	DBC_BOTH = 0,         /* expected and found by the trainee */
	DBC_MISSED,           /* expected, not met in the trainee's evaluation */
	DBC_EXTRA,            /* met in the trainee's evaluation, not expected */
};

struct debrief_criterion {
	char *id;
	enum entity_type type;  /* the type whose rules name it: the scenario's
				 * for expected ones, the trainee's for extras */
	enum debrief_crit_mark mark;
};

enum debrief_report {
	DBR_ON_TIME = 0,      /* sent, not after the expected due time */
	DBR_LATE,             /* sent after it */
	DBR_MISSING,          /* not sent, and the due time passed in the exercise */
	DBR_PENDING,          /* not sent, still due when the exercise ended */
	DBR_NOT_REQUIRED,     /* sent, but the scenario expects no such report */
	DBR_NO_DUE,           /* expected without a computed time (on request) */
};

struct debrief_stage {
	enum stage stage;
	struct opt_time expected_due;
	struct opt_time trainee_due;   /* from the trainee's own evaluation */
	struct opt_time submitted;     /* exercise time the trainee sent it */
	enum debrief_report report;
	/* Timeliness beyond the due time.  since_aware: from the scenario's
	 * awareness to the sending (set with submitted and an awareness). */
	bool has_since_aware;
	int64_t since_aware;
	bool late_own;                 /* sent after the trainee's own due time,
					* or not sent while it passed */
	bool undue;                    /* on time, but in the second half of the
					* window from awareness to the due time:
					* "without undue delay" asks for sooner */
};

/* One moment of the exercise's timeline: news that came in, or a decision
 * of the trainee. */
enum debrief_event_kind {
	DBE_INJECT = 0,       /* an inject shown (by the debrief's end) */
	DBE_VERDICT,          /* the trainee's verdict changed (from a journal) */
	DBE_REPORT,           /* the trainee recorded a report as sent */
};

struct debrief_event {
	instant_t at;
	enum debrief_event_kind kind;
	size_t inject;        /* DBE_INJECT: its index */
	enum verdict verdict; /* DBE_VERDICT */
	enum stage stage;     /* DBE_REPORT */
};

struct debrief {
	enum verdict expected_verdict;
	bool given_set;                /* false: no evaluation to compare */
	enum verdict given_verdict;
	bool verdict_match;
	instant_t end;                 /* exercise time of the debrief */
	const char *trainee;           /* the trainee's or team's name (not
					* owned; set by the caller), or NULL */
	/* The trainee's first verdict "significant", by the exercise clock:
	 * known only from a decision journal (set by the caller; debrief_build
	 * leaves it unset). */
	bool verdict_at_set;
	instant_t verdict_at;
	struct opt_time aware;         /* the scenario's awareness */
	enum entity_type type;         /* the scenario's entity type: whose rules
					* the answers are read by */
	size_t n_answers;
	struct debrief_answer *answers;
	size_t n_criteria;
	struct debrief_criterion *criteria;
	size_t n_stages;
	struct debrief_stage stages[STAGE_COUNT];
	/* Root causes, named before the details. */
	bool wrong_type;               /* the trainee read the case by another
					* entity type's rules (trainee_type) */
	enum entity_type trainee_type;
	bool wrong_aware;              /* awareness beyond the tolerance: every
					* deadline moves with it (guide A.4) */
	/* The timeline, by time (news before a decision of the same minute):
	 * the injects shown and the reports sent (debrief_build), and the
	 * verdict changes a decision journal gives (debrief_add_verdict). */
	size_t n_events;
	struct debrief_event *events;
	/* Counts for a one-line summary. */
	size_t answers_right, answers_total;
	size_t reports_on_time, reports_late, reports_missing;
};

/* Compares.  `ev` and `dl` are the engine's answers for `trainee` (NULL
 * when there is no evaluation: then only the answers and the reports sent
 * are compared); `end` is the exercise time at which the debrief is made.
 * rs (may be NULL: every answer is asked, and graded exactly) decides which
 * questions the wizard asked this trainee (core/asked.h) and grades a
 * different answer by its consequence for the scenario's case. */
void debrief_build(const struct ruleset *rs, const struct scenario *s,
		   const struct case_file *trainee,
		   const struct evaluation *ev, const struct deadlines *dl,
		   instant_t end, struct debrief *out);
/* Puts a verdict change of the trainee's on the timeline; the first
 * "significant" also sets verdict_at (the times from awareness and to the
 * early warning). */
void debrief_add_verdict(struct debrief *d, instant_t at, enum verdict v);
void debrief_free(struct debrief *d);

#endif
