#include "history_report.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "advice.h"
#include "duration.h"
#include "text.h"
#include "wrapped.h"
#include "xalloc.h"

#define ROUTINES_COLUMN_MAX 32 /* columns; a longer list of routines is cut */
#define ROUTINES_COLUMN_MIN 12 /* however narrow the terminal */
#define HISTORY_WEEK_MAX_AREAS 24 /* listed under "This week"; then "and more" */

/* Where item is in the list "a,b,c" (0 for a), or -1. */
static int list_index(const char *list, const char *item)
{
	size_t n = strlen(item);
	int at = 0;
	for (const char *p = list; p && *p; at++) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == n && strncmp(p, item, n) == 0)
			return at;
		p = comma ? comma + 1 : NULL;
	}
	return -1;
}

/* True when the comma-separated list has item. */
static bool list_has(const char *list, const char *item)
{
	return list_index(list, item) >= 0;
}

/* A preview ran on a fast clock: its seconds were not spent on the roller. */
static bool is_practice(const struct history_entry *e)
{
	return strcmp(e->end, "preview") != 0;
}

/* The day e counts for: its own date, but one dated tomorrow was kept in
 * a zone ahead of this one (a morning in Berlin is the evening before in
 * Los Angeles), and is today's: listed, it counts too. */
static int day_counted(const struct history_entry *e, int today)
{
	return e->day == today + 1 ? today : e->day;
}

static long seconds_on(const struct history *h, int day, int today)
{
	long s = 0;
	for (size_t i = 0; i < h->n; i++)
		if (day_counted(&h->v[i], today) == day && is_practice(&h->v[i]))
			s += h->v[i].done_s;
	return s;
}

int history_streak(const struct history *h, int today)
{
	/* Each day of a streak has a line of its own, so only the last n + 1
	 * days can be in it: their seconds are summed in one pass, not a pass
	 * a day (years of history made that a second's work). */
	size_t span = h->n + 2;
	long *on = xcalloc(span, sizeof *on); /* on[k]: seconds on today - k */
	for (size_t i = 0; i < h->n; i++) {
		long back = (long)today - day_counted(&h->v[i], today);
		if (back >= 0 && (size_t)back < span && is_practice(&h->v[i]))
			on[back] += h->v[i].done_s;
	}
	size_t k = on[0] >= HISTORY_PRACTICE_DAY_S ? 0 : 1;
	int streak = 0;
	for (; k < span && on[k] >= HISTORY_PRACTICE_DAY_S; k++)
		streak++;
	free(on);
	return streak;
}

/* The seconds of e done in area: as kept, or for a line from before they
 * were, an even share. 0 when area is not one of e's. */
static long n_areas(const struct history_entry *e)
{
	long n = 1;
	for (const char *p = e->areas; (p = strchr(p, ',')); p++)
		n++;
	return n;
}

static long area_seconds(const struct history_entry *e, const char *area)
{
	int at = list_index(e->areas, area);
	if (at < 0)
		return 0;
	if (!e->area_done_s)
		return e->done_s / n_areas(e);
	const char *p = e->area_done_s;
	for (int k = 0; k < at && p; k++)
		if ((p = strchr(p, ',')))
			p++;
	return p ? strtol(p, NULL, 10) : 0; /* one number an area: the loader checked */
}

long history_week_seconds(const struct history *h, int today, const char *area)
{
	int monday = today - weekday_of_day(today);
	long s = 0;
	for (size_t i = 0; i < h->n; i++) {
		const struct history_entry *e = &h->v[i];
		int day = day_counted(e, today);
		if (day < monday || day > today || !is_practice(e) || !list_has(e->areas, area))
			continue;
		s += area_seconds(e, area);
	}
	return s;
}

/* True when e lifts a stop in area (in any area, for NULL): a session
 * finished at real speed with half a minute in that area (or, planned for
 * less an area, its plan shared evenly: an area's own plan is not kept).
 * A preset run with every hold of the area skipped is not a session of it. */
static long lift_need(const struct history_entry *e, bool one_area)
{
	long share = one_area ? e->planned_s / n_areas(e) : e->planned_s;
	return share < HISTORY_PRACTICE_DAY_S ? share : HISTORY_PRACTICE_DAY_S;
}

static bool lifts(const struct history_entry *e, const char *area)
{
	if (strcmp(e->end, "done") != 0)
		return false;
	long need = lift_need(e, area != NULL);
	if (!area)
		return e->done_s >= need;
	return list_has(e->areas, area) && area_seconds(e, area) >= need;
}

