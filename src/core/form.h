/* form.h: the CCB's online notification form (data/form.yaml) and a draft of
 * it for one case at one stage.
 *
 * The definition is data: sections, fields A to Y by their technical names
 * (kept exactly as the guide prints them, "9-Assessment_Severity" included),
 * labels and help in three languages, kinds, the stages in which each field
 * is mandatory, conditions, limits, option lists, and what the guide (A.6)
 * says each stage should contain.  io/form_load.c fills it.
 *
 * A draft resolves every field's value: the user's own value in the case
 * file's `form:` map always wins; else what the case already knows (prefill);
 * else a text proposed from the verdict and the facts (proposal).  It then
 * checks each value for this stage: mandatory fields left empty, texts over
 * their limit in characters (never truncated), e-mail, phone, date, options,
 * and the KBO/BCE enterprise number's checksum. */
#ifndef NIS2_FORM_H
#define NIS2_FORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/case.h"
#include "core/evaluation.h"
#include "core/lang.h"

enum form_kind {
	FORM_CHOICE = 0,  /* one option id */
	FORM_MULTI,       /* a list of option ids */
	FORM_DATE,        /* MM/DD/YYYY, as the form asks */
	FORM_TEXT,        /* free text, `limit` characters at most when > 0 */
	FORM_EMAIL,
	FORM_PHONE,
	FORM_KIND_COUNT
};
/* "choice", "multi-choice", "date", "text", "email", "phone" */
const char *form_kind_name(enum form_kind k);
bool form_kind_from_name(const char *s, enum form_kind *out);

struct form_option {
	char *id;            /* what the case file's form: map holds */
	struct text3 label;
};

struct form_optlist {
	char *id;            /* "yes-no", "sectors", ... */
	size_t n;
	struct form_option *opts;
};

struct form_section {
	char *id;            /* the guide's technical name, "DETAILS VAN HET INCIDENT" */
	struct text3 label;
};

struct form_field {
	char letter;         /* 'A' .. 'Y' */
	char *name;          /* technical name, "1-Submitter" */
	size_t section;      /* index into form_def.sections */
	enum form_kind kind;
	size_t limit;        /* maximum characters; 0: none */
	bool mandatory[STAGE_COUNT];
	bool visible;        /* false: the form does not show it (20-Anonymous) */
	char *when_field;    /* shown only when that field ... */
	char *when_is;       /* ... holds this option; both NULL: always */
	char *options;       /* option list id (choice kinds), or NULL */
	bool kbo;            /* the text may carry a KBO/BCE number: check it */
	struct text3 label;
	struct text3 help;
};

/* What the guide says a field should hold at one stage. */
struct form_note {
	char *field;
	struct text3 note;
};

struct form_stage_guide {
	enum stage stage;
	struct text3 guidance;  /* guide A.6 */
	size_t n_notes;
	struct form_note *notes; /* the fields that matter most, in order */
};

/* A part of a composed proposal: used when every fact it needs is known
 * and not zero. */
struct form_part {
	size_t n_needs;
	char **needs;
	struct text3 text;
};

struct form_proposal {
	char *field;
	bool has_verdict[VERDICT_COUNT];
	struct text3 by_verdict[VERDICT_COUNT];
	size_t n_parts;
	struct form_part *parts;
};

struct form_def {
	size_t n_sections;
	struct form_section *sections;
	size_t n_fields;
	struct form_field *fields;        /* in form order, A to Y */
	size_t n_optlists;
	struct form_optlist *optlists;
	size_t n_stages;
	struct form_stage_guide *stages;
	size_t n_proposals;
	struct form_proposal *proposals;
	char **keys;                      /* NULL-terminated field names, for the case loader */
	const char *edition;              /* the rules' edition every draft names (borrowed from
					   * the ruleset by io/dataset.c), or NULL */
};

void form_def_free(struct form_def *def);
/* Fills def->keys from def->fields (the loader calls it once). */
void form_def_index(struct form_def *def);
const struct form_field *form_field_find(const struct form_def *def, const char *name);
const struct form_optlist *form_optlist_find(const struct form_def *def, const char *id);
/* The option of field f with this id, or NULL. */
const struct form_option *form_option_find(const struct form_def *def, const struct form_field *f,
					   const char *id);
/* Adds (or replaces) an option list; takes ownership of *list and empties
 * it.  The sector list comes from data/sectors.yaml this way. */
void form_def_put_optlist(struct form_def *def, struct form_optlist *list);

/* The stages a draft of the CCB form can be made for: early-warning,
 * notification, intermediate, final, progress (not recipients, not gdpr). */
bool form_stage_valid(enum stage s);
/* The first stage whose report is not yet recorded in c->reports:
 * early-warning, then notification, then final -- or progress instead of
 * final while deadlines (may be NULL) hold a progress report and none is
 * recorded.  Once everything is submitted: final. */
