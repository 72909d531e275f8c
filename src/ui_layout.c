/* The screens' layout: blocks of a screen fitted to its rows, and the
 * pieces every screen shares (header, legend, dash and bullet). */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "ui_layout.h"
#include "xalloc.h"

void layout_free(struct layout *l)
{
	free(l->b);
}

#define READ_COLS 76 /* lines of text longer than this are hard to follow */

/* Text takes the screen less its margins, up to READ_COLS: on a wide
 * screen, a column in the middle. */
int layout_width(void)
{
	return COLS - 2 * MARGIN < READ_COLS ? COLS - 2 * MARGIN : READ_COLS;
}

int layout_left(void)
{
	return COLS - 2 * MARGIN < READ_COLS ? MARGIN : (COLS - READ_COLS) / 2;
}

static int prefix_cols(const struct ui_block *b)
{
	return b->prefix ? ui_width(b->prefix, (int)strlen(b->prefix)) : 0;
}

struct ui_block *layout_add(struct layout *l, int prio, int h, int min_h)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 32;
		l->b = xreallocarray(l->b, (size_t)l->cap, sizeof *l->b);
	}
	struct ui_block *b = &l->b[l->n++];
	*b = (struct ui_block){ .prio = prio, .h = h, .min_h = min_h, .full_h = h };
	return b;
}

/* The rows text takes as a block after prefix. */
int layout_text_rows(const char *text, const char *prefix)
{
	struct ui_block probe = { .prefix = prefix };
	struct span sp[1];
	int h = text_wrap(text, layout_width() - prefix_cols(&probe), sp, 0);
	return h > MAX_LINES ? MAX_LINES : h;
}

/* A wrapped text block; it may lose lines down to min_h (0: it may go). */
struct ui_block *layout_text(struct layout *l, int prio, int min_h, const char *text,
			      attr_t a, const char *prefix, attr_t pa)
{
	if (!text || !*text)
		return NULL;
	int h = layout_text_rows(text, prefix);
	struct ui_block *b = layout_add(l, prio, h, min_h < h ? min_h : h);
	if (b) {
		b->text = text;
		b->attr = a;
		b->prefix = prefix;
		b->prefix_attr = pa;
	}
	return b;
}

void layout_space(struct layout *l, bool bottom)
{
	struct ui_block *b = layout_add(l, 9, 1, 0);
	if (b) {
		b->draw = NULL;
		b->text = NULL;
		b->bottom = bottom;
	}
}

struct ui_block *layout_custom(struct layout *l, int prio, int h, int min_h, ui_draw_fn *fn)
{
	struct ui_block *b = layout_add(l, prio, h, min_h);
	if (b)
		b->draw = fn;
	return b;
}

/* A custom block that shows time: a tick redraws it alone. */
void layout_ticking(struct layout *l, int prio, int h, int min_h, ui_draw_fn *fn,
			bool bottom)
{
	struct ui_block *b = layout_custom(l, prio, h, min_h, fn);
	if (b) {
		b->ticks = true;
		b->bottom = bottom;
	}
}

/* Lines first .. first+count-1 of b's wrapped text, from row y; the last
 * line shown of a block cut short ends in … (not so when scrolled). */
void layout_draw_lines(struct ui *u, const struct ui_block *b, int y, int first, int count,
		       bool mark_cut)
{
	if (!b->text)
		return;
	int pw = prefix_cols(b);
	int w = layout_width() - pw;
	struct span sp[MAX_LINES];
	int n = text_wrap(b->text, w, sp, MAX_LINES);
	if (n > MAX_LINES)
		n = MAX_LINES;
	int shown = first + count < n ? first + count : n;
	for (int i = first; i < shown; i++) {
		int x = (b->x ? b->x : layout_left()) + pw;
		int len = sp[i].len;
		bool more = mark_cut && i == shown - 1 && shown < n;
		if (more) { /* the last line shown: end it on a word, with … */
			bool cut;
			char *tmp = xstrndup(sp[i].s, (size_t)len);
			len = ui_fit(tmp, w - 1, &cut);
			free(tmp);
		}
		int row = y + i - first;
		if (b->center)
			x = (COLS - ui_width(sp[i].s, len) - more) / 2;
		if (i == 0 && b->prefix)
			ui_put(u, row, x - pw, b->prefix, (int)strlen(b->prefix), b->prefix_attr);
		ui_put(u, row, x, sp[i].s, len, b->attr);
		if (more)
			ui_ellipsis(u, row, x + ui_width(sp[i].s, len), b->attr);
	}
}

static void draw_text(struct ui *u, const struct ui_block *b, int y)
{
	layout_draw_lines(u, b, y, 0, b->h, true);
}

/* A custom block gives up many rows at once (the big clock: 5 to 1), which
 * can leave rows free that a more needed block lost before it: they go back,
 * most needed first. */
static void regrow(struct layout *l, int rows)
{
	int free_rows = rows;
	for (int i = 0; i < l->n; i++)
		free_rows -= l->b[i].h;
	for (int prio = 1; prio <= 9 && free_rows > 0; prio++)
		for (int i = 0; i < l->n && free_rows > 0; i++) {
			struct ui_block *b = &l->b[i];
			int more = b->full_h - b->h;
			if (b->prio != prio || more <= 0)
				continue;
			/* text takes what there is, but for one that goes whole or
			 * not at all (a step's Take care line) */
			if (b->text && !b->draw && more > free_rows && b->min_h < b->full_h)
				more = free_rows;
			if (more <= free_rows) {
				b->h += more;
				free_rows -= more;
			}
		}
}