/* A moment to compare; NEVER for none, before any readable one. */
#define NEVER LLONG_MIN
static long long moment(const char *stamp)
{
	time_t t;
	return history_moment(stamp, &t) ? (long long)t : NEVER;
}

/* When stops were lifted, area by area: every session that lifts one in
 * an area, by its place in the history. A stop is lifted by a session
 * written after it and begun at or after it: begun after, since one whose
 * summary stayed open while the stop was made in another terminal is
 * written later but did not work the area since; written after, so that a
 * clock set back cannot lift a stop with a session from before it. */
struct lift_at {
	const char *area; /* into an entry's areas: len bytes */
	size_t len, at;   /* at: its place in the history */
	int pos;          /* in its line's areas: the first of a twice-named one counts */
	long long latest; /* the latest start of the lifts in this area from here on */
};
struct lift_map {
	struct lift_at *v;
	size_t n;
	long long *any_from; /* [i]: the latest start of a lift in any area at i or after */
};

static int area_cmp(const struct lift_at *x, const char *area, size_t len)
{
	int c = strncmp(x->area, area, x->len < len ? x->len : len);
	return c ? c : (x->len > len) - (x->len < len);
}

static int by_area(const void *a, const void *b)
{
	const struct lift_at *x = a, *y = b;
	int c = area_cmp(x, y->area, y->len);
	if (!c)
		c = (x->at > y->at) - (x->at < y->at);
	return c ? c : x->pos - y->pos;
}

/* As lifts(), for each of an entry's areas at once: the areas and their
 * seconds are walked side by side. */
static void lift_map_build(struct lift_map *m, const struct history *h, bool kid)
{
	*m = (struct lift_map){ .any_from = xcalloc(h->n + 1, sizeof *m->any_from) };
	size_t cap = 0;
	for (size_t k = 0; k < h->n; k++) {
		const struct history_entry *e = &h->v[k];
		if (strcmp(e->end, "done") != 0 || e->kid != kid)
			continue;
		long long t = moment(e->start);
		long n = n_areas(e), need = lift_need(e, true);
		const char *a = e->areas, *secs = e->area_done_s;
		for (int pos = 0; a; pos++) {
			const char *comma = strchr(a, ',');
			size_t len = comma ? (size_t)(comma - a) : strlen(a);
			long done = !e->area_done_s ? e->done_s / n : secs ? strtol(secs, NULL, 10) : 0;
			if (m->n == cap) {
				cap = cap ? 2 * cap : 16;
				m->v = xreallocarray(m->v, cap, sizeof *m->v);
			}
			/* kept even when short: a first naming, short, outranks a
			 * second (list_index takes the first) */
			m->v[m->n++] = (struct lift_at){ a, len, k, pos, done >= need ? t : NEVER };
			a = comma ? comma + 1 : NULL;
			if (secs && (secs = strchr(secs, ',')))
				secs++;
		}
	}
	if (m->n)
		qsort(m->v, m->n, sizeof *m->v, by_area);
	size_t w = 0; /* one an area and line: its first naming */
	for (size_t i = 0; i < m->n; i++)
		if (!w || area_cmp(&m->v[w - 1], m->v[i].area, m->v[i].len) || m->v[w - 1].at != m->v[i].at)
			m->v[w++] = m->v[i];
	m->n = w;
	for (size_t i = m->n; i-- > 0;) /* from here to the area's last line */
		if (i + 1 < m->n && !area_cmp(&m->v[i + 1], m->v[i].area, m->v[i].len) &&
		    m->v[i + 1].latest > m->v[i].latest)
			m->v[i].latest = m->v[i + 1].latest;
	m->any_from[h->n] = NEVER;
	for (size_t k = h->n; k-- > 0;) {
		long long t = h->v[k].kid == kid && lifts(&h->v[k], NULL) ? moment(h->v[k].start) : NEVER;
		m->any_from[k] = t > m->any_from[k + 1] ? t : m->any_from[k + 1];
	}
}

