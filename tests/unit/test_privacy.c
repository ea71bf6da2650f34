/* test_privacy.c: the table of purposes (data/privacy.yaml) is complete and
 * well-formed, the loader refuses what the PDF extract could smuggle in
 * (garbled marks, missing languages), and the core selects the right
 * purposes. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/privacy.h"
#include "core/wrap.h"
#include "io/privacy_load.h"
#include "io/privacy_render.h"
#include "core/utf8.h"

static void load_builtin(struct privacy_table *t)
{
	char *err = NULL;
	privacy_table_init(t);
	if (!privacy_load(NULL, t, &err))
		fail_msg("built-in privacy.yaml: %s", err);
}

static void assert_text3(const struct text3 *t, const char *what)
{
	for (int l = 0; l < LANG_COUNT; l++) {
		if (!t->s[l] || !t->s[l][0])
			fail_msg("%s: no %s text", what, lang_code((enum lang)l));
	}
}

/* Every purpose has a basis, four marks (at least one ✓) and every text in
 * three languages; the bases are the notice's four, in its order. */
static void test_data_complete(void **state)
{
	(void)state;
	struct privacy_table t;
	load_builtin(&t);
	assert_int_equal(t.n_bases, 4);
	assert_string_equal(t.bases[0].id, "legal-obligation");
	assert_string_equal(t.bases[1].id, "public-interest");
	assert_string_equal(t.bases[2].id, "contract-or-consent");
	assert_string_equal(t.bases[3].id, "legitimate-interest");
	assert_text3(&t.title, "title");
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		assert_text3(&t.categories[c].name, "category");
		assert_text3(&t.categories[c].short_name, "category short");
	}
	size_t per_basis[4] = { 0 };
	size_t for_notification = 0;
	for (size_t i = 0; i < t.n_purposes; i++) {
		const struct privacy_purpose *p = &t.purposes[i];
		assert_true(p->basis < t.n_bases);
		per_basis[p->basis]++;
		/* The table is in the notice's order: grouped by basis. */
		if (i > 0)
			assert_true(t.purposes[i - 1].basis <= p->basis);
		assert_int_not_equal(p->marks, 0);
		assert_int_equal(p->marks & ~PRIVACY_ALL, 0);
		assert_text3(&p->text, p->id);
		assert_text3(&t.bases[p->basis].name, "basis");
		for (int c = 0; c < PRIV_CATEGORY_COUNT; c++)
			if (p->notes[c].s[LANG_EN])
				assert_text3(&p->notes[c], p->id);
		if (privacy_purpose_for_notification(p)) {
			assert_text3(&p->for_notification, p->id);
			for_notification++;
		}
	}
	/* The notice's rows, counted on its pages: 50 + 3 + 8 + 4. */
	assert_int_equal(t.n_purposes, 65);
	assert_int_equal(per_basis[0], 50);
	assert_int_equal(per_basis[1], 3);
	assert_int_equal(per_basis[2], 8);
	assert_int_equal(per_basis[3], 4);
	assert_true(for_notification >= 3);
	privacy_table_free(&t);
}

/* The purposes the issue names as applying to a notification do. */
static void test_notification_purposes(void **state)
{
	(void)state;
	static const char *const expected[] = {
		"incident-notification", "information-sharing-authorities", "supervision",
	};
	struct privacy_table t;
	load_builtin(&t);
	size_t *sel = calloc(t.n_purposes, sizeof(*sel));
	size_t n = privacy_select(&t, SIZE_MAX, 0, true, sel);
	for (size_t e = 0; e < sizeof(expected) / sizeof(expected[0]); e++) {
		bool found = false;
		for (size_t i = 0; i < n; i++)
			found = found || strcmp(t.purposes[sel[i]].id, expected[e]) == 0;
		if (!found)
			fail_msg("%s does not apply to a notification", expected[e]);
	}
	/* Every one of them is under a legal obligation: a notification is
	 * the law's, not a contract or consent. */
	for (size_t i = 0; i < n; i++)
		assert_string_equal(t.bases[t.purposes[sel[i]].basis].id, "legal-obligation");
	free(sel);
	privacy_table_free(&t);
}

static const char good_head[] =
	"privacy: 1\n"
	"title: {en: T, nl: T, fr: T}\n"
	"categories:\n"
	"  - {id: identification, short: {en: a, nl: a, fr: a}, text: {en: a, nl: a, fr: a}}\n"
	"  - {id: communications, short: {en: b, nl: b, fr: b}, text: {en: b, nl: b, fr: b}}\n"
	"  - {id: video, short: {en: c, nl: c, fr: c}, text: {en: c, nl: c, fr: c}}\n"
	"  - {id: penalties, short: {en: d, nl: d, fr: d}, text: {en: d, nl: d, fr: d}}\n"
	"bases:\n"
	"  - id: one\n"
	"    text: {en: One, nl: Een, fr: Un}\n"
	"    purposes:\n";

