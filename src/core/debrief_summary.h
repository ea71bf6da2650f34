/* debrief_summary.h: a room's results from several trainees' debriefs
 * (pure).  io reads each JSON debrief into a dsum_debrief; the core counts
 * where the room went wrong: per question how many missed it (the room's
 * weak points first), the verdicts, each report's timeliness, the times to
 * the verdict and to the early warning, and the root causes. */
#ifndef NIS2_DEBRIEF_SUMMARY_H
#define NIS2_DEBRIEF_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One answer of one debrief (strings borrowed). */
struct dsum_answer {
	const char *field;
	bool scored;
	bool right;
};

struct dsum_stage {
	const char *stage;     /* "early-warning" */
	const char *status;    /* "on_time", "late", "missing", ... */
	bool late_own;
	bool undue;
};

/* One trainee's debrief, as read (strings borrowed). */
struct dsum_debrief {
	const char *trainee;   /* may be NULL */
	bool verdict_given;
	bool verdict_right;
	size_t n_answers;
	struct dsum_answer *answers;
	size_t n_stages;
	struct dsum_stage *stages;
	size_t n_causes;
	const char **causes;
	bool has_to_verdict;   /* awareness to the first "significant" verdict */
	int64_t to_verdict;
	bool has_to_ew;        /* awareness to the early warning sent */
	int64_t to_ew;
};

struct dsum_question {
	const char *field;
	size_t scored;         /* trainees it was scored for */
	size_t missed;         /* of them, how many did not get it right */
	size_t not_scored;     /* trainees for whom it was not scored */
};

struct dsum_stage_count {
	const char *stage;
	size_t on_time, late, missing, pending, other;
	size_t late_own, undue;
};

struct dsum_times {
	size_t n;              /* debriefs that know the time */
	int64_t min, median, max;  /* median: the lower middle of an even count */
};

struct dsum_cause {
	const char *cause;
	size_t count;
};

struct dsum {
	size_t trainees;
	size_t verdict_right, verdict_wrong, verdict_none;
	size_t n_questions;
	struct dsum_question *questions;   /* most missed first, then by field */
	size_t n_stages;
	struct dsum_stage_count *stages;   /* in order of first appearance */
	struct dsum_times to_verdict, to_ew;
	size_t n_causes;
	struct dsum_cause *causes;         /* most frequent first, then by name */
};

void dsum_build(const struct dsum_debrief *d, size_t n, struct dsum *out);
void dsum_free(struct dsum *s);

#endif
