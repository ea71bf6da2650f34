/* caselock.h: one handler per case.  A wizard that opens a case leaves
 * CASE.lock beside it (host, process id, since when), so that a second
 * wizard, --draft -o or --forget can say who holds it instead of silently
 * writing over or deleting the other's work.  A lock whose process is gone
 * (same host, no such process: a crash, a SIGKILL) is stale and ignored.
 *
 * The lock only tells; the save itself also checks that the file is still
 * the one it read (io/fileio.h file_stamp), which holds even against a
 * program that does not know about locks. */
#ifndef NIS2_CASELOCK_H
#define NIS2_CASELOCK_H

#include <stdbool.h>

#include "core/clock.h"

struct caselock_info {
	char host[256];
	long pid;
	instant_t since;
};

/* "CASE.lock": a fresh path. */
char *caselock_path(const char *case_path);
/* True when a live process other than this one holds case_path's lock;
 * *who then says which (a lock that cannot be read counts as held by an
 * unknown holder). */
bool caselock_held(const char *case_path, struct caselock_info *who);
/* Takes the lock for this process at now; with take_over, also from a
 * live holder (its lock is replaced atomically).  False when another holds
 * it (*who says who, *err is NULL) or when the lock cannot be written
 * (*err says why). */
bool caselock_take(const char *case_path, instant_t now, bool take_over, struct caselock_info *who,
		   char **err);
/* True when the lock is this process's. */
bool caselock_is_mine(const char *case_path);
/* Removes the lock when it is this process's (never another's). */
void caselock_release(const char *case_path);
/* "on HOST, process PID, since TIME" in the messages' language; fresh. */
char *caselock_describe(const struct caselock_info *who);

#endif
