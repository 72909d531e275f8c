#include "plain.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "advice.h"
#include "breath.h"
#include "clock.h"
#include "duration.h"
#include "flow_control.h"
#include "line_input.h"
#include "signals.h"
#include "suggest.h"
#include "text.h"
#include "xalloc.h"

#define LINE_MAX_BYTES 256

struct plain {
	FILE *out;
	int in_fd;
	bool in_tty;   /* a terminal gives a line a read; a pipe, all it holds */
	const struct plan *plan;
	struct cues *cues;
	char buf[LINE_MAX_BYTES];
	size_t len;
	bool overlong; /* a line too long: buf holds its last words (long_line_goes_on) */
	char *long_stop; /* the first part of it that is a stop, or NULL */
	bool eof;      /* input ended: nobody can press Enter, so begin */
	bool started;
	int64_t start_at;  /* session time of the first prep */
	int64_t paused_at, paused_ms; /* the pause going on, and all before it */
	enum session_state last;
	char *status_said; /* the sound status line as last printed */
	int said;          /* a symptom named with the stop ("tingling"), or -1 */
	bool start_sent;   /* Enter read on the brief: lines after it are for the session */
	bool stop_sent;    /* x read: a 1, 2 or 3 after it answers the question */
	bool where_asked;  /* an empty line in a session: say where it is at the next draw */
	bool answer_sent;  /* "tingling" read as x and its answer: no question to ask */
	bool ticking;      /* a countdown begun in this phase: the next tick is its number */
	int64_t said_at;   /* session time of the last line with a time stamp */
	size_t notes_for;  /* 1 + the item a routine's notes were last said at; 0: none */
	size_t mark_item;  /* the hold, and the half minute left, last said by */
	int64_t mark_ms;   /* say_still_holding (mark_ms 0: none) */
	const struct breathing *breath_said; /* the pace the last hold said, or NULL */
	/* Paused once the keys read so far are taken: "pause" and "resume"
	 * read at once with other commands go by it, not by the last state. */
	bool paused_soon;
	int64_t brief_at; /* when the brief was said (mono_ns), on a terminal */
};

/* Spoken: "+", "-", "?" and "/" are what a screen reader drops, so the
 * keys made of them are told with their words. */
#define HELP_AFTER_ENTER(q) "p: pause or resume; n: next; b: back; + or more: more time; " \
	"- or less: less time; h: too hard; x: STOP; m: sound on or off; q: " q "; ? or help: this list"
static const char help[] = "Commands (then Enter): Enter alone: begin, and later say where you are; "
	HELP_AFTER_ENTER("quit");
/* a brief the picker opened: q goes back to it */
static const char help_picked[] = "Commands (then Enter): Enter alone: begin, and later say where you are; "
	HELP_AFTER_ENTER("back to the list");
static const char help_started[] = "Commands (then Enter): Enter: where you are; "
	HELP_AFTER_ENTER("quit");

struct plain *plain_new(FILE *out, int in_fd, const struct plan *plan, struct cues *cues)
{
	struct plain *p = xcalloc(1, sizeof *p);
	p->out = out;
	p->in_fd = in_fd;
	p->in_tty = isatty(in_fd);
	p->plan = plan;
	p->cues = cues;
	p->last = ST_BRIEF;
	p->said = -1;
	return p;
}

void plain_free(struct plain *p)
{
	if (p) {
		free(p->status_said);
		free(p->long_stop);
	}
	free(p);
}

/* The sound status line, each time it changes: at the start, and when the
 * sound thread finds the device gone or, after `m`, missing. */
void plain_say_status(struct plain *p)
{
	const char *st = cues_status(p->cues);
	if (!st || (p->status_said && !strcmp(st, p->status_said)))
		return;
	char *safe = text_printable(st); /* it may name a device */
	fprintf(p->out, "%s\n", safe);
	free(safe);
	free(p->status_said);
	p->status_said = xstrdup(st);
}

void plain_bell(void *ctx)
{
	FILE *out = ctx;
	fputc('\a', out);
	fflush(out);
}

static void list_line(FILE *out, const char *label, const struct strlist *l)
{
	if (!l->n)
		return;
	fprintf(out, "%s: ", label);
	for (size_t i = 0; i < l->n; i++)
		fprintf(out, "%s%s", i ? ", " : "", l->v[i]);
	fputc('\n', out);
}

/* A routine's tool and its own safety notes, as the brief says them;
 * in kid mode, first that they were not written for kids, when so. */
static void say_routine_notes(struct plain *p, size_t i)
{
	const struct routine *r = p->plan->routines[i];
	if (plan_not_for_kids(p->plan, i))
		fprintf(p->out, "%s\n", PLAN_NOT_FOR_KIDS);
	list_line(p->out, "Equipment", &r->equipment);
	for (size_t j = 0; j < r->safety.n; j++)
		if (plan_advice_is_new(p->plan, i, ADVICE_SAFETY, r->safety.v[j], NULL))
			fprintf(p->out, "Safety: %s\n", r->safety.v[j]);
}

void plain_brief(struct plain *p)
{
	plain_say_status(p);
	char total[DURATION_WORDS_MAX];
	duration_words(plan_total_ms(p->plan), total, sizeof total);
	const struct plan *pl = p->plan;
	if (pl->title) /* a preset's */
		fprintf(p->out, "%s%s%s\n", pl->title, pl->summary ? ": " : "",
			pl->summary ? pl->summary : "");
	if (pl->left_out)
		fprintf(p->out, "%s\n", pl->left_out);
	if (pl->warning) /* the screen's, when it could not open */
		fprintf(p->out, "Warning: %s.\n", pl->warning);
	for (size_t i = 0; i < p->plan->n_routines; i++) {
		const struct routine *r = p->plan->routines[i];
		fprintf(p->out, "%s (%s)%s%s\n", r->title, r->area,
			r->summary ? ": " : "", r->summary ? r->summary : "");
		say_routine_notes(p, i);
	}
	fprintf(p->out, "%zu hold%s, %s in all%s.\n", p->plan->n_items,
		p->plan->n_items == 1 ? "" : "s", total,
		p->plan->kid ? ", kid mode: light pressure, short holds" : "");
	char preview[64];
	plan_preview_note(pl, preview, sizeof preview);
	if (*preview)
		fprintf(p->out, "%s\n", preview);
	fprintf(p->out, "%s: type x and Enter.\n", advice_stop_rule(p->plan->kid));
	fprintf(p->out, "Press Enter to begin. %s.\n", p->plan->picked ? help_picked : help);
	fflush(p->out);
	/* An Enter typed before it was said (twice after the list's number,
	 * by a hand that doubles keys) is no answer: it would begin unheard. */
	if (p->in_tty) {
		tcflush(p->in_fd, TCIFLUSH);
		p->brief_at = mono_ns();
	}
}

