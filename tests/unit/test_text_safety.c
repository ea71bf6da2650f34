/* test_text_safety.c: text from a file never drives the terminal (issue 7).
 * Error messages quote the file's own words; whatever bytes those hold, the
 * message must carry no control character and be valid UTF-8. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/yamlnode.h"

static void assert_printable(const char *msg)
{
	assert_non_null(msg);
	assert_true(utf8_valid(msg, strlen(msg)));
	for (const unsigned char *p = (const unsigned char *)msg; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			fail_msg("control character 0x%02x in message: %s", *p, msg);
	/* C1 controls (U+0080..U+009F, encoded C2 80..C2 9F) start escapes too */
	for (const unsigned char *p = (const unsigned char *)msg; p[0] && p[1]; p++)
		if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			fail_msg("C1 control in message: %s", msg);
}

/* Loads doc and reads its root scalar as a boolean: an error quoting it. */
static char *bool_error(const char *origin, const char *doc)
{
	struct ydoc d;
	struct yerr err = { 0 };
	bool b;
	if (ydoc_load(&d, origin, doc, strlen(doc), &err))
		assert_false(y_get_bool(&d, ydoc_root(&d), &b, &err));
	ydoc_free(&d);
	return err.msg;
}

static void test_escapes_in_quoted_values(void **state)
{
	/* ESC [ 2 J clears the screen; OSC 52 would set the clipboard; BEL,
	 * backspace and CR rewrite what the reader sees; C1 CSI is U+009B */
	static const char *const docs[] = {
		"\"\\e[2J\\e[31mred\"", "\"\\e]52;c;ZXZpbA==\\a\"", "\"a\\bb\\rc\"",
		"\"\\u009b31m\"", "\"\\x7f\"", "\"tab\\there\"",
	};
	for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
		char *msg = bool_error("case.yaml", docs[i]);
		assert_printable(msg);
		assert_non_null(strstr(msg, "case.yaml:1:1: "));
		free(msg);
	}
	char *msg = bool_error("case.yaml", "\"\\e[2Jvisible\"");
	assert_non_null(strstr(msg, "[2Jvisible"));   /* the words stay */
	free(msg);
}

static void test_escapes_in_file_name(void **state)
{
	char *msg = bool_error("evil\x1b]0;title\a.yaml", "maybe");
	assert_printable(msg);
	free(msg);
}

/* The message quotes at most about 1 KB: a cut in mid-character must not
 * leave invalid UTF-8 behind. */
static void test_long_value_cut_safely(void **state)
{
	size_t n = 3000;
	char *doc = xmalloc(n * 2 + 3);
	char *p = doc;
	*p++ = '"';
	for (size_t i = 0; i < n; i++) {
		memcpy(p, "\xC3\xA9", 2);   /* é */
		p += 2;
	}
	*p++ = '"';
	*p = '\0';
	for (size_t shift = 0; shift < 2; shift++) {
		char *msg = bool_error(shift ? "case1.yaml" : "case.yaml", doc);
		assert_printable(msg);
		free(msg);
	}
	free(doc);
}

static void test_sanitize(void **state)
{
	char *s = utf8_sanitize("a\x1b[31mb\xff" "c\xC2\x9B" "d\ne\tf", false);
	assert_string_equal(s, "a[31mb\xEF\xBF\xBD" "cdef");
	free(s);
	s = utf8_sanitize("line\n\ttab\r", true);
	assert_string_equal(s, "line\n\ttab");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes_in_quoted_values),
		cmocka_unit_test(test_escapes_in_file_name),
		cmocka_unit_test(test_long_value_cut_safely),
		cmocka_unit_test(test_sanitize),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
