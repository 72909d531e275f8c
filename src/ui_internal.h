/* Shared between the ui files only. */
#ifndef UNKNOT_UI_INTERNAL_H
#define UNKNOT_UI_INTERNAL_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "signals.h"
#include "text.h"
#include "ui.h"

#include <curses.h>

#define UI_MIN_COLS 40
#define UI_MIN_ROWS 12
#define UI_BIG_ROWS 5

/* Colour pairs; without colours every one falls back to an attribute. */
enum ui_style {
	S_NORMAL, S_HEADER, S_STOP, S_BAR, S_PACER, S_WARN, S_KEY, S_DIM, S_TITLE,
	S_BIG, S_STOPKEY, S_SELECT, S_COUNT
};

/* What the step screen shows apart from the time. While it stays the same,
 * a tick redraws only the blocks that show time (the clock, the bars, the
 * pacer), not the whole screen. */
struct ui_frame_key {
	enum session_state state, paused_from;
	const struct plan_item *item, *next;
	size_t item_index, n_items;
	const char *prompt;
	bool too_hard, kid, breathing, muted, at_kid_cap, at_floor;
	bool sound_said; /* the state line says m's "sound off" or "sound on" */
	bool stop_hint;  /* ...or, after a key that does nothing, that x stops */
	int64_t at_most_ms;
	int cols, lines;
	uint64_t status_hash; /* of the sound status line (FNV-1a), any length */
};

#define UI_MAX_TICK_BLOCKS 8

/* A block of the screen layout (ui_screens.c). */
struct ui_block;
typedef void ui_draw_fn(struct ui *u, const struct view *v, const struct ui_block *b, int y);
struct ui_block {
	int prio;  /* 0: always shown; the highest number shrinks first */
	int h, min_h, full_h; /* shown, least, wanted */
	bool bottom; /* pinned to the bottom of the screen */
	bool ticks;  /* shows time: redrawn on every tick */
	ui_draw_fn *draw; /* NULL: wrapped text */
	const char *text, *prefix;
	attr_t attr, prefix_attr;
	bool center;
	int x; /* left column when not centred; 0: the margin */
};

/* The last full step screen, as far as a tick needs it. */
struct ui_frame {
	bool valid; /* stdscr still holds it: nothing else has drawn since */
	struct ui_frame_key key;
	struct ui_block tick[UI_MAX_TICK_BLOCKS];
	int tick_y[UI_MAX_TICK_BLOCKS], n_tick;
	bool stop_said; /* the stop's one-row STOP said the answer: not again below */
};

