/* case_problem.c: the loader's and the wizard's words for a broken rule
 * between values (case_problem.h). */
#include "config.h"

#include "io/case_problem.h"

#include <stdlib.h>

#include "core/numfmt.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "nls.h"

char *case_problem_text(const struct case_problem *p)
{
	switch (p->kind) {
	case CP_USERS_ZERO:
		return xstrdup(_("'users' must be at least 1 (the users of the affected service)"));
	case CP_AFFECTED_ABOVE_USERS:
		return xasprintf(_("'%s' (%lld) is more than the users of the service (entity.users: %lld)"),
				 p->what, (long long)p->value, (long long)p->limit);
	case CP_DOMAINS_ABOVE_TOTAL:
		return xasprintf(_("'integrity_domains' (%lld) is more than 'domains_total' (%lld)"),
				 (long long)p->value, (long long)p->limit);
	case CP_RELATED_NO_AWARE:
		return xstrdup(_("an earlier incident needs 'aware' (when the entity became aware of it)"));
	case CP_DISRUPTION_NONE:
		return xasprintf(_("'%s' says the service was disrupted, but 'incident.disruption' is 'none'"), p->what);
	case CP_ONGOING_RESTORED:
		return xstrdup(_("'incident.restored' is given, but 'incident.disruption' is 'ongoing' (say 'ended')"));
	case CP_COMPLETE_FALSE_MINUTES:
		return xstrdup(_("'complete_outage_minutes' is above 0, but 'complete_outage' is false"));
	case CP_COMPLETE_TRUE_ZERO:
		return xstrdup(_("'complete_outage_minutes' is 0, but 'complete_outage' is true"));
	case CP_NONE:
		break;
	}
	return xstrdup("?");
}

static char *label(const struct fact_registry *facts, const char *name, enum lang l)
{
	const struct fact_def *f = facts && name ? facts_find(facts, name) : NULL;
	return xstrdup(f ? text3_get(&f->label, l) : name ? name : "?");
}

static char *number(int64_t v, enum lang l)
{
	struct sbuf b;
	sbuf_init(&b);
	numfmt_int(&b, v, l);
	char *s = xstrdup(sbuf_str(&b));
	sbuf_free(&b);
	return s;
}

char *case_problem_answer_text(const struct case_problem *p, const struct fact_registry *facts,
			       enum lang l)
{
	char *what, *v, *lim, *total, *text;
	switch (p->kind) {
	case CP_USERS_ZERO:
		return xstrdup(_("Not changed: the number of users is at least 1."));
	case CP_AFFECTED_ABOVE_USERS:
		what = label(facts, p->what, l);
		v = number(p->value, l);
		lim = number(p->limit, l);
		text = xasprintf(_("Not changed: %s (%s) would be more than the users of the service "
				   "(%s). Change the other value first."), what, v, lim);
		free(what);
		free(v);
		free(lim);
		return text;
	case CP_DOMAINS_ABOVE_TOTAL:
		what = label(facts, p->what, l);
		total = label(facts, "domains_total", l);
		v = number(p->value, l);
		lim = number(p->limit, l);
		text = xasprintf(_("Not changed: %s (%s) would be more than %s (%s). Change the other "
				   "value first."), what, v, total, lim);
		free(what);
		free(total);
		free(v);
		free(lim);
		return text;
	case CP_RELATED_NO_AWARE:
		return xstrdup(_("Not saved until you give when you became aware of it."));
	case CP_DISRUPTION_NONE:
		what = label(facts, p->what, l);
		text = xasprintf(_("Not changed: %s says the service was disrupted, but you answered that it "
				   "is not. Change that answer first."), what);
		free(what);
		return text;
	case CP_ONGOING_RESTORED:
		return xstrdup(_("Not changed: a restoration means the disruption is over. Answer that "
				 "it is over first."));
	case CP_COMPLETE_FALSE_MINUTES:
	case CP_COMPLETE_TRUE_ZERO:
		return xstrdup(_("Not changed: the minutes of complete unavailability and whether there "
				 "was any would contradict each other. Change the other value first."));
	case CP_NONE:
		break;
	}
	return xstrdup("?");
}
