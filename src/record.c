#include "record.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "advice.h"
#include "clock.h"
#include "duration.h"
#include "history.h"
#include "history_report.h"
#include "line_input.h"
#include "signals.h"
#include "text.h"
#include "wrapped.h"
#include "xalloc.h"

/* True when routine i's area is also an earlier routine's: a plan's
 * areas are each told once, at their first routine. */
static bool area_seen_before(const struct plan *p, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (strcmp(p->routines[j]->area, p->routines[i]->area) == 0)
			return true;
	return false;
}

/* "a,b,c" of the plan's routine ids or of its distinct areas. */
static char *join(const struct plan *p, bool areas)
{
	size_t cap = 1;
	for (size_t i = 0; i < p->n_routines; i++)
		cap += strlen(areas ? p->routines[i]->area : p->routines[i]->id) + 1;
	char *s = xcalloc(cap, 1);
	for (size_t i = 0; i < p->n_routines; i++) {
		const char *item = areas ? p->routines[i]->area : p->routines[i]->id;
		if (areas && area_seen_before(p, i))
			continue;
		if (*s)
			strcat(s, ",");
		strcat(s, item);
	}
	return s;
}

/* "23,0,0": the seconds done in each distinct area, in join's order. Cut
 * from the running total, they add up to the session's done_s. */
static char *area_seconds(const struct plan *p, const int64_t *routine_done_ms)
{
	char *s = xstrdup("");
	int64_t before = 0; /* ms done in the areas already written */
	for (size_t i = 0; i < p->n_routines; i++) {
		if (area_seen_before(p, i))
			continue;
		int64_t ms = 0;
		for (size_t j = i; j < p->n_routines; j++)
			if (strcmp(p->routines[j]->area, p->routines[i]->area) == 0)
				ms += routine_done_ms[j];
		long long secs = duration_seconds_done(before + ms) - duration_seconds_done(before);
		before += ms;
		char *t = xasprintf("%s%s%lld", s, *s ? "," : "", secs);
		free(s);
		s = t;
	}
	return s;
}

static const char *stop_end(enum symptom sy)
{
	switch (sy) {
	case SYMPTOM_NUMB: return "stop:numbness";
	case SYMPTOM_SHARP: return "stop:sharp-pain";
	case SYMPTOM_OTHER: return "stop:other";
	default: return "stop:unknown";
	}
}

/* A session skipped to its end with n is not done (view.completed): it
 * would close an open stop without a minute on the roller. */
static const char *end_of(const struct view *v)
{
	return v->completed ? "done" : v->state == ST_STOP ? stop_end(v->symptom) : "quit";
}

/* "feet, calves and back" of the list "feet,calves,back". */
static char *in_words(const char *list)
{
	char *s = xstrdup("");
	for (const char *p = list; *p;) {
		size_t len = strcspn(p, ",");
		const char *sep = p == list ? "" : strchr(p, ',') ? ", " : " and ";
		char *t = xasprintf("%s%s%.*s", s, sep, (int)len, p);
		free(s);
		s = t;
		p += len + (p[len] == ',');
	}
	return s;
}

/* A stop not kept is not asked about next time: said, with what that
 * leaves to the person, since the reminder will not. */
static void say_stop_not_kept(const struct history_entry *e, FILE *err)
{
	if (strncmp(e->end, "stop", 4))
		return;
	/* a stop on the brief holds every area of the session; from the
	 * picker, before any, all of them */
	const char *held = strcmp(e->stop_area, "-") ? e->stop_area : e->areas;
	bool any = !strcmp(held, "-");
	char *words = in_words(held), *areas = text_printable(words);
	fprintf(err, "unknot: this stop is not kept, so no session will remind you of it: ");
	if (e->kid || any)
		fputs(e->kid ? "no more rolling today\n" : "do not roll again today\n", err);
	else
		fprintf(err, "rest %s today\n", areas);
	free(areas);
	free(words);
}

/* Appends e, or says on stderr why it could not; with held, what it says
 * is added to *held instead (NULL, or what earlier appends held), for
 * after a screen. With no memory to hold it, it is said at once. */
