#include "yaml_tree.h"

#include <assert.h>
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "duration.h"
#include "suggest.h"
#include "text.h"
#include "xalloc.h"

struct builder {
	yaml_parser_t parser;
	const char *buf;
	size_t len;
	const char *file;
	const struct ylimits *lim;
	struct diags *d;
	size_t depth;
	const char *key; /* the key whose value is being built, or NULL */
	bool item;       /* building an item of a block list ("- ...") */
	/* Where comment_after got to: a line (0-based), where it starts, and a
	 * column on it (in characters) and its byte. Events come in order, so
	 * the walk over buf is done once, not once a scalar. */
	size_t line, line_off, col, col_off;
};

/* The bytes of the line break at off, as libyaml counts them (LF, CR LF,
 * CR, NEL, LS, PS), or 0. */
static size_t line_break(const char *buf, size_t len, size_t off)
{
	const unsigned char *s = (const unsigned char *)buf + off;
	size_t left = len - off;
	if (s[0] == '\n')
		return 1;
	if (s[0] == '\r')
		return left > 1 && s[1] == '\n' ? 2 : 1;
	if (left > 1 && s[0] == 0xC2 && s[1] == 0x85)
		return 2;
	if (left > 2 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
		return 3;
	return 0;
}

/* The byte of buf at mark m, walking on from where the last call got to:
 * events come in order, so buf is walked once, not once a scalar. b->len
 * when m is behind that. */
static size_t offset_of(struct builder *b, yaml_mark_t m)
{
	size_t off = b->col_off, brk;
	while (b->line < m.line && off < b->len) { /* on to m's line */
		if ((brk = line_break(b->buf, b->len, off))) {
			b->line_off = b->col_off = off += brk;
			b->col = 0;
			b->line++;
		} else {
			off++;
		}
	}
	if (b->line != m.line || m.column < b->col)
		return b->len;
	size_t col = b->col;
	off = b->col_off;
	for (; off < b->len && col < m.column; col++) /* mark columns count characters */
		for (off++; off < b->len && ((unsigned char)b->buf[off] & 0xC0) == 0x80; off++)
			;
	b->col = col, b->col_off = off;
	return off;
}

/* The column (1-based) of a comment with words in it that follows the
 * scalar ending at m on its line, or 0. libyaml ends a plain scalar at
 * " #" without a word: "Roll the back # not the lower back" loses its end. */
static unsigned comment_after(struct builder *b, yaml_mark_t m, bool *word)
{
	size_t off = offset_of(b, m), col = b->col;
	if (off >= b->len)
		return 0;
	while (off < b->len && (b->buf[off] == ' ' || b->buf[off] == '\t'))
		off++, col++;
	if (off >= b->len || b->buf[off] != '#')
		return 0;
	*word = off + 1 < b->len && !strchr(" \t#", b->buf[off + 1]) &&
		!line_break(b->buf, b->len, off + 1);
	unsigned at = (unsigned)col + 1;
	for (off++; off < b->len && !line_break(b->buf, b->len, off); off++)
		if (b->buf[off] != ' ' && b->buf[off] != '\t')
			return at; /* words were lost; an empty '#' loses nothing */
	return 0;
}

/* A plain text over several lines, one of which starts with "- ": an
 * item of a list indented past the one above, read as more of its text
 * ("Keep off the knee. - Stop on numbness."). That line and its column
 * go in n->dash_line and n->dash_col. */
static void dash_within(struct builder *b, const yaml_event_t *ev, struct ynode *n)
{
	size_t off = offset_of(b, ev->start_mark), line = ev->start_mark.line, brk;
	while (off < b->len && line < ev->end_mark.line) {
		if (!(brk = line_break(b->buf, b->len, off))) {
			off++;
			continue;
		}
		off += brk, line++;
		size_t col = 0;
		while (off < b->len && b->buf[off] == ' ')
			off++, col++;
		if (off < b->len && b->buf[off] == '-' &&
		    (off + 1 == b->len || b->buf[off + 1] == ' ' || line_break(b->buf, b->len, off + 1))) {
			n->dash_line = (unsigned)line + 1;
			n->dash_col = (unsigned)col + 1;
			return;
		}
	}
}

/* The code point of the escape at s (after its backslash, n bytes there)
 * in a double-quoted scalar, and its length; 0 for an escaped line break
 * (libyaml has refused any other). */
static size_t escape_at(const char *s, size_t n, uint32_t *cp)
{
	static const char from[] = "0abtnvfre \"/\\N_LP\t";
	static const uint32_t to[] = { 0, 7, 8, 9, 10, 11, 12, 13, 27, ' ', '"', '/', '\\',
				       0x85, 0xA0, 0x2028, 0x2029, 9 };
	const char *e = n ? memchr(from, s[0], sizeof from - 1) : NULL;
	if (e) {
		*cp = to[e - from];
		return 1;
	}
	size_t digits = !n ? 0 : s[0] == 'x' ? 2 : s[0] == 'u' ? 4 : s[0] == 'U' ? 8 : 0;
	if (!digits || n <= digits)
		return 0;
	*cp = 0;
	for (size_t i = 1; i <= digits; i++) {
		char c = s[i];
		*cp = *cp << 4 | (uint32_t)(isdigit((unsigned char)c) ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return 1 + digits;
}

/* Where in the file the first control character of a scalar's text is,
 * other than a line break (prose takes those for spaces): the character,
 * or the escape that made it ("\u200F", "\e"). The text holds what the
 * file holds, in the same order, but for quotes, escapes, folded line
 * breaks and a block's indentation and header: the first character of the
 * file, past those, that gives the same code point is the one. */
static void locate_control(struct builder *b, const yaml_event_t *ev, struct ynode *n)
{
	size_t at = 0;
	long bad = n->ctrl_at = text_find_control(n->value, n->len);
	while (bad >= 0 && n->value[at + (size_t)bad] == '\n') {
		at += (size_t)bad + 1;
		bad = text_find_control(n->value + at, n->len - at);
	}
	uint32_t want, cp;
	if (bad < 0 || !text_decode(n->value + at + (size_t)bad, n->len - at - (size_t)bad, &want))
		return;
	yaml_scalar_style_t style = ev->data.scalar.style;
	size_t off = offset_of(b, ev->start_mark), line = ev->start_mark.line,
	       col = ev->start_mark.column, len;
	if (off >= b->len)
		return;
	if (style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE) {
		while (off < b->len && !line_break(b->buf, b->len, off)) /* "> # a comment" */
			off++;
	} else if (style != YAML_PLAIN_SCALAR_STYLE) { /* the opening quote */
		off++, col++;
	}
	while (off < b->len && line <= ev->end_mark.line) {
		if ((len = line_break(b->buf, b->len, off))) {
			off += len, line++, col = 0;
			continue;
		}
		bool escape = b->buf[off] == '\\' && style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
		if (escape) {
			len = 1 + escape_at(b->buf + off + 1, b->len - off - 1, &cp);
			if (len == 1) { /* "\" at the end of a line: the break is skipped */
				off++, col++;
				continue;
			}
		} else if (!(len = text_decode(b->buf + off, b->len - off, &cp))) {
			return;
		}
		if (cp == want) {
			n->ctrl_line = (unsigned)line + 1;
			n->ctrl_col = (unsigned)col + 1;
			return;
		}
		col += escape ? len : 1; /* an escape is ASCII, a column a byte */
		off += len;
	}
}

static void error_at(struct builder *b, yaml_mark_t m, const char *msg)
{
	diags_add(b->d, DIAG_ERROR, b->file, (unsigned)m.line + 1, (unsigned)m.column + 1,
		  "%s", msg);
}

/* A line of buf: where it starts, its indentation, the column its text
 * starts at past a sequence's "- " (0-based), and whether it has any. */
struct line_shape {
	size_t off, indent, text_col, line;
	bool text;
};

static struct line_shape shape_at(const struct builder *b, size_t off, size_t line)
{
	struct line_shape l = { .off = off, .line = line };
	size_t i = off;
	while (i < b->len && b->buf[i] == ' ')
		i++;
	l.indent = i - off;
	l.text = i < b->len && !line_break(b->buf, b->len, i) && b->buf[i] != '#' &&
		 b->buf[i] != '\t';
	while (i + 1 < b->len && b->buf[i] == '-' && b->buf[i + 1] == ' ')
		for (i++; i < b->len && b->buf[i] == ' '; i++)
			;
	l.text_col = i - off;
	return l;
}

/* Where the line holding off ends: its line break, or the end of buf. */
static size_t line_end(const struct builder *b, size_t off)
{
	while (off < b->len && !line_break(b->buf, b->len, off))
		off++;
	return off;
}

/* The byte offset of character column col (0-based) on the line at off:
 * libyaml's marks count characters (their index too), the buffer bytes. */
static size_t column_offset(const struct builder *b, size_t off, size_t col)
{
	size_t end = line_end(b, off);
	for (; off < end && col; col--)
		for (off++; off < end && ((unsigned char)b->buf[off] & 0xC0) == 0x80; off++)
			;
	return off;
}

/* The byte offset of mark m, walked to from the start: on an error. */
static size_t mark_offset(const struct builder *b, yaml_mark_t m)
{
	size_t off = 0;
	for (size_t line = 0; line < m.line && off < b->len; line++) {
		off = line_end(b, off);
		off += off < b->len ? line_break(b->buf, b->len, off) : 0;
	}
	return column_offset(b, off, m.column);
}

const char *ytree_bullet_at(const char *s, size_t n)
{
	/* • – — − (a minus) ‐ (a hyphen), with a space after them; and an
	 * input method's ・, full-width －, small ﹣, and the long-vowel ー that
	 * kana input types for "-", and their half-width forms (with or
	 * without a space after them: no Japanese text begins so) */
	static const char *const bullets[] = { "\u2022", "\u2013", "\u2014", "\u2212", "\u2010",
					       "\u2012", "\u00B7", /* ‒ · */
					       "\u25CF", "\u25E6", "\u25AA", "\u25A0", "\u25CB", /* ● ◦ ▪ ■ ○ */
					       /* a word processor's: ‣ ⁃ ► ▸ □ ✓ ✔ ➢ ➤ → */
					       "\u2023", "\u2043", "\u25BA", "\u25B8", "\u25A1", "\u2713",
					       "\u2714", "\u27A2", "\u27A4", "\u2192",
					       "\u30FB", "\uFF0D", "\uFE63", "\u30FC", "\uFF70",
					       "\uFF65" };
	enum { SPACED = 22 }; /* the first twenty-two */
	if (!n || (unsigned char)s[0] < 0x80)
		return NULL; /* each is beyond ASCII: most text is asked no more */
	for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++) {
		size_t len = strlen(bullets[i]);
		if (n > len && !memcmp(s, bullets[i], len) && (s[len] == ' ' || i >= SPACED))
			return bullets[i];
	}
	return NULL;
}

/* Whether s begins "1. " (or "1) ") and goes on to a "2." after a space
 * or a line break: items numbered, in one text. */
static bool numbered_list(const char *s)
{
	if (s[0] != '1' || (s[1] != '.' && s[1] != ')') || s[2] != ' ')
		return false;
	for (const char *c = s + 3; (c = strchr(c, '2')); c++)
		if ((c[-1] == ' ' || c[-1] == '\n') && (c[1] == '.' || c[1] == ')') &&
		    (c[2] == ' ' || c[2] == '\n' || !c[2]))
			return true;
	return false;
}

/* The first of the bytes `what` (a UTF-8 character) on the line at off,
 * as a column (0-based, in characters), or -1. */
static long char_on_line(const struct builder *b, size_t off, const char *what)
{
	size_t end = line_end(b, off), n = strlen(what);
	long col = 0;
	for (size_t i = off; i + n <= end; i++) {
		if (!memcmp(b->buf + i, what, n))
			return col;
		col += ((unsigned char)b->buf[i] & 0xC0) != 0x80;
	}
	return -1;
}

/* The column (0-based, in characters) of the first non-breaking space on
 * the line at off where YAML needs a space (after "key:" or an item's
 * "-", or in the indentation), or -1: one between two words of a text is harmless,
 * and naming it had hidden the line's real fault (a ': ' in the text). */
static long nbsp_as_space(const struct builder *b, size_t off)
{
	size_t end = line_end(b, off);
	long col = 0;
	bool indent = true;
	size_t dash = SIZE_MAX; /* a "-" that starts an item: after the indent */
	for (size_t i = off, n; i < end; i += n ? n : 1, col++) {
		n = i + 3 <= end || (i + 2 <= end && b->buf[i] == '\xC2') ? text_nbsp_at(b->buf + i) : 0;
		if (n && (indent || (i > off && (b->buf[i - 1] == ':' || dash == i - 1))))
			return col;
		if (b->buf[i] == '-' && indent)
			dash = i;
		indent = indent && (n || b->buf[i] == ' ');
		while (!n && i + 1 < end && ((unsigned char)b->buf[i + 1] & 0xC0) == 0x80)
			i++; /* the rest of a character: one column */
	}
	return -1;
}

/* What a word processor writes for what YAML wants, on the line at off:
 * typographic quotes, a non-breaking space, a bullet that is no "- ". */
static char *typed_by_a_word_processor(const struct builder *b, const struct line_shape *l)
{
	/* German's „ “ and ‚ ‘ kept as the writer's own: the whole text put
	 * in straight quotes, not each mark typed again */
	static const char *const low[][2] = { { "\u201E", "\u201E \u201C" }, { "\u201A", "\u201A \u2018" } };
	for (size_t i = 0; i < 2; i++)
		if (char_on_line(b, l->off, low[i][0]) >= 0)
			return xasprintf("; line %zu has %s, which YAML reads as letters, not quotes: put "
					 "the whole text in straight quotes (\"...\")", l->line + 1, low[i][1]);
	static const char *const quotes[] = { "\u201C", "\u201D", "\u2018" }; /* ’ is an apostrophe too */
	for (size_t i = 0; i < sizeof quotes / sizeof *quotes; i++)
		if (char_on_line(b, l->off, quotes[i]) >= 0)
			return xasprintf("; line %zu has typographic quotes (%s), which YAML reads as "
					 "letters: type straight quotes (\") in their place (a word "
					 "processor's smart quotes)", l->line + 1, quotes[i]);
	long nbsp = nbsp_as_space(b, l->off);
	if (nbsp >= 0)
		return xasprintf("; line %zu has a non-breaking space at column %ld, which YAML does "
				 "not read as a space: type an ordinary space there", l->line + 1,
				 nbsp + 1);
	/* an input method left in full-width mode */
	long wide = char_on_line(b, l->off, "\u3000");
	if (wide >= 0)
		return xasprintf("; line %zu has a full-width space at column %ld, which YAML does "
				 "not read as a space: type an ordinary space there (an input "
				 "method's full-width mode)", l->line + 1, wide + 1);
	long colon = char_on_line(b, l->off, "\uFF1A");
	if (colon >= 0)
		return xasprintf("; line %zu has a full-width colon (\uFF1A) at column %ld, where YAML "
				 "needs ':' and a space: type them (an input method's full-width "
				 "mode)", l->line + 1, colon + 1);
	const char *bullet = ytree_bullet_at(b->buf + l->off + l->indent,
					     line_end(b, l->off) - l->off - l->indent);
	if (bullet)
		return xasprintf("; line %zu starts with '%s', which YAML reads as text: an item of "
				 "a list starts with '- ' (a hyphen)", l->line + 1, bullet);
	return NULL;
}

/* The marks that Spanish, French or German write for quotes (« », ‹ ›,
 * „ “), which YAML reads as letters, as a pair to name: the first of them
 * in s (n bytes), or NULL. */
static const char *quote_letters(const char *s, size_t n)
{
	static const char *const marks[][2] = {
		{ "\u00AB", "\u00AB \u00BB" }, { "\u00BB", "\u00AB \u00BB" },
		{ "\u2039", "\u2039 \u203A" }, { "\u203A", "\u2039 \u203A" },
		{ "\u201E", "\u201E \u201C" }, { "\u201A", "\u201A \u2018" },
	};
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
			if (n - i >= strlen(marks[k][0]) &&
			    !memcmp(s + i, marks[k][0], strlen(marks[k][0])))
				return marks[k][1];
	return NULL;
}

/* Whether the value of a duration's key (before), then key, are a number
 * cut at a decimal comma in { } ("6" and "5", "1" and "5 min"; not a
 * prompt's "3, 2, 1"). */
static bool decimal_comma(const struct ynode *before, const struct ynode *value,
			  const struct ynode *key, const struct ykey *keys, size_t nkeys)
{
	bool duration = false;
	for (size_t k = 0; k < nkeys && before->kind == Y_SCALAR && before->value; k++)
		duration |= keys[k].duration && !strcmp(before->value, keys[k].name);
	return duration && value->kind == Y_SCALAR && value->plain && value->value && value->len &&
	       value->len <= 5 && strspn(value->value, "0123456789") == value->len && key->value &&
	       isdigit((unsigned char)key->value[0]);
}

/* hint, and when the line at off has « » (or the like) in it, that they
 * are no quotes: "put text ... in quotes" alone reads as done. */
static char *hint_quote_letters(const struct builder *b, size_t off, const char *hint)
{
	const char *marks = quote_letters(b->buf + off, line_end(b, off) - off);
	if (!marks)
		return xstrdup(hint);
	return xasprintf("%s; %s are letters to YAML, not quotes: put the whole text in "
			 "straight quotes (\"...\")", hint, marks);
}

/* Whether lines a and c start with the same key ("title:"). buf may have
 * no NUL after it: each walk stops at its line's end. */
static bool same_key(const struct builder *b, const struct line_shape *a,
		     const struct line_shape *c)
{
	size_t x = a->off + a->text_col, y = c->off + c->text_col;
	size_t xend = line_end(b, a->off), yend = line_end(b, c->off);
	while (x < xend && y < yend && b->buf[x] == b->buf[y] && !strchr(": \t", b->buf[x]))
		x++, y++;
	return x < xend && y < yend && b->buf[x] == ':' && b->buf[y] == ':';
}

/* The hint for a text at buf[i] that starts with a mark, up to end: the
 * text shown in quotes, when it is short and has none of its own. */
static char *quote_it(const struct builder *b, size_t i, size_t end)
{
	size_t n = end - i;
	if (n > 40 || memchr(b->buf + i, '"', n) || memchr(b->buf + i, '\\', n))
		return xasprintf("; a text that starts with '%c' must be in quotes", b->buf[i]);
	char *text = xasprintf("%.*s", (int)n, b->buf + i);
	char *safe = text_printable(text);
	char *hint = xasprintf("; a text that starts with '%c' must be in quotes: \"%s\"",
			       b->buf[i], safe);
	free(safe);
	free(text);
	return hint;
}

/* "{at: 1s, say: *slow*}", "[*tennis* ball]": inside [ ] or { }, the text
 * the error is in (back from it to a blank, ',', '[' or '{') starts with a
 * mark; it runs to the next ',', ']' or '}'. */
static char *flow_text_with_a_mark(const struct builder *b, const struct line_shape *l,
				   size_t at)
{
	size_t end = line_end(b, l->off), i = at;
	if (at < l->off || at > end) /* a mark off the line (a reader's error) */
		return NULL;
	while (i > l->off && !strchr(" \t,[{", b->buf[i - 1]))
		i--;
	if (i >= end || !strchr("*@`%", b->buf[i]) || (!memchr(b->buf + l->off, '[', i - l->off) &&
						      !memchr(b->buf + l->off, '{', i - l->off)))
		return NULL; /* not inside [ ] or { }: starts_with_a_mark's */
	size_t stop = i;
	while (stop < end && !strchr(",]}", b->buf[stop]))
		stop++;
	while (stop > i && b->buf[stop - 1] == ' ')
		stop--;
	return quote_it(b, i, stop);
}

/* "instruction: *gently* roll", "- @client: roll": a text that starts with
 * a mark YAML gives a meaning to, which the parser then trips on. The
 * text starts after the line's key and ': ', or its "- "; inside [ ] or
 * { }, where the error is (at). */
static char *starts_with_a_mark(const struct builder *b, const struct line_shape *l,
				const char *problem, size_t at)
{
	char *flow = flow_text_with_a_mark(b, l, at);
	if (flow)
		return flow;
	size_t end = line_end(b, l->off), i = l->off + l->text_col;
	size_t colon = i;
	while (colon < end && !(b->buf[colon] == ':' && (colon + 1 == end || b->buf[colon + 1] == ' ')))
		colon++;
	if (colon < end)
		for (i = colon + 1; i < end && b->buf[i] == ' '; i++)
			;
	bool dash = i + 1 < end && b->buf[i] == '-' && b->buf[i + 1] == ' ' &&
		    strstr(problem, "block sequence entries are not allowed");
	if (i >= end || (!dash && !strchr("*@`%>|?[{", b->buf[i])))
		return NULL;
	if (strchr("[{", b->buf[i]) && !strstr(problem, "did not find expected key"))
		return NULL; /* a list or a mapping, gone wrong further on */
	if (colon == end && b->buf[i] == '*' && i + 1 < end && b->buf[i + 1] == ' ')
		return xasprintf("; line %zu starts with '* ': an item of a list starts with '- ' "
				 "(a hyphen)", l->line + 1);
	return quote_it(b, i, end);
}

/* The end of a key's word at w (letters, digits, _ and -), before stop */
static const char *key_word_end(const char *w, const char *stop)
{
	while (w < stop && (isalnum((unsigned char)*w) || *w == '_' || *w == '-'))
		w++;
	return w;
}

/* Whether a ':' with no blank after it is at c ("hold:60s"), or after
 * blanks ("title :Pied") when they may come first */
static bool colon_unspaced(const char *c, const char *stop, bool blanks_first)
{
	while (blanks_first && c < stop && *c == ' ')
		c++;
	return c + 1 < stop && *c == ':' && c[1] != ' ' && c[1] != '\t';
}

/* What to do about the syntax errors a hand-written routine meets most,
 * from the line of the error (m) and the last line with text before it. */
static char *syntax_hint(const struct builder *b, const char *problem, yaml_mark_t m)
{
	struct line_shape prev = { 0 }, first = { 0 }, item = { 0 }, here;
	size_t off = 0, line = 0;
	for (; line < m.line && off < b->len; line++) { /* one walk, once, on an error */
		struct line_shape l = shape_at(b, off, line);
		if (l.text)
			prev = l;
		if (l.text && l.text_col > l.indent) /* an item's "- " */
			item = l;
		if (l.text && !first.text && b->buf[off + l.indent] != '%' && /* not "%YAML 1.1", "---" */
		    (off + l.indent + 3 > b->len || memcmp(b->buf + off + l.indent, "---", 3) != 0))
			first = l;
		off = line_end(b, off);
		off += off < b->len ? line_break(b->buf, b->len, off) : 0;
	}
	here = shape_at(b, off, line);
	size_t end = line_end(b, off), mi = column_offset(b, off, m.column);
	const char *at = b->buf + here.off + here.indent;
	if ((at < b->buf + end && *at == '\t') || (mi < b->len && b->buf[mi] == '\t')) {
		const char *blank = at;
		while (blank < b->buf + end && (*blank == ' ' || *blank == '\t'))
			blank++;
		if (blank == b->buf + end) /* an editor's, on an empty line */
			return xasprintf("; line %zu looks empty but holds a tab, which YAML does not "
					 "allow there: delete the blanks on that line", line + 1);
		return xstrdup("; indent with spaces, not tabs");
	}
	/* Smart quotes, a non-breaking space, a bullet: on this line, or the
	 * one before, where the error began. */
	char *typed = typed_by_a_word_processor(b, &here);
	if (!typed && prev.text)
		typed = typed_by_a_word_processor(b, &prev);
	if (typed)
		return typed;
	/* "-title: Arch": a key "-title", not a list item. */
	const struct line_shape *dashed[] = { &prev, &here }; /* the line before, or this one */
	for (size_t i = 0; i < 2; i++) {
		size_t dash = dashed[i]->off + dashed[i]->text_col;
		if (dashed[i]->text && dash + 1 < b->len && b->buf[dash] == '-' &&
		    b->buf[dash + 1] != ' ' && b->buf[dash + 1] != '-' &&
		    !line_break(b->buf, b->len, dash + 1) && !isdigit((unsigned char)b->buf[dash + 1]))
			return xasprintf("; put a space after the '-' on line %zu", dashed[i]->line + 1);
	}
	/* "hold:60s": the line's first word is a key with no space after its
	 * ':' (not "see http://...", a text's line that lost its indent) */
	if (strstr(problem, "could not find expected ':'")) {
		const char *word = b->buf + here.off + here.text_col;
		const char *c = key_word_end(word, b->buf + end);
		if (c > word && colon_unspaced(c, b->buf + end, false))
			return xasprintf("; put a space after the ':' on line %zu", line + 1);
		/* "hold 30s": a key that lost its ':', or a text's line that
		 * lost its indent ("see http://x.org"): which, only the author knows */
		if (c > word && c - word <= 20 && c < b->buf + end && (*c == ' ' || *c == '\t'))
			return xasprintf("; a key ends with ':' and a space ('%.*s: ...'); if line %zu "
					 "is more of the text above, indent it past that text's key",
					 (int)(c - word), word, line + 1);
	}
	/* 'Mike's neck', "Gently" press: text goes on past its closing quote */
	size_t q = mi;
	while (q > here.off && q <= b->len && (b->buf[q - 1] == ' ' || b->buf[q - 1] == '\t'))
		q--;
	if (q > here.off && q <= b->len && (b->buf[q - 1] == '\'' || b->buf[q - 1] == '"') &&
	    strstr(problem, "did not find expected"))
		return xstrdup("; the text goes on after its closing quote: put all of it in quotes "
			       "(in '...', write a ' as '')");
	if (strstr(problem, "did not find expected ',' or '}'"))
		return hint_quote_letters(b, here.off,
					  "; inside { }, put text that has ': ' or ',' in it in quotes");
	if (strstr(problem, "did not find expected ',' or ']'"))
		return hint_quote_letters(b, here.off, "; inside [ ], a ',' goes between items and a "
					  "']' ends the list; put text that has a ',' in it in quotes");
	if (strstr(problem, "mapping values are not allowed")) {
		/* "title:Pied", "title :Pied" (French sets a space before the
		 * colon) then "area: feet": the line before is text to YAML,
		 * until this line's key makes it a key of its own */
		if (prev.text && prev.indent == here.indent) {
			const char *w = b->buf + prev.off + prev.text_col;
			const char *stop = b->buf + line_end(b, prev.off), *c = key_word_end(w, stop);
			if (c > w && colon_unspaced(c, stop, true))
				return xasprintf("; put a space after the ':' on line %zu", prev.line + 1);
		}
		/* One "key: value" on the line, indented past the line before:
		 * it reads as more of that line's text. */
		size_t colons = 0;
		for (const char *c = at; c < b->buf + end; c++)
			colons += *c == ':' && (c + 1 == b->buf + end || c[1] == ' ');
		if (colons < 2 && prev.text && here.indent > prev.text_col)
			return xasprintf("; line %zu is indented more than line %zu, so YAML reads it as "
					 "more of line %zu's value: line them up", line + 1, prev.line + 1,
					 prev.line + 1);
		return hint_quote_letters(b, here.off, "; put text that has ': ' in it in quotes");
	}
	/* " title: T" then "area: feet": the mapping of the indented lines
	 * ends at the first line less indented, and libyaml wants no more. */
	if (strstr(problem, "expected <document start>") && first.text && here.text &&
	    here.indent < first.indent)
		return xasprintf("; check the indentation: line %zu starts at column %zu, line %zu "
				 "at column %zu: the keys at the top of the file must all start in "
				 "the same column", line + 1, here.indent + 1, first.line + 1,
				 first.indent + 1);
	/* "  - title: A" ... "  title: B": an item that lost its "- "; or
	 * "  hold: 30s" under "  - title: A", a key of that item two short */
	if (strstr(problem, "did not find expected '-'") && item.text && here.text &&
	    here.indent == item.indent && here.text_col == here.indent) {
		if (same_key(b, &here, &item))
			return xasprintf("; a new item of the list starts with '- ': begin line %zu "
					 "with '- ', as line %zu does", line + 1, item.line + 1);
		return xasprintf("; line %zu starts under line %zu's '-': to keep it in that item, "
				 "start it at column %zu, as line %zu's text does", line + 1,
				 item.line + 1, item.text_col + 1, item.line + 1);
	}
	/* "- {at: 1s}" then "  - {at: 2s}": an item indented past the one above */
	if (item.text && here.text && here.text_col > here.indent && here.indent > item.indent &&
	    (strstr(problem, "did not find expected key") || strstr(problem, "did not find expected '-'")))
		return xasprintf("; line %zu's '- ' is indented past line %zu's: line its '-' up with "
				 "the one above", line + 1, item.line + 1);
	if (prev.text && here.text && here.indent != prev.text_col &&
	    (strstr(problem, "did not find expected key") || strstr(problem, "did not find expected '-'")))
		return xasprintf("; check the indentation: line %zu starts at column %zu, line %zu's "
				 "text at column %zu", line + 1, here.indent + 1, prev.line + 1,
				 prev.text_col + 1);
	char *special = starts_with_a_mark(b, &here, problem, mi);
	return special ? special : xstrdup("");
}

/* What a file saved by a word processor is, by its first bytes, or NULL. */
static const char *word_processor_file(const char *buf, size_t len)
{
	if (len >= 5 && !memcmp(buf, "{\\rtf", 5))
		return "an RTF file (a word processor's)";
	if (len >= 4 && !memcmp(buf, "PK\3\4", 4))
		return "a zipped file (a Word or OpenDocument file, say)";
	if (len >= 8 && !memcmp(buf, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return "an old Word file";
	return NULL;
}

static void yaml_error(struct builder *b)
{
	const char *kind = word_processor_file(b->buf, b->len);
	if (kind) { /* not YAML gone wrong: not YAML, nor text */
		diags_add(b->d, DIAG_ERROR, b->file, 1, 1, "this is %s, not plain text: save it as "
			  "plain text (UTF-8), with a name that ends in .yaml", kind);
		return;
	}
	if (b->len >= 2 && (!memcmp(b->buf, "\xFF\xFE", 2) || !memcmp(b->buf, "\xFE\xFF", 2) ||
			    (!b->buf[0]) != (!b->buf[1]))) {
		/* its byte-order mark, or a NUL beside each ASCII letter:
		 * "byte 0xFF here" had named no way out */
		diags_add(b->d, DIAG_ERROR, b->file, 1, 1, "the file is UTF-16 (Notepad's \"Unicode\"); "
			  "save it as UTF-8");
		return;
	}
	yaml_parser_t *p = &b->parser;
	yaml_mark_t m = p->problem_mark;
	const char *problem = p->problem ? p->problem : "unknown problem";
	const char *context = p->context ? p->context : "";
	if (p->error == YAML_READER_ERROR) {
		/* The reader reports a byte offset, not a line: count them. In
		 * a file that is not UTF-8 ("invalid trailing UTF-8 octet") it
		 * can be the byte after the one at fault: the first byte that is
		 * not UTF-8 is the one (in a Latin-1 file, its first é). */
		size_t at = p->problem_offset;
		long bad = strstr(problem, "UTF-8") || strstr(problem, "Unicode")
				   ? text_invalid_utf8(b->buf, b->len) : -1;
		if (bad >= 0 && (size_t)bad <= at)
			at = (size_t)bad;
		else
			bad = -1;
		m.line = m.column = 0;
		for (size_t i = 0, brk; i < at && i < b->len; i += brk ? brk : 1) {
			if ((brk = line_break(b->buf, b->len, i)))
				m.line++, m.column = 0;
			else if ((b->buf[i] & 0xC0) != 0x80)
				m.column++;
		}
		if (bad >= 0) {
			diags_add(b->d, DIAG_ERROR, b->file, (unsigned)m.line + 1, (unsigned)m.column + 1,
				  "the file is not UTF-8 (byte 0x%02X here); save it as UTF-8 (an "
				  "old Windows or Latin-1 editor's: iconv -f WINDOWS-1252 -t UTF-8 "
				  "converts it)", (unsigned char)b->buf[at]);
			return;
		}
	}
	/* Where the user went wrong, not where libyaml gave up: the start of
	 * a quote never closed (libyaml reads on to the end of the file), the
	 * key with no ': ' after it (libyaml reports the next line). */
	if (strstr(context, "quoted scalar") && strstr(problem, "end of stream")) {
		m = p->context_mark;
		problem = "a quote that starts here is never closed";
		context = "";
	} else if (strstr(context, "simple key") && p->context_mark.line < m.line) {
		m = p->context_mark;
	}
	char *hint = syntax_hint(b, problem, m);
	diags_add(b->d, DIAG_ERROR, b->file, (unsigned)m.line + 1, (unsigned)m.column + 1,
		  "YAML syntax: %s%s%s%s", problem, *context ? " " : "", context, hint);
	free(hint);
}

static struct ynode *node_new(enum ynode_kind k, yaml_mark_t m)
{
	struct ynode *n = xcalloc(1, sizeof *n);
	n->kind = k;
	n->ctrl_at = -1;
	n->line = (unsigned)m.line + 1;
	n->col = (unsigned)m.column + 1;
	return n;
}

void ytree_free(struct ynode *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n; i++)
		ytree_free(n->kids[i]);
	free(n->kids);
	free(n->value);
	free(n);
}

static bool next(struct builder *b, yaml_event_t *ev)
{
	if (yaml_parser_parse(&b->parser, ev))
		return true;
	yaml_error(b);
	return false;
}

static struct ynode *build(struct builder *b, yaml_event_t *ev);

/* One of YAML's own tags (!!str, !!seq, ...), which keep the text whole. */
static bool core_tag(const char *tag)
{
	static const char *const core[] = { "str", "int", "float", "bool", "null", "seq", "map" };
	const char *prefix = "tag:yaml.org,2002:";
	if (strncmp(tag, prefix, strlen(prefix)))
		return false;
	for (size_t i = 0; i < sizeof core / sizeof *core; i++)
		if (!strcmp(tag + strlen(prefix), core[i]))
			return true;
	return false;
}

/* "&a" or "*a", where a text that starts with the mark was meant. */
#define ANCHORS "anchors and aliases are not supported; write the value out, and put a " \
		"text that starts with '&' or '*' in quotes"

/* An anchor ("&a"), or a tag ("!NO pressure": YAML reads "!NO" as one and
 * would drop it from the text, turning a warning round), is an error at
 * its mark. */
static bool anchor_or_tag(struct builder *b, yaml_event_t *ev, const yaml_char_t *anchor,
			  const yaml_char_t *tag)
{
	if (anchor) {
		error_at(b, ev->start_mark, ANCHORS);
		return true;
	}
	if (!tag || core_tag((const char *)tag))
		return false; /* "summary: !!str 123": YAML's own, written on purpose */
	size_t at = mark_offset(b, ev->start_mark), n = 0;
	while (at + n < b->len && n < 24 && b->buf[at + n] == '!')
		n++;
	while (at + n < b->len && n < 24 && !strchr(" \t\r\n", b->buf[at + n]))
		n++;
	char *word = xasprintf("%.*s", (int)n, b->buf + at);
	char *safe = text_printable(word);
	char *msg = xasprintf("YAML reads '%s' as a tag, and the text would lose it: "
			      "a text that starts with '!' must be in quotes",
			      safe);
	error_at(b, ev->start_mark, msg);
	free(msg);
	free(safe);
	free(word);
	return true;
}

/* "steps: too many items (more than 200)": the key, when there is one. The
 * tree's limit is the loosest of any list's; a list's own may be less. */
static void too_many(struct builder *b, yaml_mark_t m, enum ynode_kind kind, const char *key)
{
	char *safe = key && strlen(key) <= 40 ? text_printable(key) : NULL; /* a name, not prose */
	char msg[200];
	/* the way round a limit is of one list: "routines:", not a summary's */
	const char *way = kind == Y_SEQ && b->depth == 2 && key && b->lim->past_max_of &&
			  !strcmp(key, b->lim->past_max_of) ? b->lim->past_max : NULL;
	snprintf(msg, sizeof msg, "%s%stoo many %s (more than %zu)%s%s", safe ? safe : "",
		 safe ? ": " : "", kind == Y_MAP ? "keys" : "items", b->lim->max_items,
		 way ? "; " : "", way ? way : "");
	free(safe);
	error_at(b, m, msg);
}

static struct ynode *build_collection(struct builder *b, yaml_event_t *ev,
				      enum ynode_kind kind, yaml_event_type_t end)
{
	struct ynode *n = node_new(kind, ev->start_mark);
	n->flow = kind == Y_MAP ? ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE :
				  ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
	const char *key = b->key; /* "steps: too many items", not "this list" */
	if (++b->depth > b->lim->max_depth) {
		error_at(b, ev->start_mark, "nested too deeply");
		yaml_event_delete(ev);
		ytree_free(n);
		return NULL;
	}
	yaml_event_delete(ev);
	size_t cap = 0;
	for (;;) {
		yaml_event_t child;
		if (!next(b, &child))
			goto fail;
		if (child.type == end) {
			yaml_event_delete(&child);
			break;
		}
		size_t limit = kind == Y_MAP ? 2 * b->lim->max_items : b->lim->max_items;
		if (n->n >= limit) {
			too_many(b, child.start_mark, kind, key);
			yaml_event_delete(&child);
			goto fail;
		}
		const struct ynode *before = n->n ? n->kids[n->n - 1] : NULL;
		b->key = kind == Y_MAP && n->n % 2 && before->kind == Y_SCALAR ? before->value : NULL;
		bool was = b->item;
		b->item = kind == Y_SEQ && !n->flow;
		struct ynode *k = build(b, &child);
		b->item = was;
		if (!k)
			goto fail;
		if (n->n == cap) {
			cap = cap ? cap * 2 : 8;
			n->kids = xreallocarray(n->kids, cap, sizeof *n->kids);
		}
		n->kids[n->n++] = k;
	}
	b->depth--;
	return n;
fail:
	ytree_free(n);
	return NULL;
}

/* Builds the node that starts with ev (consumed). */
static struct ynode *build(struct builder *b, yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT: {
		if (anchor_or_tag(b, ev, ev->data.scalar.anchor, ev->data.scalar.tag)) {
			yaml_event_delete(ev);
			return NULL;
		}
		struct ynode *n = node_new(Y_SCALAR, ev->start_mark);
		n->len = ev->data.scalar.length;
		n->value = xmalloc(n->len + 1);
		memcpy(n->value, ev->data.scalar.value, n->len);
		n->value[n->len] = '\0';
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		locate_control(b, ev, n);
		if (b->item && n->plain && ev->start_mark.line < ev->end_mark.line)
			dash_within(b, ev, n); /* an item of the list indented into this one */
		if (n->plain && ev->start_mark.line == ev->end_mark.line) /* "title: #2 Neck" too */
			n->comment_col = comment_after(b, ev->end_mark, &n->comment_word);
		yaml_event_delete(ev);
		return n;
	}
	case YAML_SEQUENCE_START_EVENT:
		if (anchor_or_tag(b, ev, ev->data.sequence_start.anchor, ev->data.sequence_start.tag))
			break;
		return build_collection(b, ev, Y_SEQ, YAML_SEQUENCE_END_EVENT);
	case YAML_MAPPING_START_EVENT:
		if (anchor_or_tag(b, ev, ev->data.mapping_start.anchor, ev->data.mapping_start.tag))
			break;
		return build_collection(b, ev, Y_MAP, YAML_MAPPING_END_EVENT);
	case YAML_ALIAS_EVENT:
		error_at(b, ev->start_mark, ANCHORS);
		break;
	default:
		error_at(b, ev->start_mark, "unexpected YAML structure");
		break;
	}
	yaml_event_delete(ev);
	return NULL;
}

struct ynode *ytree_parse(const char *file, const char *buf, size_t len,
			  const struct ylimits *lim, struct diags *d)
{
	/* A byte-order mark (some Windows editors write one) is no part of the
	 * text; libyaml, held to UTF-8, would take it for content. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		buf += 3, len -= 3;
	struct builder b = { .buf = buf, .len = len, .file = file, .lim = lim, .d = d };
	size_t errors_before = d->errors;
	struct ynode *root = NULL;
	yaml_event_t ev;
	if (!yaml_parser_initialize(&b.parser)) {
		diags_add(d, DIAG_ERROR, file, 0, 0, "cannot start the YAML parser");
		return NULL;
	}
	yaml_parser_set_input_string(&b.parser, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&b.parser, YAML_UTF8_ENCODING);
	bool in_doc = false, ok = true;
	yaml_mark_t doc_mark = { 0 };
	while (ok && next(&b, &ev)) {
		yaml_event_type_t type = ev.type;
		if (type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		} else if (type == YAML_DOCUMENT_START_EVENT) {
			if (root || in_doc) {
				diags_add(d, DIAG_ERROR, file, (unsigned)ev.start_mark.line + 1,
					  (unsigned)ev.start_mark.column + 1,
					  "one %.*s per file: a second YAML document starts here",
					  (int)strcspn(lim->what, " "), lim->what);
				ok = false;
			}
			in_doc = true;
			doc_mark = ev.start_mark;
			yaml_event_delete(&ev);
		} else if (type == YAML_DOCUMENT_END_EVENT || type == YAML_STREAM_START_EVENT) {
			yaml_event_delete(&ev);
		} else {
			root = build(&b, &ev);
			ok = root != NULL;
		}
	}
	if (!ok || d->errors > errors_before) {
		ytree_free(root);
		root = NULL;
	} else if (!root) {
		diags_add(d, DIAG_ERROR, file, (unsigned)doc_mark.line + 1, (unsigned)doc_mark.column + 1,
			  "the file is empty; expected a %s", lim->what);
	}
	yaml_parser_delete(&b.parser);
	return root;
}

bool ynode_is_null(const struct ynode *n)
{
	return n->kind == Y_SCALAR && n->plain &&
	       (n->len == 0 || strcmp(n->value, "~") == 0 || strcmp(n->value, "null") == 0 ||
		strcmp(n->value, "Null") == 0 || strcmp(n->value, "NULL") == 0);
}

const char *ynode_describe(const struct ynode *n)
{
	if (ynode_is_null(n))
		return "nothing";
	return n->kind == Y_SEQ ? "a list" : n->kind == Y_MAP ? "a mapping" : "text";
}

/* Whether a key is name, as a word processor may end it: "title\u00A0:"
 * with the no-break space French typography sets before a colon. */
static bool key_named(const char *key, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(key, name, n))
		return false;
	for (key += n; text_nbsp_at(key); key += text_nbsp_at(key))
		;
	return !*key;
}

/* "unknown key 'hold' in the routine; 'hold' is a step's key: ...": a key
 * of the level above or below, when key is one. */
static bool told_elsewhere(const char *file, struct diags *d, const struct ynode *key,
			   const char *safe, const char *where, const struct yelsewhere *other)
{
	for (size_t j = 0; other && j < other->n; j++)
		if (key_named(key->value, other->keys[j].name)) {
			diags_add(d, DIAG_ERROR, file, key->line, key->col,
				  "unknown key '%s' in %s; '%s' is %s", safe, where, safe, other->says);
			return true;
		}
	return false;
}

/* The key among names that word was meant for: another word for it
 * ("time" for hold, not the nearer title), a slip of a letter or two, or
 * its start ("breath" for breathing); or NULL. */
static const char *meant_key(const char *word, const char *const *names, size_t n)
{
	static const char *const other_words[][2] = {
		{ "time", "hold" }, { "duration", "hold" }, { "length", "hold" },
		{ "seconds", "hold" }, { "breath", "breathing" }, { "breathe", "breathing" },
		{ "description", "summary" }, { "warnings", "safety" }, { "cautions", "safety" },
		{ "text", "say" }, { "message", "say" }, { "when", "at" }, { "for", "audience" },
		{ "gear", "equipment" },
	};
	for (size_t i = 0; i < sizeof other_words / sizeof *other_words; i++)
		for (size_t k = 0; k < n; k++)
			if (!strcasecmp(word, other_words[i][0]) && !strcmp(names[k], other_words[i][1]))
				return names[k];
	const char *near = suggest_closest(word, names, n, 2);
	for (size_t k = 0; k < n && !near && strlen(word) >= 4; k++)
		if (!strncasecmp(names[k], word, strlen(word)))
			near = names[k];
	return near;
}

void ytree_match_keys(const char *file, struct diags *d, const struct ynode *map,
		      const char *where, const struct ykey *keys, size_t nkeys,
		      const struct yelsewhere *other, const struct ynode **vals)
{
	assert(nkeys <= YTREE_MAX_KEYS);
	const char *names[YTREE_MAX_KEYS];
	bool suggested[YTREE_MAX_KEYS] = { false }; /* "did you mean 'hold'" says it is missing */
	for (size_t k = 0; k < nkeys; k++) {
		vals[k] = NULL;
		names[k] = keys[k].name;
	}
	for (size_t i = 0; i + 1 < map->n; i += 2) {
		const struct ynode *key = map->kids[i];
		if (key->kind != Y_SCALAR) {
			diags_add(d, DIAG_ERROR, file, key->line, key->col,
				  "%s: keys must be plain words, not %s", where, ynode_describe(key));
			continue;
		}
		size_t k = 0;
		while (k < nkeys && !key_named(key->value, keys[k].name))
			k++;
		if (k == nkeys) {
			char *safe = text_printable(key->value);
			const char *near = meant_key(key->value, names, nkeys);
			if (told_elsewhere(file, d, key, safe, where, other)) {
				/* said */
			} else if (near) {
				diags_add(d, DIAG_ERROR, file, key->line, key->col,
					  "unknown key '%s' in %s; did you mean '%s'?", safe, where, near);
				for (size_t j = 0; j < nkeys; j++)
					suggested[j] |= names[j] == near;
			}
			/* {exhale: 6,5}, {at: 1,5 min}: a decimal comma, which in { }
			 * ends the value */
			else if (map->flow && i > 1 && decimal_comma(map->kids[i - 2], map->kids[i - 1], key,
								     keys, nkeys)) {
				char *two = xasprintf("%s,%s", map->kids[i - 1]->value, key->value), guess[32];
				char *safe_two = text_printable(two);
				if (duration_guess(two, guess, sizeof guess))
					diags_add(d, DIAG_ERROR, file, key->line, key->col,
						  "unknown key '%s' in %s; '%s' has a decimal comma, which "
						  "ends the value in { }: write %s", safe, where, safe_two, guess);
				else {
					/* 6,5: 6s or 7s; 6,0s: 6s; 6,5x: the seconds all the same */
					if (!duration_whole_seconds(two, guess, sizeof guess)) {
						long whole = strtol(two, NULL, 10); /* 5 digits at most */
						snprintf(guess, sizeof guess, whole ? "%lds or %lds" : "%lds",
							 whole ? whole : 1, whole + 1);
					}
					diags_add(d, DIAG_ERROR, file, key->line, key->col,
						  "unknown key '%s' in %s; '%s' has a decimal comma, which "
						  "ends the value in { }: a duration takes whole seconds (%s)",
						  safe, where, safe_two, guess);
				}
				free(safe_two);
				free(two);
			}
			/* {say: Slow, then breathe.}, {say: Slow down, breathe}; with
			 * „ “ or « » around it, they are no quotes to YAML */
			else if (strchr(key->value, ' ') || (map->flow && ynode_is_null(map->kids[i + 1]))) {
				const char *marks = quote_letters(key->value, key->len);
				const struct ynode *before = i > 0 ? map->kids[i - 1] : NULL;
				if (!marks && before && before->kind == Y_SCALAR && before->value)
					marks = quote_letters(before->value, before->len);
				diags_add(d, DIAG_ERROR, file, key->line, key->col,
					  "unknown key '%s' in %s; %sif this is the rest of a text cut "
					  "at a comma, put the whole text in %squotes%s%s%s", safe, where,
					  strchr(key->value, ' ') ? "keys are one word: " : "",
					  marks ? "straight " : "", marks ? " (\"...\"): " : "",
					  marks ? marks : "", marks ? " are letters to YAML, not quotes" : "");
			}
			else { /* {at: 5s, txt: Breathe}: say what the keys are */
				char list[256] = "";
				size_t len = 0;
				for (size_t j = 0; j < nkeys && len < sizeof list; j++)
					len += (size_t)snprintf(list + len, sizeof list - len, "%s%s",
								j == 0 ? "" : j + 1 == nkeys ? " or " : ", ",
								names[j]);
				diags_add(d, DIAG_ERROR, file, key->line, key->col,
					  "unknown key '%s' in %s; expected %s", safe, where, list);
			}
			free(safe);
		} else if (vals[k]) {
			/* "  - title: Back" ... "    title: Front": a step that lost its "- " */
			bool item = !strncmp(where, "a ", 2) && !map->flow && i > 0 &&
				    !strcmp(map->kids[0]->value ? map->kids[0]->value : "", key->value);
			diags_add(d, DIAG_ERROR, file, key->line, key->col,
				  "duplicate key '%s' in %s (first given on line %u)%s%s%s", keys[k].name,
				  where, vals[k]->line, item ? "; if a new " : "", item ? where + 2 : "",
				  item ? " starts here, begin it with '- '" : "");
		} else {
			vals[k] = map->kids[i + 1];
		}
	}
	for (size_t k = 0; k < nkeys; k++)
		if (keys[k].required && !vals[k] && !suggested[k])
			diags_add(d, DIAG_ERROR, file, map->line, map->col, "%s: missing '%s'",
				  where, keys[k].name);
}

/* The name of an invisible mark that sets the direction of text, as a
 * Hebrew or Arabic keyboard or a word processor adds them, or of another
 * invisible one; NULL for any other character. Its code alone told an
 * author nothing she could see. */
static const char *invisible_name(unsigned cp)
{
	static const char *const embed[] = {
		"a left-to-right embedding", "a right-to-left embedding",
		"a pop directional formatting",
		"a left-to-right override", "a right-to-left override",
	};
	static const char *const isolate[] = {
		"a left-to-right isolate", "a right-to-left isolate", "a first strong isolate",
		"a pop directional isolate",
	};
	if (cp == 0x200E || cp == 0x200F)
		return cp == 0x200E ? "a left-to-right mark" : "a right-to-left mark";
	if (cp == 0x061C)
		return "an Arabic letter mark";
	if (cp == 0x2028 || cp == 0x2029)
		return cp == 0x2028 ? "a line separator" : "a paragraph separator";
	if (cp >= 0xFFF9 && cp <= 0xFFFB)
		return "an interlinear annotation mark";
	if (cp >= 0x202A && cp <= 0x202E)
		return embed[cp - 0x202A];
	if (cp >= 0x2066 && cp <= 0x2069)
		return isolate[cp - 0x2066];
	return NULL;
}

static bool check_text(const char *file, struct diags *d, const struct ynode *n,
		       const char *key, size_t max)
{
	long bad = text_invalid_utf8(n->value, n->len);
	if (bad >= 0) {
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: invalid UTF-8", key);
		return false;
	}
	if (strlen(n->value) != n->len) {
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: a NUL character is not allowed", key);
		return false;
	}
	/* None as it was read, none now (what is done to text since takes
	 * them out); else where, now. */
	bad = n->ctrl_at < 0 ? -1 : text_find_control(n->value, n->len);
	if (bad >= 0) {
		unsigned cp = (unsigned char)n->value[bad];
		if (cp >= 0x80) { /* decode the multi-byte control (C1, bidi) */
			const unsigned char *u = (const unsigned char *)n->value + bad;
			cp = (cp & 0xE0) == 0xC0 ? ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu)
						 : ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
		}
		if (cp == '\n')
			diags_add(d, DIAG_ERROR, file, n->line, n->col,
				  "%s: expected one line of text, got a line break", key);
		else if (invisible_name(cp))
			diags_add(d, DIAG_ERROR, file, n->ctrl_line ? n->ctrl_line : n->line,
				  n->ctrl_line ? n->ctrl_col : n->col,
				  "%s: U+%04X, %s (invisible), is not allowed in text: delete it",
				  key, cp, invisible_name(cp));
		else
			diags_add(d, DIAG_ERROR, file, n->ctrl_line ? n->ctrl_line : n->line,
				  n->ctrl_line ? n->ctrl_col : n->col,
				  "%s: control character U+%04X is not allowed in text", key, cp);
		return false;
	}
	if (n->len > max) {
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: text is %zu bytes long; the limit is %zu", key, n->len, max);
		return false;
	}
	return true;
}

/* What a word processor leaves in text unseen, taken out: its soft
 * hyphens (U+00AD, "Schaum\u00ADstoff\u00ADrolle": search missed
 * "schaumstoff", and a terminal drew each as a hyphen), and no-break spaces
 * (U+00A0, U+202F: text_is_nbsp) at either end (a preset's "Waden\u00A0"
 * was no routine; French sets one before "!"), in place. */
static void unseen_out(char *s)
{
	static const char shy[] = "\u00AD";
	char *o = s;
	for (const char *c = s; *c;)
		if (!strncmp(c, shy, 2))
			c += 2;
		else
			*o++ = *c++;
	*o = '\0';
	for (;;) /* and with them the spaces beside them (" \u00A0" is blank) */
		if (o - s >= 2 && text_nbsp_at(o - 2) == 2)
			*(o -= 2) = '\0';
		else if (o - s >= 3 && text_nbsp_at(o - 3) == 3)
			*(o -= 3) = '\0';
		else if (o > s && o[-1] == ' ')
			*--o = '\0';
		else
			break;
	size_t lead = 0;
	while (text_nbsp_at(s + lead) || s[lead] == ' ')
		lead += s[lead] == ' ' ? 1 : text_nbsp_at(s + lead);
	memmove(s, s + lead, strlen(s + lead) + 1);
}

bool ytree_get_text(const char *file, struct diags *d, const struct ynode *n,
		    const char *key, size_t max, char **out)
{
	/* "- Calf stretch: 30 s a side": a key and its value, on one line */
	if (n->kind == Y_MAP && n->n == 2 && n->kids[0]->kind == Y_SCALAR &&
	    n->kids[0]->line == n->line && n->kids[1]->line == n->line) {
		bool curly = !strncmp(n->kids[0]->value, "\u201C", strlen("\u201C"));
		const char *marks = curly ? NULL : quote_letters(n->kids[0]->value, n->kids[0]->len);
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: expected text, got a mapping; "
			  "a text with ': ' in it reads as a key and its value: put the whole text "
			  "in quotes%s%s%s%s", key, curly ? " (straight quotes, \", not \u201C \u201D)" : "",
			  marks ? "; " : "", marks ? marks : "", marks ? " are letters to YAML, not "
			  "quotes: put the whole text in straight quotes (\"...\")" : "");
		return false;
	}
	if (n->kind == Y_SCALAR && !n->len && n->comment_col && n->comment_word) { /* "- #1 Keep it light." */
		diags_add(d, DIAG_ERROR, file, n->line, n->comment_col,
			  "%s: expected text, got nothing: the '#' starts a comment, which YAML leaves "
			  "out to the end of the line; put the whole text in quotes", key);
		return false;
	}
	if (n->kind != Y_SCALAR || ynode_is_null(n)) {
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: expected text, got %s", key, ynode_describe(n));
		return false;
	}
	if (!check_text(file, d, n, key, max))
		return false;
	if (strspn(n->value, " \t") == n->len) { /* title: "" or "  " shows as nothing */
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: expected text, got %s", key,
			  n->len ? "only blanks" : "an empty text");
		return false;
	}
	free(*out);
	*out = xstrdup(n->value);
	/* A tab is a space to the screens: the terminal would take it to the
	 * next tab stop, past the columns the layout counted. */
	for (char *t = *out; (t = strchr(t, '\t')); t++)
		*t = ' ';
	unseen_out(*out);
	if (!**out) { /* only what cannot be seen */
		diags_add(d, DIAG_ERROR, file, n->line, n->col, "%s: expected text, got only blanks", key);
		return false;
	}
	return true;
}

