/* Text on the screen: widths, fitting, bars, drawn through ncurses. */
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "text.h"
#include "ui_internal.h"

int ui_width(const char *s, int len)
{
	return len > 0 ? (int)text_width_n(s, (size_t)len) : 0;
}

int ui_fit(const char *s, int width, bool *cut)
{
	int len = (int)strlen(s);
	*cut = false;
	if (ui_width(s, len) <= width)
		return len;
	*cut = true;
	int room = width - 1; /* for the ellipsis */
	int n = text_prefix_fitting(s, len, room);
	int b = n;
	while (b > 0 && s[b] != ' ')
		b--;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	/* At a space only when it is near the cut: Japanese after a Latin
	 * word ("Lacrosse ball を使って…") was all lost back to that space. */
	return b > 0 && 3 * ui_width(s, b) >= 2 * room ? b : n;
}

/* Without a UTF-8 locale ncurses would show each byte of a character as an
 * escape several columns wide: one that looks like it instead (ü as u, „
 * as ", a no-break space as a space), else a '?' for each column it takes,
 * so that every width measured still holds. */
static void add_narrow(const char *s, int len)
{
	for (int i = 0; i < len;) {
		int run = 0;
		while (i + run < len && !((unsigned char)s[i + run] & 0x80))
			run++;
		if (run) {
			addnstr(s + i, run);
			i += run;
			continue;
		}
		uint32_t cp = 0;
		size_t k = text_decode(s + i, (size_t)(len - i), &cp);
		int w = k ? (int)text_width_n(s + i, k) : 1;
		char like = k && w == 1 ? text_ascii_like(cp) : 0;
		if (like)
			addch((chtype)(unsigned char)like);
		for (; w > 0 && !like; w--)
			addch('?');
		i += k ? (int)k : 1;
	}
}

/* Adds len bytes of UTF-8 at the cursor. ncurses would turn them into wide
 * characters itself, a byte at a time through mbrtowc(); decoding here is
 * several times cheaper, and every frame draws every string again. */
void ui_add(struct ui *u, const char *s, int len)
{
	if (!u->utf8) {
		add_narrow(s, len);
		return;
	}
	wchar_t buf[128];
	int n = 0;
	for (int i = 0; i < len;) {
		uint32_t cp;
		size_t k = text_decode(s + i, (size_t)(len - i), &cp);
		/* text is checked at load; never raw. A no-break space holds
		 * words together on a line (item_name's): a space on it. */
		buf[n++] = !k ? L'\xFFFD' : text_is_nbsp(cp) ? L' ' : (wchar_t)cp;
		i += k ? (int)k : 1;
		if (n == (int)(sizeof buf / sizeof *buf) || i >= len) {
			addnwstr(buf, n);
			n = 0;
		}
	}
}

void ui_put(struct ui *u, int y, int x, const char *s, int len, attr_t a)
{
	if (y < 0 || y >= LINES || x >= COLS || len <= 0)
		return;
	attrset(a);
	move(y, x < 0 ? 0 : x);
	ui_add(u, s, len);
	attrset(A_NORMAL);
}

void ui_repeat(struct ui *u, wchar_t wc, char c, int n)
{
	if (!u->utf8) {
		for (int i = 0; i < n; i++)
			addch((chtype)(unsigned char)c);
		return;
	}
	enum { CHUNK = 64 };
	wchar_t buf[CHUNK];
	wmemset(buf, wc, CHUNK);
	for (; n > 0; n -= CHUNK)
		addnwstr(buf, n < CHUNK ? n : CHUNK);
}

int ui_put_fit(struct ui *u, int y, int x, int w, const char *s, attr_t a)
{
	bool cut;
	int n = ui_fit(s, w, &cut);
	ui_put(u, y, x, s, n, a);
	if (cut)
		ui_ellipsis(u, y, x + ui_width(s, n), a);
	return ui_width(s, n) + cut;
}

void ui_ellipsis(struct ui *u, int y, int x, attr_t a)
{
	move(y, x);
	attrset(a);
	ui_repeat(u, L'…', '~', 1);
	attrset(A_NORMAL);
}

bool ui_too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS;
}

void ui_center(struct ui *u, int y, const char *s, attr_t a)
{
	bool cut;
	int n = ui_fit(s, COLS, &cut);
	int w = ui_width(s, n) + cut;
	ui_put_fit(u, y, (COLS - w) / 2, COLS, s, a);
}

void ui_block(struct ui *u, int n, attr_t a)
{
	/* Without UTF-8, spaces in the other video from a: solid on every
	 * terminal, and seen on the stop screen's reverse video too. */
	attrset(u->utf8 ? a : a ^ A_REVERSE);
	ui_repeat(u, L'█', ' ', n);
	attrset(A_NORMAL);
}

void ui_bar(struct ui *u, int y, int x, int w, double frac, attr_t fill)
{
	if (w <= 0 || y < 0 || y >= LINES)
		return;
	if (frac < 0)
		frac = 0;
	if (frac > 1)
		frac = 1;
	int n = (int)(frac * w + 0.5);
	move(y, x);
	ui_block(u, n, fill);
	attrset(ui_attr(u, S_DIM));
	ui_repeat(u, L'░', '.', w - n);
	attrset(A_NORMAL);
}

void ui_fill_row(struct ui *u, int y, attr_t a)
{
	attrset(a);
	mvhline(y, 0, ' ', COLS);
	attrset(A_NORMAL);
}
