/* The ncurses (wide-character) front end: draws the session's view model and
 * turns keys into session keys. Nothing else: no timing, no files, no sound
 * (the `m` key only calls cues_toggle_mute). */
#ifndef UNKNOT_UI_H
#define UNKNOT_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cues.h"
#include "loop.h"
#include "plan.h"
#include "session.h"

struct ui;

struct ui_options {
	bool no_color; /* force monochrome; NO_COLOR (non-empty) does the same */
	bool no_title; /* never set the terminal title */
	const char *instead; /* ends the message when there is no terminal:
			      * what happens or what to do instead */
	bool quiet;          /* no message: the caller may try again, and say it then */
};

/* Starts curses on stdin/stdout when both are terminals, else on /dev/tty
 * (main refuses a terminal that is not the session's own: setsid).
 * Returns 0, or -1 with a message in errno-style text on stderr already
 * printed (unless o->quiet) when there is no usable terminal. */
int ui_open(struct ui **out, const struct ui_options *o);
/* Restores the terminal (endwin, title) and frees u. NULL is fine, and so is
 * calling it after ui_emergency_restore(). */
void ui_close(struct ui *u);
/* Restores the terminal of the open ui, if any, without freeing anything:
 * for atexit handlers and fatal paths. Idempotent. */
void ui_emergency_restore(void);

/* The loop's front end (linger = true: the done and stop screens wait for
 * q). plan is shown on the brief and done screens; cues may be NULL. */
struct frontend ui_frontend(struct ui *u, const struct plan *plan, struct cues *cues);

/* Rings the terminal bell; ctx is the struct ui. For cues_options.bell. */
void ui_bell(void *ctx);

/* One row of the routine picker. Strings are borrowed. */
struct pick_item {
	const char *id;
	const char *title;
	const char *area;
	const char *audience; /* "adult, kid"; may be NULL */
	const char *summary;  /* shown under the list; may be NULL */
	const char *routines; /* a preset's, "feet,calves": the filter finds it by them */
	const char *about;    /* a routine's equipment and step titles, one a line: the
			       * filter looks in them too; may be NULL */
	int64_t total_ms;
	bool preset;          /* a preset: several routines in a row */
	bool yours;           /* in your data dir: "(yours)" after the title, never cut */
	const char *stop;     /* an open stop holds it: what the reminder will ask (the
			       * title is marked "(stopped)"); NULL for none */
};

/* What follows an item's title wherever it is listed, never cut: " (yours)",
 * " (stopped)", both, or "". */
const char *ui_pick_mark(const struct pick_item *it);

enum ui_pick_result {
	UI_PICK_START,  /* *chosen is the index of the routine to start */
	UI_PICK_QUIT,   /* q */
	UI_PICK_STOP,   /* the STOP key: run ui_stop_screen_standalone() */
	UI_PICK_SIGNAL, /* SIGINT, SIGTERM, SIGHUP or SIGQUIT: ui_signal() says which */
	UI_PICK_EOF,    /* the terminal went away */
};

/* Lists the routines: arrows or j/k move, Enter starts, / filters (Esc
 * clears), ? help, q quits, x STOP. heading goes above the list
 * ("Pick a routine"); left_out: files that could not be listed (broken),
 * said under it; kid: the help in a child's words. The selection starts at
 * *chosen; back: the picker comes back (a brief's q closed it), and a q
 * close behind is that q doubled. */
enum ui_pick_result ui_pick(struct ui *u, const struct pick_item *items, size_t n,
			    size_t left_out, const char *heading, bool kid, size_t *chosen,
			    bool back);

/* The stop screen without a session (STOP from the picker): asks what
 * happened, shows the advice, waits for q or Enter. Returns the symptom, or
 * SYMPTOM_UNKNOWN when closed without an answer (or on a signal).
 * shown (may be NULL) is called once the screen is first drawn
 * (SYMPTOM_UNKNOWN), and again once the first answer's advice is; an
 * answer changed after it is the caller's to keep, as the screen closes. */
enum symptom ui_stop_screen_standalone(struct ui *u, bool kid,
				       void (*shown)(void *ctx, enum symptom sy), void *ctx);

struct stop_reminder;

enum ui_ask_result {
	UI_ASK_ANSWERED, /* typed holds the answer ("" for none, or Esc) */
	UI_ASK_SIGNAL,   /* ui_signal() says which */
	UI_ASK_EOF,      /* the terminal went away */
};

/* The stop reminder before a session, on the screen: what r tells, its
 * question, and a line to type the answer in (printable ASCII, up to cap
 * - 1 bytes; Backspace and Ctrl-U mend it); Enter gives it, Esc or
 * Ctrl-D gives none. A reminder with no question (a child's refusal) waits
 * for q, Esc or Enter. Keys typed before it shows are dropped: an Enter
 * pressed twice in the picker must not answer what was never read. title
 * names the session in the header; warning (or NULL) is what of the
 * history could not be read; again (or NULL), what to say over the
 * question when it is asked once more (stop_reminder_again). */
enum ui_ask_result ui_stop_reminder(struct ui *u, const struct stop_reminder *r,
				    const char *title, const char *warning, const char *again,
				    char *typed, size_t cap);

/* The signal that ended ui_pick(), ui_stop_screen_standalone() or
 * ui_stop_reminder(), or 0. */
int ui_signal(const struct ui *u);

#endif
