/* options.c: parsing the command line, --help and --version (GNU style). */
#include "config.h"

#include "cli/options.h"
#include "cli/i18n.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

enum { OPT_EVALUATE = 256, OPT_DRAFT, OPT_FORMAT, OPT_NOW, OPT_STAGE, OPT_DATA,
       OPT_PRIVACY, OPT_FORGET, OPT_TRAINING, OPT_SPEED, OPT_DEBRIEF, OPT_TRAINEE, OPT_FACILITATOR, OPT_EXERCISE_TIME, OPT_YES,
       OPT_CATEGORY, OPT_LIST_SCENARIOS, OPT_JOURNAL, OPT_FIELD, OPT_TRAINING_EXPECTED,
       OPT_TRAINING_GUIDE, OPT_DEBRIEF_SUMMARY, OPT_DEBRIEF_FROM };

static const struct option long_options[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "lang", required_argument, NULL, 'l' },
	{ "data", required_argument, NULL, OPT_DATA },
	{ "evaluate", required_argument, NULL, OPT_EVALUATE },
	{ "draft", required_argument, NULL, OPT_DRAFT },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "now", required_argument, NULL, OPT_NOW },
	{ "stage", required_argument, NULL, OPT_STAGE },
	{ "privacy", no_argument, NULL, OPT_PRIVACY },
	{ "forget", required_argument, NULL, OPT_FORGET },
	{ "journal", required_argument, NULL, OPT_JOURNAL },
	{ "yes", no_argument, NULL, OPT_YES },
	{ "category", required_argument, NULL, OPT_CATEGORY },
	{ "training", required_argument, NULL, OPT_TRAINING },
	{ "list-scenarios", no_argument, NULL, OPT_LIST_SCENARIOS },
	{ "training-expected", required_argument, NULL, OPT_TRAINING_EXPECTED },
	{ "training-guide", required_argument, NULL, OPT_TRAINING_GUIDE },
	{ "speed", required_argument, NULL, OPT_SPEED },
	{ "debrief", required_argument, NULL, OPT_DEBRIEF },
	{ "trainee", required_argument, NULL, OPT_TRAINEE },
	{ "debrief-summary", no_argument, NULL, OPT_DEBRIEF_SUMMARY },
	{ "debrief-from", required_argument, NULL, OPT_DEBRIEF_FROM },
	{ "facilitator", no_argument, NULL, OPT_FACILITATOR },
	{ "exercise-time", required_argument, NULL, OPT_EXERCISE_TIME },
	{ "output", required_argument, NULL, 'o' },
	{ "field", required_argument, NULL, OPT_FIELD },
	{ NULL, 0, NULL, 0 },
};

static bool set_command(struct options *o, enum command c, const char *arg)
{
	if (o->command != CMD_WIZARD && o->command != c) {
		fprintf(stderr, _("%s: only one of --evaluate, --draft, --journal, --privacy and --forget may be given\n"),
			PACKAGE);
		return false;
	}
	o->command = c;
	if (arg)
		o->case_path = arg;
	return true;
}

const char *options_scan_lang(int argc, char **argv)
{
	const char *lang = NULL;
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hVl:o:", long_options, NULL)) != -1)
		if (c == 'l')
			lang = optarg;
	optind = 1;
	return lang;
}

