/* tmux_buffer.c: tmux load-buffer, run without a shell, its output kept
 * off the screen (the wizard owns the terminal), its exit status the only
 * confirmation the notice may claim. */
#include "config.h"

#include "io/tmux_buffer.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/xalloc.h"

extern char **environ;

bool tmux_buffer_load(const char *text, char **err)
{
	int in[2];
	if (pipe(in) != 0) {
		*err = xasprintf("pipe: %s", strerror(errno));
		return false;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
	posix_spawn_file_actions_addclose(&fa, in[1]);
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	static char a0[] = "tmux", a1[] = "load-buffer", a2[] = "-";
	char *argv[] = { a0, a1, a2, NULL };
	pid_t pid;
	int rc = posix_spawnp(&pid, "tmux", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	if (rc != 0) {
		close(in[1]);
		*err = xasprintf("tmux: %s", strerror(rc));
		return false;
	}
	/* A tmux that exits early must not kill us with SIGPIPE. */
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	size_t len = strlen(text), done = 0;
	bool wrote = true;
	while (done < len) {
		ssize_t n = write(in[1], text + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			wrote = false;
			break;
		}
		done += (size_t)n;
	}
	close(in[1]);
	signal(SIGPIPE, old);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!wrote || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*err = xstrdup("tmux load-buffer failed");
		return false;
	}
	return true;
}
