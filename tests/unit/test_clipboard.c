/* test_clipboard.c: base64, the OSC 52 sequence and its tmux / screen
 * wrappings, and the private draft file. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base64.h"
#include "io/clipboard.h"
#include "io/fileio.h"
#include "core/xalloc.h"

static void test_base64(void **state)
{
	(void)state;
	/* RFC 4648, section 10 */
	static const char *const in[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
	static const char *const out[] = { "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy" };
	for (size_t i = 0; i < 7; i++) {
		char *b = base64_encode((const unsigned char *)in[i], strlen(in[i]));
		assert_string_equal(b, out[i]);
		free(b);
	}
	char *b = base64_encode((const unsigned char *)"\xc3\xa9\xff", 3);
	assert_string_equal(b, "w6n/");
	free(b);
}

static void test_wrap_choice(void **state)
{
	(void)state;
	assert_int_equal(osc52_wrap_for(NULL, "xterm-256color"), OSC52_PLAIN);
	assert_int_equal(osc52_wrap_for("/tmp/tmux-1000/default,123,0", "screen-256color"), OSC52_TMUX);
	assert_int_equal(osc52_wrap_for("", "screen.xterm-256color"), OSC52_SCREEN);
	assert_int_equal(osc52_wrap_for(NULL, NULL), OSC52_PLAIN);
}

static void test_sequences(void **state)
{
	(void)state;
	char *s = osc52_sequence("foobar", OSC52_PLAIN);
	assert_string_equal(s, "\033]52;c;Zm9vYmFy\a");
	free(s);
	s = osc52_sequence("foobar", OSC52_TMUX);
	assert_string_equal(s, "\033Ptmux;\033\033]52;c;Zm9vYmFy\a\033\\");
	free(s);
	s = osc52_sequence("foobar", OSC52_SCREEN);
	assert_string_equal(s, "\033P\033]52;c;Zm9vYmFy\a\033\\");
	free(s);
	/* a long text goes through screen in pieces, nothing lost */
	char text[400];
	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 1] = '\0';
	s = osc52_sequence(text, OSC52_SCREEN);
	char *plain = osc52_sequence(text, OSC52_PLAIN);
	size_t pieces = 0;
	char *joined = xstrdup("");
	for (char *p = s; (p = strstr(p, "\033P")) != NULL;) {
		char *end = strstr(p, "\033\\");
		assert_non_null(end);
		assert_true(end - p - 2 <= 76);
		char *next = xasprintf("%s%.*s", joined, (int)(end - p - 2), p + 2);
		free(joined);
		joined = next;
		p = end + 2;
		pieces++;
	}
	assert_true(pieces > 1);
	assert_string_equal(joined, plain);
	free(joined);
	free(plain);
	free(s);
}

static void test_save_file(void **state)
{
	(void)state;
	char dir[] = "/tmp/nis2-clip.XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *path = xasprintf("%s/draft.txt", dir);
	char *err = NULL;
	assert_true(clipboard_save_file(path, "A  1-Submitter\n", &err));
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	char *buf;
	size_t len;
	assert_true(file_read_all(path, &buf, &len, &err));
	assert_string_equal(buf, "A  1-Submitter\n");
	free(buf);
	unlink(path);
	free(path);

	/* beside the case, under the name --forget knows */
	char *case_path = xasprintf("%s/incident.yaml", dir);
	assert_true(draft_save_beside(case_path, STAGE_NOTIFICATION, DRAFT_MARKDOWN, "# draft\n", &path, &err));
	char *want = xasprintf("%s/incident.draft-notification.md", dir);
	assert_string_equal(path, want);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	unlink(path);
	free(path);
	free(want);
	free(case_path);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_base64),
		cmocka_unit_test(test_wrap_choice),
		cmocka_unit_test(test_sequences),
		cmocka_unit_test(test_save_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