static bool load_with_tail(const char *purposes, const char *tail, struct privacy_table *t, char **err)
{
	size_t len = strlen(good_head) + strlen(purposes) + strlen(tail);
	char *buf = malloc(len + 1);
	strcpy(buf, good_head);
	strcat(buf, purposes);
	strcat(buf, tail);
	privacy_table_init(t);
	bool ok = privacy_load_buffer("t.yaml", buf, len, t, err);
	free(buf);
	return ok;
}

static bool load_with(const char *purposes, struct privacy_table *t, char **err)
{
	return load_with_tail(purposes, "notification: []\n", t, err);
}

static void expect_error(const char *purposes, const char *where, const char *words)
{
	struct privacy_table t;
	char *err = NULL;
	if (load_with(purposes, &t, &err)) {
		privacy_table_free(&t);
		fail_msg("accepted: %s", purposes);
	}
	assert_non_null(err);
	if (strncmp(err, where, strlen(where)) != 0 || !strstr(err, words))
		fail_msg("expected '%s...%s', got '%s'", where, words, err);
	free(err);
	assert_int_equal(t.n_purposes, 0);
}

static void test_loader_strict(void **state)
{
	(void)state;
	/* A garbled mark from the PDF. */
	expect_error("      - {id: p, marks: [\xe2\x9c\x93, \"*\", \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n",
		     "t.yaml:12:28:", "*");
	expect_error("      - {id: p, marks: [\xe2\x9c\x93, \xd0\xb6, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n",
		     "t.yaml:12:28:", "\xd0\xb6");
	/* Three marks, not four. */
	expect_error("      - {id: p, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n",
		     "t.yaml:12:24:", "4");
	/* A missing language. */
	expect_error("      - {id: p, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b}}\n",
		     "t.yaml:12:", "fr");
	/* An unknown key (a typo must not drop a fact). */
	expect_error("      - {id: p, mark: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n",
		     "t.yaml:12:17:", "mark");
	/* No marks at all, and a purpose that processes nothing. */
	expect_error("      - {id: p, text: {en: a, nl: b, fr: c}}\n", "t.yaml:12:9:", "marks");
	expect_error("      - {id: p, marks: [\xc3\x97, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n",
		     "t.yaml:12:24:", "at least one");
	/* The same purpose twice. */
	expect_error("      - {id: p, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n"
		     "      - {id: p, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n",
		     "t.yaml:13:", "'p'");
	/* A note in a × cell. */
	expect_error("      - {id: p, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c},\n"
		     "         notes: {video: {en: a, nl: b, fr: c}}}\n",
		     "t.yaml:13:", "video");
}

static void test_loader_notification_list(void **state)
{
	(void)state;
	static const char one[] =
		"      - {id: p, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: b, fr: c}}\n";
	struct privacy_table t;
	char *err = NULL;
	/* A purpose that is not in the table. */
	assert_false(load_with_tail(one, "notification:\n  - {purpose: q, why: {en: a, nl: b, fr: c}}\n", &t, &err));
	assert_non_null(strstr(err, "t.yaml:14:15:"));
	assert_non_null(strstr(err, "'q'"));
	free(err);
	/* Twice the same. */
	assert_false(load_with_tail(one, "notification:\n  - {purpose: p, why: {en: a, nl: b, fr: c}}\n"
				    "  - {purpose: p, why: {en: a, nl: b, fr: c}}\n", &t, &err));
	assert_non_null(strstr(err, "t.yaml:15:"));
	free(err);
	/* Without why in three languages. */
	assert_false(load_with_tail(one, "notification:\n  - {purpose: p, why: {en: a, fr: c}}\n", &t, &err));
	assert_non_null(strstr(err, "nl"));
	free(err);
	/* The list is required. */
	assert_false(load_with_tail(one, "", &t, &err));
	assert_non_null(strstr(err, "notification"));
	free(err);
	assert_int_equal(t.n_purposes, 0);
}

static void test_loader_categories_order(void **state)
{
	(void)state;
	static const char doc[] =
		"privacy: 1\n"
		"title: {en: T, nl: T, fr: T}\n"
		"categories:\n"
		"  - {id: communications, short: {en: b, nl: b, fr: b}, text: {en: b, nl: b, fr: b}}\n"
		"  - {id: identification, short: {en: a, nl: a, fr: a}, text: {en: a, nl: a, fr: a}}\n"
		"  - {id: video, short: {en: c, nl: c, fr: c}, text: {en: c, nl: c, fr: c}}\n"
		"  - {id: penalties, short: {en: d, nl: d, fr: d}, text: {en: d, nl: d, fr: d}}\n"
		"bases: []\n"
		"notification: []\n";
	struct privacy_table t;
	char *err = NULL;
	privacy_table_init(&t);
	assert_false(privacy_load_buffer("c.yaml", doc, strlen(doc), &t, &err));
	assert_non_null(strstr(err, "c.yaml:4:10:"));
	assert_non_null(strstr(err, "identification"));
	free(err);
}

