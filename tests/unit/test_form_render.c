/* test_form_render.c: a field's value as the form takes it (what the
 * wizard copies), and texts from the case made safe in every format. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/case.h"
#include "core/form.h"
#include "core/xalloc.h"
#include "io/clipboard.h"
#include "io/form_render.h"
#include "form_fixture.h"

static void test_field_value(void **state)
{
	(void)state;
	struct form_def def;
	struct case_file c;
	struct form_draft d;
	fixture_form_load(&def);
	case_init(&c);
	const char *sectors[] = { "drinking-water", "energy-gas" };
	case_set_sectors(&c, 2, sectors);
	case_form_set_text(&c, "9-Incident_Description", "line one\n\033]52;c;ZXZpbA==\alijn twee\xc2\x9b" "2J");
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_NL, &d);

	/* a multi-choice: the option labels, one per line */
	char *v = render_field_value(&def, form_draft_get(&d, "4-Sector"), LANG_NL);
	assert_string_equal(v, "Drinkwater\nEnergie: Aardgas");
	free(v);
	/* a text: newlines kept, escape sequences' control characters gone */
	v = render_field_value(&def, form_draft_get(&d, "9-Incident_Description"), LANG_NL);
	assert_null(strchr(v, '\033'));
	assert_null(strchr(v, '\a'));
	assert_null(strstr(v, "\xc2\x9b"));
	assert_non_null(strstr(v, "line one\n"));
	/* and what goes to the clipboard carries only the safe text */
	char *seq = osc52_sequence(v, OSC52_PLAIN);
	assert_int_equal(strncmp(seq, "\033]52;c;", 7), 0);
	assert_null(strchr(seq + 1, '\033'));
	free(seq);
	free(v);

	for (int f = DRAFT_TEXT; f <= DRAFT_JSON; f++) {
		char *out = render_draft(&def, &d, LANG_NL, (enum draft_format)f);
		for (const char *p = out; *p; p++)
			if ((unsigned char)*p < 0x20 && *p != '\n')
				fail_msg("format %d: control character 0x%02x", f, (unsigned char)*p);
		assert_null(strstr(out, "\xc2\x9b"));
		free(out);
	}
	/* JSON keeps the newline, escaped */
	char *json = render_draft(&def, &d, LANG_NL, DRAFT_JSON);
	assert_non_null(strstr(json, "\"value\": \"line one\\n"));
	free(json);
	form_draft_free(&d);
	case_free(&c);
	form_def_free(&def);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_field_value),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
