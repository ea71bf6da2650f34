/* options.h: the command line. */
#ifndef NIS2_OPTIONS_H
#define NIS2_OPTIONS_H

#include <stdbool.h>

enum command {
	CMD_WIZARD = 0,   /* no batch command: the full-screen wizard */
	CMD_HELP, CMD_VERSION, CMD_EVALUATE, CMD_DRAFT, CMD_PRIVACY, CMD_FORGET,
	CMD_LIST_SCENARIOS, CMD_JOURNAL, CMD_TRAINING_EXPECTED, CMD_TRAINING_GUIDE,
	CMD_DEBRIEF_SUMMARY, CMD_DEBRIEF_FROM,
};

struct options {
	enum command command;
	const char *lang;      /* --lang, or NULL */
	const char *data_dir;  /* --data, or NULL for the built-in data */
	const char *case_path; /* the CASE of a command, or the wizard's file */
	const char *format;    /* --format, or NULL for the command's default */
	const char *now;       /* --now, or NULL for the system clock */
	const char *stage;     /* --stage, or NULL for the case's current stage */
	const char *training;  /* --training SCENARIO */
	const char *speed;     /* --speed N */
	const char *debrief;   /* --debrief FILE */
	const char *trainee;   /* --trainee NAME: on the debrief */
	const char *category;  /* --category ID: --privacy shows only that data */
	const char *output;    /* --output FILE: --draft writes there, not stdout */
	const char *field;     /* --field LETTER: --draft prints only that field's text */
	bool yes;              /* --yes: no confirmation question (--forget) */
	char **files;          /* --debrief-summary FILE...: the debriefs */
	int n_files;
	bool facilitator;      /* --facilitator: the facilitator's exercise clock */
	const char *exercise_time;  /* --exercise-time TIME: the room's exercise time */
};

/* The value of the last --lang/-l in argv (NULL if none), read before the
 * options are checked so that a usage error is worded in that language. */
const char *options_scan_lang(int argc, char **argv);

/* Parses argv.  On a usage error prints a message naming the problem and
 * returns false (exit 2). */
bool options_parse(int argc, char **argv, struct options *o);

void options_print_help(const char *prog);
void options_print_version(void);

#endif
