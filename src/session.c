#include "session.h"

#include <stdlib.h>

#include "xalloc.h"

#define RESTART_WINDOW_MS 3000 /* "back" within this restarts the previous item */

struct session {
	const struct plan *plan;
	enum session_state state, paused_from;
	size_t item;
	int64_t item_start;  /* when this item's prep began (moved by pauses) */
	int64_t phase_start; /* when the current prep/switch/hold began (moved by pauses) */
	int64_t phase_end;   /* its absolute deadline */
	int64_t paused_at;
	int tick_k;          /* the next tick is at phase_end - tick_k s; 0: none */
	bool breath_cues;    /* emit inhale/exhale cues during holds */
	int64_t breath_next; /* the next breath phase change of this hold, or -1 */
	size_t prompt_next;  /* index of the next timed prompt of this hold */
	const char *prompt;
	bool too_hard;
	bool capped;         /* the last + met a kid's cap in this hold */
	int64_t at_most_ms;  /* the last + met the phase's longest: this; else 0 */
	bool floored;        /* the last - met the one second a phase keeps */
	int too_hard_count;
	enum symptom symptom;
	bool has_item;       /* an item was reached: false while in the brief */
	enum session_state stopped_in; /* the phase x came in */
	int64_t done_ms;     /* active time of finished phases */
	int64_t *routine_done_ms; /* per plan routine: the same, in its items */
	int64_t planned_ms;  /* the plan's time */
	int64_t *after_ms;   /* per item: the plan's time of the items after it */
	bool *held;          /* per item: its hold ran to its end (n skips it) */
	bool *routine_held;  /* per plan routine: one of its items held */
	size_t holds_done;   /* items held */
	struct session_event *ev;
	size_t n_ev, cap_ev;
};

static bool active(enum session_state st)
{
	return st == ST_PREP || st == ST_HOLD || st == ST_SWITCH;
}

static bool ended(enum session_state st)
{
	return st == ST_STOP || st == ST_DONE || st == ST_QUIT;
}

static const struct plan_item *cur(const struct session *s)
{
	return &s->plan->items[s->item];
}

/* The current time as the item's clock sees it: frozen while paused. */
static int64_t item_now(const struct session *s, int64_t now)
{
	return s->state == ST_PAUSED ? s->paused_at : now;
}

static void push(struct session *s, enum event_kind kind, int64_t at)
{
	if (s->n_ev == s->cap_ev) {
		s->cap_ev = s->cap_ev ? s->cap_ev * 2 : 32;
		s->ev = xreallocarray(s->ev, s->cap_ev, sizeof *s->ev);
	}
	s->ev[s->n_ev++] = (struct session_event){
		.kind = kind, .at = at, .state = s->state, .item = s->item,
		.phase = s->state == ST_PAUSED ? s->paused_from : s->state,
		.left_ms = s->phase_end - item_now(s, at), .symptom = s->symptom,
	};
}

static void cue(struct session *s, enum cue_kind k, int64_t at)
{
	push(s, EV_CUE, at);
	s->ev[s->n_ev - 1].cue = k;
}

static void set_state(struct session *s, enum session_state st, int64_t at)
{
	s->state = st;
	push(s, EV_STATE, at);
}

/* Ticks strictly after t: the largest k <= SESSION_TICKS with
 * phase_end - k s > t. */
static int ticks_after(const struct session *s, int64_t t)
{
	int64_t k = (s->phase_end - t - 1) / 1000;
	if (k < 0)
		k = 0;
	return k > SESSION_TICKS ? SESSION_TICKS : (int)k;
}

/* The next change between breathing in and out after t, in this hold. */
static int64_t next_breath(const struct session *s, int64_t t)
{
	if (!s->breath_cues)
		return -1;
	const struct breathing *b = &cur(s)->routine->breathing;
	int64_t into = t - s->phase_start, when = t;
	/* Skip the holds of the breath: only in and out have a cue. */
	for (int i = 0; i < 4; i++) {
		struct breath_state st = breath_at(b, into);
		if (st.phase_left_ms <= 0)
			return -1;
		into += st.phase_left_ms;
		when += st.phase_left_ms;
		enum breath_phase next = breath_at(b, into).phase;
		if (next == BREATH_IN || next == BREATH_OUT)
			return when < s->phase_end ? when : -1;
	}
	return -1;
}