/* Shrinks blocks, least needed first (the last of equals first), until
 * they fit in rows. When even their least sizes do not fit (a brief of
 * four routines), blocks of priority 2 and up go whole, in the same order,
 * so that what must show still does: titles, the stop rule, how to go on,
 * the key legend. */
static void fit_layout(struct layout *l, int rows)
{
	bool whole = false;
	for (;;) {
		int total = 0, pick = -1;
		for (int i = 0; i < l->n; i++) {
			const struct ui_block *b = &l->b[i];
			int least = whole && b->prio >= 2 ? 0 : b->min_h;
			total += b->h;
			if (b->prio > 0 && b->h > least && (pick < 0 || b->prio >= l->b[pick].prio))
				pick = i;
		}
		if (total <= rows)
			break;
		if (pick < 0) {
			if (whole)
				return;
			whole = true;
			continue;
		}
		struct ui_block *b = &l->b[pick];
		if (whole)
			b->h = 0;
		else if (b->draw || !b->text)
			b->h = b->min_h; /* custom blocks have two sizes */
		else
			b->h--;
	}
	regrow(l, rows);
}

/* Draws b at row y; remembers it for the next tick if it shows time. */
static void draw_block(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	b->draw ? b->draw(u, v, b, y) : draw_text(u, b, y);
	struct ui_frame *f = &u->frame;
	if (b->ticks && f->n_tick < UI_MAX_TICK_BLOCKS) {
		f->tick[f->n_tick] = *b;
		f->tick_y[f->n_tick++] = y;
	}
}

void layout_draw(struct ui *u, const struct view *v, struct layout *l, int rows)
{
	fit_layout(l, rows);
	u->frame.n_tick = 0;
	/* Taller than 24 rows, the top's blocks come down by a third of what is
	 * more, and stay there whatever shows (a prompt, the pacer): not all
	 * at the top with the rest of the screen empty. */
	int spare = rows;
	for (int i = 0; i < l->n; i++)
		spare -= l->b[i].h;
	spare -= l->lower_keep;
	int lower = (rows - 24) / 3 < spare ? (rows - 24) / 3 : spare;
	int y = 0;
	for (int i = 0; i < l->n; i++) {
		const struct ui_block *b = &l->b[i];
		if (i == l->lower_from && l->lower_from && lower > 0)
			y += lower;
		if (b->bottom || !b->h)
			continue;
		if (y + b->h > rows)
			break;
		draw_block(u, v, b, y);
		y += b->h;
	}
	int top = y, yb = rows;
	for (int i = l->n - 1; i >= 0; i--) {
		const struct ui_block *b = &l->b[i];
		if (!b->bottom || !b->h)
			continue;
		if (yb - b->h < top)
			break;
		yb -= b->h;
		draw_block(u, v, b, yb);
	}
}

void ui_legend(struct ui *u, const char *const *pairs, bool stop)
{
	int y = LINES - 1;
	const char *stop_txt = " x STOP ";
	int sw = stop ? (int)strlen(stop_txt) : 0;
	int x = 1, limit = COLS - sw - 1;
	for (const char *const *p = pairs; p[0] && p[1]; p += 2) {
		int kw = ui_width(p[0], (int)strlen(p[0]));
		int lw = ui_width(p[1], (int)strlen(p[1]));
		if (x + kw + 1 + lw > limit)
			break;
		ui_put(u, y, x, p[0], (int)strlen(p[0]), ui_attr(u, S_KEY));
		/* what a key does, in the normal weight: dim is the hardest to
		 * read on a dark screen, and these are the words that get out */
		ui_put(u, y, x + kw + 1, p[1], (int)strlen(p[1]), A_NORMAL);
		x += kw + 1 + lw + 2;
	}
	if (stop)
		ui_put(u, y, COLS - sw, stop_txt, sw, ui_attr(u, S_STOPKEY));
}

void ui_header(struct ui *u, const char *left, const char *right)
{
	attr_t a = ui_attr(u, S_HEADER);
	ui_fill_row(u, 0, a);
	int rw = right ? ui_width(right, (int)strlen(right)) : 0;
	ui_put_fit(u, 0, 1, COLS - rw - 3, left, a | A_BOLD);
	if (right)
		ui_put(u, 0, COLS - rw - 1, right, (int)strlen(right), a);
}

const char *ui_dash(const struct ui *u)
{
	return u->utf8 ? " — " : " - ";
}

const char *ui_bullet(const struct ui *u)
{
	return u->utf8 ? "• " : "- ";
}

void layout_draw_legend(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	(void)y; /* always the last row */
	ui_legend(u, (const char *const *)b->text, true);
}

void layout_legend(struct layout *l, const char *const *pairs)
{
	struct ui_block *b = layout_custom(l, 0, 1, 1, layout_draw_legend);
	if (b) {
		b->bottom = true;
		b->text = (const char *)pairs;
	}
}

const char *pool_keep(struct pool *p, char *s)
{
	p->v = xreallocarray(p->v, (size_t)p->n + 1, sizeof *p->v);
	p->v[p->n++] = s;
	return s;
}

void pool_free(struct pool *p)
{
	for (int i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
}