bool options_parse(int argc, char **argv, struct options *o)
{
	memset(o, 0, sizeof(*o));
	int c;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hVl:o:", long_options, NULL)) != -1) {
		switch (c) {
		case 'h': o->command = CMD_HELP; return true;
		case 'V': o->command = CMD_VERSION; return true;
		case 'l':
			if (strcmp(optarg, "en") && strcmp(optarg, "nl") && strcmp(optarg, "fr")) {
				fprintf(stderr, _("%s: unknown language '%s' (use en, nl or fr)\n"), PACKAGE, optarg);
				return false;
			}
			o->lang = optarg;
			break;
		case OPT_DATA: o->data_dir = optarg; break;
		case OPT_EVALUATE: if (!set_command(o, CMD_EVALUATE, optarg)) return false; break;
		case OPT_DRAFT: if (!set_command(o, CMD_DRAFT, optarg)) return false; break;
		case OPT_PRIVACY: if (!set_command(o, CMD_PRIVACY, NULL)) return false; break;
		case OPT_FORGET: if (!set_command(o, CMD_FORGET, optarg)) return false; break;
		case OPT_JOURNAL: if (!set_command(o, CMD_JOURNAL, optarg)) return false; break;
		case OPT_FORMAT: o->format = optarg; break;
		case OPT_NOW: o->now = optarg; break;
		case OPT_STAGE: o->stage = optarg; break;
		case OPT_YES: o->yes = true; break;
		case OPT_CATEGORY: o->category = optarg; break;
		case OPT_TRAINING: o->training = optarg; break;
		case OPT_LIST_SCENARIOS: if (!set_command(o, CMD_LIST_SCENARIOS, NULL)) return false; break;
		case OPT_TRAINING_EXPECTED:
			if (!set_command(o, CMD_TRAINING_EXPECTED, optarg)) return false;
			break;
		case OPT_TRAINING_GUIDE: if (!set_command(o, CMD_TRAINING_GUIDE, optarg)) return false; break;
		case OPT_SPEED: o->speed = optarg; break;
		case OPT_DEBRIEF: o->debrief = optarg; break;
		case OPT_TRAINEE: o->trainee = optarg; break;
		case OPT_DEBRIEF_SUMMARY: if (!set_command(o, CMD_DEBRIEF_SUMMARY, NULL)) return false; break;
		case OPT_DEBRIEF_FROM: if (!set_command(o, CMD_DEBRIEF_FROM, optarg)) return false; break;
		case OPT_FACILITATOR: o->facilitator = true; break;
		case OPT_EXERCISE_TIME: o->exercise_time = optarg; break;
		case 'o': o->output = optarg; break;
		case OPT_FIELD: o->field = optarg; break;
		case ':':
			fprintf(stderr, _("%s: option '%s' needs an argument\n"), PACKAGE, argv[optind - 1]);
			return false;
		default:
			fprintf(stderr, _("%s: unknown option '%s'\n"), PACKAGE, argv[optind - 1]);
			fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
			return false;
		}
	}
	/* --debrief-summary takes every remaining argument as a debrief. */
	if (o->command == CMD_DEBRIEF_SUMMARY) {
		o->files = argv + optind;
		o->n_files = argc - optind;
		optind = argc;
	}
	if (optind < argc) {
		if (o->command != CMD_WIZARD || optind + 1 < argc) {
			fprintf(stderr, _("%s: unexpected argument '%s'\n"), PACKAGE, argv[optind]);
			fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
			return false;
		}
		o->case_path = argv[optind];
	}
	if (o->output && o->command != CMD_DRAFT) {
		fprintf(stderr, _("%s: --output goes with --draft only\n"), PACKAGE);
		return false;
	}
	if (o->field && o->command != CMD_DRAFT) {
		fprintf(stderr, _("%s: --field goes with --draft only\n"), PACKAGE);
		return false;
	}
	if (o->field && !(((o->field[0] >= 'A' && o->field[0] <= 'Y') ||
			   (o->field[0] >= 'a' && o->field[0] <= 'y')) && o->field[1] == '\0')) {
		fprintf(stderr, _("%s: --field takes the letter of a field of the form (A to Y), not '%s'\n"),
			PACKAGE, o->field);
		return false;
	}
	if (o->field && o->format) {
		fprintf(stderr, _("%s: --field prints the field's text as it is pasted into the form; --format does not go with it\n"),
			PACKAGE);
		return false;
	}
	if (o->output && !*o->output) {
		fprintf(stderr, _("%s: --output needs a file name\n"), PACKAGE);
		return false;
	}
	return true;
}