static void append(struct history_entry *e, time_t started, time_t ended, char **held)
{
	char *more = NULL;
	size_t len;
	FILE *err = held ? open_memstream(&more, &len) : NULL;
	if (!err) {
		held = NULL;
		err = stderr;
	}
	char *path = history_default_path(), *why = NULL;
	if (!path) {
		fprintf(err, "unknot: warning: neither XDG_STATE_HOME nor HOME is set to an "
				"absolute path; this session is not saved in the history\n");
		say_stop_not_kept(e, err);
	} else {
		history_stamp(e, started, ended);
		why = history_unwritable(path); /* a missing HOME is not made */
		if (why || history_append(path, e, &why) != 0) {
			char *safe = text_printable(why);
			fprintf(err, "unknot: warning: history not saved: %s\n", safe);
			free(safe);
			free(why);
			say_stop_not_kept(e, err);
		}
	}
	free(path);
	if (!held)
		return;
	fclose(err);
	/* A stop is written twice (at x, then with its answer): what a full
	 * disk says of it is said once. */
	if (*held && strstr(*held, more)) {
		free(more);
		return;
	}
	char *both = xasprintf("%s%s", *held ? *held : "", more);
	free(*held);
	free(more);
	*held = both;
}

/* The area the stop is kept for: the one being worked; "-" for none (the
 * brief, after the end: the history takes every area of the session). Got
 * into position for a new area, the one just rolled is kept too: what is
 * felt then most likely comes from it. */
static char *stop_areas(const struct plan *p, const struct view *end)
{
	if (end->state != ST_STOP || !end->item)
		return xstrdup("-");
	const char *here = end->item->routine->area;
	size_t i = end->item_index;
	if (end->stopped_in == ST_PREP && i > 0 && i < p->n_items &&
	    strcmp(p->items[i - 1].routine->area, here) != 0)
		return xasprintf("%s,%s", p->items[i - 1].routine->area, here);
	return xstrdup(here);
}

void record_session(const struct plan *p, const struct view *end, time_t started, time_t ended,
		    bool preview, char **held)
{
	if (end->state != ST_STOP && end->done_ms <= 0)
		return;
	/* A preview's time ran on a fast clock: none of it is practice, for
	 * the streak, the minutes or a therapist's CSV, which would add up a
	 * preview's 16 minutes that took 19 seconds. A stop in it is kept as a
	 * stop. */
	struct history_entry e = {
		.routines = join(p, false), .areas = join(p, true),
		.planned_s = (long)(plan_total_ms(p) / 1000),
		.done_s = preview ? 0 : (long)duration_seconds_done(end->done_ms), /* as the screens show it */
		.end = (char *)(preview && end->state != ST_STOP ? "preview" : end_of(end)),
		.too_hard = end->too_hard_count,
		.stop_area = stop_areas(p, end),
		.kid = p->kid,
		.area_done_s = end->routine_done_ms && !preview ? area_seconds(p, end->routine_done_ms) : NULL,
		.preset = (char *)p->preset,
	};
	append(&e, started, ended, held);
	free(e.routines);
	free(e.areas);
	free(e.stop_area);
	free(e.area_done_s);
}

void record_stop_after_end(const struct plan *p, const struct view *end, time_t when,
			   char **held)
{
	struct history_entry e = {
		.routines = join(p, false), .areas = join(p, true), .end = (char *)end_of(end),
		.stop_area = "-", .kid = p->kid, .preset = (char *)p->preset,
	};
	append(&e, when, when, held);
	free(e.routines);
	free(e.areas);
}

void record_stop_without_session(enum symptom sy, time_t when, bool kid, char **held)
{
	struct history_entry e = { .routines = "-", .areas = "-", .end = (char *)stop_end(sy),
				   .stop_area = "-", .kid = kid };
	append(&e, when, when, held);
}

/* The history, quietly: damaged lines are reported by --history. Returns
 * why it could not be read at all ("Permission denied"), or NULL: read, or
 * not there yet. */
static const char *load_quietly(struct history *h)
{
	*h = (struct history){ 0 };
	char *path = history_default_path();
	if (!path)
		return NULL;
	struct diags quiet = { 0 };
	bool failed = history_load(path, h, &quiet) < 0;
	const char *why = failed ? strerror(errno) :
			  h->not_file ? "not a regular file" : NULL;
	diags_free(&quiet);
	free(path);
	return why;
}

/* "today" when the moment a history time stamp names is on now's local day
 * (here, whatever zone it was written in), or after now (a clock set back);
 * else "yesterday", which is all a stop that still holds can be. */
static const char *stop_day(const struct history_entry *stop, time_t now)
{
	return history_stop_before_today(stop, now, history_local_offset) ? "yesterday" : "today";
}

/* The stamp's moment as a day in words and a clock time here ("Wednesday
 * 25 November", "23:50"): a stop written in another zone is told in this
 * one's. */
static void local_when(const char *stamp, time_t now, char date[48], char clock[8])
{
	time_t at;
	struct tm tm;
	if (history_moment(stamp, &at) && localtime_r(&at, &tm)) {
		history_day_words(days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
				  history_day_at(now, history_local_offset), false, date, 48);
		strftime(clock, 8, "%H:%M", &tm);
	} else { /* never: the loader has checked its shape */
		snprintf(date, 48, "%.10s", stamp);
		snprintf(clock, 8, "%.5s", stamp + strnlen(stamp, 11));
	}
}

