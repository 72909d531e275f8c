#include "text.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include "xalloc.h"

size_t text_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];
	size_t len;
	uint32_t min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		len = 2, min = 0x80, *cp = c & 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3, min = 0x800, *cp = c & 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4, min = 0x10000, *cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3F);
	}
	if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return len;
}

uint32_t text_fullwidth_ascii(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x3000)
		return ' ';
	if (cp == 0x3001 || cp == 0xFF64) /* 、 and ､ */
		return ',';
	return cp == 0x3002 || cp == 0xFF61 ? '.' : 0; /* 。 and ｡ */
}

void text_fold_fullwidth(char *s)
{
	size_t n = strlen(s);
	char *out = s;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = text_decode(s + i, n - i, &cp);
		uint32_t ascii = len ? text_fullwidth_ascii(cp) : 0;
		if (ascii) {
			*out++ = (char)ascii;
			i += len;
		} else {
			*out++ = s[i++]; /* a byte at a time: the rest as it was */
		}
	}
	*out = '\0';
}

static bool is_control(uint32_t cp)
{
	return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C ||
	       /* breaks no terminal shows, and marks that hide text */
	       cp == 0x2028 || cp == 0x2029 || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

/* Printable ASCII, most of any text: no decoding needed. */
static bool plain(char c)
{
	return (unsigned char)c - 0x20u < 0x5Fu;
}

long text_invalid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = text_decode(s + i, n - i, &cp);
		if (!len)
			return (long)i;
		i += len;
	}
	return -1;
}

long text_find_control(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		if (plain(s[i])) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = text_decode(s + i, n - i, &cp);
		if (!len)
			return (long)i;
		if (is_control(cp))
			return (long)i;
		i += len;
	}
	return -1;
}

char *text_printable(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s);
	/* Worst case: every byte becomes "\xNN" (4 bytes) or a code point
	 * becomes "\u{NNNNNN}" (10 bytes for at least 2 input bytes). */
	char *out = xmalloc(n * 5 + 1);
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = text_decode(s + i, n - i, &cp);
		if (!len) {
			o += (size_t)sprintf(out + o, "\\x%02X", u[i]);
			i++;
		} else if (cp == '\t') {
			out[o++] = ' ';
			i++;
		} else if (is_control(cp)) {
			if (cp < 0x100)
				o += (size_t)sprintf(out + o, "\\x%02X", (unsigned)cp);
			else
				o += (size_t)sprintf(out + o, "\\u{%X}", (unsigned)cp);
			i += len;
		} else {
			memcpy(out + o, s + i, len);
			o += len;
			i += len;
		}
	}
	out[o] = '\0';
	return out;
}

/* A Latin letter with a mark (U+00C0 to U+017F) as its letter alone, as
 * a search typed without the marks finds it ("manana" finds mañana, "soleo"
 * Sóleo); a space for none (ß, æ, ×). */
static const char latin_base[] =
	"aaaaaaaceeeeiiii nooooo ouuuuy  " /* U+00C0 */
	"aaaaaaaceeeeiiii nooooo ouuuuy y" /* U+00E0 */
	"aaaaaaccccccccddddeeeeeeeeeegggg" /* U+0100 */
	"gggghhhhiiiiiiiiii  jjkk lllllll" /* U+0120 */
	"lllnnnnnn   oooooooorrrrrrssssss" /* U+0140 */
	"sstttt  uuuuuuuuuuuuwwyyyzzzzzz "; /* U+0160 */

bool text_word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && !strncasecmp(w, list[i], n))
			return true;
	return false;
}

size_t text_nbsp_at(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x87 || u[2] == 0xAF))
		return 3;
	return 0;
}

char text_ascii_like(uint32_t cp)
{
	if (cp >= 0xC0 && cp < 0xC0 + sizeof latin_base - 1 && latin_base[cp - 0xC0] != ' ') {
		char c = latin_base[cp - 0xC0];
		/* Latin-1's capitals are below U+00DF; beyond, a pair each, the
		 * capital first, but for two runs where it comes second */
		bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
		bool upper = cp < 0x100 ? cp < 0xDF : cp == 0x178 || (cp % 2 == 1) == odd_upper;
		return upper ? (char)(c - 'a' + 'A') : c;
	}
	if (text_is_nbsp(cp))
		return ' ';
	switch (cp) {
	case 0xAD: return '-';  /* a soft hyphen, where a terminal shows one */
	case 0xAB: case 0xBB: return '"';
	case 0xB4: return '\'';
	case 0xB7: return '.';
	case 0xD7: return 'x';
	case 0xDF: return 's';
	case 0x2022: case 0x2212: return '-';
	case 0x2026: return '.';
	case 0x2039: case 0x203A: return '\'';
	default: break;
	}
	if (cp >= 0x2010 && cp <= 0x2015)
		return '-';
	if (cp >= 0x2018 && cp <= 0x201B)
		return '\'';
	if (cp >= 0x201C && cp <= 0x201F)
		return '"';
	return 0;
}

