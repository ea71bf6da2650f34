/* fuzz_case.c: the case-file loader (src/io/case_load.h) on any bytes, and
 * everything a loaded case then goes through in the batch commands: the
 * deadlines, the evaluation output, the form draft in every format, saving
 * and loading again.
 *
 * Beyond "no crash, no leak, no hang" it checks two promises of issue 7:
 * no output carries a control character or invalid UTF-8 (output_check.h),
 * and a saved case loads again to the same case (nothing is lost). */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/deadlines.h"
#include "core/evaluation.h"
#include "core/form.h"
#include "core/rules.h"
#include "core/xalloc.h"
#include "io/case_load.h"
#include "io/case_save.h"
#include "io/dataset.h"
#include "io/evaluation_render.h"
#include "io/form_render.h"
#include "io/scenario_load.h"
#include "fuzz_dataset.h"
#include "fuzz_target.h"
#include "output_check.h"

static void check_round_trip(const struct case_file *c, const struct dataset *ds,
			     const struct case_schema *schema)
{
	char *yaml = case_to_yaml(c, &ds->facts);
	output_check("case_to_yaml", yaml, false);
	struct case_file again;
	char *err = NULL;
	if (!case_load_buffer("saved.yaml", yaml, strlen(yaml), schema, &again, &err)) {
		fprintf(stderr, "a saved case does not load again: %s\n--- saved:\n%s", err, yaml);
		abort();
	}
	char *yaml2 = case_to_yaml(&again, &ds->facts);
	if (strcmp(yaml, yaml2) != 0) {
		fprintf(stderr, "saving the reloaded case gives other text:\n--- first:\n%s--- second:\n%s",
			yaml, yaml2);
		abort();
	}
	free(yaml2);
	free(yaml);
	case_free(&again);
}

static void check_draft(const struct case_file *c, const struct dataset *ds,
			const struct evaluation *ev, const struct deadlines *dl)
{
	for (int s = 0; s < STAGE_COUNT; s++) {
		if (!form_stage_valid((enum stage)s))
			continue;
		struct form_draft d;
		form_draft_build(&ds->form, c, ev, dl, (enum stage)s, c->language, &d);
		for (int f = 0; f < DRAFT_FORMAT_COUNT; f++) {
			char *out = render_draft(&ds->form, &d, c->language, (enum draft_format)f);
			output_check("render_draft", out, f != DRAFT_JSON);
			free(out);
		}
		for (size_t i = 0; i < d.n; i++) {
			char *val = render_field_value(&ds->form, &d.values[i], c->language);
			output_check("render_field_value", val, true);
			free(val);
		}
		form_draft_free(&d);
	}
}

static void check_outputs(const struct case_file *c, const struct dataset *ds)
{
	instant_t now = c->incident.aware.set ? c->incident.aware.t + 3600 : 1795336200;
	/* the verdict the rules give, through every output */
	struct evaluation ev;
	struct deadlines dl;
	rules_evaluate(&ds->rules, c, now, c->language, &ev);
	deadlines_compute(c, &ev, now, &dl);
	char *json = render_evaluation_json(&ev, &dl);
	output_check("render_evaluation_json", json, false);
	free(json);
	char *text = render_evaluation_text(&ev, &dl, &ds->rules, c, &ds->facts, now, c->language);
	output_check("render_evaluation_text", text, false);
	free(text);
	check_draft(c, ds, &ev, &dl);
	evaluation_free(&ev);
	/* and the clock under every other verdict */
	for (int v = 0; v < VERDICT_COUNT; v++) {
		struct evaluation other = { 0 };
		other.verdict = (enum verdict)v;
		other.regime = regime_for_types(rules_case_types(c));
		deadlines_compute(c, &other, now, &dl);
		text = render_evaluation_text(&other, &dl, &ds->rules, c, &ds->facts, now, c->language);
		output_check("render_evaluation_text", text, false);
		free(text);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct dataset *ds = fuzz_dataset("fuzz_case");
	struct case_schema schema = dataset_case_schema(ds);
	struct case_file c;
	char *err = NULL;
	if (case_load_buffer("fuzz.yaml", (const char *)bytes, size, &schema, &c, &err)) {
		check_outputs(&c, ds);
		check_round_trip(&c, ds, &schema);
		case_free(&c);
	} else {
		output_check("case_load error", err, false);
		free(err);
	}
	/* a training scenario is a case file with one more section */
	struct scenario sc;
	err = NULL;
	if (scenario_load_buffer("fuzz.yaml", (const char *)bytes, size, &schema, &sc, &err))
		scenario_free(&sc);
	else
		output_check("scenario_load error", err, false);
	free(err);
	return 0;
}
