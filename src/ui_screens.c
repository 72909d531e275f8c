/* The screens drawn from the view model: brief, step (prep, switch, hold,
 * paused), done and stop, laid out by ui_layout.c; the brief scrolls
 * rather than cut a safety note. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "duration.h"
#include "record.h"
#include "text.h"
#include "ui_layout.h"
#include "xalloc.h"

/* --- shared pieces --- */

/* What does not fit is left off at the end: at 80 columns that is "back";
 * how to get out stays before the finer keys (at 60 columns, q before
 * +/-); at 50, "too hard" still shows (it matters more to a child than
 * more time); at 40, all after "help", which lists them. The words that
 * change with the screen are put in by step_legend. */
enum { LEGEND_SPACE = 1, LEGEND_N = 3, LEGEND_M = 13 };
static const char *const step_keys[] = {
	"space", "pause", "n", "next", "?", "help", "h", "too hard", "q", "quit", "+/-", "time",
	"m", "mute", "b", "back", NULL,
};
#define STEP_LEGEND_N (sizeof step_keys / sizeof *step_keys)

/* Getting into position, n begins the hold (the "Next:" under it is the
 * step after, which n does not go to); in a hold it goes on to the next. */
static void step_legend(const char **out, const struct view *v, enum session_state shown, bool muted)
{
	memcpy(out, step_keys, sizeof step_keys);
	if (v->state == ST_PAUSED)
		out[LEGEND_SPACE] = v->kid ? "go on" : "resume"; /* a child's word for resume */
	if (shown == ST_PREP || shown == ST_SWITCH)
		out[LEGEND_N] = "begin";
	if (muted)
		out[LEGEND_M] = "unmute";
}



/* The brief's and done screen's title: a preset's, a lone routine's, or
 * the routines' joined, cut as the header cuts it; else the program's. */
static const char *session_title(const struct plan *p, char *buf, size_t cap)
{
	if (p)
		plan_title(p, buf, cap);
	return p && buf[0] ? buf : "unknot";
}

/* "Arch — LEFT SIDE". The side is one word to the wrapping (a no-break
 * space, drawn as a space): a long title had put LEFT and SIDE on two
 * lines, and the side is what is looked for. */
static char *item_name(const struct ui *u, const struct plan_item *it, bool upper)
{
	if (it->side == SIDE_NONE)
		return xstrdup(it->step->title);
	return xasprintf("%s%s%s\u00A0%s", it->step->title, ui_dash(u),
			 it->side == SIDE_LEFT ? (upper ? "LEFT" : "left") : (upper ? "RIGHT" : "right"),
			 upper ? "SIDE" : "side");
}

int ui_pacer_width(void)
{
	int w = COLS - 2 * MARGIN - 2;
	if (w > 60)
		w = 60;
	return w & ~1;
}

/* --- the step screen: prep, switch, hold, paused --- */

static enum session_state shown_state(const struct view *v)
{
	return v->state == ST_PAUSED ? v->paused_from : v->state;
}

/* Block letters at the scale b's height has room for: 2, 1, or none (0). */
static int scale_for(const struct ui_block *b, const char *s)
{
	for (int scale = 2; scale > 0; scale--)
		if (b->h >= UI_BIG_ROWS * scale && ui_big_width(s, scale) <= COLS - 2)
			return scale;
	return 0;
}

/* Rows for block letters of priority prio: twice the size on a big
 * screen. Their least is one size down, and a line of text the last. */
static void add_big(struct layout *l, int prio, ui_draw_fn *fn, bool ticks)
{
	bool two = LINES >= UI_BIG2_ROWS && COLS >= UI_BIG2_COLS;
	int h = UI_BIG_ROWS * (two ? 2 : 1), least = two ? UI_BIG_ROWS : 1;
	if (ticks)
		layout_ticking(l, prio, h, least, fn, false);
	else
		layout_custom(l, prio, h, least, fn);
}

static void draw_clock(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	char clock[16];
	duration_clock(v->left_ms, clock, sizeof clock);
	enum session_state st = shown_state(v);
	attr_t a = v->state == ST_PAUSED ? ui_attr(u, S_DIM) :
		   st == ST_HOLD ? ui_attr(u, S_BIG) : ui_attr(u, S_TITLE);
	int scale = scale_for(b, clock);
	if (scale)
		ui_big(u, y, (COLS - ui_big_width(clock, scale)) / 2, clock, scale, a);
	else
		ui_center(u, y, clock, a | A_BOLD);
}

static void draw_state(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	char buf[160];
	enum session_state st = shown_state(v);
	if (v->state == ST_PAUSED) {
		snprintf(buf, sizeof buf, " PAUSED%sspace to %s%s ", ui_dash(u),
			 v->kid ? "go on" : "resume", u->sound_said ?
			 (cues_muted(u->cues) ? ", sound off" : ", sound on") :
			 u->stop_hint ? "; x is STOP" : "");
		ui_center(u, y, buf, A_REVERSE | A_BOLD);
		return;
	}
	/* after + or -, why the time did not change as asked */
	char most[48] = "";
	if (v->at_most_ms) {
		char t[32];
		duration_format(v->at_most_ms, t, sizeof t);
		if (v->at_most_ms % 60000 == 0) /* as "30 s" is said beside it */
			snprintf(t, sizeof t, "%lld min", (long long)(v->at_most_ms / 60000));
		snprintf(most, sizeof most, ", %s at most", t);
	}
	_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "said as 30 s below");
	const char *limit = v->at_kid_cap ? ", 30 s at most" : *most ? most :
			    v->at_floor ? ", 1 s at least" : "";
	/* m just pressed: said here, on a line every screen but the too-small
	 * one keeps for it (a small screen drops the sound line and the
	 * legend's m), as m is beside n */
	if (!*limit && u->sound_said)
		limit = cues_muted(u->cues) ? ", sound off" : ", sound on";
	/* a key that does nothing (z, c or d for the x beside them): a stop
	 * reached for and missed is told how, at a glance */
	if (!*limit && u->stop_hint) /* getting into position, Enter was for n */
		limit = st == ST_PREP ? "; n begins, x is STOP" : "; x is STOP";
	if (st == ST_HOLD)
		snprintf(buf, sizeof buf, "Hold%s%s pressure%s", ui_dash(u),
			 v->item ? pressure_name(v->item->pressure) : "moderate", /* light in kid mode */
			 limit);
	else if (st == ST_SWITCH && v->item)
		snprintf(buf, sizeof buf, "Switch to the %s side%s", side_name(v->item->side), limit);
	else
		snprintf(buf, sizeof buf, "Get into position%s", limit);
	ui_center(u, y, buf, ui_attr(u, S_TITLE));
}