/* True when the stop at place i, e, is lifted in area (in any, for NULL). */
static bool lifted(const struct lift_map *m, size_t i, const struct history_entry *e,
		   const char *area)
{
	long long last = m->any_from[i + 1];
	if (area) {
		size_t len = strlen(area), lo = 0, hi = m->n;
		while (lo < hi) { /* the first of this area written after i */
			size_t mid = lo + (hi - lo) / 2;
			int c = area_cmp(&m->v[mid], area, len);
			if (c < 0 || (!c && m->v[mid].at <= i))
				lo = mid + 1;
			else
				hi = mid;
		}
		last = lo < m->n && !area_cmp(&m->v[lo], area, len) ? m->v[lo].latest : NEVER;
	}
	return last != NEVER && last >= moment(history_stop_time(e));
}

const struct history_entry *history_open_stop_for(const struct history *h, const char *area,
						  bool kid, time_t now, history_zone_fn *zone)
{
	return history_open_stop_whose(h, area, kid, now, zone, STOPS_ANY);
}

const struct history_entry *history_open_stop_whose(const struct history *h, const char *area,
						    bool kid, time_t now, history_zone_fn *zone,
						    enum stop_whose whose)
{
	/* the latest start of a lift written after the line in hand, by the
	 * mode of its session: a child's session does not answer for a
	 * grown-up's pain, nor the other way round */
	long long here_after[2] = { NEVER, NEVER }, any_after[2] = { NEVER, NEVER };
	for (size_t i = h->n; i-- > 0;) {
		const struct history_entry *e = &h->v[i];
		if (strncmp(e->end, "stop:", 5) != 0) {
			long long t = moment(e->start);
			if (lifts(e, area) && t > here_after[e->kid])
				here_after[e->kid] = t;
			if (lifts(e, NULL) && t > any_after[e->kid])
				any_after[e->kid] = t;
			continue;
		}
		/* Another's stop is told while its advice stands; after, it is
		 * theirs to be asked about. */
		bool other = e->kid != kid && !e->no_mode;
		if (other && !(zone && history_stop_holds(e, now, zone)))
			continue;
		if ((whose == STOPS_OWN && other) || (whose == STOPS_OTHERS && !other))
			continue;
		/* A stop from the picker, in no area, holds for every area until
		 * a session finishes, whatever its area. */
		bool picker = history_stop_in_no_area(e);
		bool here = strcmp(e->stop_area, "-") != 0 ? list_has(e->stop_area, area) :
			    picker || list_has(e->areas, area);
		const long long *after = picker ? any_after : here_after;
		/* a line from before the mode was kept: whoever's session */
		long long lift = e->no_mode && after[!e->kid] > after[e->kid] ? after[!e->kid] :
				 after[e->kid];
		if (here && (lift == NEVER || lift < moment(history_stop_time(e))))
			return e;
	}
	return NULL;
}

static const char *glyph(long seconds, bool utf8)
{
	static const char *const u[] = { "\xc2\xb7", "\xe2\x96\x91", "\xe2\x96\x92",
					  "\xe2\x96\x93", "\xe2\x96\x88" };
	static const char *const a[] = { ".", ":", "+", "#", "@" };
	int level = seconds < HISTORY_PRACTICE_DAY_S ? 0 : seconds < 120 ? 1 :
		    seconds < 300 ? 2 : seconds < 600 ? 3 : 4;
	return utf8 ? u[level] : a[level];
}

/* The map, its heading and key broken between words on a terminal of
 * cols (0: none). */
static void print_heatmap(FILE *out, const struct history *h, int today, bool utf8, int cols)
{
	static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	int first_monday = today - weekday_of_day(today) - 7 * (HEATMAP_WEEKS - 1);
	char *heading = xasprintf("Last %d weeks (each column a week, this week on the right):",
				  HEATMAP_WEEKS);
	wrapped_print(out, cols, "", heading, "\n");
	free(heading);
	for (int wd = 0; wd < 7; wd++) {
		fprintf(out, "  %s ", days[wd]);
		for (int w = 0; w < HEATMAP_WEEKS; w++) {
			int day = first_monday + 7 * w + wd;
			fprintf(out, "%s", day > today ? " " : glyph(seconds_on(h, day, today), utf8));
			if (w + 1 < HEATMAP_WEEKS)
				fputc(' ', out);
		}
		fputc('\n', out);
	}
	char *key = xasprintf("%s none or <%d s  %s <2 min  %s <5  %s <10  %s 10+", glyph(0, utf8),
			      HISTORY_PRACTICE_DAY_S, glyph(HISTORY_PRACTICE_DAY_S, utf8),
			      glyph(120, utf8), glyph(300, utf8), glyph(600, utf8));
	wrapped_print(out, cols, "  ", key, "\n");
	free(key);
}

