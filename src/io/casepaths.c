/* casepaths.c: the state folder, draft names, the resume list and --forget. */
#include "config.h"

#include "io/casepaths.h"
#include "io/fileio.h"
#include "io/yamlnode.h"
#include "core/xalloc.h"
#include "nls.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define STATE_SUBDIR "nis2-notify"
#define CASE_SUFFIX ".yaml"
/* file_save_atomic()'s temporary files: CASEFILE.tmp.XXXXXX (fileio.h) */
#define TMP_INFIX FILE_TMP_INFIX
#define TMP_RANDOM_LEN FILE_TMP_RANDOM_LEN

static const char *const format_names[DRAFT_FORMAT_COUNT] = { "text", "markdown", "json" };
static const char *const format_endings[DRAFT_FORMAT_COUNT] = { "txt", "md", "json" };

bool draft_format_from_name(const char *name, enum draft_format *out)
{
	for (int f = 0; name && f < DRAFT_FORMAT_COUNT; f++) {
		if (strcmp(name, format_names[f]) == 0) {
			*out = (enum draft_format)f;
			return true;
		}
	}
	return false;
}

char *casepaths_state_dir(char **err)
{
	const char *xdg = getenv("XDG_STATE_HOME");
	/* The XDG rule: a relative value is invalid and is ignored. */
	if (xdg && xdg[0] == '/')
		return xasprintf("%s/%s", xdg, STATE_SUBDIR);
	const char *home = getenv("HOME");
	if (home && home[0] == '/')
		return xasprintf("%s/.local/state/%s", home, STATE_SUBDIR);
	*err = xstrdup(_("no folder for the cases: set HOME or XDG_STATE_HOME to an absolute path"));
	return NULL;
}

char *casepaths_state_dir_ensure(char **err)
{
	char *dir = casepaths_state_dir(err);
	if (!dir)
		return NULL;
	if (!dir_ensure_private(dir, err)) {
		free(dir);
		return NULL;
	}
	/* An existing folder may have been made with a laxer umask. */
	struct stat st;
	if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*err = xasprintf(_("%s: not a folder"), dir);
		free(dir);
		return NULL;
	}
	if ((st.st_mode & 07777) != 0700 && chmod(dir, 0700) != 0) {
		*err = xasprintf("%s: %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

char *casepaths_new_case(instant_t now, char **err)
{
	char *dir = casepaths_state_dir_ensure(err);
	if (!dir)
		return NULL;
	struct civil t = clock_to_local(now, NULL);
	for (int n = 1; n < 1000; n++) {
		char *path = n == 1
			? xasprintf("%s/case-%04d%02d%02d-%02d%02d%02d.yaml", dir, t.year, t.month,
				    t.day, t.hour, t.min, t.sec)
			: xasprintf("%s/case-%04d%02d%02d-%02d%02d%02d-%d.yaml", dir, t.year, t.month,
				    t.day, t.hour, t.min, t.sec, n);
		/* Created, not probed: of two wizards naming a case in the same
		 * second, one gets the name and the other the next one. */
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0) {
			close(fd);
			free(dir);
			return path;
		}
		int e = errno;
		free(path);
		if (e != EEXIST) {
			*err = xasprintf("%s: %s", dir, strerror(e));
			free(dir);
			return NULL;
		}
	}
	free(dir);
	*err = xstrdup(_("no free case file name in the state folder"));
	return NULL;
}

/* The case file's name without its folder. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* The case file's name without .yaml / .yml: the stem of its drafts. */
static char *case_stem(const char *file)
{
	size_t n = strlen(file);
	if (n > 5 && strcmp(file + n - 5, ".yaml") == 0)
		n -= 5;
	else if (n > 4 && strcmp(file + n - 4, ".yml") == 0)
		n -= 4;
	return xstrndup(file, n);
}

char *casepaths_folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *casepaths_draft(const char *case_path, enum stage stage, enum draft_format format)
{
	const char *file = base_name(case_path);
	int dir_len = (int)(file - case_path);   /* the folder, with its '/' */
	char *stem = case_stem(file);
	const char *sn = stage_name(stage);
	if ((unsigned)format >= DRAFT_FORMAT_COUNT)
		format = DRAFT_TEXT;
	char *p = xasprintf("%.*s%s.draft-%s.%s", dir_len, case_path, stem, sn ? sn : "unknown",
			    format_endings[format]);
	free(stem);
	return p;
}

/* The journal and the frozen sent drafts sit beside the case too
 * (io/journal_file.h, tui/record_report.c): "incident.journal",
 * "incident.sent-early-warning.txt". */
char *casepaths_position(const char *case_path)
{
	const char *file = base_name(case_path);
	char *stem = case_stem(file);
	char *p = xasprintf("%.*s%s.position", (int)(file - case_path), case_path, stem);
	free(stem);
	return p;
}

char *casepaths_journal(const char *case_path)
{
	const char *file = base_name(case_path);
	char *stem = case_stem(file);
	char *p = xasprintf("%.*s%s.journal", (int)(file - case_path), case_path, stem);
	free(stem);
	return p;
}

char *casepaths_sent(const char *case_path, enum stage stage)
{
	const char *file = base_name(case_path);
	char *stem = case_stem(file);
	const char *sn = stage_name(stage);
	char *p = xasprintf("%.*s%s.sent-%s.txt", (int)(file - case_path), case_path, stem,
			    sn ? sn : "unknown");
	free(stem);
	return p;
}

/* ---- the resume list ---- */

static bool is_case_name(const char *name)
{
	size_t n = strlen(name);
	size_t s = strlen(CASE_SUFFIX);
	return n > s && name[0] != '.' && strcmp(name + n - s, CASE_SUFFIX) == 0 && !strstr(name, ".draft-");
}

static int newest_first(const void *a, const void *b)
{
	const struct saved_case *x = a, *y = b;
	if (x->mtime != y->mtime)
		return x->mtime < y->mtime ? 1 : -1;
	return strcmp(x->name, y->name);
}

bool casepaths_list(const char *dir, struct saved_case **out, size_t *n, char **err)
{
	*out = NULL;
	*n = 0;
	DIR *d = opendir(dir);
	if (!d) {
		if (errno == ENOENT)
			return true;
		*err = xasprintf("%s: %s", dir, strerror(errno));
		return false;
	}
	size_t cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!is_case_name(e->d_name))
			continue;
		struct stat st;
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
			continue;
		*out = xgrow(*out, &cap, *n + 1, sizeof(**out));
		struct saved_case *c = &(*out)[(*n)++];
		c->path = xasprintf("%s/%s", dir, e->d_name);
		c->name = xstrndup(e->d_name, strlen(e->d_name) - strlen(CASE_SUFFIX));
		c->mtime = st.st_mtime;
	}
	closedir(d);
	if (*n > 1)
		qsort(*out, *n, sizeof(**out), newest_first);
	return true;
}

