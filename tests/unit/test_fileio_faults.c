/* test_fileio_faults.c: saving when things go wrong (issue 7).  A full disk
 * and a failing fsync (tests/fault/failwrite.c, linked in), a read-only
 * folder, a folder, a symbolic link or someone else's file where the case
 * file should be: each save must fail with a clear message and leave the
 * previous file exactly as it was, with no temporary file left behind.  And
 * files are 0600 in 0700 folders whatever the umask. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/xalloc.h"
#include "io/fileio.h"

void failwrite_reset(void);

#define OLD "nis2-notify: 1\nlanguage: nl\n"
#define NEW "nis2-notify: 1\nlanguage: fr\nentity:\n  name: Nieuw\n"
#define NOBODY 65534

struct fixture {
	char dir[64];
	char *file;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	const char *tmp = getenv("TMPDIR");
	snprintf(f->dir, sizeof f->dir, "%s/nis2-fault.XXXXXX", tmp && strlen(tmp) < 30 ? tmp : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	f->file = xasprintf("%s/case.yaml", f->dir);
	char *err = NULL;
	if (!file_save_atomic(f->file, OLD, strlen(OLD), &err))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("chmod -R u+rwx '%s' && rm -rf '%s'", f->dir, f->dir);
	int rc = system(cmd);
	free(cmd);
	free(f->file);
	free(f);
	unsetenv("NIS2_FAULT");
	unsetenv("NIS2_FAULT_BYTES");
	failwrite_reset();
	return rc == 0 ? 0 : -1;
}

static char *slurp(const char *path)
{
	char *buf = NULL, *err = NULL;
	size_t len;
	if (!file_read_all(path, &buf, &len, &err)) {
		free(err);
		return NULL;
	}
	return buf;
}

/* The folder holds exactly the names given (NULL-terminated): no leftovers. */
static void assert_folder_holds(const char *dir, const char *const *names)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	size_t seen = 0, expected = 0;
	while (names[expected])
		expected++;
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		bool known = false;
		for (size_t i = 0; names[i]; i++)
			known = known || !strcmp(names[i], e->d_name);
		if (!known)
			fail_msg("unexpected file left in %s: %s", dir, e->d_name);
		seen++;
	}
	closedir(d);
	assert_int_equal(seen, expected);
}

static void assert_old_intact(const struct fixture *f)
{
	char *now = slurp(f->file);
	assert_non_null(now);
	assert_string_equal(now, OLD);
	free(now);
	static const char *const only[] = { "case.yaml", NULL };
	assert_folder_holds(f->dir, only);
}

static void assert_save_fails(const struct fixture *f, const char *path, const char *why)
{
	char *err = NULL;
	assert_false(file_save_atomic(path, NEW, strlen(NEW), &err));
	assert_non_null(err);
	if (!strstr(err, why))
		fail_msg("message '%s' does not say '%s'", err, why);
	/* the message names the file */
	assert_non_null(strstr(err, path));
	free(err);
}

static void test_full_disk(void **state)
{
	struct fixture *f = *state;
	setenv("NIS2_FAULT", "enospc", 1);
	assert_save_fails(f, f->file, "No space left on device");
	assert_old_intact(f);
	/* a disk that fills up halfway through the file */
	setenv("NIS2_FAULT_BYTES", "10", 1);
	failwrite_reset();
	assert_save_fails(f, f->file, "No space left on device");
	assert_old_intact(f);
	/* and when there is room again, the save goes through */
	unsetenv("NIS2_FAULT");
	char *err = NULL;
	assert_true(file_save_atomic(f->file, NEW, strlen(NEW), &err));
	char *now = slurp(f->file);
	assert_string_equal(now, NEW);
	free(now);
}

static void test_fsync_fails(void **state)
{
	struct fixture *f = *state;
	setenv("NIS2_FAULT", "eio", 1);
	assert_save_fails(f, f->file, "Input/output error");
	assert_old_intact(f);
}

