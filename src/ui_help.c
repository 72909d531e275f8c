/* The help over a screen, and the screen too small for any. */
#include <string.h>

#include "ui_layout.h"

/* A row of the help: the keys, what they do, and that in a child's words
 * for kid mode (NULL: the same). */
struct help_row {
	const char *keys, *does, *kid;
};

static const char help_stop[] = "STOP: numbness, tingling, sharp pain";
/* s is STOP in a session, not on the brief (it was taken for "start") */
static const char stop_keys[] = "x or s";
static const char help_stop_kid[] = "STOP: tingly, numb or it really hurts";

static const char *help_worded(const struct help_row *r, bool kid)
{
	return kid && r->kid ? r->kid : r->does;
}

_Static_assert(SESSION_ADJUST_MS == 15000,
	       "the help says 15 s");

/* Most needed first: a 12-row terminal shows the first nine. */
static const struct help_row session_help[] = {
	{ "space, p", "pause / resume", "pause, and go on again" },
	{ "n", "begin the hold, or skip it", "start now, or skip" },
	{ "b", "restart; early: back one", "start again, or back one" },
	{ "+ or =", "more time (15 s)", NULL }, /* a kid's hold stops at 30 s, said when met */
	{ "-", "less time (15 s)", NULL },
	{ "h", "too hard: how to ease off", "too hard: press softer" },
	{ stop_keys, help_stop, help_stop_kid },
	{ "q", "quit", "end now" },
	{ "m", "sound on / off", NULL },
	{ "Enter", "next page, begin or close", "start, and close at the end" },
	{ "j/k", "scroll a long brief or summary", "see more of a long screen" },
	{ "1 2 3", "answer on the stop screen", "say what you feel, after a stop" },
	{ "? or F1", "this help, paused; any key goes back", "this help; any key goes back" },
	{ NULL, NULL, NULL },
};

static const struct help_row picker_help[] = {
	{ "up/down, j/k", "move", NULL },
	{ "PgUp, PgDn", "a page", NULL },
	{ "g/G, Home/End", "first, last", NULL },
	{ "Enter", "start the one selected", "start it" },
	{ "/", "search (Esc clears)", "find one (Esc clears)" },
	{ "x", help_stop, help_stop_kid },
	{ "? or F1", "this help", NULL },
	{ "q", "quit", "end now" },
	{ NULL, NULL, NULL },
};

/* Under the help, the keys that work there: not the screen's own legend,
 * whose q only closes the help. A help that paused a hold goes on. */
static const char *const help_legend[] = { "any key", "close help", NULL };
static const char *const help_paused_legend[] = { "any key", "close help and go on", NULL };

/* Draws h's rows from y up to end, the keys in a column kw wide from x0
 * and what they do in room beside them. Returns the first row left out
 * (its keys NULL: none). */
static const struct help_row *help_rows(struct ui *u, const struct help_row *h, bool kid, int y,
					int end, bool wrap, int room, int kw, int x0)
{
	struct span sp[2];
	const struct help_row *p = h;
	for (; p->keys && y < end; p++, y++) {
		const char *row = help_worded(p, kid);
		const char *keys = p->keys == stop_keys && u->last_view.state == ST_BRIEF ? "x" : p->keys;
		ui_put(u, y, x0 + 2, keys, (int)strlen(keys), ui_attr(u, S_KEY));
		/* STOP's says what for, whole, the rows after it giving way */
		bool two = (wrap || p->does == help_stop) && y + 1 < end;
		if (two && text_wrap(row, room, sp, 2) > 1) {
			ui_put(u, y, x0 + 4 + kw, sp[0].s, sp[0].len, A_NORMAL);
			ui_put_fit(u, ++y, x0 + 4 + kw, room, sp[1].s, A_NORMAL);
		} else {
			ui_put_fit(u, y, x0 + 4 + kw, room, row, A_NORMAL);
		}
	}
	return p;
}

/* The keys of the rows from p up to end (NULL: all), "q, m, Enter", after
 * what is in buf: those the help had no room for. */
static void keys_of(const struct help_row *p, const struct help_row *end, char *buf, size_t cap)
{
	for (const struct help_row *first = p; p->keys && p != end; p++)
		snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s", p == first ? "" : ", ", p->keys);
}

