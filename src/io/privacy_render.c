/* privacy_render.c: the table of purposes as wrapped plain text. */
#include "config.h"

#include "io/privacy_render.h"
#include "core/sbuf.h"
#include "core/utf8.h"
#include "core/wrap.h"
#include "core/xalloc.h"
#include "nls.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MARK_YES "\xe2\x9c\x93"   /* ✓ */
#define MARK_NO "\xc3\x97"        /* × */

/* Appends text wrapped to width: the first line after `first` (at most
 * `indent` columns wide), the others after `indent` spaces. */
static void put_wrapped(struct sbuf *b, const char *first, size_t indent, const char *text, size_t width)
{
	char *rest = xasprintf("%*s", (int)indent, "");
	wrap_append(b, first, rest, text, width);
	free(rest);
}

/* A heading, wrapped to width, underlined as long as its longest line. */
static void put_heading(struct sbuf *b, const char *text, char underline, size_t width)
{
	size_t pos = 0, next, longest = 0;
	while (text[pos]) {
		size_t n = wrap_line(text + pos, width, &next);
		char *line = xstrndup(text + pos, n);
		if (utf8_chars(line) > longest)
			longest = utf8_chars(line);
		sbuf_puts(b, line);
		sbuf_putc(b, '\n');
		free(line);
		pos += next;
	}
	for (size_t i = longest; i > 0; i--)
		sbuf_putc(b, underline);
	sbuf_putc(b, '\n');
}

/* "Label: text", continuation lines indented a little under the label. */
static void put_labelled(struct sbuf *b, size_t indent, const char *label, const char *text, size_t width)
{
	char *first = xasprintf("%*s", (int)indent, "");
	char *line = xasprintf("%s %s", label, text);
	put_wrapped(b, first, indent + 2, line, width);
	free(first);
	free(line);
}

static char *categories_list(const struct privacy_table *t, privacy_mask m, enum lang l)
{
	char *list = NULL;
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		if (!(m & PRIVACY_MASK(c)))
			continue;
		const char *name = text3_get(&t->categories[c].name, l);
		/* TRANSLATORS: two items of a list of categories of personal data */
		char *next = list ? xasprintf(_("%s; %s"), list, name) : xstrdup(name);
		free(list);
		list = next;
	}
	return list ? list : xstrdup("");
}

static void render_notification(struct sbuf *b, const struct privacy_table *t, enum lang l,
				privacy_mask filter, size_t width, size_t *sel)
{
	put_heading(b, _("Personal data in a NIS2 notification"), '=', width);
	put_wrapped(b, "", 0, _("A notification carries personal data: the contact person's name, "
				"e-mail and phone, and often data about the people affected. "
				"The CCB processes it for these purposes of its privacy notice:"), width);
	sbuf_putc(b, '\n');
	size_t n = privacy_select(t, SIZE_MAX, filter, true, sel);
	if (n == 0) {
		put_wrapped(b, "", 0, _("(none with the chosen category)"), width);
		sbuf_putc(b, '\n');
	}
	for (size_t i = 0; i < n; i++) {
		const struct privacy_purpose *p = &t->purposes[sel[i]];
		put_wrapped(b, "* ", 2, text3_get(&p->text, l), width);
		put_labelled(b, 2, _("Legal basis:"), text3_get(&t->bases[p->basis].name, l), width);
		char *cats = categories_list(t, p->marks, l);
		put_labelled(b, 2, _("Data:"), cats, width);
		free(cats);
		put_labelled(b, 2, _("Why:"), text3_get(&p->for_notification, l), width);
		sbuf_putc(b, '\n');
	}
	put_wrapped(b, "", 0, privacy_gdpr_reminder(), width);
	sbuf_putc(b, '\n');
}

static void render_table(struct sbuf *b, const struct privacy_table *t, enum lang l,
			 privacy_mask filter, size_t width, size_t *sel)
{
	put_heading(b, text3_get(&t->title, l), '=', width);
	put_wrapped(b, "", 0, _("Columns (categories of personal data):"), width);
	for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
		char *first = xasprintf("  %d  ", c + 1);
		put_wrapped(b, first, 5, text3_get(&t->categories[c].name, l), width);
		free(first);
	}
	char *legend = xasprintf(_("%s processed, %s not processed."), MARK_YES, MARK_NO);
	put_wrapped(b, "", 0, legend, width);
	free(legend);
	if (filter != 0 && filter != PRIVACY_ALL) {
		char *cats = categories_list(t, filter, l);
		put_labelled(b, 0, _("Only purposes that process:"), cats, width);
		free(cats);
	}
	for (size_t basis = 0; basis < t->n_bases; basis++) {
		size_t n = privacy_select(t, basis, filter, false, sel);
		if (n == 0)
			continue;
		sbuf_putc(b, '\n');
		put_heading(b, text3_get(&t->bases[basis].name, l), '-', width);
		sbuf_puts(b, "1 2 3 4\n");
		for (size_t i = 0; i < n; i++) {
			const struct privacy_purpose *p = &t->purposes[sel[i]];
			struct sbuf marks;
			sbuf_init(&marks);
			for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
				sbuf_puts(&marks, privacy_purpose_has(p, (enum privacy_category)c) ? MARK_YES : MARK_NO);
				sbuf_puts(&marks, c + 1 < PRIV_CATEGORY_COUNT ? " " : "  ");
			}
			put_wrapped(b, sbuf_str(&marks), 9, text3_get(&p->text, l), width);
			sbuf_free(&marks);
			for (int c = 0; c < PRIV_CATEGORY_COUNT; c++) {
				if (!p->notes[c].s[LANG_EN])
					continue;
				char *note = xasprintf("%d: %s", c + 1, text3_get(&p->notes[c], l));
				put_wrapped(b, "         ", 12, note, width);
				free(note);
			}
		}
	}
}

char *render_privacy_text(const struct privacy_table *t, enum lang l, privacy_mask filter, size_t width)
{
	struct sbuf b;
	sbuf_init(&b);
	size_t *sel = xcalloc(t->n_purposes ? t->n_purposes : 1, sizeof(*sel));
	render_notification(&b, t, l, filter, width, sel);
	sbuf_putc(&b, '\n');
	render_table(&b, t, l, filter, width, sel);
	free(sel);
	return sbuf_take(&b);
}

const char *privacy_gdpr_reminder(void)
{
	return _("If personal data were breached, that is a separate notification: to the "
		 "Data Protection Authority (GBA/APD), without undue delay and where feasible "
		 "within 72 hours of becoming aware of the breach (GDPR art. 33(1)), apart "
		 "from the notification to the CCB (guide D).");
}
