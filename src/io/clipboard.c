/* clipboard.c: OSC 52 sequences and the draft file. */
#include "config.h"

#include "io/clipboard.h"
#include "io/fileio.h"
#include "core/base64.h"
#include "core/sbuf.h"
#include "core/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* GNU screen cuts a DCS string longer than its buffer (768 bytes in
 * older versions): the sequence goes through in pieces of this size. */
#define SCREEN_CHUNK 76

enum osc52_wrap osc52_wrap_for(const char *tmux_env, const char *term_env)
{
	if (tmux_env && tmux_env[0])
		return OSC52_TMUX;
	if (term_env && strncmp(term_env, "screen", 6) == 0)
		return OSC52_SCREEN;
	return OSC52_PLAIN;
}

char *osc52_sequence(const char *text, enum osc52_wrap w)
{
	char *b64 = base64_encode((const unsigned char *)text, strlen(text));
	struct sbuf seq, out;
	sbuf_init(&seq);
	sbuf_printf(&seq, "\033]52;c;%s\a", b64);
	free(b64);
	if (w == OSC52_PLAIN)
		return sbuf_take(&seq);
	sbuf_init(&out);
	if (w == OSC52_TMUX) {
		sbuf_puts(&out, "\033Ptmux;");
		for (const char *p = sbuf_str(&seq); *p; p++) {
			if (*p == '\033')
				sbuf_putc(&out, '\033');
			sbuf_putc(&out, *p);
		}
		sbuf_puts(&out, "\033\\");
	} else {
		const char *s = sbuf_str(&seq);
		for (size_t off = 0; off < seq.len; off += SCREEN_CHUNK) {
			size_t n = seq.len - off < SCREEN_CHUNK ? seq.len - off : SCREEN_CHUNK;
			sbuf_puts(&out, "\033P");
			sbuf_putn(&out, s + off, n);
			sbuf_puts(&out, "\033\\");
		}
	}
	sbuf_free(&seq);
	return sbuf_take(&out);
}

bool clipboard_save_file(const char *path, const char *text, char **err)
{
	return file_save_atomic(path, text, strlen(text), err);
}

bool draft_save_beside(const char *case_path, enum stage s, enum draft_format f,
		       const char *text, char **path_out, char **err)
{
	*path_out = casepaths_draft(case_path, s, f);
	return clipboard_save_file(*path_out, text, err);
}