char *text_ascii_spelling(const char *s)
{
	static const char *const german[] = { "ae", "oe", "ue", "ss", "oe", "ae" }; /* and œ, æ */
	char *out = xmalloc(2 * strlen(s) + 1), *o = out; /* two letters at most for a character's two bytes */
	for (size_t k; *s; s += k) {
		uint32_t cp = (unsigned char)*s;
		k = cp < 0x80 ? 1 : text_decode(s, strlen(s), &cp);
		if (!k) { /* not UTF-8: the byte as it is */
			*o++ = *s;
			k = 1;
			continue;
		}
		int g = cp == 0xE4 || cp == 0xC4 ? 0 : cp == 0xF6 || cp == 0xD6 ? 1 :
			cp == 0xFC || cp == 0xDC ? 2 : cp == 0xDF ? 3 : cp == 0x153 || cp == 0x152 ? 4 :
			cp == 0xE6 || cp == 0xC6 ? 5 : -1;
		char c = cp < 0x80 ? (char)cp : text_ascii_like(cp);
		if (g >= 0)
			o += sprintf(o, "%s", german[g]);
		else if (c)
			*o++ = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
		else
			o += sprintf(o, "%.*s", (int)k, s);
	}
	*o = '\0';
	return out;
}

static wint_t without_mark(wint_t w)
{
	if (w >= 0xC0 && w < 0xC0 + sizeof latin_base - 1 && latin_base[w - 0xC0] != ' ')
		return (wint_t)latin_base[w - 0xC0];
	return w;
}

/* The character at s in lower case (*wc; a full-width form as its ASCII)
 * and as its letter alone (*base: é as e; decomposed, e and U+0301, too),
 * and its bytes, with the combining marks after it. A byte that does not
 * start a character in the locale is itself, apart from every character. */
static size_t fold_at(const char *s, wint_t *wc, wint_t *base)
{
	unsigned char c = (unsigned char)*s;
	size_t n = 1;
	wchar_t w;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	if (c < 0x80) { /* by ASCII's rule in every locale: a Turkish one lowers I to ı */
		*wc = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
	} else if ((n = mbrtowc(&w, s, strnlen(s, MB_LEN_MAX), &st)) == 0 || n > MB_LEN_MAX) {
		*wc = *base = (wint_t)0x110000 + c; /* not a character here (-1), or cut short (-2) */
		return 1;
	} else {
		/* its ASCII, a full-width form: what is typed is folded so (ｘ
		 * is x), and a title's （ must still be found by it */
		uint32_t ascii = text_is_nbsp((uint32_t)w) ? ' ' : text_fullwidth_ascii((uint32_t)w);
		char mark = ascii ? 0 : text_ascii_like((uint32_t)w);
		if (mark && !isalnum((unsigned char)mark))
			ascii = (uint32_t)mark; /* ’ as ', — as -, « as ": typed on a keyboard */
		*wc = !ascii ? towlower((wint_t)w) : ascii >= 'A' && ascii <= 'Z' ? ascii - 'A' + 'a' : ascii;
	}
	*base = without_mark(*wc);
	uint32_t first = 0; /* the first mark after it */
	for (uint32_t cp; (unsigned char)s[n] >= 0x80; n += 2) { /* U+0300..U+036F: two bytes */
		if (text_decode(s + n, strnlen(s + n, 4), &cp) != 2 || cp < 0x300 || cp > 0x36F)
			break;
		first = first ? first : cp;
	}
	if (first) /* a letter with marks: not the letter alone, nor with others */
		*wc = (wint_t)(0x10000000u | (first - 0x300) << 21 | (uint32_t)*base);
	return n;
}

/* Whether the character typed (its folds t, t_base) finds the one in the
 * text (x, x_base): the same letter in either case; or typed without a
 * mark, the letter with any ("manana" finds mañana, "soleo" Sóleo; è does
 * not find é). */
static bool finds(wint_t x, wint_t x_base, wint_t t, wint_t t_base)
{
	return x == t || (t == t_base && x_base == t);
}