/* The time since the first prep, pauses left out, as the screen counts it. */
static void stamp(struct plain *p, int64_t at)
{
	char clock[16];
	duration_clock_elapsed(p->started ? at - p->start_at - p->paused_ms : 0, clock, sizeof clock);
	fprintf(p->out, "[%s] ", clock);
	p->said_at = at;
}

/* For what happens within a phase (h, +, a prompt): paused, the clock
 * stands where the pause began. */
static void stamp_in_phase(struct plain *p, int64_t at)
{
	stamp(p, p->last == ST_PAUSED ? p->paused_at : at);
}

/* "Hold 2 of 6: Arch, right side", as the screen's header counts them (the
 * side left out where it was just said: not twice in a line listened to),
 * with hold as words ("of hold", inside a sentence) */
static void say_step_as(struct plain *p, const char *hold, const struct plan_item *it, size_t index,
			bool side)
{
	fprintf(p->out, "%s %zu of %zu: %s", hold, index + 1, p->plan->n_items, it->step->title);
	if (side && it->side != SIDE_NONE)
		fprintf(p->out, ", %s side", side_name(it->side));
}

static void say_step(struct plain *p, const struct plan_item *it, size_t index, bool side)
{
	say_step_as(p, "Hold", it, index, side);
}

/* The routine is named with the first hold, and a preset's next one on a
 * line of its own: each word said is a moment of the prep gone. */
static void say_item(struct plain *p, const struct plan_item *it, size_t index)
{
	const struct step *s = it->step;
	char prep[DURATION_WORDS_MAX];
	duration_words(it->prep_ms, prep, sizeof prep);
	say_step(p, it, index, true);
	if (index == 0)
		fprintf(p->out, " (%s)", it->routine->title);
	fprintf(p->out, ". Get into position: %s.", prep);
	if (s->instruction)
		fprintf(p->out, " %s", s->instruction);
	if (s->avoid)
		fprintf(p->out, " Take care: %s", s->avoid);
	fputc('\n', p->out);
}

/* One phase of the breath, after the first: ", out 6 seconds" or ", hold
 * it for 2 seconds". */
static void say_breath_phase(struct plain *p, enum breath_phase ph, int64_t ms)
{
	char d[DURATION_WORDS_MAX];
	duration_words(ms, d, sizeof d);
	if (p->plan->kid)
		fprintf(p->out, ", %s for %s", breath_words(ph, 1), d);
	else
		fprintf(p->out, ", %s %s", ph == BREATH_OUT ? "out" : ph == BREATH_HOLD_IN ? "hold" : "wait", d);
}

/* The pace is said with the first hold and when it changes (a preset's
 * next routine), not again each hold, for a listener to keep up. */
static void say_hold(struct plain *p, const struct plan_item *it, int64_t hold_ms)
{
	const struct breathing *b = &it->routine->breathing;
	char hold[DURATION_WORDS_MAX], in[DURATION_WORDS_MAX];
	duration_words(hold_ms, hold, sizeof hold);
	duration_words(b->inhale_ms, in, sizeof in);
	bool pace = !p->breath_said || memcmp(b, p->breath_said, sizeof *b) != 0;
	p->breath_said = b;
	if (p->plan->kid)
		fprintf(p->out, "Hold %s, press softly.", hold);
	else
		fprintf(p->out, "Hold %s, %s pressure.", hold, pressure_name(it->pressure));
	if (!pace) {
		fputc('\n', p->out);
		return;
	}
	if (p->plan->kid)
		fprintf(p->out, " %c%s for %s", toupper((unsigned char)*breath_words(BREATH_IN, 1)),
			breath_words(BREATH_IN, 1) + 1, in);
	else
		fprintf(p->out, " Breathe in %s", in);
	if (b->hold_in_ms > 0) /* the breath's own holds, as the pacer shows them */
		say_breath_phase(p, BREATH_HOLD_IN, b->hold_in_ms);
	say_breath_phase(p, BREATH_OUT, b->exhale_ms);
	if (b->hold_out_ms > 0)
		say_breath_phase(p, BREATH_HOLD_OUT, b->hold_out_ms);
	fputs(".\n", p->out);
}

/* The phase a time left belongs to, as "where" says it. */
static const char *phase_words(enum session_state st)
{
	return st == ST_HOLD ? "hold" : "getting into position";
}

/* Where a stop came, as the screen says it under STOP; NULL before any
 * step. Caller frees. */
static char *stop_during(const struct plain *p, const struct view *v)
{
	bool after;
	const struct plan_item *it = session_stop_item(p->plan, v, &after);
	if (!it)
		return NULL;
	char side[32] = "";
	if (it->side != SIDE_NONE)
		snprintf(side, sizeof side, ", %s side", side_name(it->side));
	return xasprintf("%s: %s%s (%s).", after ? "After" : "During", it->step->title, side,
			 it->routine->title);
}

