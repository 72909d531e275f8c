/* Block letters five rows high for the countdown and the stop screen:
 * a 3×5 pixel font, each pixel two columns wide, readable across a room;
 * on a big screen, twice that (each pixel 4×2). */
#include <string.h>

#include "ui_internal.h"

struct glyph {
	char c;
	int w; /* pixels */
	const char *rows[UI_BIG_ROWS];
};

static const struct glyph font[] = {
	{ '0', 3, { "###", "#.#", "#.#", "#.#", "###" } },
	{ '1', 3, { ".#.", "##.", ".#.", ".#.", "###" } },
	{ '2', 3, { "###", "..#", "###", "#..", "###" } },
	{ '3', 3, { "###", "..#", ".##", "..#", "###" } },
	{ '4', 3, { "#.#", "#.#", "###", "..#", "..#" } },
	{ '5', 3, { "###", "#..", "###", "..#", "###" } },
	{ '6', 3, { "###", "#..", "###", "#.#", "###" } },
	{ '7', 3, { "###", "..#", "..#", "..#", "..#" } },
	{ '8', 3, { "###", "#.#", "###", "#.#", "###" } },
	{ '9', 3, { "###", "#.#", "###", "..#", "###" } },
	{ ':', 1, { ".", "#", ".", "#", "." } },
	{ 'S', 3, { "###", "#..", "###", "..#", "###" } },
	{ 'T', 3, { "###", ".#.", ".#.", ".#.", ".#." } },
	{ 'O', 3, { "###", "#.#", "#.#", "#.#", "###" } },
	{ 'P', 3, { "###", "#.#", "###", "#..", "#.." } },
	{ ' ', 1, { ".", ".", ".", ".", "." } },
};

#define PIXEL_COLS 2
#define GAP_COLS 2

static const struct glyph *find(char c)
{
	for (size_t i = 0; i < sizeof font / sizeof *font; i++)
		if (font[i].c == c)
			return &font[i];
	return NULL;
}

int ui_big_width(const char *s, int scale)
{
	int w = 0;
	for (; *s; s++) {
		const struct glyph *g = find(*s);
		if (g)
			w += (g->w * PIXEL_COLS + (w ? GAP_COLS : 0)) * scale;
	}
	return w;
}

void ui_big(struct ui *u, int y, int x, const char *s, int scale, attr_t a)
{
	int col = x;
	for (; *s; s++) {
		const struct glyph *g = find(*s);
		if (!g)
			continue;
		if (col > x)
			col += GAP_COLS * scale;
		for (int r = 0; r < UI_BIG_ROWS * scale; r++) {
			if (y + r >= LINES)
				break;
			for (int p = 0; p < g->w; p++) {
				if (g->rows[r / scale][p] != '#')
					continue;
				move(y + r, col + p * PIXEL_COLS * scale);
				ui_block(u, PIXEL_COLS * scale, a);
			}
		}
		col += g->w * PIXEL_COLS * scale;
	}
}
