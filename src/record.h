/* Between a session and the history: what is written when a session ends,
 * and the reminder of an earlier stop before a new session starts. */
#ifndef UNKNOT_RECORD_H
#define UNKNOT_RECORD_H

#include <stdbool.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>

#include "plan.h"
#include "session.h"

/* Appends the session to the history. A history that cannot be written is
 * a warning on stderr, never a failure; with held (NULL: none), what it
 * says is added to *held instead (NULL at first; the caller frees it), to
 * be said once the screen has gone. Sessions ended before anything
 * was done (and not by a stop) are not recorded. A preview (a clock not at
 * real speed) ends as "preview" unless it ended with a stop: a stop is
 * about the body, whatever the clock did. */
void record_session(const struct plan *p, const struct view *end, time_t started, time_t ended,
		    bool preview, char **held);

/* A stop made on the summary of a session already written (record_session
 * of its end): a line of its own, no time done, in every area of the
 * session, at when. held as record_session's. */
void record_stop_after_end(const struct plan *p, const struct view *end, time_t when,
			   char **held);
/* A stop from outside a session (the picker): logged with its symptom. */
void record_stop_without_session(enum symptom sy, time_t when, bool kid, char **held);

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

/* The stop reminder before a session, as words: each open stop that holds
 * the plan (when, and what was felt) with the advice that still stands
 * under it, then the question; or, for a child whose own stop holds today,
 * the words that say no, and no question. */
struct stop_reminder {
	char **lines;   /* n_lines of them: the stops told, each with its advice */
	bool *advice;   /* lines[i] is advice, under the stop before it */
	size_t n_lines;
	char *question; /* "… type yes and Enter to go on:"; NULL: not asked */
	char *again;    /* said before asking once more, after "y" or "help" */
	/* what an answer means */
	bool today;     /* the first stop's "not again today" holds: "y" is not a yes */
	bool its_day;   /* made on now's day, not last night */
	bool others;    /* some areas of the plan are not held: a no goes on without */
	bool no_area;   /* the stop was in no area (from the picker) */
	bool theirs;    /* another's: a kid's read by a grown-up, or the other way */
	size_t n_areas;
	char *areas;    /* the held areas in words, "back and calves" */
};

/* Reads the history: true, with r filled (stop_reminder_free frees it),
 * when an area of the plan has an open stop; held[i] (p->n_routines of
 * them) then says which routines it holds. *unread says what of the
 * history could not be read, where a stop would go unseen ("3 lines of
 * the history cannot be read, …", or the whole of it and why), or is NULL;
 * the caller frees it. */
bool stop_reminder_load(const struct plan *p, time_t now, struct stop_reminder *r, bool *held,
			char **unread);

/* What typed (a line, as typed) answers: "yes", or "y" for a stop before
 * now's day, goes on; anything else goes on without the held areas where
 * there are others (*without names them; the caller frees it), or not at
 * all. *said (the caller frees it) is a no in words ("Not today, then.
 * Rest that area."), or NULL. A reminder with no question is
 * STOP_REFUSED. */
enum after_stop stop_reminder_answer(const struct stop_reminder *r, const char *typed,
				     char **said, char **without);

/* When typed meant yes, or asked, but is no answer ("y" on the stop's day,
 * "ok", "help"): what to say before asking once more; else NULL. */
const char *stop_reminder_again(const struct stop_reminder *r, const char *typed);

/* r's lines on out, wrapped between words to cols (0: whole lines). */
void stop_reminder_print(const struct stop_reminder *r, FILE *out, int cols);

void stop_reminder_free(struct stop_reminder *r);

/* r on plain lines: tells it, asks on out whether to go on, reading one
 * line from in_fd, and says what the answer means (*without as for
 * stop_reminder_answer). Each line whole, as line mode says every line:
 * a screen reader reads a line as one, and a question broken in two
 * would be read as two. With sleep_mask (signals_catch_ending's), an
 * ending signal ends the wait: STOP_DECLINED, signals_end set, nothing
 * said. */
enum after_stop stop_reminder_ask(const struct stop_reminder *r, int in_fd, FILE *out,
				  char **without, const sigset_t *sleep_mask);

#endif
