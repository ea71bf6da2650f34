/* ytext.c: three-language texts and format versions of data files. */
#include "config.h"

#include "io/ytext.h"
#include "nls.h"

enum y_text3_result y_read_text3(struct ydoc *d, yaml_node_t *n, const char *what, size_t max,
				 struct text3 *t, struct yerr *err, enum lang *lang,
				 yaml_node_t **at)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(d, n, what, err) || !y_check_keys(d, n, keys, err))
		return Y_TEXT3_ERROR;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(d, n, lang_code((enum lang)l));
		*lang = (enum lang)l;
		if (!v) {
			*at = n;
			return Y_TEXT3_MISSING;
		}
		if (!y_get_string(d, v, max, &t->s[l], err))
			return Y_TEXT3_ERROR;
		if (!t->s[l][0]) {
			*at = v;
			return Y_TEXT3_EMPTY;
		}
	}
	return Y_TEXT3_OK;
}

bool y_get_text3(struct ydoc *d, yaml_node_t *n, const char *what, size_t max,
		 struct text3 *t, struct yerr *err)
{
	enum lang l;
	yaml_node_t *at;
	switch (y_read_text3(d, n, what, max, t, err, &l, &at)) {
	case Y_TEXT3_OK:
		return true;
	case Y_TEXT3_MISSING:
	case Y_TEXT3_EMPTY:
		return yerr_at(err, d, at, _("'%s' needs a text in %s"), what, lang_code(l));
	case Y_TEXT3_ERROR:
		break;
	}
	return false;
}

bool y_check_format(struct ydoc *d, yaml_node_t *root, struct yerr *err)
{
	yaml_node_t *f = y_map_get(d, root, "format");
	int64_t v = 0;
	if (!f)
		return yerr_at(err, d, root, _("missing key '%s'"), "format");
	if (!y_get_count(d, f, 1000, &v, err))
		return false;
	if (v != 1)
		return yerr_at(err, d, f, _("unsupported format version %lld (this program reads version %d)"),
			       (long long)v, 1);
	return true;
}