static void draw_step_bar(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	double f = v->phase_ms > 0 ? (double)(v->phase_ms - v->left_ms) / (double)v->phase_ms : 0;
	int w = ui_pacer_width();
	ui_bar(u, y, (COLS - w) / 2, w, f, ui_attr(u, S_BAR));
}

/* The pacer: a bar that grows from the middle as the lungs fill, a step a
 * second on the countdown's beat (breath_state.pacer), so one wake-up a
 * second redraws both. */
static void draw_pacer(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	if (v->state == ST_PAUSED || !v->breathing)
		return;
	const char *words = breath_words(v->breath.phase, v->kid);
	int ww = ui_width(words, (int)strlen(words));
	int w = ui_pacer_width(), bar_y = y, x0;
	if (b->h >= 2) {
		ui_center(u, y, words, ui_attr(u, S_KEY));
		bar_y = y + 1;
		x0 = (COLS - w) / 2;
	} else {
		ui_put(u, y, MARGIN, words, (int)strlen(words), ui_attr(u, S_KEY));
		w = (COLS - 2 * MARGIN - ww - 2) & ~1;
		x0 = COLS - MARGIN - w;
	}
	int half = w / 2;
	int fill = (int)(v->breath.pacer * half + 0.5);
	u->pacer_drawn = half > 0;
	move(bar_y, x0);
	attrset(ui_attr(u, S_DIM));
	ui_repeat(u, L'·', '.', half - fill);
	ui_block(u, 2 * fill, ui_attr(u, S_PACER));
	attrset(ui_attr(u, S_DIM));
	ui_repeat(u, L'·', '.', half - fill);
	attrset(A_NORMAL);
}

static void draw_session_bar(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	char done[16], total[16], label[48];
	duration_clock_elapsed(v->done_ms, done, sizeof done); /* counts up */
	duration_clock(v->total_ms, total, sizeof total);
	snprintf(label, sizeof label, " %s / %s", done, total);
	int lw = (int)strlen(label);
	const char *name = "session ";
	int nw = (int)strlen(name);
	int x = layout_left(), w = layout_width() - lw - nw; /* lined up with the text */
	ui_put(u, y, x, name, nw, ui_attr(u, S_DIM));
	double f = v->total_ms > 0 ? (double)v->done_ms / (double)v->total_ms : 0;
	ui_bar(u, y, x + nw, w, f, ui_attr(u, S_BAR));
	ui_put(u, y, x + nw + w, label, lw, A_NORMAL);
}



static void add_status(struct ui *u, struct layout *l, char *buf, size_t cap)
{
	const char *st = u->cues ? cues_status(u->cues) : NULL;
	bool muted = u->cues && cues_muted(u->cues);
	char *safe = st ? text_printable(st) : NULL; /* it may name a device */
	/* Muted, what the sound device did is beside the point until m. */
	snprintf(buf, cap, "%s", muted ? "sound off (m turns it on)" : safe ? safe : "");
	free(safe);
	struct ui_block *b = layout_text(l, 6, 0, buf, ui_attr(u, S_DIM), NULL, 0);
	if (b)
		b->bottom = true;
}

/* Rows of l that what is needed more than a routine's safety notes takes:
 * the step's own words (priority 3 and up), whole, and the big digits at
 * their least. Blank rows, the next step's line, the bars and the sound
 * line give way to the notes. */
static int rows_before_notes(const struct layout *l)
{
	int h = 0;
	for (int i = 0; i < l->n; i++) {
		const struct ui_block *b = &l->b[i];
		h += b->prio <= 3 ? b->full_h : b->prio == 4 && b->draw ? b->min_h : 0;
	}
	return h;
}

/* Getting into position for a preset's next routine: its tool and its own
 * safety notes, which the brief showed long ago (perhaps below its fold),
 * go in l at block at, each whole, in their order as far as they fit
 * beside the step's own words (rows_before_notes), and how many did not
 * (in more, which l borrows, as it does what this returns). */
static char *add_routine_notes(struct ui *u, struct layout *l, int at, size_t routine, char *more,
			       size_t more_size)
{
	const struct routine *r = u->plan->routines[routine];
	struct layout x = { 0 };
	layout_space(&x, false);
	int room = LINES - rows_before_notes(l);
	if (plan_not_for_kids(u->plan, routine) && layout_text_rows(PLAN_NOT_FOR_KIDS, "") <= room) {
		layout_text(&x, 4, MAX_LINES, PLAN_NOT_FOR_KIDS, ui_attr(u, S_WARN), NULL, 0);
		room -= x.b[x.n - 1].h; /* first: what follows was written for adults */
	}
	int own = x.n; /* the tool's and the notes' blocks, from here */
	char *tools = r->equipment.n ? strlist_join(&r->equipment) : NULL;
	if (tools && layout_text_rows(tools, "Equipment: ") <= room) {
		layout_text(&x, 4, MAX_LINES, tools, A_NORMAL, "Equipment: ", ui_attr(u, S_KEY));
		room -= x.b[x.n - 1].h;
	}
	size_t unsaid = 0; /* the first are the ones that matter most */
	for (size_t j = 0; j < r->safety.n; j++) {
		const char *note = r->safety.v[j];
		if (!plan_advice_is_new(u->plan, routine, ADVICE_SAFETY, note, NULL))
			continue;
		if (unsaid || layout_text_rows(note, ui_bullet(u)) > room) {
			unsaid++;
			continue;
		}
		layout_text(&x, 4, MAX_LINES, note, A_NORMAL, ui_bullet(u), ui_attr(u, S_WARN));
		room -= x.b[x.n - 1].h;
	}
	/* a note left out is not left unsaid: a small screen had dropped
	 * "Keep off the back of the knee" without a word. With no row for
	 * the count, the last notes shown (or the tool) give way to it, if
	 * that makes room; else all stay. */
	int pop = 0, freed = 0;
	for (size_t would = unsaid; unsaid; would += x.b[x.n - pop].text != tools) {
		snprintf(more, more_size, "%zu more safety note%s on the brief", would,
			 would == 1 ? " was" : "s were");
		if (layout_text_rows(more, "") <= room + freed) {
			x.n -= pop;
			room += freed;
			unsaid = would;
			break;
		}
		if (x.n - pop == own) {
			unsaid = 0; /* no room for it at all: the notes shown stay */
			break;
		}
		freed += x.b[x.n - ++pop].h;
	}
	if (unsaid && layout_text_rows(more, "") <= room)
		layout_text(&x, 4, MAX_LINES, more, ui_attr(u, S_DIM), NULL, 0);
	if (x.n > 1) {
		for (int i = 0; i < x.n; i++)
			layout_add(l, 0, 0, 0);
		memmove(&l->b[at + x.n], &l->b[at], (size_t)(l->n - x.n - at) * sizeof *l->b);
		memcpy(&l->b[at], x.b, (size_t)x.n * sizeof *x.b);
	}
	layout_free(&x);
	return tools;
}

