/* UTF-8 text checks and safe display of untrusted strings. Pure. */
#ifndef UNKNOT_TEXT_H
#define UNKNOT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the UTF-8 sequence at s (n bytes available): returns its length
 * and stores the code point, or returns 0 when it is invalid (overlong,
 * surrogate, out of range or cut short). */
size_t text_decode(const char *s, size_t n, uint32_t *cp);

/* Offset of the first byte that is not part of valid UTF-8, or -1. */
long text_invalid_utf8(const char *s, size_t n);

/* Offset of the first character that must never reach a terminal: C0
 * controls other than tab, DEL, C1 controls, the bidi embeddings, overrides
 * and isolates (U+202A..U+202E, U+2066..U+2069) and marks (U+200E, U+200F,
 * U+061C). -1 when there is none.
 * Expects valid UTF-8. */
long text_find_control(const char *s, size_t n);

/* A copy safe to print: invalid bytes and controls are shown as \xNN or
 * \u{NNNN}; tabs become a space. Caller frees. */
char *text_printable(const char *s);

/* Whether needle is in hay, whatever the case of their letters: ASCII's by
 * ASCII's rule, the others by towlower() in the locale of LC_CTYPE (in a
 * UTF-8 locale, /épa finds Épaules), a full-width form as its ASCII (（２）
 * is (2), as text_fold_fullwidth makes what is typed); a Latin letter of
 * needle without a mark finds it with one (/soleo finds Sóleo, /manana
 * mañana; /è not é); a byte the locale cannot read only matches itself.
 * An empty needle is in every hay. */
bool text_contains_any_case(const char *hay, const char *needle);
/* Whether b, typed, is the text a, whatever the case of its letters, by
 * the rule above (a title typed in line mode: ÜBUNGEN and UBUNGEN are
 * Übungen). */
bool text_equal_any_case(const char *a, const char *b);

/* Whether cp is a no-break space: U+00A0, the figure space U+2007, or the
 * narrow U+202F that French typography sets before ; ! ? and a word
 * processor with it. Each reads as a space where unknot reads text. */
static inline bool text_is_nbsp(uint32_t cp) /* inline: every character drawn asks */
{
	return cp == 0xA0 || cp == 0x2007 || cp == 0x202F;
}
/* The bytes of the no-break space s starts with, 0 for none. */
size_t text_nbsp_at(const char *s);

/* Whether the n bytes at w are one of list's words, in any case of ASCII
 * letters ("Toes" is toes). */
bool text_word_in(const char *w, size_t n, const char *const *list, size_t count);

/* An ASCII character that looks like cp where the terminal cannot show it
 * (a locale without UTF-8), in the one column it takes: a Latin letter
 * without its mark (ü as u, Ö as O, ß as s), typographic quotes and dashes
 * as straight ones, a no-break space as a space; 0 for none (shown '?'). */
char text_ascii_like(uint32_t cp);

/* s in lower case ASCII as one types it without the letters beyond:
 * German's ä ö ü ß as ae oe ue ss (Füße as fuesse), another Latin letter
 * without its mark (épaules as epaules), a typographic mark as its ASCII;
 * what has none kept as it is. Caller frees. */
char *text_ascii_spelling(const char *s);

/* The ASCII of a full-width form, as an input method left in full-width
 * mode types it (ｘ for x, Ｓ for S, U+3000 for a space, and its full stop
 * and comma 。 and 、 for . and ,, half-width ｡ and ､ too); 0 for any other
 * code point. */
uint32_t text_fullwidth_ascii(uint32_t cp);
/* s with each full-width form as its ASCII, in place: a command or an
 * answer typed so reads as typed in ASCII ("ｙｅｓ" is yes). */
void text_fold_fullwidth(char *s);

/* The bytes of the mark, space or symbol beyond ASCII that s starts with
 * (…, ‼, ¡, «, 。, a no-break space, an emoji), 0 for none (a letter, a
 * digit, ASCII): what a phone's keyboard and autocorrect put before or
 * after a word ("x…", "stop😣", "yes…", "x" and a no-break space), and a
 * keycap's marks after a digit (1️⃣ is 1 and U+FE0F U+20E3). */
size_t text_mark_at(const char *s);

/* Number of terminal columns used by a clean UTF-8 string (approximate for
 * East Asian wide forms; control-free input assumed). */
size_t text_width(const char *s);
/* The same for the first n bytes of s (a sequence cut at n counts per byte). */
size_t text_width_n(const char *s, size_t n);

/* A line of wrapped text: a byte range of the source string. */
struct span {
	const char *s;
	int len;
};

/* Wraps s to width columns, breaking between words and between two wide
 * characters (Japanese has no spaces), but not before 。、」 or after 「 and
 * the like; a word longer than the line is split. Stores up to max lines;
 * returns how many are needed. */
int text_wrap(const char *s, int width, struct span *lines, int max);
/* Bytes of the longest prefix of s[0..len) that fits in width columns. */
int text_prefix_fitting(const char *s, int len, int width);
/* s in at most width columns, for a table: *len bytes of it, then *more
 * ("" when all of it fits, else an ellipsis: "…", or "..." without UTF-8).
 * Returns the columns the two take. */
int text_fit(const char *s, int width, bool utf8, int *len, const char **more);

#endif
