/* failwrite.c: a disk that fills up or fails, on demand, for the fault
 * tests.  Built into test_fileio_faults (where its write() and fsync()
 * take the place of the C library's) and as libfailwrite.so for LD_PRELOAD
 * in front of the real binary.
 *
 *   NIS2_FAULT=enospc  write() to a regular file stores at most
 *                      NIS2_FAULT_BYTES bytes (default 0) in all, then
 *                      fails with ENOSPC: a full disk
 *   NIS2_FAULT=eio     fsync() and fdatasync() fail with EIO
 *   NIS2_FAULT_FILE=F  the mode is the first word of file F, read at every
 *                      call (no file: no fault), to lift a fault mid-run
 * Terminals, pipes and sockets are never touched, so messages still reach
 * the user.  Unset: everything passes through. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

ssize_t write(int fd, const void *buf, size_t n);
int fsync(int fd);
int fdatasync(int fd);

/* The mode: NIS2_FAULT, or the first word of the file NIS2_FAULT_FILE
 * names, read at every call, so a test can lift the fault from outside
 * while the program runs (no file: no fault). */
static const char *mode(void)
{
	static char word[16];
	const char *file = getenv("NIS2_FAULT_FILE");
	if (file) {
		int fd = open(file, O_RDONLY | O_CLOEXEC);
		ssize_t n = fd >= 0 ? read(fd, word, sizeof word - 1) : 0;
		if (fd >= 0)
			close(fd);
		word[n > 0 ? n : 0] = '\0';
		word[strcspn(word, " \n")] = '\0';
		return word;
	}
	const char *m = getenv("NIS2_FAULT");
	return m ? m : "";
}

static int is_regular(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

static size_t written;   /* bytes let through to regular files so far */

ssize_t write(int fd, const void *buf, size_t n)
{
	if (strcmp(mode(), "enospc") == 0 && is_regular(fd)) {
		const char *b = getenv("NIS2_FAULT_BYTES");
		size_t budget = b ? strtoul(b, NULL, 10) : 0;
		if (written >= budget) {
			errno = ENOSPC;
			return -1;
		}
		if (n > budget - written)
			n = budget - written;
		written += n;
	}
	return syscall(SYS_write, fd, buf, n);
}

int fsync(int fd)
{
	if (strcmp(mode(), "eio") == 0 && is_regular(fd)) {
		errno = EIO;
		return -1;
	}
	return (int)syscall(SYS_fsync, fd);
}

int fdatasync(int fd)
{
	if (strcmp(mode(), "eio") == 0 && is_regular(fd)) {
		errno = EIO;
		return -1;
	}
	return (int)syscall(SYS_fdatasync, fd);
}

/* For test_fileio_faults: a fresh budget for the next case. */
void failwrite_reset(void);
void failwrite_reset(void)
{
	written = 0;
}