static void say_state(struct plain *p, const struct session_event *ev, const struct view *v)
{
	char a[DURATION_WORDS_MAX], outcome[160];
	/* Events carry their item: several may come in one wake-up. */
	const struct plan_item *it = &p->plan->items[ev->item];
	if (p->last == ST_PAUSED) /* resumed, or moved on by n, b, x or q */
		p->paused_ms += ev->at - p->paused_at;
	if (ev->state == ST_PAUSED)
		p->paused_at = ev->at;
	if (ev->state == ST_PREP && !p->started) {
		p->started = true;
		p->start_at = ev->at;
	}
	p->ticking = false;
	if (p->notes_for && ev->item + 1 < p->notes_for)
		p->notes_for = 0; /* back before its routine began: said again on the way */
	if (p->started) /* "[0:00] Quit before it began" would time nothing */
		stamp(p, ev->at);
	if (p->last == ST_PAUSED && !ev->resumed && ev->state != ST_STOP && ev->state != ST_QUIT)
		fputs("Pause over. ", p->out); /* n or b while paused: the clock runs again */
	if (ev->resumed) {
		duration_words(ev->left_ms, a, sizeof a);
		fprintf(p->out, "Resumed: %s, %s left.\n", phase_words(ev->state), a);
		return;
	}
	switch (ev->state) {
	case ST_BRIEF:
		p->start_sent = false;
		p->breath_said = NULL; /* begun again: said again */
		fprintf(p->out, "Back at the start. Press Enter to begin.\n");
		break;
	case ST_PREP:
		/* A preset's next routine: the brief said its tool and its
		 * cautions long ago, and they are what matter now, before
		 * how to lie on it. Not again for b in that routine: 40 s of
		 * notes read aloud over a 10 s prep, which the pause was for. */
		if (plan_starts_routine(p->plan, ev->item) && ev->item + 1 != p->notes_for) {
			fprintf(p->out, "Next routine: %s (%s).\n", it->routine->title, it->routine->area);
			say_routine_notes(p, it->routine_index);
			p->notes_for = ev->item + 1;
		}
		say_item(p, it, ev->item);
		break;
	case ST_SWITCH:
		duration_words(ev->left_ms, a, sizeof a);
		/* The count goes on: the next prep says "Hold 3 of 6". */
		fprintf(p->out, "Switch to the %s side: %s. ", side_name(it->side), a);
		say_step(p, it, ev->item, false); /* its side just said */
		fputc('.', p->out);
		if (it->step->avoid) /* the other side needs it as much: the screen shows it too */
			fprintf(p->out, " Take care: %s", it->step->avoid);
		fputc('\n', p->out);
		break;
	case ST_HOLD:
		say_hold(p, it, ev->left_ms);
		p->mark_ms = 0; /* begun again (b): its half minutes said again */
		break;
	case ST_PAUSED:
		if (ev->to_listen)
			fputs("Paused while you listen: type p and Enter when ready.\n", p->out); /* by itself */
		else
			fprintf(p->out, "Paused. Type p and Enter to %s.\n", v->kid ? "go on" : "resume");
		break;
	case ST_STOP: {
		char *during = stop_during(p, v);
		plain_say_stop(line_safety_out(p->out), v->kid, during, !p->answer_sent); /* "tingling" answered it */
		free(during);
		p->answer_sent = false;
		break;
	}
	case ST_DONE:
		advice_outcome(v, true, outcome, sizeof outcome);
		fputs(outcome, p->out);
		if (!v->completed) { /* skipped to the end */
			fputc('\n', p->out);
			break;
		}
		if (v->too_hard_count)
			fprintf(p->out, " Too hard: %d time%s.", v->too_hard_count,
				v->too_hard_count == 1 ? "" : "s");
		if (p->plan->preview > 0)
			fputs(" " ADVICE_PREVIEW_ENDED, p->out);
		fputc('\n', p->out);
		for (size_t i = 0; i < p->plan->n_routines; i++) {
			const struct strlist *l = &p->plan->routines[i]->aftercare;
			for (size_t j = 0; j < l->n; j++)
				if (session_aftercare_is_new(v, p->plan, i, l->v[j]))
					fprintf(p->out, "Aftercare: %s\n", l->v[j]);
		}
		break;
	case ST_QUIT:
		if (!p->started) { /* q on the brief: nothing ended early */
			fputs("Quit before it began.\n", p->out);
			break;
		}
		advice_outcome(v, true, outcome, sizeof outcome);
		fprintf(p->out, "%s\n", outcome);
		break;
	}
}

void plain_say_stop(FILE *out, bool kid, const char *during, bool ask)
{
	/* What to do at once comes first, as on the screen; then where, and
	 * the question. Its "Stop" in capitals, said once: "STOP. Stop now."
	 * was two. */
	const char *first = advice_stop(SYMPTOM_UNKNOWN, kid, false)[0];
	if (!strncmp(first, "Stop", 4))
		first += 4;
	fprintf(out, "STOP%s\n", first);
	if (during)
		fprintf(out, "%s\n", during);
	if (ask)
		fprintf(out, "%s 1 %s, 2 %s, 3 %s (type the number and Enter).\n",
			advice_stop_question(kid), advice_symptom_label(SYMPTOM_NUMB, kid),
			advice_symptom_label(SYMPTOM_SHARP, kid), advice_symptom_label(SYMPTOM_OTHER, kid));
}

void plain_ask_stop_again(FILE *out, bool kid)
{
	fprintf(out, "%s Type 1, 2 or 3 and Enter.\n", advice_stop_question(kid));
	fflush(out);
}

void plain_say_symptom(FILE *out, enum symptom sy, bool kid, bool any_area)
{
	fprintf(out, "You said: %s.\n", advice_symptom_label(sy, kid));
	for (const char *const *l = advice_stop(sy, kid, any_area) + 1; *l; l++) /* [0] was said */
		fprintf(out, "%s\n", *l);
}

static void plain_event(void *ctx, const struct session_event *ev, const struct view *v)
{
	struct plain *p = ctx;
	char left[DURATION_WORDS_MAX];
	switch (ev->kind) {
	case EV_STATE:
		say_state(p, ev, v);
		p->last = ev->state;
		break;
	case EV_CUE:
		plain_say_status(p); /* the cue found the sound thread held, perhaps */
		/* "3 seconds left", "2", "1": no time stamp, and the count's
		 * number alone after its first line, as a second has room
		 * for one word said ("[0:41] 2 seconds left" took 2.5 s). */
		if (ev->cue == CUE_TICK && p->ticking) {
			fprintf(p->out, "%lld\n", (long long)((ev->left_ms + 999) / 1000));
		} else if (ev->cue == CUE_TICK) {
			duration_words(ev->left_ms, left, sizeof left);
			fprintf(p->out, "%s left\n", left);
			p->ticking = true;
		}
		break;
	case EV_PROMPT:
		p->ticking = false; /* "2" alone after a sentence counts nothing heard */
		stamp(p, ev->at);
		fprintf(p->out, "%s\n", ev->text);
		break;
	case EV_ADJUST: { /* "[0:36] Now: hold, 35 seconds left." */
		p->ticking = false; /* a count begun anew after it says what it counts */
		_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "said as 30 seconds below");
		char most[DURATION_WORDS_MAX + 64] = "";
		if (v->at_most_ms) {
			duration_words(v->at_most_ms, left, sizeof left);
			snprintf(most, sizeof most, ": %s at most, more is not better", left);
		}
		stamp_in_phase(p, ev->at);
		duration_words(ev->left_ms, left, sizeof left);
		fprintf(p->out, "Now: %s, %s left%s.\n", phase_words(ev->phase), left,
			v->at_kid_cap ? ": a kid's hold is 30 seconds at most" : *most ? most :
			!v->at_floor ? "" : ev->phase == ST_HOLD ? ": 1 second at least (n skips)" :
			": 1 second at least (n holds now)");
		break;
	}
	case EV_TOO_HARD:
		stamp_in_phase(p, ev->at);
		fprintf(p->out, "%s\n", advice_too_hard(v->kid));
		break;
	case EV_SYMPTOM:
		plain_say_symptom(line_safety_out(p->out), ev->symptom, v->kid, v->stop_any_area);
		break;
	}
	fflush(p->out);
}

/* Where the session is, asked with an empty line: a screen reader cannot
 * glance at a clock. */
static void say_where(struct plain *p, const struct view *v, int64_t now)
{
	char left[DURATION_WORDS_MAX], done[DURATION_WORDS_MAX], total[DURATION_WORDS_MAX];
	duration_words(v->left_ms, left, sizeof left);
	duration_words_done(v->done_ms, done, sizeof done);
	duration_words(v->total_ms, total, sizeof total);
	enum session_state st = v->state == ST_PAUSED ? v->paused_from : v->state;
	stamp(p, v->state == ST_PAUSED ? p->paused_at : now); /* a pause stops the clock */
	/* the time left first: heard at once, and on a braille line of 40 */
	fprintf(p->out, "%s%s left ", v->state == ST_PAUSED ? "Paused. " : "", left);
	say_step_as(p, st == ST_HOLD ? "of hold" : "to get into position for hold", v->item,
		    v->item_index, true);
	fprintf(p->out, ". %s of %s done.\n", done, total);
}