struct ui {
	SCREEN *scr;
	struct sigaction saved_sa[SIGNALS_N]; /* before ncurses took them */
	FILE *in, *out;
	bool own_tty;  /* in/out are /dev/tty, opened by us */
	bool active;   /* curses is on (not after endwin) */
	bool keypad_on; /* keypad(): set after the first screen (ui_show) */
	int esc;        /* where a key sequence split in its travel has got to */
	bool color, utf8;
	int title_kind; /* 0: none, 1: tsl/fsl, 2: OSC 0 */
	bool title_stack; /* the terminal keeps titles on a stack (xterm, tmux) */
	bool title_saved; /* the terminal's title is on it */
	char title[160];
	const struct plan *plan;
	struct cues *cues;
	bool help;     /* the help overlay is up */
	bool help_paused; /* it paused the session, and closing it resumes */
	/* A brief or summary too long for the screen (scroll_screen: ST_BRIEF
	 * or ST_DONE): its first line shown, a page (0 when the last frame did
	 * not scroll it), and where that line is, as the block from the top and
	 * the line in it, at scroll_cols columns: a resize rewraps the text, and
	 * the same words stay at the top. That place moves only when the reader
	 * scrolls (scroll_moved), not when a taller screen pulls the top up to
	 * stay full. */
	int scroll_screen;
	int scroll_top, scroll_page;
	int scroll_block, scroll_line, scroll_cols;
	bool scroll_moved;
	bool more_below;  /* the brief or summary drawn has more below, or unread above */
	/* How much of the brief has been on the screen from its top on, in
	 * millionths (a resize rewraps it); unread rows above the page (End
	 * passed them), and where Enter turns to for them. */
	int brief_seen_ppm;
	int run_from_ppm, run_to_ppm; /* the rows read in one run since, as a page
				       * moved (k from the end up): joined to the
				       * first when it reaches them */
	bool unread_above;
	int unread_top;
	bool brief_drawn; /* the last frame was this session's brief */
	int sig;       /* signal seen by ui_wait_key */
	int64_t paste_until; /* keys read before then are a paste's (ui_fe_read_keys) */
	/* An Enter on the brief this close behind it showing (a page, or the
	 * first) or behind the Enter before it is not one to begin on: times
	 * in ms, CLOCK_MONOTONIC (ui_now_ms) */
	int64_t brief_shown_at, enter_at;
	int64_t summary_shown_at; /* the same for the summary: closed unread */
	wint_t repeat_ch;  /* the last n, p, space, h, b, +, - or m read, and when it came: */
	int64_t repeat_at; /* one held down is one press */
	int64_t press_at;  /* when the last of them was taken as a press */
	int64_t sound_at;      /* when m last turned the sound (ms, ui_now_ms; 0: never) */
	bool sound_said;       /* this frame says so (within SOUND_SAID_MS of it) */
	int64_t stop_hint_at;  /* when a key that does nothing was pressed in a session or brief */
	int64_t key_at;        /* when the last key was read: a digit close behind it was mashed */
	bool key_stopped;      /* ...and it was the STOP key (x1 typed at once answers) */
	int64_t answered_at;   /* when the stop's question was last answered */
	enum symptom unchange; /* the answer a change replaced, while a key close behind */
	enum symptom changed_to; /* ...may yet show it mashed (SYMPTOM_UNKNOWN: none), */
	int64_t changed_at;    /* ...and the answer it was changed to, and when */
	bool stop_hint;        /* this frame says "x is STOP" (within SOUND_SAID_MS of it) */
	bool pacer_drawn;      /* the last frame showed the breathing pacer */
	struct view last_view; /* as drawn: keys are read against it */
	struct ui_frame frame;
};

/* ui.c */
attr_t ui_attr(const struct ui *u, enum ui_style st);
void ui_set_title(struct ui *u, const char *text);
/* Sends what has been drawn to the terminal (refresh). */
void ui_show(struct ui *u);
/* Waits for one key outside the event loop (picker, standalone stop screen),
 * handling resize, Ctrl-Z and ending signals. Returns OK, KEY_CODE_YES, or
 * ERR on a signal (u->sig) or end of input. */
int ui_wait_key(struct ui *u, wint_t *ch);
/* The same, but at until_ms (ui_now_ms's clock; -1: never) a KEY_RESIZE
 * comes with no key: what shows for a while is drawn again without it. */
int ui_wait_key_until(struct ui *u, wint_t *ch, int64_t until_ms);
/* Reads the keys waiting; true, with it in *ch, when they were one
 * character (x1 typed at once), none of them kept either way. */
bool ui_lone_key_waiting(struct ui *u, wint_t *ch);
/* True, and what waits dropped, when more keys wait behind the one
 * ui_wait_key gave than a hand types at once: it came in a paste. */
bool ui_paste_waiting(struct ui *u);
void ui_handle_resize(struct ui *u);

/* ui_text.c */
int ui_width(const char *s, int len);
/* Bytes of s that fit in width columns, ending at a word boundary when it
 * must be shortened (then *cut is set). */
int ui_fit(const char *s, int width, bool *cut);
/* len bytes of UTF-8 at the cursor. */
void ui_add(struct ui *u, const char *s, int len);
/* n copies of one character at the cursor: wc where the terminal takes
 * UTF-8, else c. */
void ui_repeat(struct ui *u, wchar_t wc, char c, int n);
void ui_put(struct ui *u, int y, int x, const char *s, int len, attr_t a);
/* s on row y, centred; shortened at a word with an ellipsis if too long. */
void ui_center(struct ui *u, int y, const char *s, attr_t a);
/* s at (y, x) in at most w columns, shortened at a word with an ellipsis;
 * returns the columns it took. */
int ui_put_fit(struct ui *u, int y, int x, int w, const char *s, attr_t a);
/* One column at (y, x) that says more was cut: "…", or "~" without UTF-8. */
void ui_ellipsis(struct ui *u, int y, int x, attr_t a);
/* Below the least size every screen but the stop screen gives way to the
 * time and "x STOP"; the stop screen becomes lines from the top. */