static void draw_step(struct ui *u, const struct view *v)
{
	struct layout l = { 0 };
	char right[48], status[256], more[64];
	char *name = v->item ? item_name(u, v->item, true) : xstrdup("");
	char *next = v->next ? item_name(u, v->next, false) : NULL;
	char *next_line = xasprintf("Next: %s", next ? next : "the end");
	const struct plan *p = u->plan;
	snprintf(right, sizeof right, "%shold %zu of %zu", p && p->preview > 0 ? "preview, " : "",
		 v->item_index + 1, v->n_items);
	ui_header(u, v->item ? v->item->routine->title : "unknot", right);
	enum session_state st = shown_state(v);

	layout_add(&l, 0, 1, 1); /* the header, drawn above */
	layout_space(&l, false);
	l.lower_from = l.n;
	struct ui_block *t = layout_text(&l, 0, 1, name, ui_attr(u, S_TITLE), NULL, 0);
	if (t)
		t->center = true;
	/* PAUSED stays: the digits alone do not say the clock has stopped;
	 * and so does m's "sound off", said nowhere else on a small screen. */
	layout_custom(&l, 2, 1, v->state == ST_PAUSED || u->sound_said || u->stop_hint, draw_state);
	layout_space(&l, false);
	/* In a hold, the clock is read from the floor: its big digits stay
	 * before a prompt or the instruction gets its second line (at 50x15
	 * each prompt made them one small line to the hold's end, and moved
	 * the whole screen). Getting into position, the words come first. */
	add_big(&l, st == ST_HOLD && v->state != ST_PAUSED ? 3 : 4, draw_clock, true);
	layout_ticking(&l, 5, 1, 0, draw_step_bar, false);
	if (st == ST_HOLD) {
		layout_space(&l, false);
		bool still = v->state == ST_PAUSED; /* a pacer that waits: its rows go first */
		layout_ticking(&l, still ? 8 : 3, 2, !still, draw_pacer, false);
	}
	layout_space(&l, false);
	/* not », which French and Spanish text read as a closing guillemet */
	const char *mark = u->utf8 ? "\u25B8 " : "> ";
	/* Asked for, the advice is whole (at 40x12 it had ended "Else ease
	 * off:…"): where its least rows do not fit, the instruction, then the
	 * Take care line, each whole or not at all, go before the clock does. */
	if (v->too_hard)
		layout_text(&l, 1, MAX_LINES, advice_too_hard(v->kid), ui_attr(u, S_WARN), "Too hard? ",
			    ui_attr(u, S_WARN));
	int most = 0, now_rows = v->prompt && st == ST_HOLD ? layout_text_rows(v->prompt, mark) : 0;
	/* Only prompts the hold lasts to: a kid's is cut to 30 s, and - cuts. */
	int64_t hold_ms = !v->item ? 0 : st == ST_HOLD ? v->phase_ms : v->item->hold_ms;
	for (size_t i = 0; v->item && i < v->item->step->n_prompts; i++) {
		if (v->item->step->prompts[i].at_ms >= hold_ms)
			continue;
		int r = layout_text_rows(v->item->step->prompts[i].say, mark);
		most = r > most ? r : most;
	}
	if (now_rows)
		layout_text(&l, 4, 1, v->prompt, ui_attr(u, S_TITLE), mark, ui_attr(u, S_PACER));
	/* In a hold, the rows of its longest prompt are kept for it (blank
	 * until it comes), so that the words below do not move when it does;
	 * on a small screen they are the first to go after the blank rows,
	 * but for the one row a prompt takes at its least, kept as the prompt
	 * keeps it: the big digits chosen at the hold's start are not lost when
	 * it comes (at 50x14 they had gone to one line at the first prompt). */
	bool keep_one = !now_rows && LINES > UI_MIN_ROWS; /* at the least size the digits are small anyway */
	if (st == ST_HOLD && most > now_rows)
		layout_add(&l, keep_one ? 4 : 8, most - now_rows, keep_one);
	/* What another moment of the step may add (the pacer and the prompts,
	 * the too-hard advice) is kept free on a tall screen: the step comes
	 * down as far in every state, and nothing jumps. */
	l.lower_keep = st == ST_HOLD ? 0 : 3 + most;
	if (!v->too_hard)
		l.lower_keep += layout_text_rows(advice_too_hard(v->kid), "Too hard? ");
	if (v->item) {
		/* Getting into position, or paused (to read it again), how
		 * matters more than big digits; in the hold, the clock and the
		 * breath come first, but for its first line: a short one went
		 * whole, with big digits in its place. */
		layout_text(&l, v->too_hard ? 6 : st == ST_HOLD && v->state != ST_PAUSED ? 5 : 3,
			    v->too_hard ? MAX_LINES : 1, v->item->step->instruction, A_NORMAL, NULL, 0);
		/* Where not to roll is never cut short: it goes whole or not at
		 * all (after the instruction), and before the clock when the
		 * advice asked for needs its rows. */
		layout_text(&l, v->too_hard ? 5 : 2, MAX_LINES, v->item->step->avoid, A_NORMAL, "Take care: ",
			    ui_attr(u, S_WARN));
	}
	int notes_at = l.n;
	struct ui_block *b = layout_text(&l, 7, 0, next_line, ui_attr(u, S_DIM), NULL, 0);
	if (b)
		b->bottom = true;
	layout_ticking(&l, 6, 1, 0, draw_session_bar, true);
	add_status(u, &l, status, sizeof status);
	bool muted = u->cues && cues_muted(u->cues);
	const char *legend[STEP_LEGEND_N];
	step_legend(legend, v, st, muted);
	layout_legend(&l, legend);
	char *tools = NULL;
	if (st == ST_PREP && p && plan_starts_routine(p, v->item_index))
		tools = add_routine_notes(u, &l, notes_at, v->item->routine_index, more, sizeof more);
	layout_draw(u, v, &l, LINES);
	free(tools);
	free(name);
	free(next);
	free(next_line);
	layout_free(&l);
}