void casepaths_list_free(struct saved_case *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(list[i].path);
		free(list[i].name);
	}
	free(list);
}

/* ---- forgetting a case ---- */

static bool is_tmp_of(const char *name, const char *base)
{
	return file_is_tmp_of(name, base);
}

static bool is_draft_of(const char *name, const char *stem)
{
	size_t sl = strlen(stem);
	if (strncmp(name, stem, sl) != 0 || strncmp(name + sl, ".draft-", 7) != 0)
		return false;
	for (int s = 0; s < STAGE_COUNT; s++) {
		for (int f = 0; f < DRAFT_FORMAT_COUNT; f++) {
			char *want = xasprintf("%s.draft-%s.%s", stem, stage_name((enum stage)s), format_endings[f]);
			bool same = strcmp(name, want) == 0;
			free(want);
			if (same)
				return true;
		}
	}
	return false;
}

/* The case's journal, its sent drafts and where the wizard was
 * (casepaths_journal, casepaths_sent, casepaths_position). */
static bool is_record_of(const char *name, const char *stem)
{
	size_t sl = strlen(stem);
	if (strncmp(name, stem, sl) == 0 &&
	    (strcmp(name + sl, ".journal") == 0 || strcmp(name + sl, ".position") == 0))
		return true;
	for (int s = 0; s < STAGE_COUNT; s++) {
		char *want = xasprintf("%s.sent-%s.txt", stem, stage_name((enum stage)s));
		bool same = strcmp(name, want) == 0;
		free(want);
		if (same)
			return true;
	}
	return false;
}

/* True for exactly the names that belong to the case `file` (stem
 * `stem`): its drafts, its lock (io/caselock.h), the copy kept of a
 * hand-edited file (FILE.orig), and the temporary copies an interrupted
 * save of any of them leaves. */
static bool belongs_to_case(const char *name, const char *file, const char *stem)
{
	char *lock = xasprintf("%s.lock", file), *orig = xasprintf("%s.orig", file);
	bool yes = is_tmp_of(name, file) || is_draft_of(name, stem) || is_record_of(name, stem) ||
		   strcmp(name, lock) == 0 ||
		   is_tmp_of(name, lock) || strcmp(name, orig) == 0 || is_tmp_of(name, orig);
	size_t n = strlen(name), tail = strlen(TMP_INFIX) + TMP_RANDOM_LEN;
	if (!yes && n > tail) {
		char *base = xstrndup(name, n - tail);
		yes = (is_draft_of(base, stem) || is_record_of(base, stem)) && is_tmp_of(name, base);
		free(base);
	}
	free(lock);
	free(orig);
	return yes;
}

/* A case file names its format on a line of its own; a file without one is
 * not a case, and forgetting it would delete something else.  The file is
 * read as the loader reads it (a BOM, a quoted key, flow style, CR line
 * ends), and, when it is not valid YAML, by its lines. */
static bool looks_like_case_lines(const char *text);

static bool looks_like_case(const char *text)
{
	struct ydoc d;
	struct yerr e = { NULL };
	bool yes = false;
	if (ydoc_load(&d, "?", text, strlen(text), &e)) {
		yaml_node_t *root = ydoc_root(&d);
		yes = root && root->type == YAML_MAPPING_NODE && y_map_get(&d, root, "nis2-notify");
		ydoc_free(&d);
		return yes;
	}
	free(e.msg);
	return looks_like_case_lines(text);
}