void options_print_help(const char *prog)
{
	printf(_("Usage: %s [OPTION]... [CASE]\n"), prog);
	printf(_("  or:  %s --evaluate CASE [--format text|json] [--now TIME]\n"), prog);
	printf(_("  or:  %s --draft CASE [--stage STAGE] [--format text|markdown|json]\n"
		 "                   [--output FILE]\n"), prog);
	printf(_("  or:  %s --journal CASE [--format text|markdown|json] [--now TIME]\n"), prog);
	fputs(_("Decide whether an incident must be notified under the Belgian NIS2 law,\n"
		"by when, and draft the CCB's online notification form.\n"
		"Without a command, opens the full-screen wizard on CASE (a new case if\n"
		"CASE is absent).\n\n"), stdout);
	fputs(_("Commands:\n"
		"      --evaluate CASE    print the verdict, its reasons and the deadlines\n"
		"      --draft CASE       print the filled-in draft of the notification form\n"
		"      --privacy          print what the CCB does with personal data\n"
		"      --forget CASE      delete a case and its drafts (asks first)\n"
		"      --training NAME    run a training scenario (shipped, or a file)\n"
		"      --debrief FILE     with --training: write the debrief to FILE\n"
		"      --trainee NAME     with --training: the trainee's or team's name on it\n"
		"      --list-scenarios   print the names of the shipped scenarios\n\n"), stdout);
	fputs(_("Writing a scenario:\n"
		"      --training-expected SCENARIO  print what the rules compute at its\n"
		"                         end, as its expected: section (--format json)\n"
		"      --training-guide SCENARIO     print the facilitator's guide\n"
		"                         (--format text|markdown)\n"
		"      --list-scenarios --format text|json  every scenario with its\n"
		"                         languages; without: those of this language\n"
		"      --evaluate takes a scenario file too: its case at its end\n\n"), stdout);
	fputs(_("Training results:\n"
		"      --debrief-summary FILE...  a room's summary from JSON debriefs:\n"
		"                         the questions missed, verdicts, reports and times\n"
		"      --debrief-from CASE  the debrief of a saved exercise case (with\n"
		"                         --debrief FILE, --trainee NAME, --format)\n\n"), stdout);
	fputs(_("Options of --training:\n"
		"      --facilitator      the facilitator's clock: starts paused; pause, jump,\n"
		"                         rewind, free news and the end are the facilitator's\n"
		"      --exercise-time TIME  set the exercise clock to the room's time\n"
		"                         (\"Tue 09:10\" or ISO 8601)\n\n"), stdout);
	fputs(_("The record for the regulator:\n"
		"      --journal CASE     print the case's decision journal: what was known\n"
		"                         when, each verdict, each report and deadline\n\n"), stdout);
	fputs(_("Options of --draft:\n"
		"      --field LETTER     only that field's text, exactly as it is pasted into\n"
		"                         the form (no prefix, no line breaks added)\n\n"), stdout);
	fputs(_("Options of --privacy:\n"
		"      --category ID      only the purposes that process this category of\n"
		"                         personal data: identification, communications,\n"
		"                         video or penalties\n\n"), stdout);
	fputs(_("Options:\n"
		"  -l, --lang LL          language: en, nl or fr\n"
		"      --format FORMAT    output format: text, json or markdown\n"
		"      --now TIME         take TIME as the current time (RFC 3339)\n"
		"      --stage STAGE      report stage of the draft (early-warning,\n"
		"                         notification, intermediate, progress, final)\n"
		"  -o, --output FILE      --draft: write the draft to FILE (mode 0600)\n"
		"                         instead of standard output\n"
		"      --speed N          training: the simulated clock runs N times faster\n"
		"      --yes              --forget: do not ask for confirmation\n"
		"      --data DIR         read the rules, form and texts from DIR\n"
		"  -h, --help             display this help and exit\n"
		"  -V, --version          output version information and exit\n\n"), stdout);
	fputs(_("Exit status: 0 on success, 1 on invalid input, 2 on wrong usage.\n"), stdout);
	printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

void options_print_version(void)
{
	printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
	fputs(_("Copyright (C) 2026 the nis2-notify developers.\n"
		"License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		"This is free software: you are free to change and redistribute it.\n"
		"There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}