/* True while stop's "not again today" holds: its day and the night after. */
static bool holds(const struct history_entry *stop, time_t now)
{
	return history_stop_holds(stop, now, history_local_offset);
}

/* An area's open stops for a session in kid mode or not: its own, another's. */
struct area_stops {
	const char *area;
	bool kid;
	const struct history_entry *own, *theirs;
};

/* An area's open stops, each a pass over the history: looked up once for
 * all the plans of the picker (memo), or once a plan (memo NULL). */
static const struct area_stops *area_stops(const struct history *h, const char *area, bool kid,
					   time_t now, struct area_stops **memo, size_t *n_memo,
					   struct area_stops *one)
{
	for (size_t i = 0; memo && i < *n_memo; i++)
		if ((*memo)[i].kid == kid && !strcmp((*memo)[i].area, area))
			return &(*memo)[i];
	struct area_stops found = {
		.area = area, .kid = kid,
		.own = history_open_stop_whose(h, area, kid, now, history_local_offset, STOPS_OWN),
		.theirs = history_open_stop_whose(h, area, kid, now, history_local_offset, STOPS_OTHERS),
	};
	if (!memo) {
		*one = found;
		return one;
	}
	*memo = xreallocarray(*memo, *n_memo + 1, sizeof **memo);
	(*memo)[*n_memo] = found;
	return &(*memo)[(*n_memo)++];
}

/* The open stop to ask about in the plan's areas: the latest of the
 * session's own mode (one today must not be lifted by the "y" an older one
 * takes), else the latest of another's that still holds. In kid mode,
 * first a kid's stop that still holds (today's, or last night's), in any
 * area, open or not: the child was told "No more rolling today", and a
 * grown-up's session since does not undo that (nor does a grown-up's stop
 * end the child's day). The history is in time order.
 * stops[i] gets routine i's open stop of the session's mode, and
 * stops[n + i] another's (n routines), or NULL: looked up once, apart, so
 * that a kid's stop made after a grown-up's in the same area does not
 * hide the grown-up's from the grown-up, nor the other way round.
 * memo: as area_stops'. */
static const struct history_entry *open_stop_memo(const struct history *h, const struct plan *p,
						  time_t now, const struct history_entry **stops,
						  struct area_stops **memo, size_t *n_memo)
{
	size_t n = p->n_routines;
	const struct history_entry *own = NULL, *theirs = NULL;
	for (size_t i = 0; i < n; i++) {
		struct area_stops one;
		const struct area_stops *a = area_stops(h, p->routines[i]->area, p->kid, now, memo,
							n_memo, &one);
		stops[i] = a->own;
		stops[n + i] = a->theirs;
		if (stops[i] && (!own || stops[i] > own))
			own = stops[i];
		if (stops[n + i] && (!theirs || stops[n + i] > theirs))
			theirs = stops[n + i];
	}
	for (size_t i = h->n; p->kid && i-- > 0;) {
		const struct history_entry *e = &h->v[i];
		if (e->kid && !strncmp(e->end, "stop:", 5) && holds(e, now))
			return e; /* whatever a grown-up's session did after it */
	}
	return own ? own : theirs;
}

/* open_stop_memo for one plan. */
static const struct history_entry *open_stop(const struct history *h, const struct plan *p,
					     time_t now, const struct history_entry **stops)
{
	return open_stop_memo(h, p, now, stops, NULL, NULL);
}

/* open_stop's stops for p, NULL-ended: two a routine. */
static const struct history_entry **stops_for(const struct plan *p)
{
	return xcalloc(2 * p->n_routines + 1, sizeof(const struct history_entry *));
}


/* " during back"; " in a session of feet and calves" for a stop in no one
 * step (on the brief, or after the end); "" for one from the picker. */
static char *stop_where(const struct history_entry *e)
{
	bool step = strcmp(e->stop_area, "-") != 0;
	const char *where = step ? e->stop_area : e->areas;
	if (!strcmp(where, "-"))
		return xstrdup("");
	char *words = in_words(where);
	char *s = xasprintf(step ? " during %s" : " in a session of %s", words);
	free(words);
	return s;
}

/* The distinct areas of the plan with an open stop (open_stop's stops),
 * as words ("back", "back and calves"); held[i] says whether routine i is
 * in one of them. *n_areas counts the areas; *others says whether some
 * routine is in none, so that the plan can go on without the held. */