/* The heat-map's weeks in words, this week first, one line each with
 * practice: a screen reader would read the map as 84 glyphs. */
static void print_weeks_in_words(FILE *out, const struct history *h, int today)
{
	int monday = today - weekday_of_day(today);
	fprintf(out, "Last %d weeks, this week first:", HEATMAP_WEEKS);
	bool any = false;
	for (int w = 0; w < HEATMAP_WEEKS; w++, monday -= 7) {
		long secs = 0;
		int days = 0;
		for (int d = monday; d < monday + 7 && d <= today; d++) {
			long on = seconds_on(h, d, today);
			secs += on;
			days += on >= HISTORY_PRACTICE_DAY_S;
		}
		if (!days)
			continue;
		char when[48], t[DURATION_WORDS_MAX];
		history_day_words(monday, today, false, when, sizeof when);
		duration_words(secs * 1000, t, sizeof t);
		fprintf(out, "\n  %s%s: %d day%s, %s", w ? "week of " : "", w ? when : "this week", days,
			days == 1 ? "" : "s", t);
		any = true;
	}
	fprintf(out, "%s\n", any ? "" : " none");
}

/* Distinct areas of the week, in first-seen order. */
/* "This week: feet 2m40s, calves 3m", on a terminal (cols, 0: none)
 * broken between its areas' words, under the first. */
static void print_week(FILE *out, const struct history *h, int today, bool words, int cols)
{
	char *line = NULL;
	size_t line_len = 0;
	FILE *whole = out;
	if (cols && !(out = open_memstream(&line, &line_len)))
		out = whole; /* no memory for it: as the terminal breaks it */
	int monday = today - weekday_of_day(today);
	char **seen = NULL;
	size_t n = 0, said = 0;
	bool more = false;
	fprintf(out, "This week:");
	for (size_t i = 0; i < h->n && !more; i++) {
		int day = day_counted(&h->v[i], today);
		if (day < monday || day > today || !is_practice(&h->v[i]))
			continue;
		char *areas = xstrdup(h->v[i].areas), *save = NULL;
		for (char *a = strtok_r(areas, ",", &save); a; a = strtok_r(NULL, ",", &save)) {
			if (!strcmp(a, "-")) /* a stop before any session: no area */
				continue;
			size_t k = 0;
			while (k < n && strcmp(seen[k], a) != 0)
				k++;
			if (k < n)
				continue;
			/* A body has a dozen areas; a history with thousands is
			 * damaged, and each would cost a pass over it. */
			if (n == HISTORY_WEEK_MAX_AREAS) {
				more = true;
				break;
			}
			seen = xreallocarray(seen, n + 1, sizeof *seen);
			seen[n++] = xstrdup(a);
			long secs = history_week_seconds(h, today, a);
			if (!secs) /* in a preset stopped before it came: not worked */
				continue;
			char t[DURATION_WORDS_MAX];
			if (words)
				duration_words(secs * 1000, t, sizeof t);
			else
				duration_format(secs * 1000, t, sizeof t);
			fprintf(out, "%s %s %s", said++ ? "," : "", a, t);
		}
		free(areas);
	}
	fprintf(out, "%s", more ? ", and more" : said ? "" : " nothing yet");
	if (out != whole) {
		fclose(out);
		static const char head[] = "This week: ";
		fputs(head, whole);
		wrapped_hanging(whole, cols, (int)strlen(head), line + strlen(head));
		free(line);
	} else {
		fputc('\n', out);
	}
	for (size_t k = 0; k < n; k++)
		free(seen[k]);
	free(seen);
}

enum symptom history_stop_symptom(const char *end)
{
	return strcmp(end, "stop:numbness") == 0 ? SYMPTOM_NUMB :
	       strcmp(end, "stop:sharp-pain") == 0 ? SYMPTOM_SHARP :
	       strcmp(end, "stop:other") == 0 ? SYMPTOM_OTHER : SYMPTOM_UNKNOWN;
}

/* What a stop said was felt, in the screens' words: ": sharp pain", or
 * "" when it was not said. */
static const char *said_of(const char *end, char *buf, size_t cap)
{
	enum symptom sy = history_stop_symptom(end);
	snprintf(buf, cap, "%s%s", sy == SYMPTOM_UNKNOWN ? "" : ": ",
		 sy == SYMPTOM_UNKNOWN ? "" : advice_symptom_label(sy, false));
	return buf;
}

