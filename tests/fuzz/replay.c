/* replay.c: runs a fuzz target, built with the ordinary compiler (and the
 * sanitizers when configured so), over kept inputs, so that `make check`
 * proves every input a fuzzer ever found still passes.
 *
 *   replay-TARGET [FILE|DIR]...
 * Without arguments it replays $TOP_SRCDIR/tests/fuzz/corpus/TARGET (the
 * seeds) and $TOP_SRCDIR/tests/fuzz/regress/TARGET (inputs that once crashed
 * or hung).  Prints TAP: one check per input. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz_target.h"

#ifndef FUZZ_TARGET
#error "FUZZ_TARGET must name the target"
#endif

static int count, failed;

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		failed++;
		printf("not ok %d - %s: %s\n", ++count, path, strerror(errno));
		return;
	}
	size_t cap = 4096, n = 0;
	unsigned char *buf = malloc(cap);
	size_t r;
	while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			unsigned char *bigger = realloc(buf, cap *= 2);
			if (!bigger)
				free(buf);
			buf = bigger;
		}
	}
	fclose(f);
	if (!buf) {
		failed++;
		printf("not ok %d - %s: out of memory\n", ++count, path);
		return;
	}
	/* A crash, a sanitizer report or a leak ends the run here, and the
	 * missing plan line fails the test. */
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	printf("ok %d - %s\n", ++count, path);
	fflush(stdout);
}

static void replay_path(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		if (errno != ENOENT)
			failed++;
		printf("not ok %d - %s: %s\n", ++count, path, strerror(errno));
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		replay_file(path);
		return;
	}
	DIR *dir = opendir(path);
	if (!dir) {
		failed++;
		printf("not ok %d - %s: %s\n", ++count, path, strerror(errno));
		return;
	}
	size_t n = 0, cap = 0;
	char **names = NULL;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			names = realloc(names, cap * sizeof *names);
			if (!names)
				abort();
		}
		names[n] = malloc(strlen(path) + strlen(e->d_name) + 2);
		if (!names[n])
			abort();
		sprintf(names[n], "%s/%s", path, e->d_name);
		n++;
	}
	closedir(dir);
	if (n)
		qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		replay_path(names[i]);
		free(names[i]);
	}
	free(names);
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			replay_path(argv[i]);
	} else {
		const char *top = getenv("TOP_SRCDIR");
		if (!top) {
			fprintf(stderr, "%s: give inputs, or run through make check\n", argv[0]);
			return 2;
		}
		static const char *const kinds[] = { "corpus", "regress" };
		for (int k = 0; k < 2; k++) {
			char *dir = malloc(strlen(top) + 64);
			if (!dir)
				abort();
			sprintf(dir, "%s/tests/fuzz/%s/%s", top, kinds[k], FUZZ_TARGET);
			replay_path(dir);
			free(dir);
		}
	}
	printf("1..%d\n", count);
	/* no input at all means the corpus went missing: a failure */
	return count && !failed ? 0 : 1;
}