static bool get_prose(const char *file, struct diags *d, const struct ynode *n,
		      const char *key, size_t max, bool item, char **out)
{
	/* Prose is wrapped to the screen: the line breaks of a block written
	 * with | or > (or of a quoted text over several lines) are spaces. */
	struct ynode one_line = *n;
	if (n->kind == Y_SCALAR && n->value && memchr(n->value, '\n', n->len)) {
		char *s = one_line.value = xmalloc(n->len + 1);
		for (size_t i = 0; i < n->len; i++) /* a break is one space; spaces stay */
			if (n->value[i] != '\n')
				*s++ = n->value[i];
			else if (s > one_line.value && s[-1] != ' ')
				*s++ = ' ';
		while (s > one_line.value && s[-1] == ' ')
			s--;
		*s = '\0';
		one_line.len = (size_t)(s - one_line.value);
	}
	bool ok = ytree_get_text(file, d, &one_line, key, max, out);
	if (one_line.value != n->value)
		free(one_line.value);
	if (!ok)
		return false;
	/* "• Walk barefoot. • Calf stretch.": a word processor's list, and one
	 * text */
	const char *bullet = n->plain ? ytree_bullet_at(n->value, n->len) : NULL;
	/* → ✓ ► and the like begin a sentence for emphasis too: a list only
	 * when they come again in it ("✓ Sit. ✓ Breathe.") */
	static const char *const emphasis[] = { "\u2192", "\u2713", "\u2714", "\u27A2", "\u27A4",
						"\u25BA", "\u25B8" };
	for (size_t i = 0; bullet && !item && i < sizeof emphasis / sizeof *emphasis; i++)
		if (!strcmp(bullet, emphasis[i]) && !strstr(n->value + strlen(bullet), bullet))
			bullet = NULL;
	if (bullet && item) /* "- • Walk barefoot.": two bullets */
		diags_add(d, DIAG_WARNING, file, n->line, n->col,
			  "%s: the item starts with '%s' after its '- ', which already makes it an "
			  "item: delete the '%s'", key, bullet, bullet);
	else if (bullet)
		diags_add(d, DIAG_WARNING, file, n->line, n->col,
			  "%s: the text starts with '%s', which YAML reads as text, not a list; for "
			  "a list, start each item with '- ' (a hyphen)", key, bullet);
	/* "1. Sit on a chair. 2. Light pressure.": a clinician's numbered
	 * list, and one text (an instruction may be numbered steps) */
	if ((!strcmp(key, "safety") || !strcmp(key, "aftercare")) && numbered_list(n->value))
		diags_add(d, DIAG_WARNING, file, n->line, n->col,
			  "%s: the text is numbered (1., 2., ...), which YAML reads as one text, not a "
			  "list; for a list, start each item with '- ' (a hyphen)", key);
	/* "-Keep a hand on a wall. -Stop at once.": a list meant, and one text;
	 * so too "- pelota" with a word processor's no-break space */
	if (n->plain && n->value[0] == '-' && isalpha((unsigned char)n->value[1]))
		diags_add(d, DIAG_WARNING, file, n->line, n->col,
			  "%s: the text starts with '-' and no space after it, so it is not a list; "
			  "for a list, put a space after each '-'", key);
	else if (n->plain && n->value[0] == '-' && text_nbsp_at(n->value + 1))
		diags_add(d, DIAG_WARNING, file, n->line, n->col,
			  "%s: the text starts with '-' and a non-breaking space, which YAML does not "
			  "read as a space, so it is not a list; type an ordinary space after each '-'",
			  key);
	if (n->dash_line)
		diags_add(d, DIAG_WARNING, file, n->dash_line, n->dash_col,
			  "%s: line %u starts with '- ', but YAML reads it as more of line %u's text; "
			  "if it is an item of its own, line its '-' up with the one above", key,
			  n->dash_line, n->line);
	if (n->comment_col)
		diags_add(d, DIAG_WARNING, file, n->line, n->comment_col,
			  "%s: the text ends before ' #', which starts a comment; put the whole text "
			  "in quotes to keep the rest", key);
	return true;
}

bool ytree_get_prose(const char *file, struct diags *d, const struct ynode *n,
		     const char *key, size_t max, char **out)
{
	return get_prose(file, d, n, key, max, false, out);
}

bool ytree_get_prose_item(const char *file, struct diags *d, const struct ynode *n,
			  const char *key, size_t max, char **out)
{
	return get_prose(file, d, n, key, max, true, out);
}