/* A hold says its time left at each half minute after nothing else was
 * said for 20 s: a 60 s hold had 57 s of silence, which a listener could
 * not tell from a hang. Returns when to look again, or -1. */
#define STILL_EVERY_MS 30000
#define STILL_QUIET_MS 20000
static int64_t say_still_holding(struct plain *p, const struct view *v, int64_t now)
{
	if (v->state != ST_HOLD || v->ended || !v->item)
		return -1;
	int64_t left = v->left_ms;
	/* the half minute just reached (left a moment under it), not the
	 * hold's own start */
	int64_t mark = (left + STILL_EVERY_MS - 1) / STILL_EVERY_MS * STILL_EVERY_MS;
	bool reached = mark - left < 1000 && mark >= STILL_EVERY_MS && mark < v->phase_ms;
	if (reached && now - p->said_at >= STILL_QUIET_MS &&
	    !(p->mark_item == v->item_index && p->mark_ms == mark)) {
		char words[DURATION_WORDS_MAX];
		duration_words(mark, words, sizeof words);
		stamp(p, now);
		fprintf(p->out, "Still holding: %s left.\n", words);
		fflush(p->out);
		p->mark_item = v->item_index, p->mark_ms = mark;
	}
	int64_t next = (left - 1) / STILL_EVERY_MS * STILL_EVERY_MS;
	return next >= STILL_EVERY_MS ? now + (left - next) : -1;
}

static int64_t plain_draw(void *ctx, const struct view *v, int64_t now)
{
	struct plain *p = ctx;
	plain_say_status(p); /* the sound thread's news may have changed it */
	if (p->where_asked && v->item && !v->ended && v->state != ST_STOP)
		say_where(p, v, now);
	p->where_asked = false;
	return say_still_holding(p, v, now); /* the rest is a line from plain_event */
}

/* p and a blank toggle the pause; its words go one way each (way 1: they
 * only pause, -1: they only resume) */
#define PAUSES(w) { w, SK_PAUSE, 1 }
#define RESUMES(w) { w, SK_PAUSE, -1 }
static const struct {
	const char *word;
	enum session_key key;
	int way;
} commands[] = {
	{ "", SK_START, 0 }, { "start", SK_START, 0 }, { "begin", SK_START, 0 }, { "go", SK_START, 0 },
	{ "p", SK_PAUSE, 0 }, { " ", SK_PAUSE, 0 },
	PAUSES("pause"), PAUSES("wait"), PAUSES("hold on"), PAUSES("hang on"), PAUSES("wait a sec"),
	PAUSES("wait a second"), PAUSES("wait a minute"), PAUSES("hold on a second"),
	PAUSES("hang on a minute"), PAUSES("one sec"), PAUSES("hold on a sec"), PAUSES("one second"),
	PAUSES("just a sec"), PAUSES("just a second"),
	RESUMES("resume"), RESUMES("go on"), RESUMES("continue"), RESUMES("unpause"),
	RESUMES("carry on"), RESUMES("keep going"), RESUMES("ok continue"), RESUMES("ok, continue"),
	RESUMES("okay continue"), RESUMES("okay, continue"), RESUMES("ok keep going"),
	RESUMES("ok, keep going"), RESUMES("keep going please"),
	{ "n", SK_NEXT, 0 }, { "next", SK_NEXT, 0 }, { "skip", SK_NEXT, 0 }, { "b", SK_PREV, 0 },
	{ "back", SK_PREV, 0 },
	{ "more time", SK_MORE, 0 }, { "less time", SK_LESS, 0 },
	{ "+", SK_MORE, 0 }, { "=", SK_MORE, 0 }, { "more", SK_MORE, 0 }, { "-", SK_LESS, 0 },
	{ "less", SK_LESS, 0 }, { "h", SK_TOO_HARD, 0 },
	{ "too hard", SK_TOO_HARD, 0 }, { "x", SK_STOP, 0 }, { "s", SK_STOP, 0 },
	{ "stop", SK_STOP, 0 }, { "q", SK_QUIT, 0 }, { "quit", SK_QUIT, 0 }, { "exit", SK_QUIT, 0 },
	{ "bye", SK_QUIT, 0 }, { "goodbye", SK_QUIT, 0 }, { "enough", SK_QUIT, 0 },
	{ "1", SK_SYMPTOM_NUMB, 0 }, { "2", SK_SYMPTOM_SHARP, 0 }, { "3", SK_SYMPTOM_OTHER, 0 },
};

/* 🛑, ⛔, 🚫, ✋ and ❌ ✖ ❎ ✗ ✘ (a phone's x), typed for a stop */
static const char *const stop_signs[] = { "\U0001F6D1", "\u26D4", "\U0001F6AB", "\u270B",
					  "\u274C", "\u2716", "\u274E", "\u2717", "\u2718" };

static bool stop_sign_at(const char *s)
{
	for (size_t i = 0; i < sizeof stop_signs / sizeof *stop_signs; i++)
		if (!strncmp(s, stop_signs[i], strlen(stop_signs[i])))
			return true;
	return false;
}

static bool stop_sign_in(const char *s)
{
	for (size_t i = 0; i < sizeof stop_signs / sizeof *stop_signs; i++)
		if (strstr(s, stop_signs[i]))
			return true;
	return false;
}

char *plain_strip_marks(char *word)
{
	/* before it: "¡stop!", "¿x?", "«x»", a quote, "😣 stop", "• x"; not
	 * a stop sign, typed for a stop ("⛔️", "🛑!") */
	for (size_t m; !stop_sign_at(word) &&
		       (m = strchr("\"' \t", *word) && *word ? 1 : text_mark_at(word)) && word[m];)
		word += m;
	/* after it: ".", "!", "?", blanks, a quote, and beyond ASCII "…", "😣",
	 * a no-break space; "?" alone stays */
	for (size_t len = strlen(word);;) {
		if (len > 1 && strchr(".!? \t\"'", word[len - 1])) {
			word[--len] = '\0';
			continue;
		}
		size_t lead = len; /* the last character's first byte */
		while (lead > 0 && ((unsigned char)word[lead - 1] & 0xC0) == 0x80)
			lead--;
		if (lead < 2 || lead == len || text_mark_at(word + lead - 1) != len - lead + 1)
			break;
		len = lead - 1;
		word[len] = '\0';
	}
	return word;
}

/* The way a pause word goes: 1 pauses only, -1 resumes only, 0 toggles
 * (p) or is no pause word. */
static int pause_way(const char *word)
{
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcasecmp(word, commands[i].word) == 0)
			return commands[i].way;
	return 0;
}