/* A list of words, grown at its end. */
struct grown {
	char *s;
	size_t len, cap;
};

static void grow(struct grown *g, const char *sep, const char *word)
{
	size_t add = (g->len ? strlen(sep) : 0) + strlen(word);
	if (g->len + add + 1 > g->cap) {
		g->cap = 2 * (g->len + add + 1);
		g->s = xreallocarray(g->s, g->cap, 1);
	}
	g->len += (size_t)sprintf(g->s + g->len, "%s%s", g->len ? sep : "", word);
}

/* How a session ended, in the words the screens use: where a stop was
 * made and what was felt, how often it was too hard (the first sign of
 * too much pressure, for whoever reads it with you), and whose it was
 * when a kid's: the history is shared, and a parent reads a child's
 * sessions in it too. Caller frees. */
static char *end_words(const struct history_entry *e)
{
	char said[64], hard[40] = "";
	/* Made on the brief or the summary, a stop has no area of its own and
	 * holds the session's: said so, as the open stop's line says it. */
	const char *in = strcmp(e->stop_area, "-") ? e->stop_area : e->areas;
	bool stop = !strncmp(e->end, "stop:", 5), where = stop && strcmp(in, "-");
	if (e->too_hard)
		snprintf(hard, sizeof hard, ", too hard %s", e->too_hard == 1 ? "once" :
			 e->too_hard == 2 ? "twice" : "");
	if (e->too_hard > 2)
		snprintf(hard + strlen(hard), sizeof hard - strlen(hard), "%d times", e->too_hard);
	struct grown areas = { 0 }; /* "feet, calves", as the stop's line says them */
	char *list = where ? xstrdup(in) : NULL, *save = NULL;
	for (char *a = list ? strtok_r(list, ",", &save) : NULL; a; a = strtok_r(NULL, ",", &save))
		grow(&areas, ", ", a);
	free(list);
	char *words = xasprintf("%s%s%s%s%s%s", stop ? "stopped" : strcmp(e->end, "quit") ? e->end :
				"ended early", where ? " in " : "", where ? areas.s : "",
				!stop ? "" : history_stop_symptom(e->end) == SYMPTOM_UNKNOWN ?
				": not said" /* the question left open: q, a signal */ :
				said_of(e->end, said, sizeof said), hard,
				e->kid ? " (kid)" : "");
	free(areas.s);
	return words;
}

/* A line of the report that may be longer than the terminal: broken
 * between words at cols (0: not at all). */
static void say(FILE *out, int cols, char *line)
{
	wrapped_print(out, cols, "", line, "\n");
	free(line);
}

/* The stops the next session will ask about: one line each, with the areas
 * it still holds for (the area stopped in; on a brief, the session's
 * areas, each until a session of it finishes; from the picker, none: until
 * any session finishes). A stop is lifted by a session of its own mode. */