/* --- brief and done --- */


static const char *const brief_legend[] = {
	"Enter", "start", "?", "help", "q", "quit", NULL,
};
static const char *const brief_scroll_legend[] = { /* at 40 columns, up to "quit" */
	"Enter", "start", "?", "help", "q", "quit", "j/k", "scroll", NULL,
};
/* The picker's brief: q goes back to it. */
static const char *const brief_back_legend[] = {
	"Enter", "start", "?", "help", "q", "back", NULL,
};
static const char *const brief_back_scroll_legend[] = {
	"Enter", "start", "?", "help", "q", "back", "j/k", "scroll", NULL,
};
/* More below: Enter shows it, and begins only once all has been shown. */
static const char *const brief_more_legend[] = {
	"Enter", "more", "?", "help", "q", "quit", "j/k", "scroll", NULL,
};
static const char *const brief_back_more_legend[] = {
	"Enter", "more", "?", "help", "q", "back", "j/k", "scroll", NULL,
};
static const char brief_begin[] = "Press Enter to begin", brief_more[] = "Press Enter for more";
/* After a key that does nothing there (s for "start"): how to stop too. */
static const char brief_begin_hint[] = "Press Enter to begin; x is STOP",
		  brief_more_hint[] = "Press Enter for more; x is STOP";
/* The summary's, the same way: Enter shows what is below before it closes. */
static const char done_close[] = "q to close", done_more[] = "Enter for more, q to close";

static int full_rows(const struct layout *l, int from, int to)
{
	int h = 0;
	for (int i = from; i < to; i++)
		h += l->b[i].full_h;
	return h;
}

/* The rows blocks [from, to) take at their least (fit_layout's sizes). */
static int least_rows(const struct layout *l, int from, int to)
{
	int h = 0;
	for (int i = from; i < to; i++)
		h += l->b[i].prio > 0 ? l->b[i].min_h : l->b[i].full_h;
	return h;
}

/* Remembers where line top of the brief's blocks [from, to) is: which
 * block, and how far into it. */
static void anchor_top(struct ui *u, const struct layout *l, int from, int to, int top)
{
	int line = 0;
	for (int i = from; i < to; i++) {
		int h = l->b[i].full_h;
		if (top < line + h || i == to - 1) {
			int per = h ? h : 1;
			u->scroll_block = i - from;
			/* Per mille, as it rewraps; rounded up, so that at the
			 * same width it comes back to the same line. */
			u->scroll_line = ((top - line) * 1000 + per - 1) / per;
			break;
		}
		line += h;
	}
	u->scroll_cols = COLS;
}

/* The line the remembered block and place in it start at now. */
static int anchored_top(const struct ui *u, const struct layout *l, int from, int to)
{
	int i = from + u->scroll_block;
	if (i >= to)
		return u->scroll_top;
	return full_rows(l, from, i) + u->scroll_line * l->b[i].full_h / 1000;
}

/* A brief too long for the screen (a preset of four routines at 80x24), or
 * a summary (a preset's aftercare at 40x12), scrolls rather than cut text
 * short: blocks [from, to) of l move under a fixed top and bottom, whose
 * last block, the legend, becomes legend, or more while there is more
 * below (the brief's "Press Enter to begin" then says "for more"). False
 * when even the fixed parts leave no room; the blocks then shrink as on
 * any screen. */
static bool draw_scrolled(struct ui *u, const struct view *v, struct layout *l, int from, int to,
			  const char *const *legend, const char *const *more)
{
	int content = full_rows(l, from, to);
	int fixed = full_rows(l, 0, from) + full_rows(l, to, l->n) + 1; /* + where we are */
	if (content + fixed - 1 <= LINES)
		return false;
	/* On a small screen the blank rows and the sound line give way to the
	 * text (fit_layout drops them): six rows to read are worth more. */
	int region = LINES - fixed, room = LINES - least_rows(l, 0, from) - least_rows(l, to, l->n) - 1;
	if (region < 6)
		region = room < 6 ? room : 6;
	if (region < 3)
		return false;
	if (region > content) /* all of it shows: nothing to scroll, nor to say */
		region = content;
	bool scrolls = region < content;
	bool moved = u->scroll_moved || !u->scroll_cols;
	int top = moved ? u->scroll_top : anchored_top(u, l, from, to);
	top = top > content - region ? content - region : top < 0 ? 0 : top;
	if (moved)
		anchor_top(u, l, from, to, top);
	u->scroll_moved = false;
	u->scroll_top = top;
	/* a page keeps its last row on the next, to read on from, but for
	 * a region of three or less: two rows a page took eight Enters
	 * through after-run's summary at 40x12 */
	u->scroll_page = !scrolls ? 0 : region > 3 ? region - 1 : region;
	struct layout s = { 0 };
	for (int i = 0; i < from; i++)
		*layout_add(&s, 0, 0, 0) = l->b[i];
	layout_add(&s, 0, region, region); /* the routines, drawn below */
	char where[96];
	bool below = top + region < content;
	u->unread_above = false;
	if (v->state == ST_BRIEF) { /* End or G must not skip safety notes unread */
		int seen = (int)((long long)u->brief_seen_ppm * content / 1000000);
		int run_from = (int)((long long)u->run_from_ppm * content / 1000000);
		int run_to = (int)(((long long)u->run_to_ppm * content + 999999) / 1000000);
		if (top <= run_to && top + region >= run_from) { /* the same run, moved on */
			run_from = top < run_from ? top : run_from;
			run_to = top + region > run_to ? top + region : run_to;
		} else {
			run_from = top, run_to = top + region;
		}
		if (run_from <= seen && run_to > seen)
			seen = run_to; /* read on from where it had been read to, or back up to it */
		/* each kept so that reading it back gives the same row: the
		 * start rounded up, the end down (the start rounded down had
		 * crept up a row a redraw, and marked unread notes read) */
		u->run_from_ppm = (int)(((long long)run_from * 1000000 + content - 1) / content);
		u->run_to_ppm = (int)((long long)run_to * 1000000 / content);
		/* rounded up: read back, it is seen again, not a row less */
		u->brief_seen_ppm = seen >= content ? 1000000 :
				    (int)(((long long)seen * 1000000 + content - 1) / content);
		u->unread_above = seen < top;
		u->unread_top = seen > 0 ? seen - 1 : 0; /* a row of what was read above it */
	}
	/* Enter shows it; but a brief read to its end begins, made smaller
	 * after (a phone's keyboard, brought up to press Enter) */
	bool read = v->state == ST_BRIEF && u->brief_seen_ppm >= 1000000;
	u->more_below = (below && !read) || u->unread_above;
	snprintf(where, sizeof where, "Lines %d-%d of %d%s", top + 1, top + region, content,
		 below ? ", more below" : u->unread_above ? ", unread above" : "");
	if (scrolls)
		layout_text(&s, 0, 1, where, ui_attr(u, S_DIM), NULL, 0);
	for (int i = to; i < l->n; i++) {
		struct ui_block *b = layout_add(&s, 0, 0, 0);
		*b = l->b[i];
		if (u->more_below && (b->text == brief_begin || b->text == brief_begin_hint))
			b->text = b->text == brief_begin ? brief_more : brief_more_hint; /* as long: its rows stand */
		if (u->more_below && b->text == done_close)
			b->text = done_more; /* one row, as it */
	}
	if (scrolls && s.b[s.n - 1].draw == layout_draw_legend) /* the legend is last */
		s.b[s.n - 1].text = (const char *)(u->more_below ? more : legend);
	layout_draw(u, v, &s, LINES);
	int y = 0, line = 0; /* below the top as fitted: blank rows may have gone */
	for (int i = 0; i < from; i++)
		y += s.b[i].bottom ? 0 : s.b[i].h;
	layout_free(&s);
	for (int i = from; i < to; i++) {
		const struct ui_block *b = &l->b[i];
		int first = top > line ? top - line : 0;
		int last = top + region - line < b->full_h ? top + region - line : b->full_h;
		if (first < last)
			layout_draw_lines(u, b, y + line + first - top, first, last - first, false);
		line += b->full_h;
	}
	return true;
}