bool ui_too_small(void);
/* n solid cells at the cursor. */
void ui_block(struct ui *u, int n, attr_t a);
/* A horizontal bar of w cells, filled to frac. */
void ui_bar(struct ui *u, int y, int x, int w, double frac, attr_t fill);
void ui_fill_row(struct ui *u, int y, attr_t a);

/* ui_digits.c */
/* Width in columns of s in block letters (digits, ':', 'S', 'T', 'O', 'P',
 * ' '); UI_BIG_ROWS high, both times scale (1, or 2 on a big screen). */
int ui_big_width(const char *s, int scale);
void ui_big(struct ui *u, int y, int x, const char *s, int scale, attr_t a);
/* The scale the countdown and STOP take: 2 from UI_BIG2_ROWS rows and
 * UI_BIG2_COLS columns up, where the room is to spare. */
#define UI_BIG2_ROWS 40
#define UI_BIG2_COLS 100

/* ui_screens.c */
/* Cells in the breathing pacer's bar (and the step bar above it). */
int ui_pacer_width(void);
void ui_draw_view(struct ui *u, const struct view *v);
/* Something other than ui_draw_view() is about to draw or clear the screen:
 * the next frame is drawn whole. */
void ui_frame_forget(struct ui *u);
/* during: where it came, in words (NULL: before any step); any_area: a
 * stop made before any area (the picker's, the brief's), which holds them
 * all. */
void ui_draw_stop(struct ui *u, bool kid, enum symptom sy, const char *during, bool any_area);
/* The stop reminder (r) before the session title names, with what of the
 * history could not be read (warning, or NULL), what to say over a question
 * asked once more (again, or NULL) and the answer typed so far. */
void ui_draw_reminder(struct ui *u, const struct stop_reminder *r, const char *title,
		      const char *warning, const char *again, const char *typed);
void ui_draw_help(struct ui *u, bool picker, bool kid);
/* clock: the time left, or NULL; what: the phase in a word or two
 * ("hold", "paused"), said beside it when it fits, or NULL. */
void ui_draw_too_small(struct ui *u, const char *clock, const char *what);
/* Draws the key legend on the last row: items in order until the row is
 * full, " x STOP" always at the right. keys/labels end with NULL. */
void ui_legend(struct ui *u, const char *const *pairs, bool stop);

/* Now, in ms of CLOCK_MONOTONIC: for keys that come too close together. */
int64_t ui_now_ms(void);
/* A key held down repeats some thirty times a second, after its delay: the
 * same key again this close is one press. */
#define KEY_REPEAT_MS 150
/* n or the pause key again this close behind the press taken is the same
 * press too: too soon to have seen what the first did, so a tap doubled
 * by a finger or a link. */
#define DOUBLE_TAP_MS 400
/* At the stop's question a digit this close behind another key (not the
 * STOP key: x1 typed at once answers) was mashed, not pressed to answer
 * (a child's s d f 1 2 3 had answered for her, and 3 2 changed it). */
#define MASH_MS 300
/* Whether a digit at the stop's question answers it (or changes the
 * answer): pressed alone (since_key ms after the key before, or just
 * after the STOP key: x1 typed at once), and not to change a kid's first
 * answer, which stays, as line mode's does. */
bool ui_digit_answers(int64_t since_key, bool after_stop, bool kid, bool answered);
/* Whether a key types a character, ü or 足 as well as z. */
bool ui_key_prints(wint_t ch);
/* Whether the key, close behind a change of the stop's answer to
 * changed_to, shows that change a mash's first key (3 2, a fidget), to be
 * undone: any key but q or Enter (a change, then a close) and the same
 * digit again (a double tap, which confirms it). */
bool ui_mash_undoes_change(int code, wint_t ch, enum symptom changed_to);
/* How long the state line says "sound off" or "sound on" after m. */
#define SOUND_SAID_MS 3000
/* Whether an Enter now is a second press: within SECOND_PRESS_MS of what
 * it would answer showing (at shown_at), or KEY_REPEAT_MS of the Enter
 * before (at *enter_at, which becomes now). */
bool ui_enter_too_soon(int64_t shown_at, int64_t *enter_at);

#endif
