/* test_journal_timeline.c: a journal read as the case's story (issue 21,
 * and the debrief of issue 22): entries placed from the moment of
 * awareness, the first "significant" verdict marked, each report measured
 * against the due time the journal knew when it was sent (late is
 * negative), and each stage's last due time and submission. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/journal.h"
#include "core/journal_timeline.h"
#include "core/sbuf.h"
#include "core/xalloc.h"

#define AWARE INT64_C(1795336200)   /* 2026-11-22T09:30:00+01:00 */
#define H 3600

static void line(struct sbuf *b, struct journal_entry *e, uint64_t seq)
{
	e->seq = seq;
	char *l = journal_format_line(e);
	sbuf_puts(b, l);
	free(l);
	journal_entry_free(e);
}

static void test_story(void **state)
{
	(void)state;
	struct sbuf b;
	sbuf_init(&b);
	struct journal_entry e;
	char t[CLOCK_FMT_LEN];

	journal_entry_init(&e, JK_ANSWER, AWARE + H);
	journal_entry_add(&e, "fact", "incident.aware");
	journal_entry_add(&e, "old", NULL);
	clock_format(AWARE, t);
	journal_entry_add(&e, "new", t);
	line(&b, &e, 1);

	journal_entry_init(&e, JK_VERDICT, AWARE + 3 * H + 600);
	journal_entry_add(&e, "verdict", "undetermined");
	journal_entry_add_list(&e, "met", 0, NULL);
	line(&b, &e, 2);

	journal_entry_init(&e, JK_VERDICT, AWARE + 4 * H);
	journal_entry_add(&e, "verdict", "significant");
	const char *met[] = { "G2a" };
	journal_entry_add_list(&e, "met", 1, met);
	clock_format(AWARE + 24 * H, t);
	journal_entry_add(&e, "due-early-warning", t);
	clock_format(AWARE + 72 * H, t);
	journal_entry_add(&e, "due-notification", t);
	line(&b, &e, 3);

	/* early warning 5 h after awareness: 19 h before its deadline */
	journal_entry_init(&e, JK_REPORT, AWARE + 5 * H);
	journal_entry_add(&e, "stage", "early-warning");
	clock_format(AWARE + 5 * H, t);
	journal_entry_add(&e, "submitted", t);
	line(&b, &e, 4);

	/* a second "significant" is not the first */
	journal_entry_init(&e, JK_VERDICT, AWARE + 6 * H);
	journal_entry_add(&e, "verdict", "significant");
	journal_entry_add_list(&e, "met", 1, met);
	clock_format(AWARE + 24 * H, t);
	journal_entry_add(&e, "due-early-warning", t);
	clock_format(AWARE + 72 * H, t);
	journal_entry_add(&e, "due-notification", t);
	line(&b, &e, 5);

	/* the notification 2 h late */
	journal_entry_init(&e, JK_REPORT, AWARE + 80 * H);
	journal_entry_add(&e, "stage", "notification");
	clock_format(AWARE + 74 * H, t);
	journal_entry_add(&e, "submitted", t);
	line(&b, &e, 6);

	struct journal j;
	journal_parse(b.s, b.len, &j);
	assert_int_equal(j.n, 6);
	assert_int_equal(j.n_damaged, 0);
	struct journal_timeline tl;
	journal_timeline_build(&j, &tl);
	assert_true(tl.origin_set);
	assert_int_equal(tl.origin, AWARE);
	assert_int_equal(tl.n, 6);
	assert_true(tl.ev[1].since_set);
	assert_int_equal(tl.ev[1].since, 3 * H + 600);        /* T+3h10 */
	assert_int_equal(tl.ev[1].kind, JT_VERDICT);
	assert_false(tl.ev[1].first_significant);
	assert_true(tl.ev[2].first_significant);
	assert_false(tl.ev[4].first_significant);
	assert_int_equal(tl.ev[3].kind, JT_REPORT);
	assert_true(tl.ev[3].due_set);
	assert_int_equal(tl.ev[3].margin, 19 * H);           /* 19 hours before */
	assert_int_equal(tl.ev[5].margin, -2 * H);           /* 2 hours late */
	assert_true(tl.stages[STAGE_NOTIFICATION].submitted_set);
	assert_int_equal(tl.stages[STAGE_NOTIFICATION].due, AWARE + 72 * H);
	assert_true(tl.verdict_known);
	assert_int_equal(tl.verdict, VERDICT_SIGNIFICANT);
	journal_timeline_free(&tl);
	journal_free(&j);
	sbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_story),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
