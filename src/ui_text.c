/* Text on the screen: widths, word wrap, fitting, bars. */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "ui_internal.h"
#include "xalloc.h"

int ui_width(const char *s, int len)
{
	char buf[256];
	if (len < (int)sizeof buf) {
		memcpy(buf, s, (size_t)len);
		buf[len] = '\0';
		return (int)text_width(buf);
	}
	char *tmp = xstrndup(s, (size_t)len);
	int w = (int)text_width(tmp);
	free(tmp);
	return w;
}

/* Length of the UTF-8 sequence that starts with byte c. */
static int seq_len(unsigned char c)
{
	return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* Bytes of the longest prefix of s[0..len) that fits in width columns. */
static int prefix_fitting(const char *s, int len, int width)
{
	int i = 0;
	while (i < len) {
		int n = seq_len((unsigned char)s[i]);
		if (i + n > len)
			n = len - i;
		if (ui_width(s, i + n) > width)
			break;
		i += n;
	}
	return i;
}

int ui_wrap(const char *s, int width, struct span *lines, int max)
{
	int count = 0;
	if (width < 1)
		width = 1;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		/* Take words while they fit. */
		int len = 0, end = 0;
		for (;;) {
			int w0 = len;
			while (s[w0] == ' ')
				w0++;
			int w1 = w0;
			while (s[w1] && s[w1] != ' ')
				w1++;
			if (w1 == w0)
				break;
			if (ui_width(s, w1) > width)
				break;
			len = end = w1;
		}
		if (!end) /* one word longer than the line: split it */
			end = prefix_fitting(s, (int)strlen(s), width);
		if (!end)
			end = seq_len((unsigned char)*s);
		if (count < max)
			lines[count] = (struct span){ s, end };
		count++;
		s += end;
	}
	return count;
}

int ui_fit(const char *s, int width, bool *cut)
{
	int len = (int)strlen(s);
	*cut = false;
	if (ui_width(s, len) <= width)
		return len;
	*cut = true;
	int room = width - 1; /* for the ellipsis */
	int n = prefix_fitting(s, len, room);
	int b = n;
	while (b > 0 && s[b] != ' ')
		b--;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	return b > 0 ? b : n; /* no space at all: a part of the one word */
}

void ui_put(struct ui *u, int y, int x, const char *s, int len, attr_t a)
{
	if (y < 0 || y >= LINES || x >= COLS || len <= 0)
		return;
	attrset(a);
	mvaddnstr(y, x < 0 ? 0 : x, s, len);
	attrset(A_NORMAL);
}

void ui_put_fit(struct ui *u, int y, int x, int w, const char *s, attr_t a)
{
	bool cut;
	int n = ui_fit(s, w, &cut);
	ui_put(u, y, x, s, n, a);
	if (cut) {
		attrset(a);
		addstr(u->utf8 ? "…" : "~");
		attrset(A_NORMAL);
	}
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
	/* Without UTF-8, reverse-video spaces: solid on every terminal. */
	attrset(u->utf8 ? a : a | A_REVERSE);
	for (int i = 0; i < n; i++)
		addstr(u->utf8 ? "█" : " ");
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
	for (int i = n; i < w; i++) {
		if (u->utf8)
			addstr("░");
		else
			addch('.');
	}
	attrset(A_NORMAL);
}

void ui_fill_row(struct ui *u, int y, attr_t a)
{
	attrset(a);
	mvhline(y, 0, ' ', COLS);
	attrset(A_NORMAL);
}