/* The active time of the current item's phase, up to t, is done. */
static void count_done(struct session *s, int64_t t)
{
	s->done_ms += t - s->phase_start;
	s->routine_done_ms[cur(s)->routine_index] += t - s->phase_start;
}

static void enter_hold(struct session *s, int64_t t)
{
	count_done(s, t);
	s->phase_start = t;
	s->phase_end = t + cur(s)->hold_ms;
	s->tick_k = ticks_after(s, t);
	s->breath_next = next_breath(s, t);
	s->prompt_next = 0;
	s->prompt = NULL;
	s->capped = false;
	s->at_most_ms = 0;
	s->floored = false;
	set_state(s, ST_HOLD, t);
	cue(s, CUE_HOLD, t);
}

static void enter_item(struct session *s, size_t i, int64_t t)
{
	bool forward = !s->has_item || i > s->item; /* not b, back to it */
	s->item = i;
	s->has_item = true;
	s->too_hard = false;
	s->floored = false;
	s->at_most_ms = 0;
	s->prompt = NULL;
	s->tick_k = 0;
	s->breath_next = -1;
	s->item_start = s->phase_start = t;
	s->phase_end = t + cur(s)->prep_ms;
	bool second_side = cur(s)->side_index > 0;
	set_state(s, second_side ? ST_SWITCH : ST_PREP, t);
	cue(s, second_side ? CUE_SWITCH : CUE_PREP, t);
	if (cur(s)->prep_ms <= 0) {
		enter_hold(s, t);
	} else if (s->plan->pause_at_routines && forward && i > 0 && plan_starts_routine(s->plan, i)) {
		/* said aloud, its notes outlast a 10 s prep: the listener
		 * says when to go on */
		s->paused_from = ST_PREP;
		s->paused_at = t;
		set_state(s, ST_PAUSED, t);
		s->ev[s->n_ev - 1].to_listen = true;
	}
}

/* Leaves the current item at t (its end, or now when skipped). */
static void finish_item(struct session *s, int64_t t)
{
	count_done(s, t);
	s->phase_start = t;
	size_t next = s->item + 1;
	bool same_step = next < s->plan->n_items &&
			 s->plan->items[next].step == cur(s)->step;
	if (!same_step)
		cue(s, CUE_STEP_DONE, t);
	if (next < s->plan->n_items) {
		enter_item(s, next, t);
		return;
	}
	s->phase_end = t;
	set_state(s, ST_DONE, t);
	cue(s, CUE_SESSION_DONE, t);
}

static int64_t prompt_time(const struct session *s)
{
	const struct step *st = cur(s)->step;
	if (s->prompt_next >= st->n_prompts)
		return -1;
	int64_t at = s->phase_start + st->prompts[s->prompt_next].at_ms;
	return at < s->phase_end ? at : -1;
}

static int64_t tick_time(const struct session *s)
{
	return s->tick_k > 0 ? s->phase_end - (int64_t)s->tick_k * 1000 : -1;
}

int64_t session_deadline(const struct session *s)
{
	if (!active(s->state))
		return -1;
	int64_t d = s->phase_end;
	if (s->state == ST_HOLD) {
		int64_t p = prompt_time(s), k = tick_time(s);
		if (p >= 0 && p < d)
			d = p;
		if (k >= 0 && k < d)
			d = k;
		if (s->breath_next >= 0 && s->breath_next < d)
			d = s->breath_next;
	}
	return d;
}

