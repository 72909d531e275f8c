/* The session history: an append-only TSV file, one whole line per session.
 *
 *   start      2026-11-24T07:05:00+01:00 (local time and its UTC offset)
 *   routines   ids, comma-separated
 *   areas      areas, comma-separated
 *   planned_s  seconds the plan would take
 *   done_s     whole seconds of prep and hold actually done (pauses excluded)
 *   end        done | quit | stop:numbness | stop:sharp-pain | stop:other | stop:unknown
 *              | preview (run with --speed: kept, but no practice and closes no stop)
 *   too_hard   how often "too hard" was pressed
 *   stop_area  the area being worked when stop was pressed (getting into position
 *              for a new area, the one before too: "feet,calves"), or -
 */
#ifndef UNKNOT_HISTORY_H
#define UNKNOT_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "diag.h"

#define HISTORY_TIME_MAX 32 /* bytes of a time as kept: 2026-11-24T07:05:00+01:00 */

struct history_entry {
	char start[HISTORY_TIME_MAX]; /* as written: local date and time with offset */
	int day;        /* days since 1970-01-01 of the local date in start */
	time_t at;      /* the moment of start, as read (not set in an entry to write) */
	char ended[HISTORY_TIME_MAX]; /* the same, when it ended; "" in lines from before */
	time_t ended_at; /* the moment of ended, as read; 0 when there is none */
	char *routines, *areas, *end, *stop_area; /* loaded: in the history's text */
	long planned_s, done_s;
	int too_hard;
	bool kid; /* a kid-mode session (mode "kid"; "adult" else, and before mode was kept) */
	bool no_mode; /* a line from before mode was kept: not known to be an adult's */
	char *area_done_s; /* each area's seconds, in the order of areas ("23,0");
			    * NULL in lines from before they were kept */
	char *preset; /* the preset run, by its id; NULL for none, and in lines
		       * from before it was kept */
};

struct history {
	struct history_entry *v;
	size_t n;
	char *text; /* the file as read: the entries' texts point into it */
	size_t damaged; /* lines skipped: not history lines, or cut short */
	bool not_file;  /* not a regular file (a FIFO, a directory): not read;
			 * /dev/null is an empty history, not this */
};

/* $XDG_STATE_HOME/unknot/history.tsv, else ~/.local/state/unknot/history.tsv;
 * NULL when neither variable is usable. Caller frees. */
char *history_default_path(void);

/* The most seconds a line may say (a plan of 200 holds of a day is longer:
 * it is kept as this much, so that the line, and a stop on it, still reads). */
#define HISTORY_MAX_SECONDS (100L * 24 * 3600)
#define HISTORY_MAX_TOO_HARD 100000

/* Why a line could not be appended to path, told before a session so that
 * one that will not be kept is said first; NULL when it could. Nothing is
 * created. A home folder that does not exist is not made (a service
 * account's HOME=/nonexistent). Caller frees. */
char *history_unwritable(const char *path);

/* Appends e with one write(2) and fsyncs; creates the directories. Returns 0,
 * or -1 with *err set to a message (caller frees). Tabs, newlines and control
 * characters in fields are replaced, so a line is always one line; seconds
 * are kept within 0..HISTORY_MAX_SECONDS (and too_hard within its own limit),
 * so that it reads back. */
int history_append(const char *path, const struct history_entry *e, char **err);

/* Reads the file; a missing file is an empty history. Lines that cannot be
 * read (cut by a crash, edited by hand) are skipped with a warning naming
 * path:line. Returns -1 only when the file exists but cannot be read. */
int history_load(const char *path, struct history *h, struct diags *warn);
/* history_load of the last most bytes at most: the whole file for an
 * export (history_load reads the last 16 MiB, years of sessions, where an
 * open stop is found fast). */
int history_load_up_to(const char *path, size_t most, struct history *h, struct diags *warn);
/* The same from text (len bytes and a NUL after them), which h takes
 * over: its entries point into it. With cut, text is the end of a longer
 * file: what comes before its first newline is not a whole line, and line
 * numbers are not known. */
void history_parse(char *text, size_t len, bool cut, const char *path, struct history *h,
		   struct diags *warn);
void history_free(struct history *h);

/* Fills e->start (and e->day) and e->ended in the local time zone. */
void history_stamp(struct history_entry *e, time_t started, time_t ended);

/* When a stop was made: the end of its session (a session can cross
 * midnight), or its start in a line from before the end was kept. */
const char *history_stop_time(const struct history_entry *e);
/* The local date written in that stamp, in days since 1970-01-01. */
int history_stop_day(const struct history_entry *e);

/* A stop holds for the rest of its day and the night after it, until this
 * hour: "no more rolling today" said at 23:50 still holds at 00:10. */
#define HISTORY_NIGHT_ENDS_HOUR 5
#define HISTORY_NIGHT_ENDS "05:00" /* the same, as told */
/* The local zone's offset east of UTC, in seconds, at a moment (DST moves
 * it): history_local_offset for the process's own, a fixed one in tests. */
typedef long history_zone_fn(time_t at);
long history_local_offset(time_t at);
/* A stop made from the picker, before any session: in no area, and so in
 * every area until a session lifts it. */
bool history_stop_in_no_area(const struct history_entry *e);
/* Whether e's day still holds at now, in zone: the stop, as a moment, falls
 * on now's local day, or on the day before and the night is not over; or it
 * is less than a day ahead (the clock was set back since). */
bool history_stop_holds(const struct history_entry *e, time_t now, history_zone_fn *zone);
/* Whether e's stop was made on a local day before now's (last night's, for
 * a stop that holds). A stamp ahead of now (the clock set back) is not. */
bool history_stop_before_today(const struct history_entry *e, time_t now,
			       history_zone_fn *zone);
/* Until when a stop that holds keeps kid mode off, in words for now:
 * "05:00 tomorrow" for a stop of now's day (one made at 00:10 too), "05:00
 * this morning" for last night's. */
const char *history_night_ends_words(const struct history_entry *e, time_t now,
				     history_zone_fn *zone);
/* How an open stop stands, into buf: "lasts until 05:00 tomorrow" through
 * its night when rests (its rest is the reader's to keep), else "is still
 * open": the next session asks. The picker's, --dry-run's and --history's
 * words. */
void history_stop_state(const struct history_entry *e, time_t now, history_zone_fn *zone,
			bool rests, char *buf, size_t cap);
/* The local date of moment t in zone, in days since 1970-01-01. */
int history_day_at(time_t t, history_zone_fn *zone);
/* The moment a time stamp of the history names; false when it is none. */
bool history_moment(const char *stamp, time_t *t);

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
int days_from_civil(int y, int m, int d);
/* Monday = 0 … Sunday = 6. */
int weekday_of_day(int day);
/* A day (days_from_civil's number) in words, as a screen reader reads it
 * well and an eye reads it at once: "Monday 9 November", with its year when
 * it is not today's; with relative, "today" and "yesterday". */
void history_day_words(int day, int today, bool relative, char *buf, size_t cap);

#endif