int plain_command_word(const char *word)
{
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcasecmp(word, commands[i].word) == 0)
			return (int)commands[i].key;
	return -1;
}

int plain_answer_word(const char *word)
{
	/* "one", as a listener says it (dictated, or typed) */
	static const struct {
		const char *word;
		enum session_key key;
	} said[] = { { "one", SK_SYMPTOM_NUMB }, { "two", SK_SYMPTOM_SHARP },
		     { "three", SK_SYMPTOM_OTHER } };
	for (size_t i = 0; i < sizeof said / sizeof *said; i++)
		if (!strcasecmp(word, said[i].word))
			return (int)said[i].key;
	/* "11": a tap doubled, as the screen takes 1 pressed twice */
	size_t same = 0;
	while (word[same] && word[same] == word[0])
		same++;
	if (word[0] >= '1' && word[0] <= '3' && !word[same]) {
		const char one[2] = { word[0], '\0' };
		return plain_command_word(one);
	}
	return plain_command_word(word);
}

static bool word_among(const char *word, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(word, list[i]))
			return true;
	return false;
}

/* "stop" with one key struck beside one of its own, on a QWERTY keyboard
 * ("srop", "atop", "stio", "stol"): a phone's commonest slip */
static bool stop_one_key_beside(const char *word)
{
	static const char *const beside[] = { "awedxz", "ryfg56", "ipkl90", "ol0" };
	if (strlen(word) != 4)
		return false;
	int slips = 0;
	for (size_t i = 0; i < 4; i++)
		if (word[i] != "stop"[i] && (slips++ || !strchr(beside[i], word[i])))
			return false;
	return slips == 1;
}

/* "stop", and a slip of it: "stopp", "stoop", two keys swapped ("stpo"),
 * one left out ("stp", "sto"), one beside ("srop") */
static bool is_stop_word(const char *word)
{
	static const char *const slips[] = { "stpo", "sotp", "tsop", "stp", "sto", "sop", "stopping" };
	if (word_among(word, slips, sizeof slips / sizeof *slips) || stop_one_key_beside(word))
		return true;
	/* a key held a moment too long: "sstop", "sttop", "stopp" */
	char once[16];
	size_t n = 0;
	for (const char *c = word; *c && n + 1 < sizeof once; c++)
		if (!n || once[n - 1] != *c)
			once[n++] = *c;
	once[n] = '\0';
	if (!strcmp(once, "stop"))
		return true;
	size_t wl = strlen(word);
	if (wl < 4 || strncmp(word, "sto", 3))
		return false;
	size_t o = strspn(word + 2, "o"), pp = strspn(word + 2 + o, "p");
	return pp && 2 + o + pp == wl;
}

/* Marks a stop typed in a hurry may carry: "Stop!", "x.", "x]" (a key
 * beside Enter), and between it and its number: "x: 1" (as help writes
 * "x: STOP"), "x - 1", "x (1)". */
static const char stop_marks[] = ".!?,;:'\\[]()-";

bool plain_meant_stop(const char *line, bool s_too)
{
	/* a stop sign typed for one: "🛑", "⛔ please", "✋" */
	if (stop_sign_in(line))
		return true;
	/* x held down: thirty a second, a line of any length; s too, where
	 * it is STOP */
	size_t held = strspn(line, s_too ? " \txXsS" : " \txX");
	if (!line[held] && strpbrk(line, s_too ? "xXsS" : "xX"))
		return true;
	char w[96]; /* "I think we should stop the session": asked in a sentence */
	size_t n = strspn(line, " \t"), len = 0;
	/* "Stop!", "x.", "let's stop", "x]" (a key beside Enter): the marks left off */
	for (line += n; *line && len + 1 < sizeof w; line++)
		if (!strchr(stop_marks, *line))
			w[len++] = (char)tolower((unsigned char)*line);
	while (len && isspace((unsigned char)w[len - 1]))
		len--;
	w[len] = '\0';
	if (!len || *line)
		return false; /* none, or longer than a slip */
	/* "xx", "x x", "ss": a doubled press; "zx", "xc": a neighbour's too */
	size_t xs = 0, ss = 0, blanks = 0, near = 0;
	for (const char *c = w; *c; c++)
		xs += *c == 'x', ss += *c == 's', blanks += *c == ' ', near += !!strchr("zcd", *c);
	if (xs + (s_too ? ss : 0) + blanks == len && (xs || ss))
		return true;
	if (xs && xs + ss + near + blanks == len && len - blanks <= 2)
		return true;
	/* "stop stop", "stop now", "stopp", "stoop"; not "stop sound". Or
	 * asked for: "I want to stop", "can we stop now", "please stop". */
	static const char *const asking[] = { "i", "want", "wanna", "to", "need", "have",
					      "please", "can", "we", "let", "lets", "me", "ok", "okay",
					      "wait", "sorry", "oh", "should", "shall", "maybe", "think",
					      "ill", "will", "im", "am", "going", "gonna", "better", "just",
					      "id", "must", "mom", "mum", "mommy", "mummy", "dad", "daddy",
					      "like", "do", "would", "wd" };
	static const char *const after[] = { "now", "please", "plz", "pls", "the", "this", "session",
					     "here", "rolling", "it", "right", "immediately", "mom", "mum",
					     "mommy", "mummy", "dad", "daddy" };
	char *word[16];
	size_t words = 0;
	for (char *save = NULL, *t = strtok_r(w, " ", &save); t && words < 16;
	     t = strtok_r(NULL, " ", &save))
		word[words++] = t;
	size_t k = 0;
	while (k < words && word_among(word[k], asking, sizeof asking / sizeof *asking))
		k++; /* the asking words, if any */
	if (k == words || !is_stop_word(word[k]))
		return false;
	for (k++; k < words; k++)
		if (!is_stop_word(word[k]) && !word_among(word[k], after, sizeof after / sizeof *after))
			return false;
	return true;
}

bool plain_stop_and_more(const char *line)
{
	line += strspn(line, " \t");
	size_t xs = strspn(line, "xX"), word = xs;
	if (!xs) { /* "stop", "Stopp" */
		char w[8];
		while (line[word] && !strchr(" \t", line[word]) && !strchr(stop_marks, line[word]) &&
		       (unsigned char)line[word] < 0x80)
			word++;
		if (word >= sizeof w)
			return false;
		for (size_t i = 0; i < word; i++)
			w[i] = (char)tolower((unsigned char)line[i]);
		w[word] = '\0';
		if (!is_stop_word(w))
			return false;
	} else if (xs > 2) {
		return false;
	}
	const char *rest = line + word + strspn(line + word, stop_marks);
	if (xs && isdigit((unsigned char)*rest))
		return true; /* "x1 2", "x1,2": keys mashed after the x */
	if (text_mark_at(rest))
		return true; /* "x…", "stop😣", "x‼1" */
	if (*rest != ' ' && *rest != '\t')
		return false; /* "x-ray", "xylophone", "stopé" */
	rest += strspn(rest, " \t");
	if (!*rest)
		return false;
	/* after x, anything; after "stop", a number or a mark ("stop #1",
	 * "stop — 1"), a number's word or "it": "stop sound" meant the sound */
	static const char *const meant[] = { "one", "two", "three", "it" };
	for (size_t i = 0; !xs && i < sizeof meant / sizeof *meant; i++) {
		size_t n = strlen(meant[i]);
		if (!strncasecmp(rest, meant[i], n) && !isalpha((unsigned char)rest[n]))
			return true;
	}
	/* a mark, a digit, or anything beyond ASCII: an emoji ("stop 😣"), a
	 * dash, or a word in another script, stopped on rather than missed */
	return xs || !isalpha((unsigned char)*rest);
}