void session_tick(struct session *s, int64_t now)
{
	int64_t d;
	while ((d = session_deadline(s)) >= 0 && d <= now) {
		if (s->state == ST_HOLD && d == tick_time(s) && d < s->phase_end) {
			cue(s, CUE_TICK, d);
			s->tick_k--;
		} else if (s->state == ST_HOLD && d == s->breath_next) {
			bool in = breath_at(&cur(s)->routine->breathing, d - s->phase_start).phase == BREATH_IN;
			/* A tick of the count, or a prompt, at this moment is the
			 * one heard: the breath's sound, the later, drowned it. */
			bool ticked = s->tick_k < SESSION_TICKS &&
				      d == s->phase_end - (int64_t)(s->tick_k + 1) * 1000;
			if (!ticked && d != prompt_time(s))
				cue(s, in ? CUE_INHALE : CUE_EXHALE, d);
			s->breath_next = next_breath(s, d);
		} else if (s->state == ST_HOLD && d == prompt_time(s)) {
			s->prompt = cur(s)->step->prompts[s->prompt_next++].say;
			push(s, EV_PROMPT, d);
			s->ev[s->n_ev - 1].text = s->prompt;
			cue(s, CUE_PROMPT, d); /* face down on a roller, the screen is not seen */
		} else if (s->state == ST_HOLD) {
			if (!s->held[s->item]) {
				s->held[s->item] = true;
				s->routine_held[cur(s)->routine_index] = true;
				s->holds_done++;
			}
			finish_item(s, d);
		} else {
			enter_hold(s, d);
		}
	}
}

struct session *session_new(const struct plan *plan, int64_t now)
{
	struct session *s = xcalloc(1, sizeof *s);
	s->plan = plan;
	s->state = ST_BRIEF;
	s->phase_start = s->phase_end = s->item_start = now;
	s->breath_next = -1;
	s->held = xcalloc(plan->n_items ? plan->n_items : 1, sizeof *s->held);
	s->planned_ms = plan_total_ms(plan);
	s->after_ms = xcalloc(plan->n_items ? plan->n_items : 1, sizeof *s->after_ms);
	s->routine_done_ms = xcalloc(plan->n_routines ? plan->n_routines : 1, sizeof *s->routine_done_ms);
	s->routine_held = xcalloc(plan->n_routines ? plan->n_routines : 1, sizeof *s->routine_held);
	for (size_t i = plan->n_items; i-- > 1;)
		s->after_ms[i - 1] = s->after_ms[i] + plan->items[i].prep_ms + plan->items[i].hold_ms;
	return s;
}

void session_set_breath_cues(struct session *s, bool on)
{
	s->breath_cues = on;
}

void session_free(struct session *s)
{
	if (!s)
		return;
	free(s->ev);
	free(s->held);
	free(s->after_ms);
	free(s->routine_done_ms);
	free(s->routine_held);
	free(s);
}

/* Moves the clock of the paused item forward by the paused time. */
static void unpause(struct session *s, int64_t now)
{
	int64_t shift = now - s->paused_at;
	s->phase_start += shift;
	s->phase_end += shift;
	s->item_start += shift;
	if (s->breath_next >= 0)
		s->breath_next += shift;
	s->state = s->paused_from;
}

static void resume(struct session *s, int64_t now)
{
	unpause(s, now);
	push(s, EV_STATE, now);
	s->ev[s->n_ev - 1].resumed = true;
}

static void adjust(struct session *s, int64_t delta, int64_t now)
{
	int64_t t = item_now(s, now), was = s->phase_end;
	bool hold = (s->state == ST_PAUSED ? s->paused_from : s->state) == ST_HOLD;
	s->phase_end += delta;
	/* + keeps a kid's cap, and the screens say so until the next change */
	s->capped = hold && s->plan->kid && s->phase_end - s->phase_start > ROUTINE_KID_HOLD_MS;
	if (s->capped)
		s->phase_end = s->phase_start + ROUTINE_KID_HOLD_MS;
	int64_t planned = hold ? cur(s)->hold_ms : cur(s)->prep_ms;
	int64_t cap = hold ? SESSION_MAX_HOLD_MS : SESSION_MAX_PHASE_MS;
	int64_t most = planned > cap ? planned : cap;
	s->at_most_ms = !s->capped && s->phase_end - s->phase_start > most ? most : 0;
	if (s->at_most_ms)
		s->phase_end = s->phase_start + most;
	int64_t least = t + 1000 < was ? t + 1000 : was; /* - leaves a second, never adds one */
	s->floored = s->phase_end < least; /* the screens say why - stopped there */
	if (s->floored)
		s->phase_end = least;
	if (hold) {
		s->tick_k = ticks_after(s, t);
		s->breath_next = next_breath(s, t); /* a longer hold breathes on */
	}
	push(s, EV_ADJUST, now); /* paused, t is when the pause began */
}

