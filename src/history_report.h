/* What the history says: streaks, minutes per area, a heat-map, CSV, and the
 * last unresolved stop of an area. Pure: `today` (a day number, see
 * days_from_civil) comes in; nothing reads the clock. */
#ifndef UNKNOT_HISTORY_REPORT_H
#define UNKNOT_HISTORY_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "history.h"
#include "session.h"

#define HEATMAP_WEEKS 12

/* A day of practice has at least this much done: opening a routine and
 * quitting while getting into position is not one. */
#define HISTORY_PRACTICE_DAY_S 30

/* Consecutive days of practice, ending today, or yesterday when there is
 * none yet today. */
int history_streak(const struct history *h, int today);

/* Seconds done in the Monday-to-Sunday week holding today, for area. */
long history_week_seconds(const struct history *h, int today, const char *area);

/* How the report is written: utf8 chooses the heat-map glyphs; long lines
 * are broken between words at cols (0: not at all); words, for line mode's
 * screen readers, says times in words, a row's fields one after the other
 * rather than in columns, and each week in a line rather than a map. */
struct report_style {
	bool utf8;
	int cols;
	bool words;
};

/* The report of `unknot --history` at now, in zone (today is its local
 * date; a kid's stop holds through the night). */
void history_print_report(FILE *out, const struct history *h, time_t now, history_zone_fn *zone,
			  const struct report_style *st);

/* RFC 4180 CSV with a header row. */
void history_export_csv(FILE *out, const struct history *h);

/* What a stop's end ("stop:numbness") says was felt; SYMPTOM_UNKNOWN for
 * "stop:unknown" or any other end. */
enum symptom history_stop_symptom(const char *end);

/* The latest stop for area with no completed session of that area after
 * it, or a stop from the picker (in no area) with no completed session of
 * any area after it; or NULL. Sessions lift the stops of their own mode
 * (a kid's, or a grown-up's). For a session in kid mode (kid), or not:
 * the other mode's stops are its only while their advice stands
 * (history_stop_holds at now, in zone; with no zone, never). */
const struct history_entry *history_open_stop_for(const struct history *h, const char *area,
						  bool kid, time_t now, history_zone_fn *zone);

/* Whose stops history_open_stop_whose looks at, for a session in kid mode
 * or not: any (as history_open_stop_for), its own mode's (lines of no mode
 * too: anyone's), or the other mode's that still hold. */
enum stop_whose { STOPS_ANY, STOPS_OWN, STOPS_OTHERS };

/* history_open_stop_for among whose stops alone: a later stop of one
 * person does not hide another's, still open, in the same area. */
const struct history_entry *history_open_stop_whose(const struct history *h, const char *area,
						    bool kid, time_t now, history_zone_fn *zone,
						    enum stop_whose whose);

#endif