/* The bytes at t, typed, that spell the ligature x as a keyboard without
 * it does ("oe" finds œ, "ae" æ, "ss" ß), or 0. */
static size_t spelled(wint_t x, const char *t)
{
	const char *as = x == 0x153 ? "oe" : x == 0xE6 ? "ae" : x == 0xDF ? "ss" : NULL;
	return as && tolower((unsigned char)t[0]) == as[0] &&
	       tolower((unsigned char)t[1]) == as[1] ? 2 : 0;
}

bool text_contains_any_case(const char *hay, const char *needle)
{
	for (const char *h = hay;;) {
		const char *a = h, *b = needle;
		size_t first = 0;
		for (;;) {
			if (!*b)
				return true;
			if (!*a)
				return false; /* nor from any later start, with less hay left */
			wint_t x, xb, y, yb;
			size_t la = fold_at(a, &x, &xb), lb = fold_at(b, &y, &yb);
			first = first ? first : la;
			size_t sp = spelled(x, b); /* before finds: o finds œ too */
			if (sp)
				lb = sp;
			else if (!finds(x, xb, y, yb))
				break;
			a += la, b += lb;
		}
		h += first;
	}
}

/* Past the blanks at s: a blank typed twice is one */
static const char *past_blanks(const char *s)
{
	for (;;)
		if (*s == ' ' || *s == '\t')
			s++;
		else if (text_nbsp_at(s))
			s += text_nbsp_at(s);
		else
			return s;
}

bool text_equal_any_case(const char *a, const char *b)
{
	for (;;) {
		if (!*a || !*b)
			return !*a && !*b;
		wint_t x, xb, y, yb;
		size_t la = fold_at(a, &x, &xb), lb = fold_at(b, &y, &yb);
		size_t sp = spelled(x, b);
		if (sp)
			lb = sp;
		else if (!finds(x, xb, y, yb))
			return false;
		a += la, b += lb;
		if (x == ' ') /* "morning  feet" is Morning feet */
			a = past_blanks(a), b = past_blanks(b);
	}
}

