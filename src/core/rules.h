/* rules.h: the significance criteria as data (data/rules.yaml), and their
 * evaluation against a case (spec/rules.md): routing, three-valued criteria,
 * recurrence, what is missing, warnings and explanations.
 *
 * The rules are a tree of conditions per criterion, read by io/rules_load.c;
 * this file only interprets them, so a new edition of the guide is a data
 * change. */
#ifndef NIS2_RULES_H
#define NIS2_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/case.h"
#include "core/evaluation.h"
#include "core/lang.h"

enum cond_op {
	COND_FACT,       /* a boolean fact is true */
	COND_SUSPECTED,  /* malicious is yes or unsure */
	COND_GT,         /* a number fact > n */
	COND_GE,         /* a number fact >= n */
	COND_SHARE,      /* count op permille/1000 of base (or > cap) */
	COND_LOSS,       /* loss_eur > min(cap, permille/1000 of turnover_eur) */
	COND_ALL, COND_ANY, COND_NOT,
	COND_RECURRING,  /* G5 (guide) or IR4 (ir) */
};

enum share_op { SHARE_GE, SHARE_GT, SHARE_LE };

struct cond {
	enum cond_op op;
	char *fact;          /* FACT, GT, GE; SHARE: the count */
	char *base;          /* SHARE: "users" or a number fact */
	enum share_op share_op;
	int64_t n;           /* GT, GE: the threshold */
	int64_t permille;    /* SHARE, LOSS */
	bool has_cap;
	int64_t cap;         /* SHARE (gt only), LOSS */
	enum regime recurring;
	size_t n_args;
	struct cond *args;   /* ALL, ANY; NOT has one */
};

enum warning_id {
	WARN_NIS2_UNKNOWN, WARN_ROUTING_DEFAULT, WARN_DORA_SECTOR, WARN_TIME_ORDER,
	WARN_TELECOM, WARN_COUNT
};
const char *warning_name(enum warning_id w);

/* Verdict texts: the verdicts' own, plus two variants. */
enum verdict_text {
	VT_DORA, VT_OUT_OF_SCOPE, VT_UNDETERMINED, VT_NOT_AN_INCIDENT,
	VT_NOT_AN_INCIDENT_IR, VT_NOT_SIGNIFICANT, VT_NOT_SIGNIFICANT_GUIDE, VT_COUNT
};
const char *verdict_text_name(enum verdict_text v);

struct criterion {
	char *id;                 /* "G2a", "IR7b" */
	enum regime regime;
	unsigned types;           /* ir: bit per enum entity_type; 0 = all */
	bool availability;        /* never met by planned maintenance */
	struct cond when;
	struct text3 text;
};

struct ruleset {
	size_t n;
	struct criterion *criteria;     /* in the order of spec/rules.md */
	struct text3 verdicts[VT_COUNT];
	struct text3 warnings[WARN_COUNT];
	struct text3 unsure;
};

void cond_free(struct cond *c);
void ruleset_free(struct ruleset *r);

/* The verdict of case c at instant now, with texts in language l.  *out is
 * filled (free it with evaluation_free). */
void rules_evaluate(const struct ruleset *r, const struct case_file *c, instant_t now,
		    enum lang l, struct evaluation *out);

#endif