static char *held_areas(const struct plan *p, const struct history_entry *const *stops,
			bool *held, size_t *n_areas, bool *others)
{
	char *list = xstrdup("");
	*n_areas = 0;
	*others = false;
	for (size_t i = 0; i < p->n_routines; i++) {
		/* the same for every routine of an area */
		held[i] = stops[i] || stops[p->n_routines + i];
		*others |= !held[i];
		if (!held[i] || area_seen_before(p, i))
			continue;
		char *t = xasprintf("%s%s%s", list, *list ? "," : "", p->routines[i]->area);
		free(list);
		list = t;
		++*n_areas;
	}
	char *words = in_words(list);
	free(list);
	return words;
}

/* stop_note's sentence for p, the history read already. */
static char *note_for(const struct history *h, const struct plan *p, time_t now,
		      struct area_stops **memo, size_t *n_memo)
{
	const struct history_entry **stops = stops_for(p);
	const struct history_entry *stop = open_stop_memo(h, p, now, stops, memo, n_memo);
	char *note = NULL;
	if (stop && p->kid && stop->kid && holds(stop, now)) {
		/* said to the child (the --kid picker, its plan): a child's words */
		note = xasprintf("A kid stopped: no more rolling until %s.",
				 history_night_ends_words(stop, now, history_local_offset));
	} else if (stop) {
		/* through its night it holds the session, whoever's it is */
		char state[64];
		history_stop_state(stop, now, history_local_offset, true, state, sizeof state);
		if (history_stop_in_no_area(stop)) {
			/* in no area: it holds them all, and was not in this one */
			note = xasprintf("A stop made at the routine list %s: the session asks first.", state);
		} else {
			bool *held = xcalloc(p->n_routines, sizeof *held), others;
			size_t n_areas;
			char *areas = held_areas(p, stops, held, &n_areas, &others);
			note = others ? xasprintf("A stop in %s %s: the session asks first, and "
						  "without a yes runs without %s.", areas, state, areas)
				      : xasprintf("A stop in %s %s: the session asks first.", areas, state);
			free(areas);
			free(held);
		}
	}
	free(stops);
	return note;
}

void stop_notes(const struct plan *plans, size_t n, time_t now, char **notes)
{
	struct history h;
	load_quietly(&h);
	struct area_stops *memo = NULL; /* the picker's rows share areas */
	size_t n_memo = 0;
	for (size_t i = 0; i < n; i++)
		notes[i] = note_for(&h, &plans[i], now, &memo, &n_memo);
	free(memo);
	history_free(&h);
}

char *stop_note(const struct plan *p, time_t now)
{
	char *note;
	stop_notes(p, 1, now, &note);
	return note;
}

/* A stop made in the plan's mode, or one from before the mode was kept
 * (anyone's): the reader's own. */
static bool own(const struct history_entry *stop, const struct plan *p)
{
	return stop->no_mode || stop->kid == p->kid;
}

/* Who stopped, as the reader of the reminder sees it: their own is "you";
 * a kid's stop read in a grown-up's session, or the other way round
 * (parent and child share the history), says whose it was. */
static const char *who(const struct history_entry *stop, const struct plan *p, bool capital)
{
	if (own(stop, p))
		return capital ? "You" : "you";
	return stop->kid ? capital ? "A kid" : "a kid" : capital ? "A grown-up" : "a grown-up";
}

/* True when stop was made on now's local day: after midnight, last night's
 * stop still holds, but its "today" is over. */
static bool its_day(const struct history_entry *stop, time_t now)
{
	return !history_stop_before_today(stop, now, history_local_offset);
}

/* One more line of the reminder; advice is indented under its stop. */
static void add_line(struct stop_reminder *r, char *text, bool advice)
{
	r->lines = xreallocarray(r->lines, r->n_lines + 1, sizeof *r->lines);
	r->advice = xreallocarray(r->advice, r->n_lines + 1, sizeof *r->advice);
	r->lines[r->n_lines] = text;
	r->advice[r->n_lines++] = advice;
}

/* "You stopped during back today at 17:38: numbness or tingling.", and the
 * advice given then, in the reader's words: the day of the stop all of it
 * but "Stop now"; later, even in the night after it, its "today" is over,
 * and what stays is when to see someone (the last line). Another stop that
 * also holds the plan, or another person's, is told with that last line
 * alone. */
