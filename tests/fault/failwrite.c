/* failwrite.c: a disk that fills up or fails, on demand, for the fault
 * tests.  Built into test_fileio_faults (where its write() and fsync()
 * take the place of the C library's) and as libfailwrite.so for LD_PRELOAD
 * in front of the real binary.
 *
 *   NIS2_FAULT=enospc  write() to a regular file stores at most
 *                      NIS2_FAULT_BYTES bytes (default 0) in all, then
 *                      fails with ENOSPC: a full disk
 *   NIS2_FAULT=eio     fsync() and fdatasync() fail with EIO
 * Terminals, pipes and sockets are never touched, so messages still reach
 * the user.  Unset: everything passes through. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

ssize_t write(int fd, const void *buf, size_t n);
int fsync(int fd);
int fdatasync(int fd);

static const char *mode(void)
{
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