static void test_folder_in_the_way(void **state)
{
	struct fixture *f = *state;
	char *sub = xasprintf("%s/sub.yaml", f->dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	assert_save_fails(f, sub, "not a regular file");
	struct stat st;
	assert_int_equal(lstat(sub, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	/* the case file itself replaced by a folder */
	assert_int_equal(unlink(f->file), 0);
	assert_int_equal(mkdir(f->file, 0700), 0);
	assert_save_fails(f, f->file, "not a regular file");
	assert_int_equal(lstat(f->file, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	free(sub);
}

static void test_symlink_in_the_way(void **state)
{
	struct fixture *f = *state;
	/* the case file replaced by a link to another file: neither the link
	 * nor what it points at may change */
	char *other = xasprintf("%s/other", f->dir);
	char *err = NULL;
	assert_true(file_save_atomic(other, OLD, strlen(OLD), &err));
	assert_int_equal(unlink(f->file), 0);
	assert_int_equal(symlink(other, f->file), 0);
	assert_save_fails(f, f->file, "symbolic link");
	char *now = slurp(other);
	assert_string_equal(now, OLD);
	free(now);
	struct stat st;
	assert_int_equal(lstat(f->file, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	free(other);
}

static void test_someone_elses_file(void **state)
{
	struct fixture *f = *state;
	if (geteuid() != 0) {
		/* only root can give a file away */
		skip();
	}
	assert_int_equal(chown(f->file, NOBODY, NOBODY), 0);
	assert_save_fails(f, f->file, "another user");
	assert_old_intact(f);
}

/* Runs a save in a child process as user nobody when we are root (root
 * ignores permissions), else as ourselves; returns the child's exit code:
 * 0 saved, 1 refused with a message naming the file, 2 anything else. */
static int save_as_unprivileged(const struct fixture *f)
{
	pid_t pid = fork();
	if (pid == 0) {
		if (geteuid() == 0 && (setgid(NOBODY) != 0 || setuid(NOBODY) != 0))
			_exit(2);
		char *err = NULL;
		if (file_save_atomic(f->file, NEW, strlen(NEW), &err))
			_exit(0);
		_exit(err && strstr(err, f->file) && strstr(err, "Permission denied") ? 1 : 2);
	}
	int status;
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 3;
	return WEXITSTATUS(status);
}

static void test_read_only_folder(void **state)
{
	struct fixture *f = *state;
	if (geteuid() == 0) {
		assert_int_equal(chown(f->dir, NOBODY, NOBODY), 0);
		assert_int_equal(chown(f->file, NOBODY, NOBODY), 0);
	}
	assert_int_equal(chmod(f->dir, 0500), 0);
	assert_int_equal(save_as_unprivileged(f), 1);
	assert_int_equal(chmod(f->dir, 0700), 0);
	assert_old_intact(f);
	/* writable again: the same user can save */
	assert_int_equal(save_as_unprivileged(f), 0);
	char *now = slurp(f->file);
	assert_string_equal(now, NEW);
	free(now);
}

static void test_private_whatever_the_umask(void **state)
{
	struct fixture *f = *state;
	mode_t old = umask(0);
	char *dir = xasprintf("%s/state/nis2-notify", f->dir);
	char *file = xasprintf("%s/new.yaml", dir);
	char *err = NULL;
	assert_true(dir_ensure_private(dir, &err));
	assert_true(file_save_atomic(file, NEW, strlen(NEW), &err));
	struct stat st;
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(stat(file, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	/* replacing an existing file that was too open makes it private */
	assert_int_equal(chmod(f->file, 0644), 0);
	assert_true(file_save_atomic(f->file, NEW, strlen(NEW), &err));
	assert_int_equal(stat(f->file, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	umask(old);
	free(file);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_full_disk, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fsync_fails, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folder_in_the_way, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_in_the_way, setup, teardown),
		cmocka_unit_test_setup_teardown(test_someone_elses_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_private_whatever_the_umask, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
