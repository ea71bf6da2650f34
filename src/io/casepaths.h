/* casepaths.h: where a case and its drafts live, and how they are listed
 * and forgotten.  Everything the tool keeps about an incident (personal
 * data included) is in these files and nowhere else.
 *
 * The state folder holds the wizard's cases:
 *     $XDG_STATE_HOME/nis2-notify/    (XDG_STATE_HOME set and absolute)
 *     ~/.local/state/nis2-notify/     (otherwise)
 * mode 0700.  A case there is NAME.yaml.  A case may also live anywhere
 * else the user names on the command line.
 *
 * A case's drafts sit beside it, named after the case file without its
 * .yaml (or .yml) ending:
 *     incident.yaml  ->  incident.draft-STAGE.txt | .md | .json
 * STAGE is a stage name of the case file (stage_name(): early-warning,
 * notification, intermediate, progress, final, recipients, gdpr), the
 * ending follows the format (text, markdown, json).  Parts that write
 * drafts take their names from casepaths_draft(), so that --forget finds
 * them. */
#ifndef NIS2_CASEPATHS_H
#define NIS2_CASEPATHS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/case.h"

enum draft_format { DRAFT_TEXT = 0, DRAFT_MARKDOWN, DRAFT_JSON, DRAFT_FORMAT_COUNT };

/* The draft format a --format word ("text", "markdown", "json") names. */
bool draft_format_from_name(const char *name, enum draft_format *out);

/* The state folder's path (not created): a fresh string, or NULL with *err
 * when neither XDG_STATE_HOME nor HOME is usable. */
char *casepaths_state_dir(char **err);
/* The same, created when missing (parents too) and made mode 0700. */
char *casepaths_state_dir_ensure(char **err);

/* A new case's file in the state folder (created 0700):
 * STATE/case-YYYYMMDD-HHMMSS[-N].yaml, Brussels time of now.  The file is
 * created empty with O_EXCL (mode 0600), so that no other wizard can take
 * the same name; a fresh path, or NULL with *err. */
char *casepaths_new_case(instant_t now, char **err);

/* The draft of a case for one stage and format: a fresh path beside the
 * case ("dir/incident.draft-notification.md"). */
char *casepaths_draft(const char *case_path, enum stage stage, enum draft_format format);
/* Where the wizard keeps the step and field the handler was at, beside the
 * case: "STEM.position" (mode 0600; --forget deletes it with the case). */
char *casepaths_position(const char *case_path);

/* True when the file at path is a case file (a mapping with the
 * 'nis2-notify' key, as the loader reads it). */
bool casepaths_is_case_file(const char *path);
/* Whether a draft may be written to out: not when out is the case itself
 * (the same file, by any name) or any other case file; false with *err. */
bool casepaths_output_allowed(const char *out, const char *case_path, char **err);
/* The case's decision journal ("dir/incident.journal") and the draft of a
 * stage frozen as it was sent ("dir/incident.sent-STAGE.txt"): fresh. */
char *casepaths_journal(const char *case_path);
char *casepaths_sent(const char *case_path, enum stage stage);

/* A saved case of the state folder, for the wizard's resume list. */
struct saved_case {
	char *path;     /* "STATE/incident.yaml" */
	char *name;     /* "incident" */
	time_t mtime;   /* last saved */
};

/* Lists the cases of folder dir: regular files named NAME.yaml (not
 * symbolic links, not drafts, not temporary files), most recently saved
 * first.  A missing folder is an empty list.  Returns false with *err only
 * when the folder cannot be read. */
bool casepaths_list(const char *dir, struct saved_case **out, size_t *n, char **err);
void casepaths_list_free(struct saved_case *list, size_t n);

/* What forgetting a case deletes: the case file itself, its drafts (every
 * stage and format above), its journal and sent drafts (casepaths_journal,
 * casepaths_sent), its lock (CASEFILE.lock), the copy of a
 * hand-edited file (CASEFILE.orig) and the temporary files an interrupted
 * save of any of them can leave (NAME.tmp.XXXXXX, drafts' too), in the
 * case's folder and nothing else.
 * Only regular files are deleted; a symbolic link or anything else with one
 * of these names is listed in `skipped` and left alone. */
struct forget_plan {
	char *dir;          /* the case's folder */
	size_t n_files;
	char **files;       /* names in dir, the case file first */
	size_t n_skipped;
	char **skipped;     /* names in dir that are not regular files */
};

/* Builds the plan for case_path.  Fails (with *err) when the case is not a
 * regular file (a symbolic link is refused: forgetting deletes files, never
 * what a link points to) or does not look like a case file (it has no
 * "nis2-notify:" line), so that a mistyped name deletes nothing. */
bool casepaths_forget_plan(const char *case_path, struct forget_plan *plan, char **err);
/* Deletes the plan's files, each checked again just before (still a regular
 * file, never followed).  Returns false with *err at the first failure;
 * *deleted counts what was deleted. */
bool casepaths_forget(const struct forget_plan *plan, size_t *deleted, char **err);
void casepaths_forget_plan_free(struct forget_plan *plan);

/* The folder a path names its file in: "." for a bare name, "/" at the
 * root; a fresh string. */
char *casepaths_folder_of(const char *path);

#endif