enum stage form_current_stage(const struct case_file *c, const struct deadlines *d);
const struct form_stage_guide *form_stage_guide(const struct form_def *def, enum stage s);
/* What the guide says field `name` should hold at stage s, or NULL when the
 * field is not one that matters most there. */
const struct text3 *form_field_note(const struct form_def *def, enum stage s, const char *name);

/* ---- checks, usable on their own (the wizard checks as the user types) */

enum form_problem {
	FORM_OK = 0,
	FORM_MISSING,      /* mandatory at this stage and empty */
	FORM_TOO_LONG,     /* more characters than the limit */
	FORM_BAD_EMAIL,
	FORM_BAD_PHONE,
	FORM_BAD_DATE,     /* not a real MM/DD/YYYY date */
	FORM_BAD_KBO,      /* an enterprise number whose checksum is wrong */
	FORM_BAD_OPTION,   /* not one of the field's options, or several for a choice */
	FORM_NOT_SHOWN,    /* a value in a field the form does not show now */
	FORM_PROBLEM_COUNT
};
/* "ok", "missing", "too-long", ... (the JSON spelling) */
const char *form_problem_name(enum form_problem p);

/* What the form's limits count, as a browser's maxlength does: UTF-16
 * code units (a character beyond U+FFFF, an emoji, counts 2), a line
 * break 2 (the form submits it as CR LF: the safe side), so that a text
 * the counter accepts is never cut by the form. */
size_t form_chars(const char *s);
/* The same count for one character. */
size_t form_char_units(uint32_t c);
bool form_email_valid(const char *s);
/* Digits with an optional leading +, spaces, dots, slashes, hyphens and one
 * "(0)"-style group; 8 to 15 digits (E.164). */
bool form_phone_valid(const char *s);
bool form_date_valid(const char *s);
/* Finds a Belgian enterprise number (KBO/BCE) in text: ten digits, or nine
 * without the leading 0, optionally grouped by dots or spaces and prefixed
 * "BE".  Returns false when there is none; else true with *checksum_ok
 * telling whether 97 - (first 8 digits mod 97) equals the last two. */
bool form_kbo_find(const char *text, bool *checksum_ok);
/* The first problem of one field's value (n values; for single-value kinds
 * n is 0 or 1), leaving aside whether it is mandatory or shown. */
enum form_problem form_check_value(const struct form_def *def, const struct form_field *f,
				   size_t n, const char *const *values);

/* ---- a draft */

enum form_source {
	FORM_EMPTY = 0,
	FORM_USER,        /* the case file's form: map */
	FORM_PREFILL,     /* from what the case knows */
	FORM_PROPOSAL,    /* a text proposed from the verdict and the facts */
};
/* "empty", "user", "prefill", "proposal" */
const char *form_source_name(enum form_source s);

struct form_value {
	const struct form_field *field;
	enum form_source source;
	size_t n;
	char **values;           /* fresh copies; one for texts and choices */
	bool shown;              /* visible and its condition holds */
	bool mandatory;          /* at this stage, and shown */
	size_t chars;            /* characters of the text (n == 1), else 0 */
	enum form_problem problem;
	const struct text3 *note; /* guidance beside the field at this stage, or NULL */
};

struct form_draft {
	enum stage stage;
	bool has_verdict;
	enum verdict verdict;
	bool voluntary;          /* guide B: out-of-scope, not-significant, not-an-incident */
	bool dora;               /* the NIS2 procedure does not apply (guide A.3) */
	bool gdpr;               /* guide D: a separate notification to the GBA/APD */
	bool gdpr_unknown;       /* personal data not answered: the reminder that it may be due */
	bool gdpr_has_due;
	instant_t gdpr_due;
	bool gdpr_status_set;
	enum deadline_status gdpr_status;
	size_t n;
	struct form_value *values; /* one per field, in form order */
	size_t n_missing;
	size_t n_problems;        /* values with a problem other than missing */
};

/* The proposal for field `name` (language l), or NULL: a fresh string. */
char *form_propose(const struct form_def *def, const struct case_file *c,
		   const struct evaluation *ev, const char *name, enum lang l);
/* The value the case already knows for field `name` at stage s (fresh
 * values in *out, count returned; 0: none). */
size_t form_prefill(const struct case_file *c, enum stage s, const char *name, char ***out);

/* Builds the draft of case c for stage s in language l.  ev and d (the
 * verdict and the deadlines) may be NULL: then no proposal from the verdict,
 * no voluntary mark and no GDPR deadline. */
void form_draft_build(const struct form_def *def, const struct case_file *c,
		      const struct evaluation *ev, const struct deadlines *d,
		      enum stage s, enum lang l, struct form_draft *out);
void form_draft_free(struct form_draft *d);
const struct form_value *form_draft_get(const struct form_draft *d, const char *name);

#endif