static bool is_wide(uint32_t cp)
{
	return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
	       (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	       (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
	       (cp >= 0x20000 && cp <= 0x3FFFD);
}

static bool is_combining(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200D) ||
	       (cp >= 0xFE00 && cp <= 0xFE0F);
}

/* The columns cp takes as the terminal library counts them: wcwidth() in
 * a UTF-8 locale (emoji, Hebrew and Thai marks, U+2060); the tables above where it
 * has no answer (the C locale, unassigned code points). */
static size_t cp_width(uint32_t cp)
{
	if (cp < 0x80)
		return 1; /* controls never get this far */
	int w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return (size_t)w;
	return is_combining(cp) ? 0 : is_wide(cp) ? 2 : 1;
}

size_t text_width(const char *s)
{
	return text_width_n(s, strlen(s));
}

size_t text_width_n(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n;) {
		if (plain(s[i])) {
			w++;
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = text_decode(s + i, n - i, &cp);
		if (!len) {
			w++;
			i++;
			continue;
		}
		w += cp_width(cp);
		i += len;
	}
	return w;
}

/* Bytes in the character at s (of n > 0): an invalid byte is one. */
static int char_len(const char *s, int n)
{
	uint32_t cp;
	size_t len = text_decode(s, (size_t)n, &cp);
	return len ? (int)len : 1;
}

int text_prefix_fitting(const char *s, int len, int width)
{
	int i = 0, w = 0;
	while (i < len) {
		int n = char_len(s + i, len - i);
		w += (int)text_width_n(s + i, (size_t)n);
		if (w > width)
			break;
		i += n;
	}
	return i;
}

int text_fit(const char *s, int width, bool utf8, int *len, const char **more)
{
	*len = (int)strlen(s);
	*more = "";
	int w = (int)text_width(s);
	if (w <= width)
		return w;
	*more = utf8 ? "…" : "...";
	int room = width - (int)text_width(*more);
	*len = text_prefix_fitting(s, *len, room);
	return (int)(text_width_n(s, (size_t)*len) + text_width(*more));
}

/* The widest last word that does not stand alone on a wrapped text's
 * last line. */
enum { RUNT_COLS = 3 };

/* Whether cp is one of the characters of marks (UTF-8). */
static bool among(const char *marks, uint32_t cp)
{
	for (size_t i = 0, n = strlen(marks); i < n;) {
		uint32_t m;
		size_t k = text_decode(marks + i, n - i, &m);
		if (m == cp)
			return true;
		i += k ? k : 1;
	}
	return false;
}

/* Kinsoku, as Japanese sets it: the marks a line does not start with
 * (closing ones, 。 and 、, small kana) and those it does not end with
 * (opening ones). Only wide ones: a line breaks only between two wide
 * characters. */
static bool no_start(uint32_t cp)
{
	return among("、。，．：；？！）］｝〉》」』】〕〗〙〛〞〟・ー"
		     "ヽヾゝゞ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ", cp);
}

static bool no_end(uint32_t cp)
{
	return among("（［｛〈《「『【〔〖〘〚〝", cp);
}

/* Whether cp is wide and of a script written with no spaces (Chinese,
 * Japanese), where a line may break between any two characters; not an
 * emoji, which a skin tone or a joiner may follow. */
static bool breaks_around(uint32_t cp)
{
	return cp >= 0x1100 && !(cp >= 0x1F000 && cp <= 0x1FAFF) && cp_width(cp) == 2;
}

/* The end of the piece of text at s[i] that a line does not break inside:
 * up to a space, or to where two wide characters meet, kinsoku allowing. */
static int piece_end(const char *s, int i)
{
	uint32_t last = 0; /* the last character that takes a column */
	while (s[i] && s[i] != ' ') {
		uint32_t cp = (unsigned char)s[i];
		if (cp < 0x80) { /* most text, and no break beside it */
			last = cp >= 0x20 ? cp : last;
			i++;
			continue;
		}
		int n = (int)text_decode(s + i, strnlen(s + i, 4), &cp);
		cp = n ? cp : 0;
		n = n ? n : 1;
		if (last && breaks_around(last) && breaks_around(cp) && !no_end(last) && !no_start(cp))
			break;
		if (cp_width(cp) > 0)
			last = cp;
		i += n;
	}
	return i;
}

/* Whether what is left after s[end] is one short piece ("x.") that
 * would sit alone on the last line, and fits on it with the piece at
 * s[last], the last of this line: a rule that ends "press x." keeps its
 * x with the word before it. A line does not begin with a lone dash. */
static bool runt_after(const char *s, int end, int last, int width)
{
	int r0 = end;
	while (s[r0] == ' ')
		r0++;
	int r1 = piece_end(s, r0);
	int after = r1;
	while (s[after] == ' ')
		after++;
	if (r1 == r0 || s[after] || text_width_n(s + r0, (size_t)(r1 - r0)) > RUNT_COLS)
		return false;
	if (text_width_n(s + last, (size_t)(end - last)) < 2) /* a dash: "feet — 35s" stays */
		return false;
	return (int)text_width_n(s + last, (size_t)(r1 - last)) <= width;
}

int text_wrap(const char *s, int width, struct span *lines, int max)
{
	int count = 0;
	if (width < 1)
		width = 1;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		/* Take words while they fit; cols is the width of s[0..len). */
		int len = 0, end = 0, cols = 0, before = 0, last = 0;
		for (;;) {
			int w0 = len;
			while (s[w0] == ' ')
				w0++;
			int w1 = piece_end(s, w0);
			if (w1 == w0)
				break;
			int more = cols + (int)text_width_n(s + len, (size_t)(w1 - len));
			if (more > width)
				break;
			before = end;
			last = w0;
			len = end = w1;
			cols = more;
		}
		if (before && runt_after(s, end, last, width))
			end = before;
		if (!end) { /* one word longer than the line: split it, a path after a '/' */
			end = text_prefix_fitting(s, (int)strlen(s), width);
			int slash = end;
			while (slash > 1 && s[slash - 1] != '/' && s[slash - 1] != ' ')
				slash--;
			if (slash > 1 && s[slash - 1] == '/')
				end = slash;
		}
		if (!end)
			end = char_len(s, (int)strlen(s));
		if (count < max)
			lines[count] = (struct span){ s, end };
		count++;
		s += end;
	}
	return count;
}

size_t text_mark_at(const char *s)
{
	uint32_t cp;
	size_t n = (unsigned char)*s < 0x80 ? 0 : text_decode(s, strlen(s), &cp);
	if (!n)
		return 0;
	bool mark = (cp >= 0xA0 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) ||
		    (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20FF) ||
		    (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x3004) ||
		    (cp >= 0x3008 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
		    (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
		    (cp >= 0x1F000 && cp <= 0x1FAFF);
	return mark ? n : 0;
}
