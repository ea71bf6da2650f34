/* ytext.c: three-language texts and format versions of data files. */
#include "config.h"

#include "io/ytext.h"
#include "nls.h"

bool y_get_text3(struct ydoc *d, yaml_node_t *n, const char *what, size_t max,
		 struct text3 *t, struct yerr *err)
{
	static const char *const keys[] = { "en", "nl", "fr", NULL };
	if (!y_expect_map(d, n, what, err) || !y_check_keys(d, n, keys, err))
		return false;
	for (int l = 0; l < LANG_COUNT; l++) {
		yaml_node_t *v = y_map_get(d, n, lang_code((enum lang)l));
		if (!v)
			return yerr_at(err, d, n, _("'%s' needs a text in %s"), what, lang_code((enum lang)l));
		if (!y_get_string(d, v, max, &t->s[l], err))
			return false;
		if (!t->s[l][0])
			return yerr_at(err, d, v, _("'%s' needs a text in %s"), what, lang_code((enum lang)l));
	}
	return true;
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
