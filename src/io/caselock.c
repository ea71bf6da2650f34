/* caselock.c: CASE.lock, who holds a case (caselock.h). */
#include "config.h"

#include "io/caselock.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/utf8.h"
#include "core/xalloc.h"
#include "io/fileio.h"
#include "io/timefmt.h"
#include "nls.h"

char *caselock_path(const char *case_path)
{
	return xasprintf("%s.lock", case_path);
}

static void this_host(char *host, size_t n)
{
	if (gethostname(host, n) != 0)
		snprintf(host, n, "?");
	host[n - 1] = '\0';
}

/* The lock's text: three lines a person can read too. */
static char *lock_text(instant_t now)
{
	char host[256];
	this_host(host, sizeof(host));
	return xasprintf("host: %s\npid: %ld\nsince: %lld\n", host, (long)getpid(), (long long)now);
}

static bool read_lock(const char *lock, struct caselock_info *who)
{
	memset(who, 0, sizeof(*who));
	snprintf(who->host, sizeof(who->host), "?");
	char *text, *err = NULL;
	size_t len;
	if (!file_read_all(lock, &text, &len, &err)) {
		free(err);
		return false;
	}
	long long since = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		if (strncmp(line, "host: ", 6) == 0)
			snprintf(who->host, sizeof(who->host), "%s", line + 6);
		else if (strncmp(line, "pid: ", 5) == 0)
			who->pid = strtol(line + 5, NULL, 10);
		else if (strncmp(line, "since: ", 7) == 0)
			since = strtoll(line + 7, NULL, 10);
	}
	who->since = (instant_t)since;
	free(text);
	return true;
}

static bool is_me(const struct caselock_info *who)
{
	char host[256];
	this_host(host, sizeof(host));
	return who->pid == (long)getpid() && strcmp(who->host, host) == 0;
}

/* A lock of this host whose process is gone. */
static bool is_stale(const struct caselock_info *who)
{
	char host[256];
	this_host(host, sizeof(host));
	return strcmp(who->host, host) == 0 && who->pid > 0 && kill((pid_t)who->pid, 0) != 0 &&
	       errno == ESRCH;
}

bool caselock_held(const char *case_path, struct caselock_info *who)
{
	char *lock = caselock_path(case_path);
	struct stat st;
	bool there = lstat(lock, &st) == 0;
	bool read = there && read_lock(lock, who);
	free(lock);
	if (!there)
		return false;
	if (!read)
		return true;   /* unreadable: someone's, say so */
	/* no process named: being written this instant, or a leftover */
	return who->pid > 0 && !is_me(who) && !is_stale(who);
}

bool caselock_take(const char *case_path, instant_t now, bool take_over, struct caselock_info *who,
		   char **err)
{
	*err = NULL;
	char *lock = caselock_path(case_path);
	char *text = lock_text(now);
	if (!take_over) {
		/* Created, not probed, so that of two wizards opening the case at
		 * once only one gets it. */
		int fd = open(lock, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0) {
			bool ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
			int e = errno;
			if (close(fd) != 0 && ok) {
				ok = false;
				e = errno;
			}
			if (!ok) {
				/* a lock half written would read as someone's */
				unlink(lock);
				*err = xasprintf("%s: %s", lock, strerror(e));
			}
			free(text);
			free(lock);
			return ok;
		}
		if (errno != EEXIST || caselock_held(case_path, who)) {
			if (errno != EEXIST)
				*err = xasprintf("%s: %s", lock, strerror(errno));
			free(text);
			free(lock);
			return false;
		}
		/* stale, or already this process's: replaced below */
	}
	/* Replaced atomically: a reader sees the old lock or the new one. */
	bool ok = file_save_atomic(lock, text, strlen(text), err);
	free(text);
	free(lock);
	return ok;
}

bool caselock_is_mine(const char *case_path)
{
	char *lock = caselock_path(case_path);
	struct caselock_info who;
	bool mine = read_lock(lock, &who) && is_me(&who);
	free(lock);
	return mine;
}

void caselock_release(const char *case_path)
{
	if (!caselock_is_mine(case_path))
		return;
	char *lock = caselock_path(case_path);
	unlink(lock);
	free(lock);
}

char *caselock_describe(const struct caselock_info *who)
{
	char *since = who->since ? timefmt_local(who->since) : xstrdup("?");
	char *host = utf8_sanitize(who->host, false);
	char *text = xasprintf(_("on %s, process %ld, since %s"), host, who->pid, since);
	free(host);
	free(since);
	return text;
}