static void print_open_stops(FILE *out, const struct history *h, time_t now, history_zone_fn *zone,
			     int cols, bool words)
{
	int today = history_day_at(now, zone);
	struct lift_map by_mode[2]; /* a stop is lifted by a session of its mode */
	lift_map_build(&by_mode[0], h, false);
	lift_map_build(&by_mode[1], h, true);
	for (size_t i = 0; i < h->n; i++) {
		const struct history_entry *e = &h->v[i];
		if (strncmp(e->end, "stop:", 5) != 0)
			continue;
		/* a line from before the mode was kept: lifted by whoever's */
		const struct lift_map *lm = &by_mode[e->kid], *also = e->no_mode ? &by_mode[!e->kid] : NULL;
		char said[64];
		said_of(e->end, said, sizeof said);
		const char *when = history_stop_time(e);
		char at[64]; /* "2026-11-27 01:56"; in words, "today 01:56" */
		if (words) {
			history_day_words(history_stop_day(e), today, true, at, sizeof at);
			snprintf(at + strlen(at), sizeof at - strlen(at), " %.5s", when + 11);
		} else {
			snprintf(at, sizeof at, "%.10s %.5s", when, when + 11);
		}
		/* The child was told "No more rolling today": kid mode keeps to
		 * it, whatever a grown-up's session did since. */
		bool kid_day = e->kid && history_stop_holds(e, now, zone);
		const char *until = history_night_ends_words(e, now, zone);
		char kid[80] = "";
		if (kid_day)
			snprintf(kid, sizeof kid, " A kid's stop: no kid-mode session until %s.", until);
		const char *whose = e->kid && !kid_day ? "a kid's, " : ""; /* as the reminder says it */
		/* a kid's hour is said as the kid's, below */
		char state[64];
		history_stop_state(e, now, zone, !e->kid, state, sizeof state);
		if (history_stop_in_no_area(e)) {
			if (!lifted(lm, i, e, NULL) && !(also && lifted(also, i, e, NULL)))
				say(out, cols, xasprintf("A stop made at the routine list (%s%s%s) %s: the next "
							 "session%s asks first.%s", whose, at, said, state,
							 *whose ? " in kid mode" : "", kid));
			else if (kid_day)
				say(out, cols, xasprintf("A kid's stop made at the routine list (%s%s): no "
							 "kid-mode session until %s.",
							 at, said, until));
			continue;
		}
		char *areas = xstrdup(strcmp(e->stop_area, "-") ? e->stop_area : e->areas), *save = NULL;
		/* Each list grows in place: a line of thousands of areas must
		 * not be copied once an area. */
		struct grown in = { 0 }, next = { 0 }, every = { 0 };
		for (char *a = strtok_r(areas, ",", &save); a; a = strtok_r(NULL, ",", &save)) {
			grow(&every, ", ", a);
			if (!lifted(lm, i, e, a) && !(also && lifted(also, i, e, a))) {
				grow(&in, ", ", a);
				grow(&next, " or ", a);
			}
		}
		if (in.len)
			say(out, cols, xasprintf("A stop in %s (%s%s%s) %s: the next %s "
						 "session%s asks first.%s", in.s, whose, at, said, state,
						 next.s, *whose ? " in kid mode" : "", kid));
		else if (kid_day)
			say(out, cols, xasprintf("A kid's stop in %s (%s%s): no kid-mode session "
						 "until %s.", every.s, at, said, until));
		free(areas), free(in.s), free(next.s), free(every.s);
	}
	for (int k = 0; k < 2; k++) {
		free(by_mode[k].v);
		free(by_mode[k].any_from);
	}
}

/* What a session is called in the list: its preset, or its routines. */
static const char *session_name(const struct history_entry *e)
{
	if (!e->preset && history_stop_in_no_area(e)) /* from the picker: no routine ran */
		return "(routine list)"; /* the stop screen opened from the list */
	return e->preset ? e->preset : e->routines;
}

