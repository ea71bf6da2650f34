/* keys.h: one key press, or one bracketed paste, read from the terminal. */
#ifndef NIS2_TUI_KEYS_H
#define NIS2_TUI_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

enum key_kind {
	KEY_KIND_NONE = 0,   /* the 1-second tick passed without a key */
	KEY_KIND_CHAR,       /* a character (code), control characters included */
	KEY_KIND_FUNC,       /* a curses KEY_* code (code) */
	KEY_KIND_PASTE,      /* a bracketed paste: text[0..len) */
};

struct key {
	enum key_kind kind;
	wint_t code;
	wchar_t *text;       /* KEY_KIND_PASTE only; owned by the key */
	size_t len;
};

/* Control-key codes as curses delivers them in raw mode. */
#define CTRL_KEY(c) ((wint_t)((c) & 0x1f))
#define KEY_ESC_CODE 27

/* Tells curses the paste markers (ESC [ 200 ~ and ESC [ 201 ~). */
void keys_setup(void);
/* Waits at most 1 second for a key; a paste is read whole (up to
 * KEYS_PASTE_MAX characters; the rest is dropped). */
#define KEYS_PASTE_MAX 65536
void keys_read(struct key *k);
void key_free(struct key *k);

bool key_is_char(const struct key *k, wint_t c);
bool key_is_func(const struct key *k, int code);
/* Enter, from any terminal (CR, KEY_ENTER). */
bool key_is_enter(const struct key *k);
/* Backspace, from any terminal (DEL, ^H, KEY_BACKSPACE). */
bool key_is_backspace(const struct key *k);
bool key_is_escape(const struct key *k);

#endif