static void end_active(struct session *s, int64_t now)
{
	if (s->state == ST_PAUSED)
		unpause(s, now);
	if (active(s->state))
		count_done(s, now);
	s->phase_start = now;
}

static void stop(struct session *s, int64_t now)
{
	/* After the end, a symptom that came late is in no one step: the
	 * history keeps it for every area of the session. */
	if (s->state == ST_DONE)
		s->has_item = false;
	s->stopped_in = s->state == ST_PAUSED ? s->paused_from : s->state;
	end_active(s, now);
	s->phase_end = now;
	set_state(s, ST_STOP, now);
	cue(s, CUE_STOP, now);
}

enum symptom session_key_symptom(int k)
{
	return k == SK_SYMPTOM_NUMB ? SYMPTOM_NUMB : k == SK_SYMPTOM_SHARP ? SYMPTOM_SHARP :
	       k == SK_SYMPTOM_OTHER ? SYMPTOM_OTHER : SYMPTOM_UNKNOWN;
}

const struct plan_item *session_stop_item(const struct plan *p, const struct view *v, bool *after)
{
	const struct plan_item *prev = p && v->item && v->item_index > 0 && v->item_index <= p->n_items ?
				       &p->items[v->item_index - 1] : NULL;
	*after = prev && (v->stopped_in == ST_SWITCH || v->stopped_in == ST_PREP);
	return *after ? prev : v->item;
}

void session_key(struct session *s, enum session_key k, int64_t now)
{
	session_tick(s, now);
	enum session_state st = s->state;
	bool running = active(st) || st == ST_PAUSED;

	switch (k) {
	case SK_STOP:
		if (st != ST_STOP)
			stop(s, now);
		return;
	case SK_SYMPTOM_NUMB:
	case SK_SYMPTOM_SHARP:
	case SK_SYMPTOM_OTHER:
		/* Another number while the stop screen is up changes the
		 * answer: a 1 slipped for the 2 beside it was kept for good,
		 * in the history a therapist reads. */
		if (st == ST_STOP) {
			enum symptom said = session_key_symptom((int)k);
			if (said != s->symptom) {
				s->symptom = said;
				push(s, EV_SYMPTOM, now);
			}
		}
		return;
	case SK_QUIT:
		if (!ended(st)) {
			end_active(s, now);
			s->phase_end = now;
			set_state(s, ST_QUIT, now);
		}
		return;
	case SK_START:
		if (st != ST_BRIEF)
			return;
		if (s->plan->n_items)
			enter_item(s, 0, now);
		else
			set_state(s, ST_DONE, now);
		return;
	/* No default, here or below: a key added to the enum and left out is
	 * a warning (-Wswitch), not a key that silently does nothing. */
	case SK_PAUSE: case SK_NEXT: case SK_PREV: case SK_MORE: case SK_LESS: case SK_TOO_HARD:
		break; /* while running, below */
	}
	if (!running)
		return;

	switch (k) {
	case SK_PAUSE:
		if (st == ST_PAUSED) {
			resume(s, now);
		} else {
			s->paused_from = st;
			s->paused_at = now;
			set_state(s, ST_PAUSED, now);
		}
		break;
	case SK_NEXT:
		end_active(s, now); /* the skipped part counts as time done */
		/* In position before the count is out: the hold begins, as
		 * "next" says; it skipped the whole side, hold and all. */
		if (s->state == ST_PREP || s->state == ST_SWITCH)
			enter_hold(s, now);
		else
			finish_item(s, now);
		break;
	case SK_PREV: {
		int64_t into = item_now(s, now) - s->item_start;
		end_active(s, now);
		size_t i = s->item;
		if (into <= RESTART_WINDOW_MS && i > 0)
			i--;
		enter_item(s, i, now);
		break;
	}
	case SK_MORE:
		adjust(s, SESSION_ADJUST_MS, now);
		break;
	case SK_LESS:
		adjust(s, -SESSION_ADJUST_MS, now);
		break;
	case SK_TOO_HARD:
		s->too_hard = true;
		s->too_hard_count++;
		push(s, EV_TOO_HARD, now);
		break;
	case SK_START: case SK_STOP: case SK_QUIT:
	case SK_SYMPTOM_NUMB: case SK_SYMPTOM_SHARP: case SK_SYMPTOM_OTHER:
		break; /* above */
	}
}