bool plain_numbered_stop(const char *line, bool s_too, int *answer)
{
	size_t len = strlen(line), digits = 0;
	while (len && strchr(stop_marks, line[len - 1])) /* "stop 2.", "x 1!" */
		len--;
	while (digits < len && isdigit((unsigned char)line[len - 1 - digits]))
		digits++;
	/* "x1234": keys mashed after the x, a stop all the same */
	if (!digits || digits == len)
		return false;
	char *head = xstrndup(line, len - digits);
	bool stop = plain_meant_stop(head, s_too);
	free(head);
	const char number[2] = { line[len - digits], '\0' };
	*answer = stop && digits == 1 && *number >= '1' && *number <= '3' ? plain_command_word(number) : -1;
	return stop;
}

static void say_output_gone(void)
{
	fputs("unknot: nothing reads line mode's lines any more (their pipe is closed): quit before "
	      "it began\n", stderr);
}

/* On the brief, its Enter not yet read: nothing begun. */
static bool on_brief(const struct plain *p)
{
	return p->last == ST_BRIEF && !p->start_sent;
}

/* A line longer than buf goes on: the part in buf is asked whether it is a
 * stop, and its last words go on into the next part, so that a symptom
 * cut in two is read whole ("...and now my whole foot has gone numb", a
 * dictated report of 282 characters, had been refused unread). */
static void long_line_goes_on(struct plain *p)
{
	p->overlong = true;
	/* asked up to its last blank: a word cut at the end ("pain|ting")
	 * had been taken for one of its own, a sure stop */
	const char *blank = memrchr(p->buf, ' ', p->len);
	size_t upto = blank ? (size_t)(blank - p->buf) + 1 : p->len;
	char cut = p->buf[upto]; /* upto < sizeof buf: a byte is left for the end */
	p->buf[upto] = '\0';
	if (!p->long_stop && plain_long_line_stops(p->buf, !on_brief(p)))
		p->long_stop = xstrdup(p->buf);
	p->buf[upto] = cut;
	/* the last words go on into the next part, the one cut among them:
	 * a phrase cut in two ("I can barely | feel my toes") is read whole
	 * there; none when its last 64 bytes have no blank (no word is so long) */
	size_t start = p->len > 64 ? p->len - 64 : 0;
	const char *word = memchr(p->buf + start, ' ', p->len - start);
	size_t from = word ? (size_t)(word - p->buf) + 1 : p->len;
	memmove(p->buf, p->buf + from, p->len - from);
	p->len -= from;
}

/* The part of the line read to be the command: the line, or of one too
 * long a part that is a stop; NULL when it is refused (and said so). */
static char *line_read(struct plain *p)
{
	p->buf[p->len] = '\0';
	if (!p->overlong)
		return p->buf;
	if (p->long_stop)
		return p->long_stop;
	if (plain_long_line_stops(p->buf, !on_brief(p)))
		return p->buf;
	fprintf(line_safety_out(p->out), "Command too long, ignored.%s\n",
		on_brief(p) ? "" : " To stop: x and Enter.");
	return NULL;
}

/* The line read and taken: ready for the next. */
static void line_done(struct plain *p)
{
	p->len = 0;
	p->overlong = false;
	free(p->long_stop);
	p->long_stop = NULL;
}

