/* test_fileio_kinds.c: what is not a regular file is refused as a case
 * before anything is read, with the reason, and never waited on: a named
 * pipe with no writer (which a plain open() blocks on forever), a socket,
 * a device, a folder.  An alarm fails the test instead of hanging. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "io/fileio.h"

static void refused(const char *path, const char *why)
{
	char *buf = NULL, *err = NULL;
	size_t len;
	alarm(5);
	assert_false(file_read_all(path, &buf, &len, &err));
	alarm(0);
	assert_non_null(err);
	if (!strstr(err, why))
		fail_msg("%s: expected '%s' in: %s", path, why, err);
	assert_non_null(strstr(err, path));
	free(err);
}

static void test_not_files(void **state)
{
	(void)state;
	const char *base = getenv("TMPDIR");
	char *t = xasprintf("%s/fileio.XXXXXX", base && *base ? base : "/tmp");
	assert_non_null(mkdtemp(t));
	char *fifo = xasprintf("%s/fifo.yaml", t);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	refused(fifo, "named pipe");

	char *sock = xasprintf("%s/s.yaml", t);
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	assert_true(strlen(sock) < sizeof(sa.sun_path));
	strcpy(sa.sun_path, sock);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	refused(sock, "socket");
	close(fd);

	refused("/dev/null", "device");
	refused(t, "folder");

	unlink(fifo);
	unlink(sock);
	rmdir(t);
	free(fifo);
	free(sock);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_not_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
