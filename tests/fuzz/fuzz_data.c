/* fuzz_data.c: the data-file loaders on any bytes: facts, rules (against the
 * built-in facts), sectors, the CCB form, the privacy table.  --data DIR
 * lets a user point the program at edited data files, so these loaders meet
 * hand-made input too: a clear error, never a crash, a leak or a hang. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/form.h"
#include "core/privacy.h"
#include "core/sectors.h"
#include "core/facts.h"
#include "core/rules.h"
#include "io/facts_load.h"
#include "io/form_load.h"
#include "io/rules_load.h"
#include "io/privacy_load.h"
#include "io/sectors_load.h"
#include "fuzz_target.h"
#include "output_check.h"

/* The built-in facts, which the rules refer to, loaded once. */
static const struct fact_registry *builtin_facts(void)
{
	static struct fact_registry facts;
	static bool loaded;
	if (!loaded) {
		struct datasource src = { NULL };
		char *err = NULL;
		if (!facts_load(&src, &facts, &err)) {
			fprintf(stderr, "fuzz_data: built-in facts: %s\n", err);
			abort();
		}
		loaded = true;
	}
	return &facts;
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	const char *buf = (const char *)bytes;
	char *err = NULL;

	struct fact_registry facts;
	if (facts_load_buffer("facts.yaml", buf, size, &facts, &err))
		facts_free(&facts);
	output_check("facts error", err, false);
	free(err);
	err = NULL;

	struct ruleset rules;
	if (rules_load_buffer("rules.yaml", buf, size, builtin_facts(), &rules, &err))
		ruleset_free(&rules);
	output_check("rules error", err, false);
	free(err);
	err = NULL;

	struct sector_registry sectors;
	bool have_sectors = sectors_load_buffer("sectors.yaml", buf, size, &sectors, &err);
	output_check("sectors error", err, false);
	free(err);
	err = NULL;

	struct form_def form;
	if (form_load_buffer("form.yaml", buf, size, &form, &err)) {
		if (have_sectors)
			form_attach_sectors(&form, &sectors);
		form_def_free(&form);
	}
	output_check("form error", err, false);
	free(err);
	err = NULL;
	if (have_sectors)
		sectors_free(&sectors);

	struct privacy_table t;
	privacy_table_init(&t);
	if (privacy_load_buffer("privacy.yaml", buf, size, &t, &err))
		privacy_table_free(&t);
	output_check("privacy error", err, false);
	free(err);
	return 0;
}
