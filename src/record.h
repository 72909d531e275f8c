/* Between a session and the history: what is written when a session ends,
 * and the reminder of an earlier stop before a new session starts. */
#ifndef UNKNOT_RECORD_H
#define UNKNOT_RECORD_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "plan.h"
#include "session.h"

/* Appends the session to the history. A history that cannot be written is
 * a warning on stderr, never a failure. Sessions ended before anything was
 * done (and not by a stop) are not recorded. A preview (a clock not at real
 * speed) ends as "preview" unless it ended with a stop: a stop is about the
 * body, whatever the clock did. */
void record_session(const struct plan *p, const struct view *end, time_t started, time_t ended,
		    bool preview);

/* A stop from outside a session (the picker): logged with its symptom. */
void record_stop_without_session(enum symptom sy, time_t when, bool kid);

/* True when an area of the plan has an open stop in the history. */
bool stop_pending(const struct plan *p);

/* What the stop reminder will do before the plan runs, in a sentence
 * ("Open stop in back: the session asks first, …"), or NULL when there is
 * nothing to ask. For --dry-run; the caller frees it. */
char *stop_note(const struct plan *p, time_t now);

/* stop_note for each of n plans, the history read once: notes[i] (the
 * caller frees each) is NULL where there is nothing to ask. For the
 * picker, which marks the routines and presets a stop holds. */
void stop_notes(const struct plan *plans, size_t n, time_t now, char **notes);

enum after_stop {
	STOP_GO_ON,    /* nothing to tell, no history, or "yes" */
	STOP_WITHOUT,  /* asked, and the answer was to go on without the held areas */
	STOP_DECLINED, /* asked, and the answer was no */
	STOP_REFUSED,  /* not asked: a child was told "no more rolling today" */
};

/* When an area of the plan has an open stop in the history, tells when and
 * what, repeats the advice, and asks on out whether to go on, reading one
 * line from in_fd ("yes", or "y" for a stop before now's day). When some
 * of the plan's areas have no open stop, any other answer goes on without
 * the held ones (STOP_WITHOUT): held[i] (p->n_routines of them) then says
 * which routines to leave out, and *without names their areas ("back and
 * calves"; the caller frees it). *unread says what of the history it could
 * not read, where a stop would go unseen ("3 lines of the history cannot
 * be read, …", or the whole of it and why), or is NULL; the caller frees
 * it. With warn, that is said there first, before any question. */
enum after_stop confirm_after_stop(const struct plan *p, time_t now, int in_fd, FILE *out,
				  FILE *warn, char **unread, bool *held, char **without);

#endif