bool casepaths_is_case_file(const char *path)
{
	char *text, *err = NULL;
	size_t len;
	if (!file_read_all(path, &text, &len, &err)) {
		free(err);
		return false;
	}
	bool yes = looks_like_case(text);
	free(text);
	return yes;
}

bool casepaths_output_allowed(const char *out, const char *case_path, char **err)
{
	struct stat so, sc;
	if (stat(out, &so) != 0)
		return true;   /* a new file */
	if ((case_path && stat(case_path, &sc) == 0 && so.st_dev == sc.st_dev && so.st_ino == sc.st_ino) ||
	    (S_ISREG(so.st_mode) && casepaths_is_case_file(out))) {
		*err = xasprintf(_("%s: is a case file; a draft never replaces a case (choose another name)"),
				 out);
		return false;
	}
	return true;
}

static bool looks_like_case_lines(const char *text)
{
	static const char key[] = "nis2-notify:";
	for (const char *s = text; s; s = strchr(s, '\n')) {
		if (*s == '\n')
			s++;
		if (strncmp(s, key, sizeof(key) - 1) == 0)
			return true;
	}
	return false;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_name(char ***list, size_t *n, size_t *cap, const char *name)
{
	*list = xgrow(*list, cap, *n + 1, sizeof(**list));
	(*list)[(*n)++] = xstrdup(name);
}

bool casepaths_forget_plan(const char *case_path, struct forget_plan *plan, char **err)
{
	memset(plan, 0, sizeof(*plan));
	struct stat st;
	if (lstat(case_path, &st) != 0) {
		*err = xasprintf("%s: %s", case_path, strerror(errno));
		return false;
	}
	if (S_ISLNK(st.st_mode)) {
		*err = xasprintf(_("%s: a symbolic link, not a case file; nothing deleted"), case_path);
		return false;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = xasprintf(_("%s: not a regular file; nothing deleted"), case_path);
		return false;
	}
	char *text;
	size_t len;
	if (!file_read_all(case_path, &text, &len, err))
		return false;
	bool is_case = looks_like_case(text);
	free(text);
	if (!is_case) {
		*err = xasprintf(_("%s: not a case file (no 'nis2-notify:' line); nothing deleted"), case_path);
		return false;
	}

	plan->dir = casepaths_folder_of(case_path);
	const char *file = base_name(case_path);
	char *stem = case_stem(file);
	DIR *d = opendir(plan->dir);
	if (!d) {
		*err = xasprintf("%s: %s", plan->dir, strerror(errno));
		free(stem);
		casepaths_forget_plan_free(plan);
		return false;
	}
	size_t cap_f = 0, cap_s = 0;
	add_name(&plan->files, &plan->n_files, &cap_f, file);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!belongs_to_case(e->d_name, file, stem))
			continue;
		struct stat es;
		bool regular = fstatat(dirfd(d), e->d_name, &es, AT_SYMLINK_NOFOLLOW) == 0 &&
			       S_ISREG(es.st_mode) && es.st_uid == geteuid();
		if (regular)
			add_name(&plan->files, &plan->n_files, &cap_f, e->d_name);
		else
			add_name(&plan->skipped, &plan->n_skipped, &cap_s, e->d_name);
	}
	closedir(d);
	free(stem);
	if (plan->n_files > 2)
		qsort(plan->files + 1, plan->n_files - 1, sizeof(char *), by_name);
	if (plan->n_skipped > 1)
		qsort(plan->skipped, plan->n_skipped, sizeof(char *), by_name);
	return true;
}

bool casepaths_forget(const struct forget_plan *plan, size_t *deleted, char **err)
{
	*deleted = 0;
	int dfd = open(plan->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0) {
		*err = xasprintf("%s: %s", plan->dir, strerror(errno));
		return false;
	}
	bool ok = true;
	for (size_t i = 0; i < plan->n_files && ok; i++) {
		const char *name = plan->files[i];
		struct stat st;
		/* Checked again: the folder may have changed since the plan. */
		if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			if (errno == ENOENT)
				continue;
			*err = xasprintf("%s/%s: %s", plan->dir, name, strerror(errno));
			ok = false;
		} else if (!S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
			*err = xasprintf(_("%s/%s: no longer a regular file of yours; not deleted"), plan->dir, name);
			ok = false;
		} else if (unlinkat(dfd, name, 0) != 0) {
			*err = xasprintf("%s/%s: %s", plan->dir, name, strerror(errno));
			ok = false;
		} else {
			(*deleted)++;
		}
	}
	if (ok && *deleted > 0)
		fsync(dfd);   /* the deletion itself must survive a crash */
	close(dfd);
	return ok;
}

void casepaths_forget_plan_free(struct forget_plan *plan)
{
	free(plan->dir);
	for (size_t i = 0; i < plan->n_files; i++)
		free(plan->files[i]);
	free(plan->files);
	for (size_t i = 0; i < plan->n_skipped; i++)
		free(plan->skipped[i]);
	free(plan->skipped);
	memset(plan, 0, sizeof(*plan));
}