static void draw_whole_or_scrolled(struct ui *u, const struct view *v, struct layout *l, int from,
				   int to, const char *const *legend, const char *const *more)
{
	if (!draw_scrolled(u, v, l, from, to, legend, more)) {
		u->scroll_top = u->scroll_cols = 0; /* it fits: from the top when it no longer does */
		if (v->state == ST_BRIEF)
			u->brief_seen_ppm = 1000000; /* all of it on the screen */
		layout_draw(u, v, l, LINES);
	}
}

static void draw_brief(struct ui *u, const struct view *v)
{
	struct layout l = { 0 };
	struct pool pool = { 0 };
	const struct plan *p = u->plan;
	char total[32], right[64], status[256];
	duration_format(v->total_ms, total, sizeof total);
	snprintf(right, sizeof right, "%zu hold%s, %s", v->n_items, v->n_items == 1 ? "" : "s", total);
	char title[256];
	ui_header(u, session_title(p, title, sizeof title), right);
	layout_add(&l, 0, 1, 1);
	int from = l.n;
	if (p && p->kid) { /* first: what follows was written for adults */
		layout_space(&l, false);
		layout_text(&l, 3, 1, "Kid mode: light pressure, short holds.", ui_attr(u, S_KEY),
			    NULL, 0);
	}
	char preview[64] = "";
	if (p)
		plan_preview_note(p, preview, sizeof preview);
	if (*preview) {
		layout_space(&l, false);
		layout_text(&l, 3, 1, preview, ui_attr(u, S_DIM), NULL, 0);
	}
	if (p && p->summary) { /* a preset's */
		layout_space(&l, false);
		layout_text(&l, 5, 0, p->summary, A_NORMAL, NULL, 0);
	}
	if (p && p->left_out) {
		layout_space(&l, false);
		layout_text(&l, 3, 1, p->left_out, ui_attr(u, S_WARN), NULL, 0);
	}
	if (p && p->warning) {
		layout_space(&l, false);
		layout_text(&l, 3, 1, pool_keep(&pool, xasprintf("Warning: %s.", p->warning)),
			    ui_attr(u, S_WARN), NULL, 0);
	}
	for (size_t i = 0; p && i < p->n_routines; i++) {
		const struct routine *r = p->routines[i];
		char t[32];
		duration_format(plan_routine_ms(p, i), t, sizeof t);
		layout_space(&l, false);
		layout_text(&l, 0, 1, pool_keep(&pool, xasprintf("%s%s%s%s%s", r->title, ui_dash(u), r->area,
							  ui_dash(u), t)),
			 ui_attr(u, S_TITLE), NULL, 0);
		if (plan_not_for_kids(p, i))
			layout_text(&l, 3, 1, PLAN_NOT_FOR_KIDS, ui_attr(u, S_WARN), NULL, 0);
		layout_text(&l, 5, 0, r->summary, A_NORMAL, NULL, 0);
		if (r->equipment.n)
			layout_text(&l, 4, 1, pool_keep(&pool, strlist_join(&r->equipment)), A_NORMAL,
				    "Equipment: ", ui_attr(u, S_KEY));
		for (size_t j = 0; j < r->safety.n; j++)
			if (plan_advice_is_new(p, i, ADVICE_SAFETY, r->safety.v[j], NULL))
				layout_text(&l, 3, 1, r->safety.v[j], A_NORMAL, ui_bullet(u),
					    ui_attr(u, S_WARN));
	}
	/* What loading said, after the safety notes: a page of notes on
	 * files of yours must not push those below the fold. */
	for (const char *n = p ? p->load_said : NULL; n && *n; n += strcspn(n, "\n"), n += *n == '\n') {
		const char *line = n;
		if (!strncmp(line, PLAN_LOAD_NOTE, strlen(PLAN_LOAD_NOTE)))
			line += strlen(PLAN_LOAD_NOTE);
		else if (!strncmp(line, "unknot: ", strlen("unknot: ")))
			line += strlen("unknot: "); /* a routine sent again: a note too, on the screen */
		layout_space(&l, false);
		layout_text(&l, 3, 1, pool_keep(&pool, xasprintf("%s%.*s", line == n ? "" : "Note: ",
							 (int)strcspn(line, "\n"), line)),
			 ui_attr(u, S_WARN), NULL, 0);
	}
	int to = l.n;
	layout_space(&l, false);
	char rule[128];
	snprintf(rule, sizeof rule, "%s: press x.", advice_stop_rule(p && p->kid));
	layout_text(&l, 0, 1, rule, ui_attr(u, S_WARN), NULL, 0); /* whole, down to "press x" */
	layout_space(&l, false);
	struct ui_block *b = layout_text(&l, 0, 1, u->stop_hint ? brief_begin_hint : brief_begin,
					 ui_attr(u, S_TITLE) | A_BOLD | (u->stop_hint ? A_REVERSE : 0), NULL, 0);
	if (b)
		b->center = true;
	add_status(u, &l, status, sizeof status);
	bool back = p && p->picked;
	layout_legend(&l, back ? brief_back_legend : brief_legend);
	draw_whole_or_scrolled(u, v, &l, from, to, back ? brief_back_scroll_legend : brief_scroll_legend,
			       back ? brief_back_more_legend : brief_more_legend);
	pool_free(&pool);
	layout_free(&l);
}

