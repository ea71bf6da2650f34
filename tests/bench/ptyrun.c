/* ptyrun.c: runs a terminal program in a pseudo-terminal of a given size and
 * measures it as a user would feel it: the time from start until a text
 * shows up (the first drawn screen), the bytes the program writes to the
 * terminal over a scripted walk-through, and its peak resident memory.
 *
 *   ptyrun [-x COLS] [-y ROWS] [-T SECONDS] STEP... -- COMMAND [ARG]...
 *   STEP:  -e TEXT   wait until TEXT has been written (since the last -e)
 *          -s KEYS   send KEYS (\r \n \t \e \\ and \xHH understood)
 *          -p MS     pause MS milliseconds
 *          -q MS     wait until the program has written nothing for MS ms
 *                    (curses redraws only what changed, so a later screen
 *                    cannot always be recognised by its text)
 * Prints one line: first_ms=... total_ms=... bytes=... maxrss_kb=... exit=...
 * where first_ms is the time to the first -e.  Exits 1 if a text never came. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static size_t unescape(const char *s, char *out)
{
	size_t n = 0;
	while (*s) {
		if (*s != '\\' || !s[1]) {
			out[n++] = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'r': out[n++] = '\r'; s++; break;
		case 'n': out[n++] = '\n'; s++; break;
		case 't': out[n++] = '\t'; s++; break;
		case 'e': out[n++] = 27; s++; break;
		case 'x': {
			unsigned v = 0;
			sscanf(s + 1, "%2x", &v);
			out[n++] = (char)v;
			s += 3;
			break;
		}
		default: out[n++] = *s++; break;
		}
	}
	return n;
}

struct output {
	char *buf;
	size_t len, cap, mark;   /* mark: where the next -e starts looking */
	size_t total;
};

/* Reads what is there within ms milliseconds; false at end of output. */
static int pump(int fd, struct output *o, int ms)
{
	struct pollfd p = { fd, POLLIN, 0 };
	int r = poll(&p, 1, ms);
	if (r <= 0)
		return r == 0;
	char tmp[65536];
	ssize_t n = read(fd, tmp, sizeof tmp);
	if (n <= 0)
		return 0;   /* EIO: the child closed the terminal */
	if (o->len + (size_t)n + 1 > o->cap) {
		o->cap = (o->len + (size_t)n + 1) * 2;
		o->buf = realloc(o->buf, o->cap);
		if (!o->buf)
			abort();
	}
	memcpy(o->buf + o->len, tmp, (size_t)n);
	o->len += (size_t)n;
	o->buf[o->len] = '\0';
	o->total += (size_t)n;
	return 1;
}

static const char *find(const struct output *o, const char *text)
{
	return o->len > o->mark ? memmem(o->buf + o->mark, o->len - o->mark, text, strlen(text)) : NULL;
}

int main(int argc, char **argv)
{
	struct winsize ws = { 24, 80, 0, 0 };
	double limit_s = 10;
	int first = 1, cmd = -1;
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			cmd = i + 1;
			break;
		}
	if (cmd < 0 || cmd >= argc) {
		fprintf(stderr, "usage: ptyrun [-x COLS] [-y ROWS] [-T S] STEP... -- COMMAND...\n");
		return 2;
	}
	for (int i = 1; i < cmd - 1; i += 2) {
		if (!strcmp(argv[i], "-x"))
			ws.ws_col = (unsigned short)atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "-y"))
			ws.ws_row = (unsigned short)atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "-T"))
			limit_s = atof(argv[i + 1]);
	}

	int fd;
	double t0 = now_ms();
	pid_t pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid < 0) {
		perror("forkpty");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[cmd], argv + cmd);
		perror(argv[cmd]);
		_exit(127);
	}

	struct output o = { 0 };
	double first_ms = -1;
	int status = 0, missed = 0;
	for (int i = 1; i < cmd - 1 && !missed; i += 2) {
		const char *opt = argv[i], *arg = argv[i + 1];
		if (!strcmp(opt, "-e")) {
			double deadline = now_ms() + limit_s * 1e3;
			const char *hit;
			while (!(hit = find(&o, arg))) {
				if (now_ms() > deadline || !pump(fd, &o, 50)) {
					fprintf(stderr, "ptyrun: '%s' never showed up\n", arg);
					missed = 1;
					break;
				}
			}
			if (hit) {
				o.mark = (size_t)(hit - o.buf) + strlen(arg);
				if (first) {
					first_ms = now_ms() - t0;
					first = 0;
				}
			}
		} else if (!strcmp(opt, "-s")) {
			char keys[4096];
			size_t n = unescape(arg, keys);
			if (write(fd, keys, n) != (ssize_t)n)
				perror("ptyrun: write");
		} else if (!strcmp(opt, "-q")) {
			double quiet = atof(arg), deadline = now_ms() + limit_s * 1e3;
			size_t seen = o.total;
			double since = now_ms();
			while (now_ms() - since < quiet && now_ms() < deadline) {
				if (!pump(fd, &o, 10))
					break;
				if (o.total != seen) {
					seen = o.total;
					since = now_ms();
				}
			}
		} else if (!strcmp(opt, "-p")) {
			double until = now_ms() + atof(arg);
			while (now_ms() < until)
				pump(fd, &o, (int)(until - now_ms()) + 1);
		}
	}
	/* drain until the program ends (or give up after the time limit) */
	double deadline = now_ms() + limit_s * 1e3;
	struct rusage ru;
	pid_t done;
	while ((done = wait4(pid, &status, WNOHANG, &ru)) == 0) {
		if (now_ms() > deadline) {
			kill(pid, SIGKILL);
			done = wait4(pid, &status, 0, &ru);
			missed = 1;
			break;
		}
		pump(fd, &o, 20);
	}
	while (pump(fd, &o, 0) > 0 && o.total)
		;
	double total_ms = now_ms() - t0;
	printf("first_ms=%.1f total_ms=%.1f bytes=%zu maxrss_kb=%ld exit=%d\n", first_ms, total_ms,
	       o.total, done == pid ? ru.ru_maxrss : -1L,
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	free(o.buf);
	return missed;
}