void history_print_report(FILE *out, const struct history *h, time_t now, history_zone_fn *zone,
			  const struct report_style *st)
{
	bool utf8 = st->utf8;
	int cols = st->cols;
	int today = history_day_at(now, zone);
	if (!h->n && h->damaged) { /* under the warnings of each: not "none yet" */
		fprintf(out, "No session could be read: %zu line%s skipped (said above).\n",
			h->damaged, h->damaged == 1 ? "" : "s");
		return;
	}
	if (!h->n) {
		fprintf(out, "No sessions yet. Start one with: unknot feet\n");
		return;
	}
	size_t first = h->n > 10 ? h->n - 10 : 0;
	/* The routines' column is as wide as the widest shown, up to a limit
	 * past which a name is cut, so that times and ends line up; on a
	 * terminal, narrower still when the rows would not fit it. */
	int wide = 0, time_wide = 6, end_wide = 0; /* "59m59s"; longer ones widen it */
	char t[32];
	for (size_t i = first; i < h->n; i++) {
		size_t w = text_width(session_name(&h->v[i]));
		wide = w > ROUTINES_COLUMN_MAX ? ROUTINES_COLUMN_MAX : w > (size_t)wide ? (int)w : wide;
		duration_format_done(h->v[i].done_s * 1000, t, sizeof t);
		time_wide = (int)strlen(t) > time_wide ? (int)strlen(t) : time_wide;
		char *ends = end_words(&h->v[i]);
		int ew = (int)text_width(ends);
		end_wide = ew > end_wide ? ew : end_wide;
		free(ends);
	}
	int room = cols - (2 + 16 + 2 + 1 + time_wide + 2 + end_wide);
	if (cols > 0 && wide > room && wide > ROUTINES_COLUMN_MIN) /* narrower, never wider */
		wide = room > ROUTINES_COLUMN_MIN ? room : ROUTINES_COLUMN_MIN;
	int ends_at = 2 + 16 + 2 + wide + 1 + time_wide + 2; /* where the end words start */
	/* Read aloud, the last first, as the weeks are: a listener hears
	 * every line in turn, and had heard nine before the one just done. */
	const char *order = st->words ? ", newest first" : "";
	if (first) /* the whole history is in --export */
		fprintf(out, "Last %zu of %zu sessions%s:\n", h->n - first, h->n, order);
	else
		fprintf(out, "Last sessions%s:\n", order);
	for (size_t k = first; k < h->n; k++) {
		const struct history_entry *e = &h->v[st->words ? h->n - 1 - (k - first) : k];
		const char *more;
		const char *name = session_name(e);
		int len, pad = wide - text_fit(name, wide, utf8, &len, &more);
		/* "6m40s", as everywhere: "6:40" beside "07:00" read as a time of day. */
		duration_format_done(e->done_s * 1000, t, sizeof t);
		if (st->words) { /* read aloud: no columns to line up, the name whole */
			char said[DURATION_WORDS_MAX], day[48];
			duration_words_done(e->done_s * 1000, said, sizeof said);
			history_day_words(e->day, today, true, day, sizeof day);
			char *ends = end_words(e);
			fprintf(out, "  %s %.5s, %s: %s, %s\n", day, e->start + 11, name, said, ends);
			free(ends);
			continue;
		}
		fprintf(out, "  %.10s %.5s  %.*s%s%*s %*s", e->start, e->start + 11, len,
			name, more, pad, "", time_wide, t);
		/* the gap before the end words, when it fits: at the edge, a
		 * row the terminal would break, and a blank one after */
		bool room_beside = !cols || ends_at < cols;
		fputs(room_beside ? "  " : "", out);
		char *ends = end_words(e);
		wrapped_hanging(out, cols, room_beside ? ends_at : ends_at - 2, ends);
		free(ends);
	}
	print_open_stops(out, h, now, zone, cols, st->words);
	int streak = history_streak(h, today);
	fprintf(out, "\nStreak: %d day%s\n", streak, streak == 1 ? "" : "s");
	print_week(out, h, today, st->words, cols);
	fputc('\n', out);
	if (st->words)
		print_weeks_in_words(out, h, today);
	else
		print_heatmap(out, h, today, utf8, cols);
}

static void csv_field(FILE *out, const char *s, bool last)
{
	/* A spreadsheet would run a cell that starts so as a formula: a
	 * routine of yours named "=HYPERLINK(...)" on a therapist's screen.
	 * A quote first keeps it text. */
	bool formula = *s && strchr("=+-@\t", *s) && strcmp(s, "-") != 0; /* "-": none */
	/* ";" is the separator where a comma is a decimal point */
	if (formula || strpbrk(s, ",;\"\r\n")) {
		fputc('"', out);
		if (formula)
			fputc('\'', out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else {
		fputs(s, out);
	}
	fputs(last ? "\r\n" : ",", out);
}

void history_export_csv(FILE *out, const struct history *h)
{
	fputs("start,routines,areas,planned_s,done_s,end,too_hard,stop_area,mode,area_done_s,ended,"
	      "preset\r\n", out);
	for (size_t i = 0; i < h->n; i++) {
		const struct history_entry *e = &h->v[i];
		char planned[24], done[24], hard[16];
		snprintf(planned, sizeof planned, "%ld", e->planned_s);
		snprintf(done, sizeof done, "%ld", e->done_s);
		snprintf(hard, sizeof hard, "%d", e->too_hard);
		csv_field(out, e->start, false);
		csv_field(out, e->routines, false);
		csv_field(out, e->areas, false);
		csv_field(out, planned, false);
		csv_field(out, done, false);
		csv_field(out, e->end, false);
		csv_field(out, hard, false);
		csv_field(out, e->stop_area, false);
		/* none is "-", as in the history */
		csv_field(out, e->no_mode ? "-" : e->kid ? "kid" : "adult", false);
		/* "160,240" would be one number to a spreadsheet: "160;240" */
		char *secs = xstrdup(e->area_done_s ? e->area_done_s : "-");
		for (char *c = secs; (c = strchr(c, ',')); c++)
			*c = ';';
		csv_field(out, secs, false);
		free(secs);
		csv_field(out, e->ended[0] ? e->ended : "-", false);
		csv_field(out, e->preset ? e->preset : "-", true);
	}
}