static void tell_stop(struct stop_reminder *r, const struct history_entry *stop,
		      const struct plan *p, time_t now, bool also)
{
	enum symptom sy = history_stop_symptom(stop->end);
	char *during = stop_where(stop);
	char *said = sy == SYMPTOM_UNKNOWN ? xstrdup("") :
		     xasprintf(": %s", advice_symptom_label(sy, p->kid));
	char date[48], clock[8];
	local_when(history_stop_time(stop), now, date, clock);
	bool today = holds(stop, now); /* its advice still stands */
	add_line(r, today ? xasprintf("%s%s stopped%s %s at %s%s.", also ? "Also: " : "",
				      who(stop, p, !also), during, stop_day(stop, now), clock, said)
			  : xasprintf("%s%s stopped%s (%s at %s)%s.", also ? "Also: " : "Last time ",
				      who(stop, p, false), during, date, clock, said),
		 false);
	free(said);
	free(during);
	const char *const *l = advice_stop(sy, p->kid, history_stop_in_no_area(stop)) + 1;
	while ((also || !today || !its_day(stop, now) || !own(stop, p)) && l[1])
		l++;
	for (; *l; l++) {
		bool told = false; /* "Also:" a stop with the same advice: once is enough */
		for (size_t i = 0; also && i < r->n_lines; i++)
			told |= r->advice[i] && !strcmp(r->lines[i], *l);
		if (!told)
			add_line(r, xstrdup(*l), true);
	}
}

/* What of the history could not be read, where a stop would go unseen;
 * NULL when all of it was. */
static char *unread_note(const struct history *h, const char *why)
{
	if (why) { /* which file: a state folder of the wrong owner, say */
		char *path = history_default_path(), *safe = path ? text_printable(path) : NULL;
		char *note = xasprintf("the history%s%s%s cannot be read (%s), and a stop in it "
				       "would go unseen", safe ? ", " : "", safe ? safe : "",
				       safe ? "," : "", why);
		free(safe);
		free(path);
		return note;
	}
	if (h->damaged)
		return xasprintf("%zu line%s of the history cannot be read, and a stop there "
				 "would go unseen (unknot --history says which)", h->damaged,
				 h->damaged == 1 ? "" : "s");
	return NULL;
}

/* The question after the stops are told, or NULL when the answer is no
 * already: a child told "no more rolling today" (then the last line says
 * so). r's fields for the answer are set. */
static char *question(struct stop_reminder *r, const struct history_entry *stop,
		      const struct plan *p, time_t now)
{
	r->today = holds(stop, now); /* "not again today": till the night is over, a whole yes */
	r->its_day = its_day(stop, now);
	r->no_area = !strcmp(stop->areas, "-");
	/* Last night's stop holds till 05:00 this morning, not tomorrow's;
	 * today's, even one made at 00:10, till tomorrow's. An hour: "the
	 * morning", read by someone up all night, is five hours or twenty-nine. */
	const char *until = history_night_ends_words(stop, now, history_local_offset);
	/* the child was told "no more rolling today" (of a line from before
	 * the mode was kept too: told as the child's own, so it is) */
	if (r->today && p->kid && own(stop, p)) {
		add_line(r, xasprintf("No more rolling until %s. See you then!", until), false);
		return NULL;
	}
	const char *areas = r->areas;
	/* Another's stop (a kid's read by a grown-up, or the other way round):
	 * it is theirs to say it has gone, and a yes here does not lift it for
	 * them. */
	bool theirs = r->theirs = !own(stop, p), others = r->others;
	/* Not asked as a question: "Was that someone else, not you?" was
	 * answered "no, it was my daughter", and rested an area not theirs. */
	char *ask = theirs && others ?
		xasprintf("Enter alone runs the rest without %s. If that was someone else, type yes and Enter:", areas) :
		theirs ? xstrdup("If that was someone else, type yes and Enter to go on (Enter alone: not now):") :
		others && r->today ?
		xasprintf("Better to rest %s until %s: Enter alone runs the rest without %s. Only if you are sure it has gone, type yes and Enter:", areas, until,
			  r->n_areas > 1 ? "them" : areas) : /* just named: not twice in a sentence */
		others ? xasprintf("Enter alone runs the rest without %s. If it has gone and you feel fine, type yes and Enter:", areas) :
		r->today ? xasprintf("Better to rest until %s. Only if you are sure it has gone, type yes and Enter to go on (Enter alone: not now):", until) :
		xstrdup("If it has gone and you feel fine, type yes and Enter to go on (Enter alone: not now):");
	/* "y" on the day, "ok", "help": said what goes on, and asked once more */
	r->again = others ? xasprintf("Only the whole word yes goes on with %s: type it and Enter, or Enter alone to run the rest without %s.", areas, areas) :
		   xstrdup("Only the whole word yes goes on: type it and Enter, or Enter alone for not now.");
	if (p->kid && !theirs) { /* the child was told to tell a grown-up */
		char *t = xasprintf("Ask a grown-up first. %s", ask);
		free(ask);
		ask = t;
	}
	return ask;
}