static const char *const done_legend[] = { "q", "close", NULL };
static const char *const done_scroll_legend[] = { "j/k", "scroll", "q", "close", NULL };
static const char *const done_more_legend[] = { "Enter", "more", "q", "close", "j/k", "scroll", NULL };

static void draw_done(struct ui *u, const struct view *v)
{
	struct layout l = { 0 };
	struct pool pool = { 0 };
	char done[80];
	duration_format_done_of(v->done_ms, v->planned_ms, done, sizeof done);
	bool quit = !v->completed; /* quit, or skipped to the end */
	char name[256];
	ui_header(u, session_title(u->plan, name, sizeof name), quit ? "ended" : "done");
	layout_add(&l, 0, 1, 1);
	layout_space(&l, false);
	/* Praise is for a session done; "Holds: 2 of 6" tells the skips. */
	const char *title = quit			    ? "Ended early."
			    : v->holds_done < v->n_items ? "Done."
			    : v->kid			    ? "Great job!"
							    : "Well done.";
	struct ui_block *b = layout_text(&l, 0, 1, title, ui_attr(u, S_TITLE), NULL, 0);
	if (b)
		b->center = true;
	char preview[64] = "";
	if (u->plan)
		plan_preview_note(u->plan, preview, sizeof preview);
	b = layout_text(&l, 3, 1, preview, ui_attr(u, S_DIM), NULL, 0);
	if (b)
		b->center = true;
	layout_space(&l, false);
	layout_text(&l, 0, 1, pool_keep(&pool, xasprintf("Time: %s", done)), A_NORMAL,
		    NULL, 0);
	layout_text(&l, 0, 1, pool_keep(&pool, v->holds_done < v->n_items ?
					xasprintf("Holds: %zu of %zu", v->holds_done, v->n_items) :
					xasprintf("Holds: %zu", v->n_items)), A_NORMAL, NULL, 0);
	/* Every hold skipped: nothing was rolled, so nothing to ease off; nor
	 * to look after in a routine skipped through, below. */
	if (v->holds_done > 0)
		layout_text(&l, 2, 1, pool_keep(&pool, xasprintf("Too hard: %d time%s", v->too_hard_count,
							   v->too_hard_count == 1 ? "" : "s")),
			 A_NORMAL, NULL, 0);
	const struct plan *p = u->plan;
	bool any = false;
	int from = l.n;
	for (size_t i = 0; p && i < p->n_routines; i++) {
		const struct strlist *al = &p->routines[i]->aftercare;
		for (size_t j = 0; j < al->n; j++) {
			if (!session_aftercare_is_new(v, p, i, al->v[j]))
				continue;
			if (!any) {
				layout_space(&l, false);
				layout_text(&l, 3, 1, "Aftercare:", ui_attr(u, S_KEY), NULL, 0);
				any = true;
			}
			layout_text(&l, 4, 1, al->v[j], A_NORMAL, ui_bullet(u), ui_attr(u, S_PACER));
		}
	}
	int to = l.n;
	layout_space(&l, false);
	b = layout_text(&l, 0, 1, done_close, ui_attr(u, S_TITLE), NULL, 0);
	if (b)
		b->center = true;
	layout_legend(&l, done_legend);
	draw_whole_or_scrolled(u, v, &l, from, to, done_scroll_legend, done_more_legend);
	pool_free(&pool);
	layout_free(&l);
}

/* --- stop --- */

static void draw_big_stop(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	attr_t a = ui_attr(u, S_STOP);
	int scale = scale_for(b, "STOP");
	if (scale) {
		/* The screen's background would be merged into each block: in
		 * reverse video (no colour, no UTF-8), blocks and background
		 * would be one. */
		bkgdset(' ');
		ui_big(u, y, (COLS - ui_big_width("STOP", scale)) / 2, "STOP", scale, a);
		bkgdset(' ' | a);
	} else {
		/* one row: with what was said, when answered (the row of its
		 * own is the first to give way to the advice) */
		char *row = b->text ? xasprintf("STOP: %s", b->text) : NULL;
		ui_center(u, y, row ? row : "STOP", a | A_BOLD);
		u->frame.stop_said = row != NULL;
		free(row);
	}
}

/* "You said: …", unless the one-row STOP above said it. */
static void draw_stop_said(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	if (!u->frame.stop_said)
		ui_center(u, y, b->text, ui_attr(u, S_STOP) | A_BOLD);
}

/* The line of the keys that answer or close, in the screen's own red; after
 * a key that does nothing, in the terminal's colours, apart from all the
 * red (the background's reverse would be added to any attribute). */
static void put_stop_keys(struct ui *u, int y, int x, int w, const char *text, bool center)
{
	attr_t a = ui_attr(u, S_STOP);
	if (u->stop_hint)
		bkgdset(' ');
	attr_t shown = u->stop_hint ? A_BOLD : a | A_BOLD;
	if (center)
		ui_center(u, y, text, shown);
	else
		ui_put_fit(u, y, x, w, text, shown);
	bkgdset(' ' | a);
}

static void draw_stop_keys(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	(void)v;
	put_stop_keys(u, y, 0, COLS, b->text, true);
}

static const char *const stop_ask_legend[] = {
	"1", "numb", "2", "sharp", "3", "other", "q", "close", NULL,
};
/* Answered: another number changes it (a slip of the finger). */
static const char *const stop_said_legend[] = { "q", "close", "1-3", "change the answer", NULL };
static const char *const stop_said_legend_kid[] = { "q", "close", NULL }; /* a kid's answer stays */
static const char *const stop_ask_legend_kid[] = { /* the answers' own words */
	"1", "tingly", "2", "hurts", "3", "other", "q", "close", NULL,
};

/* Below the least size the stop screen still shows, as lines from the
 * top: STOP, then the question's answers (each on its row, cut rather
 * than lost), or what was said and the advice, broken between words, as
 * far as they go; the last row says how to close. */