void session_view(const struct session *s, int64_t now, struct view *v)
{
	const struct plan *p = s->plan;
	int64_t t = item_now(s, now);
	enum session_state shown = s->state == ST_PAUSED ? s->paused_from : s->state;
	*v = (struct view){
		.state = s->state, .paused_from = s->paused_from, .stopped_in = s->stopped_in,
		.item_index = s->item, .n_items = p->n_items, .holds_done = s->holds_done,
		.planned_ms = s->planned_ms, .done_ms = s->done_ms,
		.routine_done_ms = s->routine_done_ms, .routine_held = s->routine_held,
		.prompt = s->prompt, .too_hard = s->too_hard, .symptom = s->symptom,
		.too_hard_count = s->too_hard_count, .kid = p->kid,
		.ended = ended(s->state),
		.completed = s->state == ST_DONE && s->holds_done > 0,
	};
	bool has = s->has_item && s->state != ST_DONE;
	if (has)
		v->item = cur(s);
	v->stop_any_area = s->state == ST_STOP && !s->has_item && plan_many_areas(p);
	size_t next = s->has_item ? s->item + 1 : 0;
	if (!v->ended && next < p->n_items)
		v->next = &p->items[next];
	v->total_ms = s->state == ST_BRIEF ? v->planned_ms : v->done_ms;
	if (active(shown)) {
		v->left_ms = s->phase_end - t > 0 ? s->phase_end - t : 0;
		v->phase_ms = s->phase_end - s->phase_start;
		v->done_ms += t - s->phase_start;
		v->total_ms = v->done_ms + v->left_ms + (shown == ST_HOLD ? 0 : cur(s)->hold_ms) +
			      s->after_ms[s->item];
		v->at_floor = s->floored;
		v->at_most_ms = s->at_most_ms;
	}
	if (shown == ST_HOLD) {
		v->at_kid_cap = s->capped;
		v->breathing = true;
		v->breath = breath_at(&cur(s)->routine->breathing, t - s->phase_start);
	}
}

bool session_aftercare_is_new(const struct view *v, const struct plan *p, size_t r,
			      const char *line)
{
	/* said once, by the first routine done */
	return v->routine_held && r < p->n_routines && v->routine_held[r] &&
	       plan_advice_is_new(p, r, ADVICE_AFTERCARE, line, v->routine_held);
}

size_t session_take_events(struct session *s, struct session_event *out, size_t max)
{
	size_t n = s->n_ev < max ? s->n_ev : max;
	for (size_t i = 0; i < n; i++)
		out[i] = s->ev[i];
	for (size_t i = n; i < s->n_ev; i++)
		s->ev[i - n] = s->ev[i];
	s->n_ev -= n;
	return n;
}

const char *session_state_name(enum session_state st)
{
	static const char *const names[] = { "brief", "prep", "hold", "switch",
					     "paused", "stop", "done", "quit" };
	return (unsigned)st < sizeof names / sizeof *names ? names[st] : "?";
}

const char *symptom_name(enum symptom sy)
{
	static const char *const names[] = { "unknown", "numbness", "sharp-pain", "other" };
	return (unsigned)sy < sizeof names / sizeof *names ? names[sy] : "?";
}
