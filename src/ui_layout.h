/* The screens' layout (ui_layout.c): a screen is a list of blocks, each
 * with a priority; when rows run short the least needed shrink or go,
 * never overlap. The screens (ui_screens.c), the stop reminder
 * (ui_reminder.c) and the help (ui_help.c) are drawn with it. */
#ifndef UNKNOT_UI_LAYOUT_H
#define UNKNOT_UI_LAYOUT_H

#include <stdbool.h>

#include "ui_internal.h"

#define MARGIN 2
#define MAX_LINES 64

/* As many blocks as a screen has: a brief of many routines has hundreds. */
struct layout {
	struct ui_block *b;
	int n, cap;
	int lower_from; /* blocks from here move down on a tall screen; 0: none */
	int lower_keep; /* rows other states of the screen add: kept free for them */
};

/* Strings the layout borrows while a screen is drawn. */
struct pool {
	char **v;
	int n;
};

void layout_free(struct layout *l);
/* Text's columns (the screen less its margins, up to a line that reads
 * well) and where it starts. */
int layout_width(void);
int layout_left(void);
/* A block of h rows that may shrink to min_h; prio: 0 stays longest. */
struct ui_block *layout_add(struct layout *l, int prio, int h, int min_h);
/* The rows text takes as a block after prefix. */
int layout_text_rows(const char *text, const char *prefix);
/* A wrapped text block; it may lose lines down to min_h (0: it may go). */
struct ui_block *layout_text(struct layout *l, int prio, int min_h, const char *text,
			     attr_t a, const char *prefix, attr_t pa);
/* A blank row; bottom: among the blocks kept at the bottom. */
void layout_space(struct layout *l, bool bottom);
/* A block drawn by fn. */
struct ui_block *layout_custom(struct layout *l, int prio, int h, int min_h, ui_draw_fn *fn);
/* A custom block that shows time: a tick redraws it alone. */
void layout_ticking(struct layout *l, int prio, int h, int min_h, ui_draw_fn *fn, bool bottom);
/* The legend on the last row; a block of it is drawn by layout_draw_legend. */
void layout_legend(struct layout *l, const char *const *pairs);
void layout_draw_legend(struct ui *u, const struct view *v, const struct ui_block *b, int y);
/* Lines first .. first+count-1 of b's wrapped text, from row y; the last
 * line shown of a block cut short ends in … (mark_cut). */
void layout_draw_lines(struct ui *u, const struct ui_block *b, int y, int first, int count,
		       bool mark_cut);
/* Fits l to rows and draws it, the bottom blocks at the bottom. */
void layout_draw(struct ui *u, const struct view *v, struct layout *l, int rows);

/* The header row: left cut to fit, right whole. */
void ui_header(struct ui *u, const char *left, const char *right);
/* " — " and "• ", or their ASCII. */
const char *ui_dash(const struct ui *u);
const char *ui_bullet(const struct ui *u);

/* Keeps s (freed by pool_free) and returns it. */
const char *pool_keep(struct pool *p, char *s);
void pool_free(struct pool *p);

#endif