static void draw_stop_small(struct ui *u, bool kid, enum symptom sy, bool any_area, attr_t a)
{
	int y = 0, last = LINES - 1;
	ui_center(u, y++, "STOP", a | A_BOLD);
	if (sy != SYMPTOM_UNKNOWN && y < last) { /* what went into the history */
		char *said = xasprintf("You said: %s.", advice_symptom_label(sy, kid));
		ui_put_fit(u, y++, 1, COLS - 2, said, a | A_BOLD);
		free(said);
	}
	if (sy == SYMPTOM_UNKNOWN) {
		for (int k = 1; k <= 3 && y < last; k++) {
			char *o = xasprintf("%d %s", k, advice_symptom_label((enum symptom)k, kid));
			ui_put_fit(u, y++, 1, COLS - 2, o, a);
			free(o);
		}
	}
	const char *const *adv = advice_stop(sy, kid, any_area);
	for (; *adv && y < last; adv++) {
		struct span sp[16];
		int n = text_wrap(*adv, COLS - 2, sp, 16);
		for (int i = 0; i < n && i < 16 && y < last; i++) {
			/* cut where the rows end: said so, not a sentence that
			 * seems whole ("try lighter pressure" without "beside
			 * the spot, never on it") */
			bool more = y + 1 == last && (i + 1 < n || adv[1]);
			int len = sp[i].len;
			if (more && ui_width(sp[i].s, len) + 1 > COLS - 2) {
				char *tmp = xstrndup(sp[i].s, (size_t)len);
				bool cut;
				len = ui_fit(tmp, COLS - 3, &cut);
				free(tmp);
			}
			ui_put(u, y++, 1, sp[i].s, len, a);
			if (more)
				ui_ellipsis(u, y - 1, 1 + ui_width(sp[i].s, len), a);
		}
	}
	if (y <= last)
		put_stop_keys(u, last, 1, COLS - 2, sy == SYMPTOM_UNKNOWN ? "1-3, q closes" : "q closes, 1-3 change",
			      false);
}

void ui_draw_stop(struct ui *u, bool kid, enum symptom sy, const char *during, bool any_area)
{
	struct layout l = { 0 };
	struct pool pool = { 0 };
	attr_t a = ui_attr(u, S_STOP);
	bkgdset(' ' | a);
	erase();
	if (ui_too_small()) {
		draw_stop_small(u, kid, sy, any_area, a);
		bkgdset(' ');
		return;
	}
	layout_space(&l, false);
	add_big(&l, 4, draw_big_stop, false);
	if (sy != SYMPTOM_UNKNOWN && l.n)
		l.b[l.n - 1].text = advice_symptom_label(sy, kid);
	u->frame.stop_said = false;
	layout_space(&l, false);
	layout_text(&l, 5, 0, during, a, NULL, 0);
	const char *const *adv = advice_stop(sy, kid, any_area);
	if (sy == SYMPTOM_UNKNOWN) {
		layout_text(&l, 0, 1, adv[0], a | A_BOLD, NULL, 0);
		layout_space(&l, false);
		layout_text(&l, 0, 1, advice_stop_question(kid), a | A_BOLD, NULL, 0);
		int ow = 0;
		for (int k = 1; k <= 3; k++) {
			const char *lab = advice_symptom_label((enum symptom)k, kid);
			int w = ui_width(lab, (int)strlen(lab)) + 3;
			ow = w > ow ? w : ow;
		}
		for (int k = 1; k <= 3; k++) {
			struct ui_block *o = layout_text(&l, 0, 1, pool_keep(&pool, xasprintf("%d  %s", k,
				 advice_symptom_label((enum symptom)k, kid))), a, NULL, 0);
			if (o)
				o->x = ow < COLS ? (COLS - ow) / 2 : MARGIN;
		}
		layout_space(&l, false);
		/* after a key that does nothing (4, w, Enter), shown up, and
		 * kept before what is said of where it was (the big STOP kept:
		 * at 40x12 it had gone to one line and back) */
		struct ui_block *k = layout_custom(&l, u->stop_hint ? 5 : 6, 1, !!u->stop_hint, draw_stop_keys);
		if (k)
			k->text = "Press 1, 2 or 3. q closes.";
	} else {
		/* The advice is what must show: what was said and "q to close"
		 * (the legend says it too) give way to it. */
		struct ui_block *said = layout_custom(&l, 3, 1, 0, draw_stop_said);
		if (said)
			said->text = pool_keep(&pool, xasprintf("You said: %s.", advice_symptom_label(sy, kid)));
		layout_space(&l, false);
		for (; *adv; adv++)
			layout_text(&l, 1, 1, *adv, a, ui_bullet(u), a | A_BOLD);
		layout_space(&l, false);
		struct ui_block *k = layout_custom(&l, 2, 1, !!u->stop_hint, draw_stop_keys);
		if (k)
			k->text = "q to close";
	}
	/* the layout's blocks take a->text as it comes; centre the lot */
	for (int i = 0; i < l.n; i++)
		if (!l.b[i].draw && !l.b[i].prefix && !l.b[i].x)
			l.b[i].center = true;
	layout_draw(u, NULL, &l, LINES - 1);
	bkgdset(' ');
	move(LINES - 1, 0); /* the legend's row as on every screen, not patches on red */
	clrtoeol();
	ui_legend(u, sy != SYMPTOM_UNKNOWN ? kid ? stop_said_legend_kid : stop_said_legend :
		  kid ? stop_ask_legend_kid : stop_ask_legend, false);
	pool_free(&pool);
	layout_free(&l);
}

/* --- the entry point --- */

static void set_title(struct ui *u, const struct view *v)
{
	char buf[160], clock[16];
	duration_clock(v->left_ms, clock, sizeof clock);
	switch (v->state) {
	case ST_PREP: case ST_HOLD: case ST_SWITCH: {
		/* 60 columns of whole characters, and no more bytes than leave
		 * room for "unknot" (accents as combining marks take 3 bytes a
		 * column): a long title never cuts a character or pushes it out. */
		const char *t = v->item ? v->item->step->title : "";
		int tn = text_prefix_fitting(t, (int)strlen(t), 60);
		int room = (int)(sizeof buf - strlen(clock) - strlen(ui_dash(u)) - sizeof "unknot" - 1);
		if (tn > room)
			for (tn = room; tn > 0 && ((unsigned char)t[tn] & 0xC0) == 0x80; tn--)
				;
		snprintf(buf, sizeof buf, "%s %.*s%sunknot", clock, tn, t, ui_dash(u));
		break;
	}
	case ST_PAUSED: snprintf(buf, sizeof buf, "paused %s%sunknot", clock, ui_dash(u)); break;
	case ST_STOP: snprintf(buf, sizeof buf, "STOP%sunknot", ui_dash(u)); break;
	case ST_DONE: snprintf(buf, sizeof buf, "done%sunknot", ui_dash(u)); break;
	default: snprintf(buf, sizeof buf, "unknot"); break;
	}
	ui_set_title(u, buf);
}

