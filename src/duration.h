/* Durations as written in routine files: 30, 30s, 1m, 1m30s, 90s. Pure. */
#ifndef UNKNOT_DURATION_H
#define UNKNOT_DURATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DURATION_MAX_MS (24LL * 3600 * 1000) /* a day: anything longer is a typo */

/* Parses s into milliseconds: 30, 30s, 1m, 1m30s, 90s, 1h30m. Returns 0,
 * -1 when s is not a duration, -2 for a unit over 59 after a larger one
 * ("1m90s"; *ms is then what it adds up to, for the message), or -3 when
 * it is longer than DURATION_MAX_MS. */
int duration_parse(const char *s, int64_t *ms);

/* What a duration that does not parse was likely meant to be, written as
 * it should be, into out: "1m30" → "1m30s", "2 min" → "2m", "90sec" →
 * "90s", "30S" → "30s", "1:30" → "1m30s". False when there is none. */
bool duration_guess(const char *s, char *out, size_t cap);

/* "6.5s", "6,5", "6,0s": seconds with a fraction, which a duration has
 * not. The whole seconds near it into out ("6s or 7s"; "6s" for 6,0; "1s"
 * for 0.5 and 0,0: a duration is longer than 0), or false for anything
 * else. */
bool duration_whole_seconds(const char *s, char *out, size_t cap);

/* Whole seconds, rounded up: the seconds every screen shows for time to
 * come (a hold, a plan). */
int64_t duration_seconds(int64_t ms);

/* Whole seconds, rounded down: time done, as the session clock, the summary
 * and the history count it (29.9 s done is not 30). */
int64_t duration_seconds_done(int64_t ms);

/* "1m30s", "45s", "2m": whole seconds, rounded up. */
void duration_format(int64_t ms, char *buf, size_t cap);
/* The same for time done, rounded down. */
void duration_format_done(int64_t ms, char *buf, size_t cap);
/* The same in words, as line mode says them for a screen reader: "30
 * seconds", "1 second", "2 minutes 40 seconds", "2 minutes", "1 hour 30
 * minutes", "0 seconds". DURATION_WORDS_MAX holds the longest. */
#define DURATION_WORDS_MAX 48
void duration_words(int64_t ms, char *buf, size_t cap);
void duration_words_done(int64_t ms, char *buf, size_t cap);
/* Time done against the plan: "1m12s of 2m40s", or "3m45s (planned 2m)"
 * when + or b made it more than the plan. */
void duration_format_done_of(int64_t done_ms, int64_t planned_ms, char *buf, size_t cap);
/* The same in words: "1 minute 12 seconds of 2 minutes 40 seconds". */
void duration_words_done_of(int64_t done_ms, int64_t planned_ms, char *buf, size_t cap);

/* A countdown clock, "1:30", "0:05": whole seconds rounded up, so that
 * "0:00" shows only when the time is really over. */
void duration_clock(int64_t ms, char *buf, size_t cap);

/* A clock counting up, "0:15": whole seconds rounded down, as a stopwatch
 * shows them; beside a countdown rounded up, the two add up to the whole. */
void duration_clock_elapsed(int64_t ms, char *buf, size_t cap);

#endif
