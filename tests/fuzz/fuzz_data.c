/* fuzz_data.c: the data-file loaders on any bytes: sectors, the CCB form,
 * the privacy table (and every loader a part adds to data/).  --data DIR
 * lets a user point the program at edited data files, so these loaders meet
 * hand-made input too: a clear error, never a crash, a leak or a hang. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "core/form.h"
#include "core/privacy.h"
#include "core/sectors.h"
#include "io/form_load.h"
#include "io/privacy_load.h"
#include "io/sectors_load.h"
#include "fuzz_target.h"
#include "output_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	const char *buf = (const char *)bytes;
	char *err = NULL;

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