static uint64_t fnv1a(const char *s)
{
	uint64_t h = 14695981039346656037u;
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The phase, as the too-small screen says it beside the time. */
static const char *too_small_what(const struct view *v)
{
	switch (v->state) {
	case ST_PAUSED: return v->kid ? "paused, space goes on" : "paused, space resumes"; /* the only key shown */
	case ST_HOLD: return "hold";
	case ST_SWITCH: return "switch sides";
	case ST_PREP: return "get into position";
	default: return NULL;
	}
}

static void frame_key_of(const struct ui *u, const struct view *v, struct ui_frame_key *k)
{
	*k = (struct ui_frame_key){
		.state = v->state, .paused_from = v->paused_from,
		.item = v->item, .next = v->next,
		.item_index = v->item_index, .n_items = v->n_items,
		.prompt = v->prompt, .too_hard = v->too_hard, .kid = v->kid, .at_kid_cap = v->at_kid_cap, .at_most_ms = v->at_most_ms,
		.at_floor = v->at_floor,
		.breathing = v->breathing, .muted = u->cues && cues_muted(u->cues),
		.sound_said = u->sound_said, .stop_hint = u->stop_hint,
		.cols = COLS, .lines = LINES,
		.status_hash = fnv1a(u->cues ? cues_status(u->cues) : NULL),
	};
}

static bool same_frame(const struct ui_frame_key *a, const struct ui_frame_key *b)
{
	return a->state == b->state && a->paused_from == b->paused_from &&
	       a->item == b->item && a->next == b->next && a->item_index == b->item_index &&
	       a->n_items == b->n_items && a->prompt == b->prompt &&
	       a->too_hard == b->too_hard && a->kid == b->kid && a->breathing == b->breathing &&
	       a->at_kid_cap == b->at_kid_cap && a->at_floor == b->at_floor &&
	       a->at_most_ms == b->at_most_ms &&
	       a->muted == b->muted && a->sound_said == b->sound_said && a->stop_hint == b->stop_hint &&
	       a->cols == b->cols && a->lines == b->lines &&
	       a->status_hash == b->status_hash;
}

/* Time passed and nothing else changed: redraws only the blocks that show
 * time. Returns false when the whole screen must be drawn. */
static bool draw_tick(struct ui *u, const struct view *v, const struct ui_frame_key *k)
{
	struct ui_frame *f = &u->frame;
	if (!f->valid || u->help || !same_frame(k, &f->key))
		return false;
	for (int i = 0; i < f->n_tick; i++) {
		for (int r = 0; r < f->tick[i].h; r++) {
			move(f->tick_y[i] + r, 0);
			clrtoeol();
		}
		f->tick[i].draw(u, v, &f->tick[i], f->tick_y[i]);
	}
	return true;
}

void ui_frame_forget(struct ui *u)
{
	u->frame.valid = false;
}

/* Where the stop came, in words; NULL before any step. While changing
 * sides, or getting into position for the next step, what is felt most
 * likely comes from the side just held: that is named, not only the one
 * the session had gone on to. Caller frees. */
static char *stop_during(struct ui *u, const struct view *v)
{
	bool between;
	const struct plan_item *it = session_stop_item(u->plan, v, &between);
	if (!it)
		return NULL;
	char *name = item_name(u, it, false), *s;
	if (between && v->stopped_in == ST_PREP) {
		char *next = item_name(u, v->item, false);
		s = xasprintf("Getting into position for %s, after %s (%s)", next, name,
			      it->routine->title);
		free(next);
	} else {
		s = xasprintf("%s: %s (%s)", between ? "After" : "During", name, it->routine->title);
	}
	free(name);
	return s;
}

void ui_draw_view(struct ui *u, const struct view *v)
{
	u->last_view = *v;
	/* m pressed a moment ago: read once, for the frame's key and its words */
	u->sound_said = u->sound_at && u->cues && ui_now_ms() - u->sound_at < SOUND_SAID_MS;
	u->stop_hint = u->stop_hint_at && ui_now_ms() - u->stop_hint_at < SOUND_SAID_MS;
	struct ui_frame_key key;
	frame_key_of(u, v, &key);
	if (draw_tick(u, v, &key)) {
		ui_show(u);
		set_title(u, v);
		return;
	}
	u->frame.valid = false;
	u->scroll_page = 0; /* until a brief or summary is drawn scrolled */
	u->more_below = false;
	/* Keys typed before a brief showed (Enter twice at the shell, or held
	 * in the picker) are not an answer to it: it would begin unread. */
	if (v->state == ST_BRIEF && !u->brief_drawn) {
		flushinp();
		u->brief_shown_at = ui_now_ms();
		u->brief_seen_ppm = u->run_from_ppm = u->run_to_ppm = 0;
	}
	u->brief_drawn = v->state == ST_BRIEF;
	int screen = v->state == ST_QUIT ? ST_DONE : (int)v->state;
	if (screen != u->scroll_screen) { /* the summary's text starts at its top */
		if (screen == ST_DONE)
			u->summary_shown_at = ui_now_ms();
		u->scroll_screen = screen;
		u->scroll_top = u->scroll_cols = 0;
		u->scroll_moved = false;
	}
	erase();
	bool active = v->state == ST_PREP || v->state == ST_HOLD || v->state == ST_SWITCH ||
		      v->state == ST_PAUSED;
	char clock[16];
	duration_clock(v->left_ms, clock, sizeof clock);
	char *during = v->state == ST_STOP ? stop_during(u, v) : NULL;
	if (v->state == ST_STOP)
		ui_draw_stop(u, v->kid, v->symptom, during, v->stop_any_area);
	else if (ui_too_small())
		ui_draw_too_small(u, active ? clock : NULL, too_small_what(v));
	else if (v->state == ST_BRIEF)
		draw_brief(u, v);
	else if (v->state == ST_DONE || v->state == ST_QUIT)
		draw_done(u, v);
	else {
		draw_step(u, v);
		u->frame.key = key;
		u->frame.valid = !u->help; /* the help box covers it */
	}
	if (u->help && v->state != ST_STOP && !ui_too_small()) /* over "x STOP" and the time */
		ui_draw_help(u, false, v->kid);
	free(during);
	ui_show(u);
	set_title(u, v);
}
