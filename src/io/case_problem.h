/* case_problem.h: the words for a problem core/case_check.h found: once as
 * the loader reports it (the file's keys), once as the wizard shows it at
 * the field whose answer it refused (the questions' own labels). */
#ifndef NIS2_CASE_PROBLEM_H
#define NIS2_CASE_PROBLEM_H

#include "core/case_check.h"
#include "core/facts.h"
#include "core/lang.h"

/* In the file's terms ("'limited_users' (12001) is more than ..."); fresh. */
char *case_problem_text(const struct case_problem *p);
/* In the wizard's terms, the facts named by their labels in language l;
 * says the answer was not taken; fresh. */
char *case_problem_answer_text(const struct case_problem *p, const struct fact_registry *facts,
			       enum lang l);

#endif