bool stop_reminder_load(const struct plan *p, time_t now, struct stop_reminder *r, bool *held,
			char **unread)
{
	*r = (struct stop_reminder){ 0 };
	struct history h;
	const char *why = load_quietly(&h);
	*unread = unread_note(&h, why);
	const struct history_entry **stops = stops_for(p);
	const struct history_entry *stop = open_stop(&h, p, now, stops);
	if (stop) {
		tell_stop(r, stop, p, now, false);
		/* The other stops that hold the plan, each once: one yes answers
		 * for all. */
		for (size_t i = 0; i < 2 * p->n_routines; i++) {
			bool told = !stops[i] || stops[i] == stop;
			for (size_t j = 0; j < i; j++)
				told |= stops[j] == stops[i];
			if (!told)
				tell_stop(r, stops[i], p, now, true);
		}
		/* A plan of several areas can go on without the held ones. */
		r->areas = held_areas(p, stops, held, &r->n_areas, &r->others);
		r->question = question(r, stop, p, now);
	}
	free(stops);
	history_free(&h);
	return stop;
}

/* The first word of typed, in lower case (" Yes " with caps lock is yes),
 * and without the marks that end a sentence ("yes." is yes), nor those of
 * the keys beside Enter after it ("yes]", "yes'", "yes\\"). */
