/* The coaching state machine. Pure: it never reads a clock, a terminal or a
 * file. Time comes in as `now` (monotonic ms, from 0 on: a deadline below 0
 * means none), input as keys; out go a view model, cue events and the next
 * deadline. */
#ifndef UNKNOT_SESSION_H
#define UNKNOT_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "breath.h"
#include "cue.h"
#include "plan.h"

enum session_state {
	ST_BRIEF,  /* safety notes and equipment; waits for START */
	ST_PREP,   /* get into position, short countdown */
	ST_HOLD,   /* timed hold with the breathing pacer and prompts */
	ST_SWITCH, /* change to the other side: a prep for side two */
	ST_PAUSED, /* clock stopped; `paused_from` says where it resumes */
	ST_STOP,   /* red-flag screen; never resumes */
	ST_DONE,   /* summary and aftercare */
	ST_QUIT,   /* ended by the user before the end */
};

/* SK_, not KEY_: curses.h takes KEY_NEXT and friends for its own key codes. */
/* A key added here is also read (ui.c map_key; plain.c commands[] and
 * command), taught (ui_screens.c: step_legend, session_help) and written
 * down (the man page's KEYS and --plain, README's "Keys in a session"). */
enum session_key {
	SK_START,    /* begin from the brief */
	SK_PAUSE,    /* toggles pause / resume */
	SK_NEXT,     /* skip to the next item */
	SK_PREV,     /* back to the start of this item, or the previous one */
	SK_MORE,     /* +15 s on the current hold (or prep) */
	SK_LESS,     /* -15 s, never below 1 s left */
	SK_TOO_HARD, /* lighter-pressure advice; the session goes on */
	SK_STOP,     /* numbness, tingling or sharp pain: from every state */
	SK_QUIT,
	SK_SYMPTOM_NUMB,  /* on the stop screen: numbness or tingling */
	SK_SYMPTOM_SHARP, /* sharp pain */
	SK_SYMPTOM_OTHER,
};

enum symptom { SYMPTOM_UNKNOWN, SYMPTOM_NUMB, SYMPTOM_SHARP, SYMPTOM_OTHER };

#define SESSION_ADJUST_MS 15000 /* said "15 s" in help (ui_screens.c), which asserts it */
/* + makes a prep or a hold no longer than these, or its plan's when that
 * is longer: held down, the key made a hold of twenty hours. A hold stops
 * where --check warns (more on one spot is not better); a prep, to get into
 * position, may take longer. */
#define SESSION_MAX_PHASE_MS (5 * 60 * 1000)
#define SESSION_MAX_HOLD_MS ROUTINE_WARN_HOLD_MS
#define SESSION_TICKS 3 /* tick cues in the last seconds of a hold */

enum event_kind {
	EV_STATE, /* the state changed: `state` is the new one */
	EV_CUE,   /* play `cue` */
	EV_PROMPT,   /* a timed prompt is now shown: `text` */
	EV_TOO_HARD, /* the user said it is too hard */
	EV_SYMPTOM,  /* the user told what happened on the stop screen */
	EV_ADJUST,   /* +/- changed the time left: `left_ms` */
};

struct session_event {
	enum event_kind kind;
	int64_t at;   /* the logical time: the deadline it was due at */
	enum session_state state;
	enum session_state phase; /* the state, or while paused the one paused */
	enum cue_kind cue;
	enum symptom symptom;
	size_t item;  /* plan item index at the time */
	int64_t left_ms; /* time left in the current prep/hold at `at` (paused,
			  * as it was when paused); for a state change into
			  * prep, switch or hold, its length */
	const char *text;
	bool resumed; /* a state change that ends a pause where it was (not n, b or x) */
	bool to_listen; /* a pause the session made itself, at a routine's start
			 * (pause_at_routines): the sounds cued with it play on */
};

struct view {
	enum session_state state;
	enum session_state paused_from; /* valid when state == ST_PAUSED */
	enum session_state stopped_in;  /* in stop: the phase x came in (prep, hold, …) */
	const struct plan_item *item;   /* NULL in brief/done; the stopped item in stop */
	size_t item_index, n_items;
	size_t holds_done; /* holds that ran to their end; n skips one */
	bool completed;    /* at its end with a hold held: done, not ended early */
	const struct plan_item *next;   /* NULL when this is the last */
	int64_t left_ms;   /* of the current prep/hold */
	int64_t phase_ms;  /* its full length (after +/-) */
	int64_t done_ms;    /* active time so far */
	int64_t total_ms;   /* done_ms and all that is left: what n, b, + and - leave */
	int64_t planned_ms; /* the plan's, as the brief said */
	const int64_t *routine_done_ms; /* per plan routine, its share of done_ms
					 * but the phase under way (none once ended) */
	const bool *routine_held; /* per plan routine: one of its holds ran to its end */
	bool breathing;    /* show the pacer */
	struct breath_state breath;
	const char *prompt;  /* the latest timed prompt of this hold, or NULL */
	bool too_hard;       /* show the lighter-pressure advice */
	bool at_kid_cap;     /* the last + met a kid's 30 s cap: say why it did little or nothing */
	int64_t at_most_ms;  /* the longest + makes this phase, when the last + met it; else 0 */
	bool at_floor;       /* the last - met the 1 s a phase keeps: say so, and that n skips */
	enum symptom symptom;
	bool stop_any_area;  /* a stop on the brief of several areas: it holds them all, and
			      * its advice cannot say "this area" */
	int too_hard_count;
	bool kid;
	bool ended;          /* stop, done or quit: nothing more will happen */
};

struct session;

struct session *session_new(const struct plan *plan, int64_t now);
void session_free(struct session *s);
/* Soft inhale/exhale cues at each change of breath during holds (off by
 * default: they add two wake-ups a breath). */
void session_set_breath_cues(struct session *s, bool on);

void session_key(struct session *s, enum session_key k, int64_t now);
/* What an answer key says (SK_SYMPTOM_NUMB: numbness), or SYMPTOM_UNKNOWN
 * for any other key, or none (-1). */
enum symptom session_key_symptom(int k);
/* Where a stop came, for its words: the item to name, NULL before any
 * step. While changing sides, or getting into position for the next step,
 * what is felt most likely comes from the side just held: that one, and
 * *after is set. */
const struct plan_item *session_stop_item(const struct plan *p, const struct view *v, bool *after);
/* Advances through every deadline that is <= now. */
void session_tick(struct session *s, int64_t now);

/* The absolute time at which session_tick must next be called, or -1 when
 * nothing is timed (brief, paused, stop, done). */
int64_t session_deadline(const struct session *s);

void session_view(const struct session *s, int64_t now, struct view *out);

/* Moves up to max pending events into out, oldest first; returns the count. */
size_t session_take_events(struct session *s, struct session_event *out, size_t max);

/* Whether the summary gives line, of routine r's aftercare: r was held (a
 * routine skipped through with n was not done, and has nothing to look
 * after), and no routine held before it gives the same line. */
bool session_aftercare_is_new(const struct view *v, const struct plan *p, size_t r,
			      const char *line);

const char *session_state_name(enum session_state st); /* "prep", "hold", … */
const char *symptom_name(enum symptom sy); /* "numbness", "sharp-pain", "other" */

#endif
