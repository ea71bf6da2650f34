/* rules_internal.h: what the parts of the rules engine share (not for other
 * modules): the evaluation context of one case at one instant, the values
 * it reads (durations computed from the times, lower bounds while the
 * disruption goes on), the expression evaluator and the text expander.
 *
 * rules_eval.c    values, expressions, recurring incidents
 * rules_text.c    the explanations' placeholders and thresholds
 * rules.c         rules_evaluate: routing, criteria, missing, near, warnings
 * rules_query.c   what the wizard asks: the facts, thresholds, references
 * rules_data.c    actions, and freeing a ruleset */
#ifndef NIS2_RULES_INTERNAL_H
#define NIS2_RULES_INTERNAL_H

#include "core/rules.h"
#include "core/disruption.h"

/* The durations the engine computes from the incident's times when they
 * are not answered (spec/rules.md, "Durations computed from the times"). */
enum { DUR_OUTAGE = 0, DUR_COMPLETE, DUR_COUNT };

struct duration {
	const char *fact;       /* outage_minutes, complete_outage_minutes */
	bool set;               /* known (typed, computed, or 0) */
	bool computed;          /* from the times */
	bool needs_restored;    /* ended but not restored: unknown */
	int64_t v;
};

struct ctx {
	const struct ruleset *rs;
	const struct case_file *c;
	instant_t now;
	enum lang lang;
	unsigned types;          /* the types judged (bit 1u << t); general when absent */
	bool type_absent;
	bool planned;
	enum disruption dis;
	bool dis_stated;
	bool have_start;
	instant_t start;         /* the disruption's start, as for outage_minutes */
	struct duration dur[DUR_COUNT];
	/* A value tried in place of the case's (the `near` list). */
	const char *try_fact;
	int64_t try_v;
	/* The last recurring evaluation, for its explanation. */
	int64_t rec_count, rec_loss, rec_minutes;
	tri rec_fin, rec_avail, rec_others;
	int64_t rec_threshold_amount, rec_threshold_pct;
};

void rules_ctx_init(struct ctx *x, const struct ruleset *rs, const struct case_file *c,
		    instant_t now, enum lang lang);
/* The types a case is judged by: its list, general when absent. */
unsigned rules_case_types(const struct case_file *c);

int rules_cmp_products(int64_t a, int64_t b, int64_t c, int64_t d);
bool rules_value_of(const struct ctx *x, const char *name, int64_t *v);
/* Whether `name` is a duration that can still grow (ongoing disruption). */
bool rules_lower_bound(const struct ctx *x, const char *name);
const struct duration *rules_duration(const struct ctx *x, const char *name);
tri rules_share(int64_t count, bool base_set, int64_t base, enum cmp_op op,
		int64_t pct, bool has_cap, int64_t cap);
/* v > amount, or v op pct% of turnover (op: > , or >= when pct_ge). */
tri rules_loss_over(int64_t v, bool turnover_set, int64_t turnover, int64_t amount, int64_t pct,
		    bool pct_ge);
tri rules_eval_expr(struct ctx *x, const struct expr *e);
bool rules_expr_uses_suspected(const struct expr *e);
const struct expr *rules_expr_find(const struct expr *e, enum expr_kind k);
/* The comparison of `fact` with a constant in e (ge / gt), or NULL. */
const struct expr *rules_expr_cmp_of(const struct expr *e, const char *fact);
bool rules_expr_reads(const struct expr *e, const char *fact);
bool rules_this_date(const struct case_file *c, instant_t *t);
bool rules_in_window(const struct case_file *c, const struct related *r);
bool rules_related_has(const struct related *r, const char *what);

int64_t rules_euro_threshold(const struct ctx *x, int64_t amount, int64_t pct);
bool rules_users_limit(const struct ctx *x, const struct expr *s, int64_t *out);
void rules_put_article(struct sbuf *b, const char *id);
void rules_expand(struct sbuf *b, const char *tmpl, const struct ctx *x,
		  const struct criterion *cr, const char *id);
/* A text of rules.yaml with {name} placeholders filled from vars (pairs of
 * name, value, ending with NULL). */
char *rules_fill(const struct ruleset *rs, enum rules_text t, enum lang lang, const char *const *vars);
char *rules_fill_text(const struct text3 *text, enum lang lang, const char *const *vars);

/* The criterion with this id for any of the types, or NULL. */
const struct criterion *rules_find_crit(const struct ruleset *rs, unsigned types, const char *id);
void rules_expr_free(struct expr *e);

#endif
