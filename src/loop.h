/* The event loop: sleeps on ppoll() until the session's next deadline, the
 * front end's next redraw, input or a signal. Never busy-waits. */
#ifndef UNKNOT_LOOP_H
#define UNKNOT_LOOP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "clock.h"
#include "cues.h"
#include "session.h"

/* What a front end (ncurses or plain) does for the loop. */
struct frontend {
	void *ctx;
	int input_fd; /* polled for input; -1 for none */
	/* Keep running after the session has ended until SK_QUIT arrives
	 * (the ncurses summary and stop screens); otherwise return once it has
	 * ended, and on the stop screen once the symptom is known. */
	bool linger;
	/* Draws v. Returns the session time at which it wants to draw again
	 * (a countdown second, a breathing pacer step), or -1. */
	int64_t (*draw)(void *ctx, const struct view *v, int64_t now);
	/* Told of every session event, in order, before the next draw. */
	void (*event)(void *ctx, const struct session_event *ev, const struct view *v);
	/* Input is ready: reads it and stores up to max session keys in keys.
	 * Returns the count, or -1 at end of input. Keys that belong to the
	 * front end alone (help, mute) are handled inside and not returned. */
	int (*read_keys)(void *ctx, enum session_key *keys, int max);
	void (*resize)(void *ctx);  /* SIGWINCH; may be NULL */
	void (*suspend)(void *ctx); /* before Ctrl-Z stops the process; may be NULL */
	void (*resume)(void *ctx);  /* after SIGCONT; may be NULL */
};

struct loop_options {
	const struct plan *plan; /* the session's plan */
	double speed;      /* --speed: session ms per real ms */
	FILE *trace;       /* --trace: one line per state change and cue; may be NULL */
	struct cues *cues; /* may be NULL */
	time_t *ended;     /* set to the wall-clock time the session ended (done), or of a
			    * stop as it is made, not when its screen closed; may be NULL */
	/* Called once how the session ended is known and on the screen: the
	 * summary drawn, the stop screen drawn, and again once its question
	 * is answered and the advice drawn; with the view then. May be NULL. */
	void (*settled)(void *ctx, const struct view *v);
	void *settled_ctx;
};

/* Why the loop returned. */
enum loop_end { LOOP_ENDED, LOOP_EOF, LOOP_SIGNAL };

/* Runs s until it has ended (see linger), input ends, or SIGINT, SIGTERM,
 * SIGHUP or SIGQUIT arrives (*signo says which); in the last two cases the session is
 * quit, so that it has always ended when this returns. SIGWINCH calls resize; SIGTSTP pauses
 * the session, calls suspend, stops, and calls resume on SIGCONT. */
enum loop_end loop_run(struct session *s, struct frontend *fe,
		       const struct loop_options *o, int *signo);


#endif