static void test_select(void **state)
{
	(void)state;
	struct privacy_table t;
	char *err = NULL;
	bool ok = load_with_tail(
		"      - {id: a, marks: [\xe2\x9c\x93, \xc3\x97, \xc3\x97, \xc3\x97], text: {en: a, nl: a, fr: a}}\n"
		"      - {id: b, marks: [\xe2\x9c\x93, \xe2\x9c\x93, \xe2\x9c\x93, \xc3\x97], text: {en: b, nl: b, fr: b}}\n"
		"      - {id: c, marks: [\xc3\x97, \xc3\x97, \xc3\x97, \xe2\x9c\x93], text: {en: c, nl: c, fr: c}}\n",
		"notification:\n"
		"  - {purpose: c, why: {en: why, nl: waarom, fr: pourquoi}}\n"
		"  - {purpose: b, why: {en: why, nl: waarom, fr: pourquoi}}\n",
		&t, &err);
	if (!ok)
		fail_msg("%s", err);
	size_t sel[3];
	assert_int_equal(privacy_select(&t, SIZE_MAX, 0, false, sel), 3);
	assert_int_equal(privacy_select(&t, SIZE_MAX, PRIVACY_ALL, false, sel), 3);
	assert_int_equal(privacy_select(&t, SIZE_MAX, PRIVACY_MASK(PRIV_VIDEO), false, sel), 1);
	assert_string_equal(t.purposes[sel[0]].id, "b");
	assert_int_equal(privacy_select(&t, SIZE_MAX, PRIVACY_MASK(PRIV_IDENTIFICATION), false, sel), 2);
	assert_string_equal(t.purposes[sel[1]].id, "b");
	assert_int_equal(privacy_select(&t, SIZE_MAX, PRIVACY_MASK(PRIV_COMMUNICATIONS), true, sel), 1);
	assert_string_equal(t.purposes[sel[0]].id, "b");
	/* The notification list's order, not the table's. */
	assert_int_equal(privacy_select(&t, SIZE_MAX, 0, true, sel), 2);
	assert_string_equal(t.purposes[sel[0]].id, "c");
	assert_string_equal(t.purposes[sel[1]].id, "b");
	assert_false(privacy_purpose_for_notification(&t.purposes[0]));
	assert_int_equal(privacy_union(&t, sel, 2), PRIVACY_ALL);
	assert_int_equal(privacy_select(&t, 1, 0, false, sel), 0);
	enum privacy_category c;
	assert_true(privacy_category_from_id("video", &c));
	assert_int_equal(c, PRIV_VIDEO);
	assert_false(privacy_category_from_id("Video", &c));
	assert_string_equal(privacy_category_id(PRIV_PENALTIES), "penalties");
	privacy_table_free(&t);
}

static void test_wrap(void **state)
{
	(void)state;
	size_t next;
	const char *s = "één twee drie";
	size_t n = wrap_line(s, 8, &next);
	assert_int_equal(n, strlen("één twee"));
	assert_string_equal(s + next, "drie");
	n = wrap_line(s + next, 8, &next);
	assert_int_equal(n, 4);
	assert_int_equal(next, 4);
	assert_int_equal(wrap_line("", 8, &next), 0);
	assert_int_equal(next, 0);
	/* A word longer than the line is cut, never lost. */
	n = wrap_line("abcdefghij", 4, &next);
	assert_int_equal(n, 4);
	assert_int_equal(next, 4);
	/* A break right after a full line. */
	n = wrap_line("abcd efg", 4, &next);
	assert_int_equal(n, 4);
	assert_int_equal(next, 5);
	/* Never before French ; : ! ? */
	n = wrap_line("un mot ; deux", 7, &next);
	assert_int_equal(n, 2);
	assert_string_equal("un mot ; deux" + next, "mot ; deux");
	n = wrap_line("un mot ; deux", 8, &next);
	assert_int_equal(n, 8);
	n = wrap_line("ab\ncd", 10, &next);
	assert_int_equal(n, 2);
	assert_int_equal(next, 3);
}

/* The text output keeps to the width asked, in characters, in every
 * language, and shows every basis and every purpose of the table. */
static void test_render_width(void **state)
{
	(void)state;
	struct privacy_table t;
	load_builtin(&t);
	static const size_t widths[] = { 50, 80 };
	for (size_t wi = 0; wi < 2; wi++) {
		for (int l = 0; l < LANG_COUNT; l++) {
			char *out = render_privacy_text(&t, (enum lang)l, 0, widths[wi]);
			for (char *line = out, *end; *line; line = end + 1) {
				end = strchr(line, '\n');
				assert_non_null(end);
				*end = '\0';
				if (utf8_chars(line) > widths[wi])
					fail_msg("%zu > %zu: %s", utf8_chars(line), widths[wi], line);
				*end = '\n';
			}
			for (size_t b = 0; b < t.n_bases; b++)
				assert_non_null(strstr(out, text3_get(&t.bases[b].name, (enum lang)l)));
			free(out);
		}
	}
	privacy_table_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_data_complete),
		cmocka_unit_test(test_notification_purposes),
		cmocka_unit_test(test_loader_strict),
		cmocka_unit_test(test_loader_notification_list),
		cmocka_unit_test(test_loader_categories_order),
		cmocka_unit_test(test_select),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_render_width),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