bool plain_long_line_stops(const char *kept, bool s_too)
{
	char *line = xstrdup(kept);
	text_fold_fullwidth(line); /* ｘ held down, an input method left on */
	for (char *c = line; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	bool sure;
	bool stop = advice_symptom_named(line, &sure) != SYMPTOM_UNKNOWN ||
		    plain_meant_stop(line, s_too) || plain_stop_and_more(line);
	free(line);
	return stop;
}

/* The command that line is a slip of, or NULL: a key swapped, doubled,
 * left out or struck beside, after the same first letter ("puase", "nxet",
 * "qiut"). Not a word of its own a letter or two away: "wait" had been
 * told quit, "sore" more, "rest" next. */
static const char *command_slipped(const char *line, const char *const *words, size_t n)
{
	const char *same[32];
	size_t k = 0;
	for (size_t i = 0; i < n && k < sizeof same / sizeof *same; i++)
		if (words[i][0] == line[0])
			same[k++] = words[i];
	return k ? suggest_closest(line, same, k, 1) : NULL;
}

/* Whether a clause of line, between . ! ? , ; or :, is a stop ("Wait.
 * Stop!", "I'm tired. Stop.", "sorry, x"): a stop said after something
 * else is a stop. */
static bool stop_in_a_clause(const char *line, bool s_too)
{
	char *copy = xstrdup(line);
	bool stop = false;
	for (char *save = NULL, *c = strtok_r(copy, ".!?,;:", &save); c && !stop;
	     c = strtok_r(NULL, ".!?,;:", &save)) {
		c += strspn(c, " \t");
		size_t n = strlen(c);
		while (n && (c[n - 1] == ' ' || c[n - 1] == '\t'))
			c[--n] = '\0';
		stop = plain_meant_stop(c, s_too);
	}
	free(copy);
	return stop;
}

/* Maps one command line to a key; -1 when it is for the front end alone. */
static int command(struct plain *p, char *line)
{
	p->ticking = false; /* the line typed, and any answer, come between the count's words */
	text_fold_fullwidth(line); /* ｘ from an input method's full-width mode is x */
	size_t n = strlen(line);
	while (n && isspace((unsigned char)line[n - 1]) && !(n == 1 && line[0] == ' '))
		line[--n] = '\0';
	char *word = line + strspn(line, " \t"); /* " x" is x; " " alone is pause */
	if (*word)
		line = word;
	char typed[sizeof p->buf]; /* as typed, for "Unknown command": a listener hears their words */
	snprintf(typed, sizeof typed, "%s", line);
	for (char *c = line; *c; c++) /* X, STOP, Quit: caps lock must not lose a stop */
		*c = (char)tolower((unsigned char)*c);
	line = plain_strip_marks(line); /* "resume.", "help?", "¡stop!": a mark typed with the word */
	static const char *const where[] = { "where", "where am i", "time", "time left", "how long",
					     "how long left", "status" };
	if (p->started && (!*line || word_among(line, where, sizeof where / sizeof *where)) &&
	    p->last != ST_STOP) {
		p->where_asked = true; /* said at the draw that follows, with the time */
		return -1;
	}
	int key = p->last == ST_STOP ? plain_answer_word(line) : plain_command_word(line);
	/* On the brief nothing is rolled yet, and s is more often "start" than
	 * STOP, as on the screen: said how to begin (x still stops) */
	bool brief = on_brief(p);
	if (brief && !strcmp(line, "s")) {
		fputs("Nothing is rolled yet: Enter alone begins; x and Enter is STOP.\n", p->out);
		fflush(p->out);
		return -1;
	}
	/* "tingling", "ouch": someone who says what happened instead of x is
	 * stopped, not told the commands; what they said answers the question. */
	bool sure;
	enum symptom said = key < 0 ? advice_symptom_named(line, &sure) : SYMPTOM_UNKNOWN;
	int symptom = said == SYMPTOM_NUMB ? SK_SYMPTOM_NUMB : said == SYMPTOM_SHARP ? SK_SYMPTOM_SHARP :
		      said == SYMPTOM_OTHER ? SK_SYMPTOM_OTHER : -1;
	if (key < 0 && symptom < 0 && plain_meant_stop(line, !brief)) {
		/* On the brief, before anything is rolled, only x's forms stop:
		 * "should I stop?" or "sto" there kept a stop until the next day */
		if (brief && !strpbrk(line, "xX") && !stop_sign_in(line)) {
			fputs("Nothing is rolled yet: Enter alone begins; q and Enter quits; x and Enter "
			      "is STOP.\n", p->out);
			fflush(p->out);
			return -1;
		}
		key = SK_STOP; /* "xx", "stop!": a hand that doubles keys stops too */
	}
	/* "x1", "x 1", "stop 2": the stop and its answer on one line, as x
	 * then 1 typed at once on the screen; "x4", a stop with its question */
	int numbered;
	if (key < 0 && symptom < 0 && p->last != ST_STOP && plain_numbered_stop(line, !brief, &numbered)) {
		key = SK_STOP;
		symptom = numbered;
		sure = true; /* said below, as a named symptom is */
	}
	if (key < 0 && symptom < 0 && p->last != ST_STOP && plain_stop_and_more(line))
		key = SK_STOP; /* "x one", "x — 1": and asked */
	if (key < 0 && symptom < 0 && p->last != ST_STOP && stop_in_a_clause(line, !brief))
		key = SK_STOP; /* "Wait. Stop!", "sorry, x", "my wife is asleep. stop" */
	if (symptom >= 0 && p->last == ST_STOP) {
		key = sure ? symptom : -1; /* the answer to the question, or it asks again */
	} else if (symptom >= 0) {
		key = SK_STOP; /* "no pain": stopped all the same, and asked */
		p->said = sure ? symptom : -1;
	}
	if (p->last == ST_STOP && key != SK_SYMPTOM_NUMB && key != SK_SYMPTOM_SHARP &&
	    key != SK_SYMPTOM_OTHER && key != SK_QUIT) { /* only the question is open */
		plain_ask_stop_again(line_safety_out(p->out), p->plan->kid);
		return -1;
	}
	if (key == SK_START && p->started) { /* not silence either */
		fputs(p->paused_soon ? p->plan->kid ? "Already begun, and paused: type go on and Enter.\n" :
				       "Already begun, and paused: p or resume goes on.\n" :
				       "Already begun: an empty line says where it is.\n", p->out);
		fflush(p->out);
		return -1;
	}
	/* pressed twice: no listener has heard the brief by then; it stands,
	 * its last line says Enter */
	if (key == SK_START && p->brief_at && mono_ns() - p->brief_at < SECOND_PRESS_MS * 1000000LL)
		return -1;
	if (key == SK_START && on_brief(p) && line_output_gone(fileno(p->out))) {
		say_output_gone(); /* | head read the brief and went: no session run unseen */
		return SK_QUIT;
	}
	if (key == SK_START)
		p->start_sent = true;
	bool answer = key == SK_SYMPTOM_NUMB || key == SK_SYMPTOM_SHARP || key == SK_SYMPTOM_OTHER;
	if (answer && p->last != ST_STOP && !p->stop_sent)
		key = -1; /* 1 for numbness, as the stop screen taught: told how to stop */
	if (key == SK_STOP)
		p->stop_sent = true;
	bool moves = key == SK_PAUSE || key == SK_NEXT || key == SK_PREV || key == SK_MORE ||
		     key == SK_LESS || key == SK_TOO_HARD; /* what only a running session takes */
	if (moves && on_brief(p)) {
		fprintf(p->out, "Not begun yet: press Enter to begin.\n"); /* not silence */
		fflush(p->out);
		return -1;
	}
	/* p toggles; the words go one way each, or say that it is so ("wait"
	 * said while paused does not resume). */
	int way = pause_way(line);
	bool pause = way > 0, resume = way < 0;
	if ((pause || resume) && p->paused_soon == pause) {
		fputs(!pause ? "Already running.\n" : p->plan->kid ? "Already paused: type go on and Enter.\n" :
		      "Already paused: p or resume goes on.\n", p->out);
		fflush(p->out);
		return -1;
	}
	if (key == SK_PAUSE)
		p->paused_soon = !p->paused_soon;
	else if (key == SK_NEXT || key == SK_PREV) /* they end a pause */
		p->paused_soon = false;
	if (key >= 0)
		return key;
	/* m turns the sound off or on; "mute" and "sound", the words the help
	 * says, go one way each, as do "sound off" and "sound on", which the
	 * help's "sound on or off" invites, and "unmute". */
	bool mute = !strcmp(line, "mute") || !strcmp(line, "sound off") || !strcmp(line, "quiet") ||
		    !strcmp(line, "silence") || !strcmp(line, "be quiet") || !strcmp(line, "quiet please") ||
		    !strcmp(line, "be quiet please");
	bool sound = !strcmp(line, "sound") || !strcmp(line, "sound on") || !strcmp(line, "unmute");
	if ((mute || sound || strcmp(line, "m") == 0) && p->cues) {
		if (mute != sound && cues_muted(p->cues) == mute)
			fprintf(p->out, "Sound already %s: %s turns it %s.\n", mute ? "off" : "on",
				mute ? "m or sound" : "m or mute", mute ? "on" : "off");
		else {
			bool started = cues_fd(p->cues) >= 0;
			cues_toggle_mute(p->cues);
			fprintf(p->out, "Sound %s.\n", cues_muted(p->cues) ? "off" : "on");
			/* Turned on for the first time: whether it can sound, said
			 * with it, so that a listener hears the two together (a
			 * second at most for the sound system to answer). */
			if (!started)
				cues_settle(p->cues, 1000);
			plain_say_status(p);
		}
	} else if (strcmp(line, "?") == 0 || strcmp(line, "help") == 0 ||
		   strcmp(line, "help me") == 0 || strcmp(line, "help please") == 0) {
		fprintf(p->out, "%s.\n", p->started ? help_started : p->plan->picked ? help_picked : help);
	} else {
		char *safe = text_printable(typed);
		/* Stopping first: it may be why someone typed at all. One line, not
		 * the whole list again: a slip is not fifteen seconds of speech;
		 * but the word a slip meant ("puase"), and, paused, the way on. */
		static const char *const words[] = { "start", "begin", "pause", "resume", "next",
						     "back", "more", "less", "too hard", "quit",
						     "exit", "help", "where", "mute", "sound", "status" };
		const char *near = command_slipped(line, words, sizeof words / sizeof *words);
		fprintf(p->out, "Unknown command '%s'%s%s%s %s%sTo stop: x and Enter; help lists the "
			"commands.\n", safe, near ? "; did you mean " : ".", near ? near : "",
			near ? "?" : "",
			p->started ? "" : "To begin: Enter. ",
			p->last == ST_PAUSED ? p->plan->kid ? "Paused: type go on and Enter. " :
						"Paused: p and Enter resumes. " : "");
		free(safe);
	}
	fflush(p->out);
	return -1;
}

static int plain_read_keys(void *ctx, enum session_key *keys, int max)
{
	struct plain *p = ctx;
	p->paused_soon = p->last == ST_PAUSED; /* the keys read before have been taken */
	char chunk[LINE_MAX_BYTES];
	/* A newline ends one command, of at most two keys ("ouch": STOP and
	 * its answer): reading no more bytes than half the room for keys
	 * leaves the rest (an x after twenty +) for the next call. */
	size_t half = max > 1 ? (size_t)max / 2 : 1;
	size_t want = half < sizeof chunk ? half : sizeof chunk;
	/* From a pipe, a byte at a time: what follows the line that ends the
	 * session (q on the brief) is the picker's, not lost with the session. */
	if (!p->in_tty)
		want = 1;
	ssize_t r = read(p->in_fd, chunk, want);
	if (r == 0 && isatty(p->in_fd) && !line_input_hung_up(p->in_fd)) {
		/* Ctrl-D on a terminal that is still there: x must still work
		 * (said where it is read, | head gone, as the stop's question is). */
		FILE *out = line_safety_out(p->out);
		fprintf(out, "Ctrl-D does nothing here: %s.\n", p->last == ST_STOP ?
			"type 1, 2 or 3 and Enter to say what happened" :
			on_brief(p) ?
			"press Enter to begin, or type q and Enter to quit" :
			"type q and Enter to quit, x and Enter to stop");
		fflush(out);
		return 0;
	}
	if (r <= 0) {
		if (p->eof || max < 1)
			return -1;
		p->eof = true;
		int n = 0, k = -1;
		bool said = false;
		/* a last line with no newline is a line; one too long, if a stop */
		if ((p->len || p->overlong) && max > 1) {
			char *line = line_read(p);
			k = line ? command(p, line) : -1;
			line_done(p);
			if (k >= 0)
				keys[n++] = (enum session_key)k;
			if ((said = p->said >= 0) && n < max - 1) {
				keys[n++] = (enum session_key)p->said;
				p->answer_sent = true;
			}
			p->said = -1;
		}
		/* A helper writing to a FIFO gone: x cannot reach a running
		 * session now, after its last line, if that was no stop (paused,
		 * or at the stop's question, it ends). */
		if (!p->in_tty && p->started && !said && k != SK_STOP && k != SK_QUIT &&
		    k != SK_PAUSE && (p->last == ST_PREP || p->last == ST_HOLD || p->last == ST_SWITCH)) {
			fputs("Input ended: no command can be read now, x neither; the session "
			      "runs to its end (Ctrl-C ends it).\n", p->out);
			fflush(p->out);
		}
		/* ignored unless still on the brief, where it begins a run with
		 * no one to press Enter (</dev/null, a pipe); a terminal that
		 * ended (a hang-up) has no one to roll: it quits, and keeps no
		 * session of nothing */
		if (!p->in_tty && on_brief(p) && line_output_going(fileno(p->out), 200)) {
			if (k != SK_QUIT && k != SK_STOP) /* that line's own end said, or a stop kept */
				say_output_gone(); /* nor begun unseen, as at an Enter */
			if (k != SK_QUIT)
				keys[n++] = SK_QUIT;
		} else {
			keys[n++] = p->in_tty ? SK_QUIT : SK_START;
		}
		return n;
	}
	int n = 0;
	for (ssize_t i = 0; i < r; i++) {
		char c = chunk[i];
		if (!line_input_keeps(c))
			continue; /* "\0x" is x, not "", and "^Sx" x */
		if (c != '\n') {
			if (p->len + 1 >= sizeof p->buf)
				long_line_goes_on(p);
			p->buf[p->len++] = c;
			continue;
		}
		char *line = line_read(p);
		int k = line ? command(p, line) : -1; /* read: whatever it said, not "too long" */
		line_done(p);
		if (k >= 0 && n < max)
			keys[n++] = (enum session_key)k;
		if (p->said >= 0 && n < max) { /* no room: the question asks it */
			keys[n++] = (enum session_key)p->said;
			p->answer_sent = true;
		}
		p->said = -1;
	}
	return n;
}

/* Ctrl-Z: the shell's "Stopped" says nothing of the way back, and it is
 * the last line a listener hears. On a line of its own: the terminal may
 * have echoed "^Z" where the cursor was. */
static void plain_suspend(void *ctx)
{
	struct plain *p = ctx;
	if (signals_continued())
		return; /* stopped and back already (under make): it is past */
	FILE *out = line_safety_out(p->out); /* | head gone: still the way back */
	fputs("\nunknot is paused: type fg and Enter to go back to it.\n", out);
	fflush(out);
}

/* Back after Ctrl-Z and fg: the shell's lines came between, and Ctrl-Z
 * dropped what was typed. A question open is asked again (a hold says
 * it is paused, as the pause's own line). */
static void plain_resume(void *ctx)
{
	struct plain *p = ctx;
	flow_control_again(); /* the shell had the terminal, with its own modes */
	FILE *out = line_safety_out(p->out);
	if (on_brief(p))
		fputs("Press Enter to begin.\n", out);
	else if (p->last == ST_STOP && !p->answer_sent)
		plain_ask_stop_again(out, p->plan->kid);
	fflush(out);
}

struct frontend plain_frontend(struct plain *p)
{
	return (struct frontend){
		.ctx = p,
		.input_fd = p->in_fd,
		.linger = false,
		.draw = plain_draw,
		.event = plain_event,
		.read_keys = plain_read_keys,
		.suspend = plain_suspend,
		.resume = plain_resume,
	};
}