static void first_word(const char *typed, char *w, size_t cap)
{
	snprintf(w, cap, "%s", typed + strspn(typed, " \t"));
	for (char *c = w; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	size_t n = strcspn(w, " \t\r.!,");
	for (size_t i = 0; i < n; i++)
		if (text_mark_at(w + i))
			n = i; /* "yes…", "yes😊" */
	while (n && strchr("'\\[];", w[n - 1]))
		n--;
	w[n] = '\0';
}

/* Whether s starts with word, in any case, and no letter follows it. */
static bool starts_with_word(const char *s, const char *word)
{
	size_t n = strlen(word);
	return !strncasecmp(s, word, n) && !isalpha((unsigned char)s[n]);
}

/* "it was someone else", "that's my kid", "my daughter", "the kid": whose
 * stop, in a sentence; the words after its start ("my" and "the" kept), or
 * NULL. */
static const char *said_whose(const char *rest)
{
	static const char *const starts[] = { "it was ", "that was ", "that's ", "thats ",
					      "it's ", "its ", "my ", "the " };
	size_t kept = 2; /* the last ones are part of what they say */
	size_t n = sizeof starts / sizeof *starts;
	/* "the kid", "the other one"; not "the stop was mine" */
	static const char *const others[] = { "kid", "kids", "child", "children", "boy", "girl",
					      "baby", "other", "teen", "little", "young" };
	for (size_t i = 0; i < n; i++) {
		if (strncasecmp(rest, starts[i], strlen(starts[i])))
			continue;
		const char *after = rest + strlen(starts[i]);
		bool other = i < n - 1;
		for (size_t k = 0; !other && k < sizeof others / sizeof *others; k++)
			other = starts_with_word(after, others[k]);
		if (other)
			return i >= n - kept ? rest : after;
	}
	return NULL;
}

/* Whether a sentence says the stop was not the reader's: "it wasn't me",
 * "it was not me", "not me" */
static bool said_not_mine(const char *rest)
{
	static const char *const denied[] = { "wasn't", "wasnt", "was not", "not me" };
	for (size_t i = 0; i < sizeof denied / sizeof *denied; i++) {
		const char *at = strcasestr(rest, denied[i]);
		if (at && (at == rest || !isalpha((unsigned char)at[-1])) &&
		    starts_with_word(at, denied[i]))
			return true;
	}
	return false;
}

/* Whether words said whose is the reader's own: "me", "mine", "my stop". */
static bool mine(const char *whose)
{
	static const char *const own[] = { "me", "mine", "my stop", "my own" };
	for (size_t n = 0; n < sizeof own / sizeof *own; n++)
		if (starts_with_word(whose, own[n]))
			return true;
	return false;
}

/* Whether words say that the stop was the reader's too: "me", "mine",
 * "us", "both" not denied ("not me" is someone else's), as the answer's
 * last word or after "was", "and", "of" ("my kid and me", "both of us",
 * "it was us"; not "let me go on", "we can go on"), or with "too"; or
 * another denied ("not my kid") */
static bool mine_said_in(const char *s)
{
	static const char *const own[] = { "me", "mine", "us", "both", "we", "myself", "ours", "i" };
	static const char *const denied[] = { "not", "wasn't", "wasnt", "isn't", "isnt" };
	static const char *const before[] = { "was", "and", "of", "were", "is", "for" };
	/* "I had it too", "I also stopped", "we both did": the reader's too */
	static const char *const also[] = { "too", "also", "both", "did", "had", "stopped", "felt" };
	bool after_denial = false, after_before = false, after_for = false, own_last = false;
	for (const char *w = s; *w;) {
		size_t n = 0;
		while (isalpha((unsigned char)w[n]) || w[n] == '\'')
			n++;
		if (!n) {
			w++;
			continue;
		}
		bool is_denial = text_word_in(w, n, denied, sizeof denied / sizeof *denied);
		bool is_before = text_word_in(w, n, before, sizeof before / sizeof *before);
		bool is_own = !after_denial && text_word_in(w, n, own, sizeof own / sizeof *own);
		bool is_also = text_word_in(w, n, also, sizeof also / sizeof *also);
		if (own_last && is_also)
			return true; /* "me too", "we both", "I had" */
		if (n == 4 && !strncasecmp(w, "also", 4))
			return true;
		if (is_own && after_before && !(n == 4 && after_for))
			return true; /* not "for both areas" */
		const char *whose = after_denial ? said_whose(w) : NULL;
		if (whose && !mine(whose))
			return true;
		own_last = is_own;
		after_denial = is_denial;
		after_before = is_before;
		after_for = n == 3 && !strncasecmp(w, "for", 3);
		w += n;
	}
	return own_last;
}

/* typed with a phone's ’ as ' ("That’s my kid"), in a copy; caller frees */
static char *straight_apostrophes(const char *typed)
{
	char *s = xstrdup(typed + strspn(typed, " \t")), *o = s;
	for (const char *c = s; *c;)
		if (!strncmp(c, "\u2019", strlen("\u2019")))
			*o++ = '\'', c += strlen("\u2019");
		else
			*o++ = *c++;
	*o = '\0';
	return s;
}

const char *stop_reminder_again(const struct stop_reminder *r, const char *typed)
{
	static const char *const meant[] = { "y", "ye", "ya", "yah", "yea", "k", "kk", "yeah", "yep",
					     "yup", "ok", "okay", "sure",
					     "help", "?", "h", "si", "s\u00ED", "vale", "oui", "ja" };
	char w[64];
	first_word(typed, w, sizeof w);
	if (!r->question || (!r->today && !strcmp(w, "y")))
		return NULL; /* no question; a yes */
	for (size_t i = 0; i < sizeof meant / sizeof *meant; i++)
		if (!strcmp(w, meant[i]))
			return r->again;
	/* "not me", "it wasn't me": an answer to "was that someone else?" in
	 * other words, not a no ("not now" is one) */
	static const char *const not_mine[] = { "wasn't", "wasnt", "someone", "somebody" };
	char *rest = straight_apostrophes(typed);
	/* after a yes or a no, it is that ("no, it wasn't"; "yes, not me") */
	static const char *const said[] = { "yes", "no", "n", "nope", "nah" };
	bool answered = false;
	for (size_t i = 0; i < sizeof said / sizeof *said; i++)
		answered |= !strcmp(w, said[i]);
	bool not_me = !answered && said_not_mine(rest);
	/* "it was someone else", "that was my kid": the question answered in
	 * a sentence */
	const char *was = said_whose(rest);
	not_me |= was && !mine(was);
	/* "yes, it was me", "yes I did": a yes to "someone else?" that says
	 * it was not */
	const char *after = rest + strspn(rest, "YyEeSs");
	after += strspn(after, " ,.!;:-");
	static const char *const i_did[] = { "i did", "i stopped", "i was", "it was i", "myself",
					     "it was myself" };
	bool yes_but_mine = !strcmp(w, "yes") && after > rest + 3 &&
			    ((said_whose(after) && mine(said_whose(after))) || mine(after));
	for (size_t i = 0; !strcmp(w, "yes") && i < sizeof i_did / sizeof *i_did; i++)
		yes_but_mine |= starts_with_word(after, i_did[i]);
	/* "yes, my kid and me", "yes both of us", "yes not my kid" */
	yes_but_mine |= !strcmp(w, "yes") && after > rest + 3 && mine_said_in(after);
	free(rest);
	if (r->theirs && yes_but_mine)
		return r->again;
	for (size_t i = 0; r->theirs && !not_me && i < sizeof not_mine / sizeof *not_mine; i++)
		not_me = !strcmp(w, not_mine[i]);
	if (r->theirs && not_me)
		return r->again;
	/* "yess", "yyes", "yse": yes typed by an unsteady hand, not a no; and
	 * "yws", "tes", "yed": one key of it slipped to another */
	size_t len = strlen(w);
	if (w[0] == 'y' && len >= 2 && len <= 6 && strspn(w, "yes") == len && strcmp(w, "yes"))
		return r->again;
	if (len == 3 && (w[0] == 'y') + (w[1] == 'e') + (w[2] == 's') == 2)
		return r->again;
	return NULL;
}

enum after_stop stop_reminder_answer(const struct stop_reminder *r, const char *typed,
				     char **said, char **without)
{
	*said = NULL;
	if (!r->question)
		return STOP_REFUSED;
	char w[64];
	first_word(typed, w, sizeof w);
	/* "yes still numb", "yes but it hurts": the answer says it has not
	 * gone (a yes first, as a phone's user types, then the truth) */
	bool sure = false, still = advice_symptom_named(typed, &sure) != SYMPTOM_UNKNOWN && sure;
	if (!still && (strcmp(w, "yes") == 0 || (!r->today && strcmp(w, "y") == 0)))
		return STOP_GO_ON;
	if (r->others) { /* the brief says so: "Without back today, after a stop." */
		*without = xstrdup(r->areas);
		return STOP_WITHOUT;
	}
	/* after midnight, last night's stop ends at 05:00: the day is still to come */
	const char *when = r->today && !r->its_day ? "now" : "today";
	/* rest is for whoever stopped: a parent who will not answer for a
	 * child's stop was not hurt; but "no" to "was that someone else?"
	 * says it was their own */
	char *rest = straight_apostrophes(typed);
	const char *whose = said_whose(rest);
	bool own = !strcmp(w, "no") || !strcmp(w, "n") || !strcmp(w, "nope") || !strcmp(w, "nah") ||
		   (whose && mine(whose)) || mine(rest); /* "it was me", "me", "Mine." */
	free(rest);
	own |= still;
	*said = r->theirs && !own ? xasprintf("Not %s, then.", when) :
		xasprintf("Not %s, then%s. Rest%s.", when, still ? ": it has not gone" : "",
			  r->no_area ? "" : r->n_areas > 1 ? " those areas" : " that area");
	return STOP_DECLINED;
}

void stop_reminder_print(const struct stop_reminder *r, FILE *out, int cols)
{
	for (size_t i = 0; i < r->n_lines; i++)
		wrapped_print(out, cols, r->advice[i] ? "  " : "", r->lines[i], "\n");
}

void stop_reminder_free(struct stop_reminder *r)
{
	for (size_t i = 0; i < r->n_lines; i++)
		free(r->lines[i]);
	free(r->lines);
	free(r->advice);
	free(r->question);
	free(r->again);
	free(r->areas);
	*r = (struct stop_reminder){ 0 };
}

enum after_stop stop_reminder_ask(const struct stop_reminder *r, int in_fd, FILE *out,
				  char **without, const sigset_t *sleep_mask)
{
	stop_reminder_print(r, out, 0);
	char line[64] = "";
	const char *again = NULL;
	bool tty = isatty(in_fd);
	for (int asked = 0; r->question && asked < 2; asked++) {
		if (again)
			fprintf(out, "%s\n", again);
		fprintf(out, "%s ", r->question);
		fflush(out);
		/* An Enter typed before it was asked, or pressed twice close
		 * behind (the list's, by a hand that doubles keys), is no
		 * answer: it would be a no, unread. */
		int64_t at = mono_ns();
		if (tty)
			tcflush(in_fd, TCIFLUSH);
		/* A terminal echoed the answer and its Enter; a pipe did not, nor
		 * does a terminal echo Ctrl-D: end the question's line, as the
		 * line-mode picker does. */
		const volatile sig_atomic_t *ending = sleep_mask ? &signals_end : NULL;
		enum line_got got = line_input(in_fd, line, sizeof line, sleep_mask, ending, NULL);
		while (tty && got == LINE_OK && !line[0] && mono_ns() - at < SECOND_PRESS_MS * 1000000LL)
			got = line_input(in_fd, line, sizeof line, sleep_mask, ending, NULL);
		if (got == LINE_SIGNAL) { /* "^C" echoed: the shell's prompt on a line of its own */
			fputc('\n', out);
			fflush(out);
			return STOP_DECLINED;
		}
		if (got != LINE_OK)
			line[0] = '\0'; /* the end, Ctrl-D, or too long to be a yes: a no */
		if (got != LINE_OK || !isatty(in_fd)) {
			fputc('\n', out);
			fflush(out);
		}
		if (!(again = stop_reminder_again(r, line)))
			break; /* an answer; else asked once more */
	}
	char *said;
	enum after_stop answer = stop_reminder_answer(r, line, &said, without);
	if (said)
		fprintf(out, "%s\n", said);
	free(said);
	return answer;
}
