/* scenario.h: a training scenario (man/nis2-notify-case.5, SCENARIOS).
 *
 * A scenario is a case file with a `scenario:` section.  The case part holds
 * the whole truth as the trainer knows it; the trainee never sees it, only
 * the briefing and the injects that arrive on the exercise clock.  The
 * expected answers (verdict, criteria met, due times) are what the engine
 * computes from that truth at the end of the exercise: make check proves it
 * for every shipped scenario. */
#ifndef NIS2_SCENARIO_H
#define NIS2_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/case.h"
#include "core/clock.h"
#include "core/evaluation.h"
#include "core/lang.h"

/* A fact revealed while the exercise runs ("the press calls", "forensics
 * found ..."): shown when the exercise clock reaches `at`. */
struct inject {
	instant_t at;
	struct text3 text;
	/* What the trainee is expected to do when it arrives (`action:`), for
	 * the facilitator's guide only: never shown to a trainee.  All NULL
	 * when the scenario gives none. */
	struct text3 action;
	size_t n_reveals;
	char **reveals;         /* the answers it reveals, by the debrief's
				 * field names ("impact.loss_eur") */
};

/* A passage of the guide that the debrief points to. */
struct guide_ref {
	/* "A.4", "Bijlage 3, art. 14": a plain string in the file is the
	 * same in every language of the scenario. */
	struct text3 section;
	struct text3 text;      /* what it says, in short */
};

struct scenario_expected {
	enum verdict verdict;
	size_t n_met;
	char **met;             /* criterion ids, in rules order */
	/* The due time of every stage that has one; a stage without one (on
	 * request, no deadline, not applicable) is not set. */
	struct opt_time due[STAGE_COUNT];
};

struct scenario {
	char *id;               /* the name it was loaded by ("water-scada-alert",
				 * a file's name without .yaml), or NULL */
	char *version;          /* `version:` of the scenario section, or NULL */
	struct text3 title;
	struct text3 briefing;
	struct text3 lesson;
	instant_t start;        /* the exercise clock starts here */
	instant_t end;          /* and the exercise ends here (debrief time) */
	size_t n_injects;
	struct inject *injects; /* in order of `at` */
	size_t n_refs;
	struct guide_ref *refs;
	/* `expected:`, absent while a scenario is being written (the check
	 * refuses to train on it without). */
	bool has_expected;
	struct scenario_expected expected;
	struct case_file truth;
	/* The answers the briefing reveals (`reveals:` under scenario).  A
	 * scenario that names no reveal anywhere is read as revealing the
	 * whole truth with its briefing (has_reveals false). */
	size_t n_reveals;
	char **reveals;
	bool has_reveals;
	/* A time answer within this many seconds of the truth's has the same
	 * consequence (`tolerance_minutes`; 0: exact). */
	int64_t tolerance_s;
	/* The languages its texts are given in (1u << enum lang), the same for
	 * every text: the scenario is offered in these only, never with
	 * another language's text in their place. */
	unsigned langs;
	/* `self_paced: true`: a trainee on their own may jump the clock and
	 * end the exercise; otherwise only the facilitator may. */
	bool self_paced;
};

/* Whether the scenario has its texts in language l.  Check it before an
 * exercise starts (or a guide is printed) in l: a scenario is not offered
 * in a language it lacks. */
bool scenario_has_lang(const struct scenario *s, enum lang l);

/* Its languages as codes in the tool's order, "en, nl, fr" or "nl": for
 * messages and lists.  Writes at most SCENARIO_LANGS_LEN bytes. */
#define SCENARIO_LANGS_LEN 12
void scenario_lang_codes(const struct scenario *s, char buf[SCENARIO_LANGS_LEN]);

/* The first of its languages in the tool's order (en, nl, fr). */
enum lang scenario_first_lang(const struct scenario *s);

/* Text t of the scenario in l.  A caller shows a scenario only in its
 * languages (scenario_has_lang); should one still ask for another, the text
 * in the scenario's first language is returned rather than NULL, so that
 * nothing crashes.  NULL only for a text the scenario does not give at all
 * (an inject without `action:`). */
const char *scenario_text(const struct scenario *s, const struct text3 *t, enum lang l);

/* Where an answer was revealed: by the briefing, by an inject, or not yet
 * (nor ever) by the time `by`. */
#define REVEALED_BRIEFING ((size_t)-1)
#define REVEALED_NEVER ((size_t)-2)

/* The inject index that revealed `field` first, not after `by`;
 * REVEALED_BRIEFING or REVEALED_NEVER. */
size_t scenario_revealed_by(const struct scenario *s, const char *field, instant_t by);

void scenario_init(struct scenario *s);
void scenario_free(struct scenario *s);

/* The index of the first inject after `seen` injects whose time has come
 * by `now`, or n_injects when none is due yet.  Injects are shown in order,
 * each once: the caller counts the ones it has shown. */
size_t scenario_next_inject(const struct scenario *s, size_t seen, instant_t now);

#endif
