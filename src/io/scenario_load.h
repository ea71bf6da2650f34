/* scenario_load.h: reading a training scenario (a case file with a
 * `scenario:` section, man/nis2-notify-case.5) with libyaml.
 *
 * Errors are "ORIGIN:LINE:COLUMN: message", as for case files. */
#ifndef NIS2_SCENARIO_LOAD_H
#define NIS2_SCENARIO_LOAD_H

#include <stdbool.h>

#include <stddef.h>

#include "core/scenario.h"
#include "io/case_load.h"
#include "io/datafiles.h"

/* Texts longer than this (in bytes, per language) are refused. */
#define SCENARIO_TEXT_MAX 4000u

/* A whole scenario from a buffer: the case part (checked as a case file is,
 * against schema) and the scenario section.  On failure returns false,
 * leaves *s empty and sets *err to a fresh message. */
bool scenario_load_buffer(const char *origin, const char *buf, size_t len,
			  const struct case_schema *schema, struct scenario *s, char **err);

/* SCENARIO of --training: a file when it names one (it holds a '/' or ends
 * in ".yaml"), else the name of a shipped scenario, data/scenarios/NAME.yaml
 * (from --data DIR or the built-in copy). */
bool scenario_load(const char *name, const struct datasource *src,
		   const struct case_schema *schema, struct scenario *s, char **err);

/* The names of the shipped scenarios (without ".yaml"), sorted; returns the
 * count and a fresh array of fresh strings in *names. */
size_t scenario_list(const struct datasource *src, char ***names);

/* Whether a file's text is a scenario (a case file with a top-level
 * `scenario:` key), without any check: --evaluate reads either. */
bool scenario_buffer_is_scenario(const char *buf, size_t len);

/* The languages of a scenario file (1u << enum lang), from its title's
 * keys, read without the data nor any check: for lists made before the data
 * is read (the start screen).  0 when the buffer is not a readable
 * scenario; scenario_load() says why. */
unsigned scenario_peek_langs(const char *buf, size_t len);

/* As scenario_list(), only the shipped scenarios offered in language l
 * (their texts are in l). */
size_t scenario_list_in(const struct datasource *src, enum lang l, char ***names);

#endif
