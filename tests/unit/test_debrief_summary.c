/* test_debrief_summary.c: a room's debriefs counted (core/debrief_summary.h):
 * the most missed questions first, an unscored answer never a miss, the
 * verdicts, the reports by stage, the times' min/median/max, root causes;
 * and a JSON debrief read back for it (io/debrief_json_read.h), a file that
 * is not a debrief refused with the key that is wrong. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/debrief_summary.h"
#include "io/debrief_json_read.h"

static void test_counts(void **state)
{
	(void)state;
	struct dsum_answer a1[] = { { "incident.aware", true, false }, { "impact.death", true, true },
				    { "entity.dora", false, false } };
	struct dsum_answer a2[] = { { "incident.aware", true, false }, { "impact.death", true, false },
				    { "entity.dora", false, false } };
	struct dsum_answer a3[] = { { "incident.aware", true, true }, { "impact.death", true, true },
				    { "entity.users", true, false } };
	struct dsum_stage s1[] = { { "early-warning", "on_time", false, true }, { "notification", "missing", true, false } };
	struct dsum_stage s2[] = { { "early-warning", "late", true, false } };
	const char *c1[] = { "wrong_entity_type", "awareness_beyond_tolerance" };
	const char *c2[] = { "awareness_beyond_tolerance" };
	struct dsum_debrief d[] = {
		{ "A", true, true, 3, a1, 2, s1, 2, c1, true, 600, true, 7200 },
		{ "B", true, false, 3, a2, 1, s2, 1, c2, false, 0, true, 3600 },
		{ NULL, false, false, 3, a3, 0, NULL, 0, NULL, true, 60, true, 90000 },
		{ "D", true, true, 0, NULL, 0, NULL, 0, NULL, true, 1200, false, 0 },
	};
	struct dsum s;
	dsum_build(d, 4, &s);
	assert_int_equal(s.trainees, 4);
	assert_int_equal(s.verdict_right, 2);
	assert_int_equal(s.verdict_wrong, 1);
	assert_int_equal(s.verdict_none, 1);

	/* The room's weak point first; a question not scored is no miss. */
	assert_int_equal(s.n_questions, 4);
	assert_string_equal(s.questions[0].field, "incident.aware");
	assert_int_equal(s.questions[0].missed, 2);
	assert_int_equal(s.questions[0].scored, 3);
	assert_string_equal(s.questions[1].field, "entity.users");
	assert_int_equal(s.questions[1].missed, 1);
	assert_string_equal(s.questions[2].field, "impact.death");
	assert_int_equal(s.questions[2].missed, 1);
	assert_string_equal(s.questions[3].field, "entity.dora");
	assert_int_equal(s.questions[3].missed, 0);
	assert_int_equal(s.questions[3].scored, 0);
	assert_int_equal(s.questions[3].not_scored, 2);

	assert_int_equal(s.n_stages, 2);
	assert_string_equal(s.stages[0].stage, "early-warning");
	assert_int_equal(s.stages[0].on_time, 1);
	assert_int_equal(s.stages[0].late, 1);
	assert_int_equal(s.stages[0].late_own, 1);
	assert_int_equal(s.stages[0].undue, 1);
	assert_int_equal(s.stages[1].missing, 1);

	/* Times: only those known; the lower middle of an even count. */
	assert_int_equal(s.to_verdict.n, 3);
	assert_int_equal(s.to_verdict.min, 60);
	assert_int_equal(s.to_verdict.median, 600);
	assert_int_equal(s.to_verdict.max, 1200);
	assert_int_equal(s.to_ew.n, 3);
	assert_int_equal(s.to_ew.median, 7200);
	assert_int_equal(s.to_ew.max, 90000);

	assert_int_equal(s.n_causes, 2);
	assert_string_equal(s.causes[0].cause, "awareness_beyond_tolerance");
	assert_int_equal(s.causes[0].count, 2);
	assert_int_equal(s.causes[1].count, 1);
	dsum_free(&s);

	/* An empty room. */
	dsum_build(NULL, 0, &s);
	assert_int_equal(s.trainees, 0);
	assert_int_equal(s.to_ew.n, 0);
	dsum_free(&s);
}

static char *write_tmp(const char *text)
{
	char *path = strdup("/tmp/test_debrief_summary.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

#define GOOD "{\"format\": \"nis2-notify-debrief\", \"format_version\": 1, \"trainee\": \"Ann\",\n" \
	     " \"scenario\": {\"id\": \"water\", \"version\": null},\n" \
	     " \"verdict\": {\"expected\": \"significant\", \"given\": \"significant\", \"match\": true},\n" \
	     " \"root_causes\": [{\"cause\": \"awareness_beyond_tolerance\"}],\n" \
	     " \"answers\": [{\"field\": \"incident.aware\", \"scored\": true, \"right\": false}],\n" \
	     " \"stages\": [{\"stage\": \"early-warning\", \"status\": \"late\", \"late_own\": true, \"undue_delay\": false}],\n" \
	     " \"times\": {\"awareness_to_verdict_s\": null, \"awareness_to_early_warning_s\": 3600}}\n"

static void refused(const char *text, const char *want)
{
	char *path = write_tmp(text);
	struct debrief_file f;
	char *err = NULL;
	bool ok = debrief_json_read(path, &f, &err);
	unlink(path);
	if (ok) {
		debrief_file_free(&f);
		fail_msg("accepted: %s", text);
	}
	if (!strstr(err, want) || strncmp(err, path, strlen(path)) != 0)
		fail_msg("'%s' does not name the file and say '%s'", err, want);
	free(err);
	free(path);
}

static void test_read(void **state)
{
	(void)state;
	char *path = write_tmp(GOOD);
	struct debrief_file f;
	char *err = NULL;
	if (!debrief_json_read(path, &f, &err))
		fail_msg("%s", err);
	unlink(path);
	free(path);
	assert_string_equal(f.scenario_id, "water");
	assert_null(f.scenario_version);
	assert_string_equal(f.d.trainee, "Ann");
	assert_true(f.d.verdict_given);
	assert_true(f.d.verdict_right);
	assert_int_equal(f.d.n_answers, 1);
	assert_false(f.d.answers[0].right);
	assert_int_equal(f.d.n_stages, 1);
	assert_true(f.d.stages[0].late_own);
	assert_int_equal(f.d.n_causes, 1);
	assert_false(f.d.has_to_verdict);
	assert_true(f.d.has_to_ew);
	assert_int_equal(f.d.to_ew, 3600);
	debrief_file_free(&f);

	refused("{\"format\": \"nis2-notify-debrief\",\n  \"x\": ]}", ":2:8: ");
	refused("[]", "must be an object");
	refused("{\"format\": \"something-else\"}", "'format'");
	refused("{\"format\": \"nis2-notify-debrief\", \"format_version\": 2}", "'format_version'");
	char bad[sizeof(GOOD) + 16];
	snprintf(bad, sizeof(bad), "%s", GOOD);
	char *p = strstr(bad, "\"scored\": true");
	memcpy(p, "\"scored\": 1   ", 14);
	refused(bad, "'answers[0].scored' must be true or false");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