void ui_draw_help(struct ui *u, bool picker, bool kid)
{
	const struct help_row *h = picker ? picker_help : session_help;
	int n = 0, kw = 0, lw = 0;
	for (const struct help_row *p = h; p->keys; p++, n++) {
		const char *row = help_worded(p, kid);
		int a = ui_width(p->keys, (int)strlen(p->keys)), b = ui_width(row, (int)strlen(row));
		kw = a > kw ? a : kw;
		lw = b > lw ? b : lw;
	}
	int w = kw + lw + 6;
	if (w > COLS)
		w = COLS;
	/* On a narrow screen a long line takes two rows (STOP's says what
	 * for), when they all fit: else each keeps one, so that none is lost. */
	int room = w - kw - 5, rows = 0;
	struct span sp[2];
	for (const struct help_row *p = h; p->keys; p++)
		rows += text_wrap(help_worded(p, kid), room, sp, 2) > 1 ? 2 : 1;
	bool wrap = rows + 4 <= LINES;
	int hgt = (wrap ? rows : n) + 4;
	if (hgt > LINES)
		hgt = LINES;
	int y0 = (LINES - hgt) / 2, x0 = (COLS - w) / 2;
	/* All but the header and the legend: no slice of big digits or of a
	 * wrapped line shows around the box. */
	int top = hgt + 2 <= LINES ? 1 : 0, bottom = hgt + 2 <= LINES ? LINES - 1 : LINES;
	for (int y = top; y < bottom; y++)
		mvhline(y, 0, ' ', COLS);
	attrset(ui_attr(u, S_KEY));
	mvhline(y0, x0, ACS_HLINE, w);
	mvhline(y0 + hgt - 1, x0, ACS_HLINE, w);
	mvaddstr(y0, x0 + 2, " Keys ");
	attrset(A_NORMAL);
	/* Rows that do not fit are named by their keys on the closing line:
	 * at 40x12, m and 1 2 3 had gone without a word. */
	const struct help_row *left = help_rows(u, h, kid, y0 + 1, y0 + hgt - 2, wrap, room, kw, x0);
	char close[160] = "any key closes this help";
	if (left->keys) {
		snprintf(close, sizeof close, "any key closes; also: ");
		keys_of(left, NULL, close, sizeof close);
	}
	int y = y0 + hgt - 2;
	if ((int)text_width(close) > w - 3) {
		/* too long for its row (at 40x12, "1 2 3" was cut): on two, the
		 * box's bottom line moved below them, or, with no row below,
		 * given to them; the keys that fit whole on the first */
		const struct help_row *fit = left;
		for (size_t k = 1; fit->keys; fit++, k++) {
			snprintf(close, sizeof close, "any key closes; also: ");
			keys_of(left, left + k, close, sizeof close);
			if ((int)text_width(close) + 1 > w - 3) /* and its comma */
				break;
		}
		snprintf(close, sizeof close, "any key closes; also: ");
		keys_of(left, fit, close, sizeof close);
		if (fit->keys) /* the list goes on below */
			snprintf(close + strlen(close), sizeof close - strlen(close), ",");
		ui_put_fit(u, y++, x0 + 2, w - 3, close, ui_attr(u, S_DIM));
		close[0] = '\0';
		keys_of(fit, NULL, close, sizeof close);
		mvhline(y, x0, ' ', w);
		if (y + 1 < bottom) {
			attrset(ui_attr(u, S_KEY));
			mvhline(y + 1, x0, ACS_HLINE, w);
			attrset(A_NORMAL);
		}
	}
	ui_put_fit(u, y, x0 + 2, w - 3, close, ui_attr(u, S_DIM)); /* as it fits */
	if (bottom == LINES - 1) { /* the legend's row is the screen's, not the box's */
		move(LINES - 1, 0);
		clrtoeol();
		ui_legend(u, u->help_paused ? help_paused_legend : help_legend, true);
	}
}

void ui_draw_too_small(struct ui *u, const char *clock, const char *what)
{
	char left[48];
	if (clock) { /* "switch sides 0:03" when it fits, else the time alone: muted,
		      * nothing else says a side is over */
		/* "paused, space resumes", or "paused" where that does not fit */
		int w = what ? (int)strlen(what) : 0;
		if (what && w + 1 + (int)strlen(clock) > COLS && strchr(what, ','))
			w = (int)(strchr(what, ',') - what);
		bool fits = what && w + 1 + (int)strlen(clock) <= COLS;
		snprintf(left, sizeof left, "%.*s%s%s", fits ? w : 0, fits ? what : "", fits ? " " : "",
			 clock);
		clock = left;
	}
	char msg[160]; /* how to leave too, for someone with no room for help, and
			* the way that fits a phone held upright */
	snprintf(msg, sizeof msg, "terminal too small %s make it at least %d%s%d, or the font "
		 "smaller; q quits, and line mode (--plain) runs at any size", u->utf8 ? "—" : "-",
		 UI_MIN_COLS, u->utf8 ? "×" : "x", UI_MIN_ROWS);
	struct span sp[8];
	int n = text_wrap(msg, COLS - 2, sp, 8);
	if (n > 8)
		n = 8;
	/* The time left and the STOP key come first; the note gets the rows
	 * left, and a blank line goes before each of them when there is room. */
	int fixed = clock ? 2 : 1;
	if (n > LINES - fixed)
		n = LINES - fixed > 0 ? LINES - fixed : 0;
	int gap = LINES >= n + 2 * fixed ? 1 : 0;
	int y = (LINES - n - fixed * (1 + gap)) / 2;
	if (y < 0)
		y = 0;
	for (int i = 0; i < n; i++, y++)
		ui_put(u, y, (COLS - ui_width(sp[i].s, sp[i].len)) / 2, sp[i].s, sp[i].len,
		       A_NORMAL);
	if (clock) {
		y += gap;
		ui_center(u, y++, clock, A_BOLD);
	}
	y += gap;
	if (y < LINES)
		ui_center(u, y, " x STOP ", ui_attr(u, S_STOPKEY));
}
