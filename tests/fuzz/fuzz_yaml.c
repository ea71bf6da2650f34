/* fuzz_yaml.c: the strict YAML reader (src/io/yamlnode.h) on any bytes.
 *
 * Loads the input, then walks every node with every typed reader, as the
 * loaders would, and runs the clock's parser and the terminal sanitizer on
 * every scalar: nothing may crash, hang, leak or read out of bounds. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "core/clock.h"
#include "core/utf8.h"
#include "io/yamlnode.h"
#include "fuzz_target.h"

static void walk(struct ydoc *d, yaml_node_t *n, int depth)
{
	struct yerr err = { 0 };
	char *s = NULL;
	bool b;
	int64_t v;
	instant_t t;
	static const char *const keys[] = { "nis2-notify", "entity", "incident", "impact", NULL };

	if (!n || depth > 64)
		return;
	if (y_get_string(d, n, 100000, &s, &err)) {
		char *clean = utf8_sanitize(s, true);
		(void)utf8_chars(clean);
		free(clean);
		free(s);
	}
	yerr_free(&err);
	y_get_bool(d, n, &b, &err);
	yerr_free(&err);
	y_get_count(d, n, INT64_MAX, &v, &err);
	yerr_free(&err);
	y_get_count(d, n, 1000, &v, &err);
	yerr_free(&err);
	y_get_time(d, n, &t, &err);
	yerr_free(&err);
	if (y_get_time(d, n, &t, &err)) {
		char buf[CLOCK_FMT_LEN];
		clock_format(clock_add_months(clock_add_hours(t, 72), 1), buf);
	}
	yerr_free(&err);
	(void)y_is_null(n);

	if (y_expect_seq(d, n, "list", 100, &err)) {
		for (size_t i = 0; i < y_seq_size(n); i++)
			walk(d, y_seq_item(d, n, i), depth + 1);
	}
	yerr_free(&err);
	if (y_expect_map(d, n, "map", &err)) {
		y_check_keys(d, n, keys, &err);
		yerr_free(&err);
		(void)y_map_get(d, n, "entity");
		for (size_t i = 0; i < y_map_size(n); i++) {
			yaml_node_t *k, *val;
			y_pair(d, n, i, &k, &val);
			walk(d, k, depth + 1);
			walk(d, val, depth + 1);
		}
	}
	yerr_free(&err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ydoc d;
	struct yerr err = { 0 };
	if (ydoc_load(&d, "fuzz.yaml", (const char *)data, size, &err))
		walk(&d, ydoc_root(&d), 0);
	yerr_free(&err);
	ydoc_free(&d);
	return 0;
}
