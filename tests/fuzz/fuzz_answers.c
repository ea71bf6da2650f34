/* fuzz_answers.c: the wizard's answer model (core/answers.h) driven by any
 * bytes: each step reads which answer (users, an impact fact, an earlier
 * incident added, removed or answered) and its value from the input.  After
 * every answer the case, saved as the wizard saves it, must load again:
 * the promise that a case the wizard saved always reopens. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/answers.h"
#include "io/case_load.h"
#include "io/case_save.h"
#include "io/dataset.h"
#include "fuzz_dataset.h"
#include "fuzz_target.h"

struct input { const uint8_t *p; size_t n; };

static uint8_t byte(struct input *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

/* A value: small ones often (they meet the rules), any up to 2^32 too. */
static int64_t value(struct input *in)
{
	uint8_t b = byte(in);
	if (b < 200)
		return b * 100;
	int64_t v = 0;
	for (int i = 0; i < 4; i++)
		v = v << 8 | byte(in);
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct dataset *ds = fuzz_dataset("fuzz_answers");
	struct case_schema schema = dataset_case_schema(ds);
	struct input in = { bytes, size };
	struct case_file c;
	struct case_problem p;
	case_init(&c);
	for (int step = 0; in.n && step < 200; step++) {
		uint8_t op = byte(&in);
		bool set = !(op & 0x80);
		switch (op & 0x7f) {
		case 0: case 1:
			answer_users(&c, set, value(&in), &p);
			break;
		case 2:
			case_related_add(&c);
			break;
		case 3:
			if (c.n_related)
				case_related_remove(&c, byte(&in) % c.n_related);
			break;
		case 4:
			if (c.n_related)
				answer_related(&c, byte(&in) % c.n_related,
					       (enum related_value)(byte(&in) % RV_COUNT), set,
					       1790000000 + value(&in));
			break;
		default: {
			const struct fact_def *f = &ds->facts.defs[byte(&in) % ds->facts.n];
			if (f->place == FACT_IN_IMPACT)
				answer_impact(&c, f->name, set,
					      f->kind == FACT_BOOL ? value(&in) % 2 : value(&in), &p);
			break;
		}
		}
		char *yaml = case_to_yaml(&c, &ds->facts);
		struct case_file back;
		char *err = NULL;
		if (!case_load_buffer("saved.yaml", yaml, strlen(yaml), &schema, &back, &err)) {
			fprintf(stderr, "after answer %d the saved case does not load: %s\n%s", step, err, yaml);
			abort();
		}
		case_free(&back);
		free(yaml);
	}
	case_free(&c);
	return 0;
}
