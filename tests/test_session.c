/* The coaching state machine, driven by a fake clock: every time below is a
 * plain number of milliseconds passed in by the test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "fixture.h"
#include "session.h"

struct world {
	struct routine *r;
	const struct routine *rs[1];
	struct plan plan;
	struct session *s;
	char log[8192];
};

/* Feet: "Arch" both sides, prep 5 s, hold 30 s with a prompt at 15 s; then
 * "Heel" no side, prep 5 s, hold 20 s. Items: arch-left, arch-right, heel. */
static int setup(void **state)
{
	struct world *w = xcalloc(1, sizeof *w);
	w->r = fixture_routine("Feet");
	struct step *arch = fixture_step(w->r, "Arch", SIDE_BOTH, 5000, 30000);
	fixture_prompt(arch, 15000, "Pause on a tender spot.");
	fixture_step(w->r, "Heel", SIDE_NONE, 5000, 20000);
	w->rs[0] = w->r;
	plan_build(&w->plan, w->rs, 1, false);
	w->s = session_new(&w->plan, 0);
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	session_free(w->s);
	plan_free(&w->plan);
	routine_free(w->r);
	free(w);
	return 0;
}

/* Drains the events as "at:kind:name" words, e.g. "5000:cue:hold". */
static const char *events(struct world *w)
{
	struct session_event ev[64];
	size_t n, used = 0;
	w->log[0] = '\0';
	while ((n = session_take_events(w->s, ev, 64))) {
		for (size_t i = 0; i < n; i++) {
			const char *kind = "?", *name = "";
			switch (ev[i].kind) {
			case EV_STATE: kind = "state"; name = session_state_name(ev[i].state); break;
			case EV_CUE: kind = "cue"; name = cue_name(ev[i].cue); break;
			case EV_PROMPT: kind = "prompt"; name = ev[i].text; break;
			case EV_TOO_HARD: kind = "too-hard"; break;
			case EV_SYMPTOM: kind = "symptom"; name = symptom_name(ev[i].symptom); break;
			case EV_ADJUST: kind = "adjust"; break;
			}
			used += (size_t)snprintf(w->log + used, sizeof w->log - used, "%s%lld:%s%s%s",
						 used ? " " : "", (long long)ev[i].at, kind,
						 *name ? ":" : "", name);
		}
	}
	return w->log;
}

static struct view view_at(struct world *w, int64_t now)
{
	struct view v;
	session_view(w->s, now, &v);
	return v;
}

/* Runs the clock to t, waking exactly at each deadline as the loop does. */
static void run_to(struct world *w, int64_t t)
{
	int64_t d;
	while ((d = session_deadline(w->s)) >= 0 && d <= t)
		session_tick(w->s, d);
	session_tick(w->s, t);
}

static void test_brief_waits_for_start(void **state)
{
	struct world *w = *state;
	assert_int_equal(session_deadline(w->s), -1);
	run_to(w, 60000);
	struct view v = view_at(w, 60000);
	assert_int_equal(v.state, ST_BRIEF);
	assert_null(v.item);
	assert_ptr_equal(v.next, &w->plan.items[0]);
	assert_int_equal(v.total_ms, 5000 + 30000 + 5000 + 30000 + 5000 + 20000);
	assert_string_equal(events(w), "");
}

static void test_full_walk_with_sides(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 1000);
	run_to(w, 200000);
	assert_string_equal(events(w),
		"1000:state:prep 1000:cue:prep "
		"6000:state:hold 6000:cue:hold "
		"21000:prompt:Pause on a tender spot. 21000:cue:prompt "
		"33000:cue:tick 34000:cue:tick 35000:cue:tick "
		"36000:state:switch 36000:cue:switch "
		"41000:state:hold 41000:cue:hold "
		"56000:prompt:Pause on a tender spot. 56000:cue:prompt "
		"68000:cue:tick 69000:cue:tick 70000:cue:tick "
		"71000:cue:step-done 71000:state:prep 71000:cue:prep "
		"76000:state:hold 76000:cue:hold "
		"93000:cue:tick 94000:cue:tick 95000:cue:tick "
		"96000:cue:step-done 96000:state:done 96000:cue:done");
	struct view v = view_at(w, 200000);
	assert_int_equal(v.state, ST_DONE);
	assert_true(v.ended);
	assert_int_equal(v.done_ms, 95000);
	assert_int_equal(session_deadline(w->s), -1);
}

static void test_view_during_hold(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 12500);
	struct view v = view_at(w, 12500);
	assert_int_equal(v.state, ST_HOLD);
	assert_int_equal(v.item_index, 0);
	assert_int_equal(v.item->side, SIDE_LEFT);
	assert_int_equal(v.left_ms, 22500);
	assert_int_equal(v.phase_ms, 30000);
	assert_int_equal(v.done_ms, 12500);
	assert_true(v.breathing);
	/* 7.5 s into the hold: 4 s in, then 3.5 s of a 6 s breath out. */
	assert_int_equal(v.breath.phase, BREATH_OUT);
	assert_int_equal(v.breath.phase_left_ms, 2500);
	assert_ptr_equal(v.next, &w->plan.items[1]);
	assert_null(v.prompt);
	run_to(w, 20000);
	assert_string_equal(view_at(w, 20000).prompt, "Pause on a tender spot.");
}

static void test_late_wakeup_keeps_logical_times(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	/* One wake-up long after many deadlines: every event keeps its own
	 * deadline as its time, and the next phase starts on the deadline. */
	session_tick(w->s, 40000);
	assert_string_equal(events(w),
		"0:state:prep 0:cue:prep 5000:state:hold 5000:cue:hold "
		"20000:prompt:Pause on a tender spot. 20000:cue:prompt "
		"32000:cue:tick 33000:cue:tick 34000:cue:tick "
		"35000:state:switch 35000:cue:switch 40000:state:hold 40000:cue:hold");
	assert_int_equal(session_deadline(w->s), 55000);
	/* A late wake-up (7 ms) does not move the next deadline. */
	session_tick(w->s, 55007);
	assert_int_equal(session_deadline(w->s), 67000);
}

static void test_pause_does_not_count(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000); /* 5 s into the first hold, which ends at 35000 */
	session_key(w->s, SK_PAUSE, 10000);
	assert_int_equal(session_deadline(w->s), -1);
	run_to(w, 70000);
	struct view v = view_at(w, 70000);
	assert_int_equal(v.state, ST_PAUSED);
	assert_int_equal(v.paused_from, ST_HOLD);
	assert_int_equal(v.left_ms, 25000);
	assert_int_equal(v.done_ms, 10000);
	session_key(w->s, SK_PAUSE, 70000);
	/* 60 s paused: the prompt due at 20000 is now due at 80000. */
	assert_int_equal(session_deadline(w->s), 80000);
	run_to(w, 99000);
	assert_string_equal(events(w),
		"0:state:prep 0:cue:prep 5000:state:hold 5000:cue:hold "
		"10000:state:paused 70000:state:hold "
		"80000:prompt:Pause on a tender spot. 80000:cue:prompt "
		"92000:cue:tick 93000:cue:tick 94000:cue:tick "
		"95000:state:switch 95000:cue:switch");
	/* Done: the 5 s prep and 30 s hold, and 4 s of the switch. */
	assert_int_equal(view_at(w, 99000).done_ms, 35000 + 4000);
}

static void test_next_and_back(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 8000);
	session_key(w->s, SK_NEXT, 8000);
	struct view v = view_at(w, 8000);
	assert_int_equal(v.state, ST_SWITCH);
	assert_int_equal(v.item_index, 1);
	assert_int_equal(v.left_ms, 5000);
	/* Back within 3 s of the start of an item: the previous item. */
	session_key(w->s, SK_PREV, 9000);
	v = view_at(w, 9000);
	assert_int_equal(v.state, ST_PREP);
	assert_int_equal(v.item_index, 0);
	/* Back later than that: the same item again, from its prep. */
	run_to(w, 20000);
	session_key(w->s, SK_PREV, 20000);
	v = view_at(w, 20000);
	assert_int_equal(v.state, ST_PREP);
	assert_int_equal(v.item_index, 0);
	assert_int_equal(v.left_ms, 5000);
	/* Next in a prep begins the hold (in position before the count is
	 * out); in a hold, the next side or step; from the last, the end. */
	session_key(w->s, SK_NEXT, 21000);
	v = view_at(w, 21000);
	assert_int_equal(v.state, ST_HOLD);
	assert_int_equal(v.item_index, 0);
	assert_int_equal(v.left_ms, 30000);
	session_key(w->s, SK_NEXT, 22000);
	assert_int_equal(view_at(w, 22000).state, ST_SWITCH);
	session_key(w->s, SK_NEXT, 23000);
	assert_int_equal(view_at(w, 23000).state, ST_HOLD); /* the switch is a prep */
	for (int64_t t = 24000; t <= 26000; t += 1000)
		session_key(w->s, SK_NEXT, t);
	v = view_at(w, 26000);
	assert_int_equal(v.state, ST_DONE);
	assert_true(v.ended);
	assert_int_equal(v.done_ms, 26000);
	assert_int_equal(v.holds_done, 0); /* every hold skipped: the screens say so */
	assert_false(v.completed);
}

static void test_holds_done_counts_each_hold_once(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 36000); /* arch-left held to its end at 35000 */
	assert_int_equal(view_at(w, 36000).holds_done, 1);
	session_key(w->s, SK_PREV, 36000); /* back, at once: arch-left again */
	run_to(w, 72000);
	assert_int_equal(view_at(w, 72000).item_index, 1);
	assert_int_equal(view_at(w, 72000).holds_done, 1); /* held twice, counted once */
	session_key(w->s, SK_NEXT, 72000); /* arch-right: its hold begun at once, */
	session_key(w->s, SK_NEXT, 72000); /* then skipped */
	run_to(w, 200000);
	struct view v = view_at(w, 200000);
	assert_int_equal(v.state, ST_DONE);
	assert_int_equal(v.holds_done, 2);
	assert_int_equal(v.n_items, 3);
	assert_true(v.completed);
}

static void test_more_and_less_time(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000); /* hold ends at 35000 */
	int64_t planned = view_at(w, 10000).total_ms;
	session_key(w->s, SK_MORE, 10000);
	assert_int_equal(view_at(w, 10000).left_ms, 40000);
	assert_int_equal(view_at(w, 10000).phase_ms, 45000);
	/* The session's total grows with it: the bar still ends full. */
	assert_int_equal(view_at(w, 10000).total_ms, planned + 15000);
	session_key(w->s, SK_LESS, 11000);
	session_key(w->s, SK_LESS, 11000);
	session_key(w->s, SK_LESS, 11000);
	/* Never below one second left; the total loses only what was taken. */
	assert_int_equal(view_at(w, 11000).left_ms, 1000);
	assert_int_equal(view_at(w, 11000).total_ms, planned + 15000 - 38000); /* 39 s left, 1 s kept */
	events(w);
	run_to(w, 13000);
	/* The ticks already passed are not played; the switch comes on time. */
	assert_string_equal(events(w), "12000:state:switch 12000:cue:switch");
}

/* The session bar's total is what has been done and what is left, so the
 * bar ends full whatever n, b, + and - did; the plan's own time stays for
 * the summary. Plan: 35 + 35 + 25 = 95 s. */
static void test_total_follows_skips_and_repeats(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000);
	assert_int_equal(view_at(w, 10000).total_ms, 95000);
	session_key(w->s, SK_LESS, 10000);
	assert_int_equal(view_at(w, 10000).total_ms, 80000);
	/* Back to the start of this side: its 30 s hold comes whole again, and
	 * the 10 s already done stay done. */
	session_key(w->s, SK_PREV, 10000);
	assert_int_equal(view_at(w, 10000).total_ms, 10000 + 95000);
	/* The other side skipped: the total loses it. */
	run_to(w, 45000); /* arch-left ends at 10000 + 35000 */
	session_key(w->s, SK_NEXT, 46000); /* the switch cut short: its hold now */
	assert_int_equal(view_at(w, 46000).total_ms, 46000 + 30000 + 25000);
	session_key(w->s, SK_NEXT, 46000);
	assert_int_equal(view_at(w, 46000).total_ms, 46000 + 25000);
	run_to(w, 200000);
	struct view v = view_at(w, 200000);
	assert_int_equal(v.state, ST_DONE);
	assert_int_equal(v.done_ms, 71000);
	assert_int_equal(v.total_ms, v.done_ms); /* the bar ends full */
	assert_int_equal(v.planned_ms, 95000);
}

static void test_adjust_while_paused(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000);
	session_key(w->s, SK_PAUSE, 10000);
	session_key(w->s, SK_MORE, 20000);
	struct view v = view_at(w, 30000);
	assert_int_equal(v.state, ST_PAUSED);
	assert_int_equal(v.left_ms, 40000);
	session_key(w->s, SK_PAUSE, 30000);
	assert_int_equal(view_at(w, 30000).left_ms, 40000);
}

/* What happens while paused is told as it is: at the time it was done, in
 * the phase paused, with the time left as the pause froze it (line mode
 * said "getting into position" for a paused hold, and its time left fell
 * by the pause, down below zero). */
static void test_events_while_paused(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000); /* the hold: 25 s left */
	session_key(w->s, SK_PAUSE, 10000);
	events(w);
	session_key(w->s, SK_TOO_HARD, 100000);
	session_key(w->s, SK_MORE, 110000);
	struct session_event ev[4];
	assert_int_equal(session_take_events(w->s, ev, 4), 2);
	assert_int_equal(ev[0].kind, EV_TOO_HARD);
	assert_int_equal(ev[0].at, 100000);
	assert_int_equal(ev[0].phase, ST_HOLD);
	assert_int_equal(ev[0].left_ms, 25000);
	assert_int_equal(ev[1].kind, EV_ADJUST);
	assert_int_equal(ev[1].at, 110000); /* not back at the pause's start */
	assert_int_equal(ev[1].state, ST_PAUSED);
	assert_int_equal(ev[1].phase, ST_HOLD);
	assert_int_equal(ev[1].left_ms, 40000);
}

static void test_less_never_adds_time(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 34500); /* half a second of the hold left */
	session_key(w->s, SK_LESS, 34500);
	assert_int_equal(view_at(w, 34500).left_ms, 500);
	assert_int_equal(session_deadline(w->s), 35000);
}

/* - stops at the second a phase keeps, and the view says so (the screens
 * tell why - did nothing more), until + or the next phase. */
static void test_less_stops_at_a_second_and_says_so(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000); /* the hold: 25 s left */
	session_key(w->s, SK_LESS, 10000);
	struct view v = view_at(w, 10000);
	assert_int_equal(v.left_ms, 10000);
	assert_false(v.at_floor); /* all 15 s came off */
	session_key(w->s, SK_LESS, 10000);
	v = view_at(w, 10000);
	assert_int_equal(v.left_ms, 1000);
	assert_true(v.at_floor);
	session_key(w->s, SK_LESS, 10500);
	v = view_at(w, 10500);
	assert_int_equal(v.left_ms, 500);
	assert_true(v.at_floor); /* nothing came off */
	session_key(w->s, SK_MORE, 10500);
	assert_false(view_at(w, 10500).at_floor);
	session_key(w->s, SK_LESS, 10500);
	assert_int_equal(session_deadline(w->s), 11500);
	assert_true(view_at(w, 10500).at_floor);
	run_to(w, 11500); /* the next side's prep */
	v = view_at(w, 11500);
	assert_int_equal(v.item_index, 1);
	assert_false(v.at_floor);
}

static void test_kid_more_keeps_the_cap(void **state)
{
	/* Kid mode holds last 30 s at most: + cannot make one longer, - can
	 * still make it shorter; a prep can still be lengthened. */
	struct world *w = *state;
	struct plan kid;
	plan_build(&kid, w->rs, 1, true);
	struct session *s = session_new(&kid, 0);
	session_key(s, SK_START, 0);
	session_key(s, SK_MORE, 1000);
	struct view v;
	session_view(s, 1000, &v);
	assert_int_equal(v.left_ms, 19000); /* prep 5 s + 15 s */
	assert_false(v.at_kid_cap); /* a prep has no cap to tell of */
	while (session_deadline(s) >= 0 && session_deadline(s) <= 30000)
		session_tick(s, session_deadline(s));
	session_view(s, 30000, &v);
	assert_false(v.at_kid_cap);
	session_key(s, SK_MORE, 30000); /* hold 20000..50000 */
	session_view(s, 30000, &v);
	assert_int_equal(v.state, ST_HOLD);
	assert_int_equal(v.left_ms, 20000);
	assert_true(v.at_kid_cap); /* the screens say why + did nothing */
	session_key(s, SK_LESS, 31000);
	session_view(s, 31000, &v);
	assert_int_equal(v.left_ms, 4000);
	assert_false(v.at_kid_cap); /* - did change the time: no cap to blame */
	session_free(s);
	plan_free(&kid);
}

/* Held down, + made a hold of twenty hours. A hold now grows to two
 * minutes at most (more on one spot is not better), a prep to five, and the
 * screens say so; a step planned longer keeps its plan. */
static void test_more_stops_at_its_most(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	for (int i = 0; i < 5000; i++) /* the prep: 5 s from 0 */
		session_key(w->s, SK_MORE, 1000);
	struct view v = view_at(w, 1000);
	assert_int_equal(v.state, ST_PREP);
	assert_int_equal(v.phase_ms, 5 * 60 * 1000);
	assert_int_equal(v.at_most_ms, 5 * 60 * 1000);
	session_key(w->s, SK_LESS, 1000);
	for (int i = 0; i < 20; i++) /* down to a second left: the hold from 2000 */
		session_key(w->s, SK_LESS, 1000);
	run_to(w, 10000);
	for (int i = 0; i < 5000; i++)
		session_key(w->s, SK_MORE, 10000);
	v = view_at(w, 10000);
	assert_int_equal(v.state, ST_HOLD);
	assert_int_equal(v.phase_ms, 2 * 60 * 1000);
	assert_int_equal(v.left_ms, 2 * 60 * 1000 - 8000);
	assert_int_equal(v.at_most_ms, 2 * 60 * 1000);
	session_key(w->s, SK_LESS, 10000);
	v = view_at(w, 10000);
	assert_int_equal(v.at_most_ms, 0); /* - changed it: nothing to tell */
	assert_int_equal(v.left_ms, 2 * 60 * 1000 - 8000 - SESSION_ADJUST_MS);

	struct routine *r = fixture_routine("Long");
	fixture_step(r, "Long hold", SIDE_NONE, 0, 6 * 60 * 1000);
	const struct routine *rs[] = { r };
	struct plan p;
	plan_build(&p, rs, 1, false);
	struct session *s = session_new(&p, 0);
	session_key(s, SK_START, 0);
	session_key(s, SK_MORE, 0);
	session_view(s, 0, &v);
	assert_int_equal(v.phase_ms, 6 * 60 * 1000); /* its plan, no less, no more */
	assert_int_equal(v.at_most_ms, 6 * 60 * 1000);
	session_free(s);
	plan_free(&p);
	routine_free(r);
}

static void test_too_hard_continues(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000);
	session_key(w->s, SK_TOO_HARD, 10000);
	struct view v = view_at(w, 10000);
	assert_true(v.too_hard);
	assert_int_equal(v.too_hard_count, 1);
	assert_int_equal(v.state, ST_HOLD);
	assert_int_equal(session_deadline(w->s), 20000);
	run_to(w, 36000); /* the next item clears the advice, not the count */
	v = view_at(w, 36000);
	assert_false(v.too_hard);
	assert_int_equal(v.too_hard_count, 1);
	assert_int_equal(v.state, ST_SWITCH);
}

/* Puts the session into the state named, then presses STOP. */
static void stop_from(struct world *w, enum session_state from)
{
	int64_t t = 0;
	if (from != ST_BRIEF) {
		session_key(w->s, SK_START, 0);
		t = from == ST_PREP ? 1000 : from == ST_HOLD ? 10000 :
		    from == ST_SWITCH ? 36000 : from == ST_DONE ? 200000 : 10000;
		run_to(w, t);
		if (from == ST_PAUSED)
			session_key(w->s, SK_PAUSE, t);
	}
	assert_int_equal(view_at(w, t).state, from);
	events(w);
	session_key(w->s, SK_STOP, t + 1);
	struct view v = view_at(w, t + 1);
	assert_int_equal(v.state, ST_STOP);
	assert_true(v.ended);
	/* During a step, the stop is that step's (and its area's); on the
	 * brief or after the end, no step's: it may be anywhere. */
	if (from == ST_BRIEF || from == ST_DONE)
		assert_null(v.item);
	else
		assert_non_null(v.item);
	assert_false(v.stop_any_area); /* one area: its advice says "this area" */
	assert_int_equal(session_deadline(w->s), -1);
	char want[64];
	snprintf(want, sizeof want, "%lld:state:stop %lld:cue:stop", (long long)t + 1, (long long)t + 1);
	assert_string_equal(events(w), want);
	/* Nothing brings the hold back. */
	enum session_key keys[] = { SK_START, SK_PAUSE, SK_NEXT, SK_PREV, SK_MORE, SK_TOO_HARD, SK_STOP };
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		session_key(w->s, keys[i], t + 2);
	run_to(w, t + 500000);
	assert_int_equal(view_at(w, t + 500000).state, ST_STOP);
	assert_string_equal(events(w), "");
	/* The answer is said once; another number changes it (a 1 slipped
	 * for the 2 beside it), the same again says nothing. */
	session_key(w->s, SK_SYMPTOM_SHARP, t + 3);
	session_key(w->s, SK_SYMPTOM_SHARP, t + 4);
	assert_int_equal(view_at(w, t + 5).symptom, SYMPTOM_SHARP);
	snprintf(want, sizeof want, "%lld:symptom:sharp-pain", (long long)t + 3);
	assert_string_equal(events(w), want);
	session_key(w->s, SK_SYMPTOM_NUMB, t + 6);
	assert_int_equal(view_at(w, t + 7).symptom, SYMPTOM_NUMB);
	assert_int_equal(view_at(w, t + 7).state, ST_STOP);
	snprintf(want, sizeof want, "%lld:symptom:numbness", (long long)t + 6);
	assert_string_equal(events(w), want);
}

static void test_stop_from_brief(void **state) { stop_from(*state, ST_BRIEF); }
static void test_stop_from_prep(void **state) { stop_from(*state, ST_PREP); }
static void test_stop_from_hold(void **state) { stop_from(*state, ST_HOLD); }
static void test_stop_from_switch(void **state) { stop_from(*state, ST_SWITCH); }
static void test_stop_from_paused(void **state) { stop_from(*state, ST_PAUSED); }
static void test_stop_from_done(void **state) { stop_from(*state, ST_DONE); }

static void test_stop_keeps_the_item(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 40000);
	session_key(w->s, SK_STOP, 40000);
	struct view v = view_at(w, 40000);
	assert_non_null(v.item);
	assert_int_equal(v.item->side, SIDE_RIGHT);
	assert_string_equal(v.item->step->title, "Arch");
	assert_int_equal(v.done_ms, 40000);
}

static void test_quit(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 10000);
	session_key(w->s, SK_QUIT, 10000);
	struct view v = view_at(w, 10000);
	assert_int_equal(v.state, ST_QUIT);
	assert_true(v.ended);
	assert_int_equal(v.done_ms, 10000);
	assert_int_equal(session_deadline(w->s), -1);
}

static void test_zero_prep_goes_straight_to_hold(void **state)
{
	struct routine *r = fixture_routine("Quick");
	fixture_step(r, "Arch", SIDE_BOTH, 0, 2000);
	const struct routine *rs[] = { r };
	struct plan p;
	plan_build(&p, rs, 1, false);
	struct world w = { .s = session_new(&p, 0) };
	session_key(w.s, SK_START, 0);
	run_to(&w, 10000);
	/* A 2 s hold has two ticks, none at its very start. */
	assert_string_equal(events(&w),
		"0:state:prep 0:cue:prep 0:state:hold 0:cue:hold 1000:cue:tick "
		"2000:state:switch 2000:cue:switch 2000:state:hold 2000:cue:hold 3000:cue:tick "
		"4000:cue:step-done 4000:state:done 4000:cue:done");
	session_free(w.s);
	plan_free(&p);
	routine_free(r);
	(void)state;
}

/* A stop on the brief of a plan of two areas holds both: its advice is
 * not "this area". During a step of it, the step's. */
static void test_stop_on_brief_of_two_areas(void **state)
{
	struct routine *feet = fixture_routine("Feet"), *calves = fixture_routine("Calves");
	free(calves->area);
	calves->area = xstrdup("calves");
	fixture_step(feet, "Arch", SIDE_NONE, 5000, 30000);
	fixture_step(calves, "Calf", SIDE_NONE, 5000, 30000);
	const struct routine *rs[] = { feet, calves };
	struct plan p;
	plan_build(&p, rs, 2, false);
	struct world w = { .s = session_new(&p, 0) };
	session_key(w.s, SK_STOP, 10);
	assert_true(view_at(&w, 10).stop_any_area);
	session_free(w.s);
	w.s = session_new(&p, 0);
	session_key(w.s, SK_START, 0);
	run_to(&w, 10000);
	session_key(w.s, SK_STOP, 10000);
	assert_false(view_at(&w, 10000).stop_any_area);
	session_free(w.s);
	plan_free(&p);
	routine_free(feet);
	routine_free(calves);
	(void)state;
}

/* Line mode on a terminal: a preset's next routine begins paused (its
 * notes, said aloud, outlast its prep), its prep's time all there when it
 * goes on; b back onto it from its own step does not pause again. */
static void test_pause_at_next_routine(void **state)
{
	struct routine *feet = fixture_routine("Feet"), *calves = fixture_routine("Calves");
	fixture_step(feet, "Arch", SIDE_NONE, 5000, 30000);
	fixture_step(calves, "Calf", SIDE_NONE, 10000, 30000);
	fixture_step(calves, "Shin", SIDE_NONE, 5000, 30000);
	const struct routine *rs[] = { feet, calves };
	struct plan p;
	plan_build(&p, rs, 2, false);
	p.pause_at_routines = true;
	struct world w = { .s = session_new(&p, 0) };
	session_key(w.s, SK_START, 0);
	assert_int_equal(view_at(&w, 0).state, ST_PREP); /* the first routine: the brief was said */
	struct session_event ev[64];
	while (session_take_events(w.s, ev, 64))
		;
	run_to(&w, 35000);
	/* a pause of its own: the hold's end and the prep's sounds play on */
	size_t n = session_take_events(w.s, ev, 64), paused = n;
	for (size_t i = 0; i < n; i++)
		if (ev[i].kind == EV_STATE && ev[i].state == ST_PAUSED)
			paused = i;
	assert_true(paused < n && ev[paused].to_listen);
	struct view v = view_at(&w, 60000); /* minutes later, still waiting */
	assert_int_equal(v.state, ST_PAUSED);
	assert_int_equal(v.paused_from, ST_PREP);
	assert_int_equal(v.item_index, 1);
	session_key(w.s, SK_PAUSE, 60000);
	assert_int_equal(view_at(&w, 60000).left_ms, 10000);
	session_key(w.s, SK_PAUSE, 61000); /* one of the listener's own: sounds cut */
	n = session_take_events(w.s, ev, 64);
	assert_true(n >= 2 && ev[n - 1].kind == EV_STATE && ev[n - 1].state == ST_PAUSED);
	assert_false(ev[n - 1].to_listen);
	session_key(w.s, SK_PAUSE, 61000);
	run_to(&w, 70000); /* its hold */
	session_key(w.s, SK_NEXT, 71000); /* on to Shin */
	session_key(w.s, SK_PREV, 71500); /* its first 3 s: back to Calf */
	v = view_at(&w, 71500);
	assert_int_equal(v.item_index, 1);
	assert_int_equal(v.state, ST_PREP);
	/* where a stop there came from: the step just held, while getting
	 * into position for the next */
	session_key(w.s, SK_NEXT, 72000); /* Calf's hold */
	session_key(w.s, SK_NEXT, 73000); /* Shin's prep */
	session_key(w.s, SK_STOP, 74000);
	v = view_at(&w, 74000);
	bool after;
	const struct plan_item *it = session_stop_item(&p, &v, &after);
	assert_true(after);
	assert_string_equal(it->step->title, "Calf");
	session_free(w.s);
	plan_free(&p);
	routine_free(feet);
	routine_free(calves);
	(void)state;
}

/* Each routine's share of the time done, for the history's areas: time
 * skipped with n is not done in the routines after it. */
static void test_time_done_by_routine(void **state)
{
	struct routine *feet = fixture_routine("Feet"), *calves = fixture_routine("Calves");
	fixture_step(feet, "Arch", SIDE_NONE, 5000, 30000);
	fixture_step(calves, "Calf", SIDE_BOTH, 5000, 30000);
	const struct routine *rs[] = { feet, calves };
	struct plan p;
	plan_build(&p, rs, 2, false);
	struct world w = { .s = session_new(&p, 0) };
	session_key(w.s, SK_START, 0);
	run_to(&w, 12000);            /* feet: 5 s prep, 7 s into the hold */
	session_key(w.s, SK_NEXT, 12000); /* on to calves */
	run_to(&w, 15000);
	session_key(w.s, SK_NEXT, 15000); /* 3 s of calves' prep, then its right side */
	session_key(w.s, SK_QUIT, 15000);
	struct view v = view_at(&w, 15000);
	assert_int_equal(v.done_ms, 15000);
	assert_int_equal(v.routine_done_ms[0], 12000);
	assert_int_equal(v.routine_done_ms[1], 3000);
	session_free(w.s);
	plan_free(&p);
	routine_free(feet);
	routine_free(calves);
	(void)state;
}

/* The aftercare the summary gives: none of a routine skipped through with
 * n, and a line two routines share once, from the first one held. */
static void test_aftercare_of_the_routines_held(void **state)
{
	struct routine *feet = fixture_routine("Feet"), *calves = fixture_routine("Calves");
	fixture_step(feet, "Arch", SIDE_BOTH, 0, 10000);
	fixture_step(calves, "Calf", SIDE_NONE, 0, 10000);
	fixture_list_add(&feet->aftercare, "Drink a glass of water.");
	fixture_list_add(&feet->aftercare, "Stretch your soles.");
	fixture_list_add(&calves->aftercare, "Drink a glass of water.");
	fixture_list_add(&calves->aftercare, "Stretch your calves.");
	const struct routine *rs[] = { feet, calves };
	struct plan p;
	plan_build(&p, rs, 2, false);
	struct world w = { .s = session_new(&p, 0) };
	struct view v = view_at(&w, 0);
	assert_false(session_aftercare_is_new(&v, &p, 0, "Drink a glass of water.")); /* nothing held yet */
	session_key(w.s, SK_START, 0);
	session_key(w.s, SK_NEXT, 1000); /* both sides of the arch skipped */
	session_key(w.s, SK_NEXT, 2000);
	run_to(&w, 20000);
	v = view_at(&w, 20000);
	assert_int_equal(v.state, ST_DONE);
	assert_true(v.completed);
	assert_false(v.routine_held[0]);
	assert_true(v.routine_held[1]);
	assert_false(session_aftercare_is_new(&v, &p, 0, "Drink a glass of water."));
	assert_false(session_aftercare_is_new(&v, &p, 0, "Stretch your soles."));
	assert_true(session_aftercare_is_new(&v, &p, 1, "Drink a glass of water."));
	assert_true(session_aftercare_is_new(&v, &p, 1, "Stretch your calves."));
	assert_false(session_aftercare_is_new(&v, &p, 2, "Drink a glass of water.")); /* no such routine */
	session_free(w.s);
	/* One side of the arch held is the feet held: the water is theirs. */
	w.s = session_new(&p, 0);
	session_key(w.s, SK_START, 0);
	run_to(&w, 10000);
	session_key(w.s, SK_NEXT, 11000);
	run_to(&w, 30000);
	v = view_at(&w, 30000);
	assert_int_equal(v.state, ST_DONE);
	assert_true(session_aftercare_is_new(&v, &p, 0, "Drink a glass of water."));
	assert_true(session_aftercare_is_new(&v, &p, 0, "Stretch your soles."));
	assert_false(session_aftercare_is_new(&v, &p, 1, "Drink a glass of water."));
	assert_true(session_aftercare_is_new(&v, &p, 1, "Stretch your calves."));
	session_free(w.s);
	plan_free(&p);
	routine_free(feet);
	routine_free(calves);
	(void)state;
}

static void test_breath_cues(void **state)
{
	struct world *w = *state;
	session_set_breath_cues(w->s, true);
	session_key(w->s, SK_START, 0);
	run_to(w, 4999);
	events(w);
	run_to(w, 30000); /* hold from 5000: in 4 s, out 6 s */
	assert_string_equal(events(w),
		"5000:state:hold 5000:cue:hold 9000:cue:exhale 15000:cue:inhale "
		"19000:cue:exhale 20000:prompt:Pause on a tender spot. 20000:cue:prompt 25000:cue:inhale "
		"29000:cue:exhale");
	/* A pause moves them with everything else: the breath due at 35000
	 * would now fall on the end of the hold, where none is given. */
	session_key(w->s, SK_PAUSE, 30000);
	session_key(w->s, SK_PAUSE, 40000);
	run_to(w, 45000);
	assert_string_equal(events(w), "30000:state:paused 40000:state:hold 42000:cue:tick "
				       "43000:cue:tick 44000:cue:tick 45000:state:switch 45000:cue:switch");
}

static void test_breath_cues_after_more(void **state)
{
	/* + at 30500, after the last breath change of the old hold (29000):
	 * the breath goes on into the new time. */
	struct world *w = *state;
	session_set_breath_cues(w->s, true);
	session_key(w->s, SK_START, 0);
	run_to(w, 30500);
	events(w);
	session_key(w->s, SK_MORE, 30500);
	run_to(w, 40000);
	assert_string_equal(events(w), "30500:adjust 35000:cue:inhale 39000:cue:exhale");
	/* The breath out due at 49000 falls on the count's last tick: the
	 * tick is heard, not drowned by the breath's longer sound. */
	run_to(w, 49999);
	assert_string_equal(events(w), "45000:cue:inhale 47000:cue:tick 48000:cue:tick 49000:cue:tick");
}

static void test_no_breath_cues_by_default(void **state)
{
	struct world *w = *state;
	session_key(w->s, SK_START, 0);
	run_to(w, 34000);
	assert_null(strstr(events(w), "inhale"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_brief_waits_for_start), T(test_full_walk_with_sides),
		T(test_view_during_hold), T(test_late_wakeup_keeps_logical_times),
		T(test_pause_does_not_count), T(test_next_and_back),
		T(test_more_and_less_time),
		T(test_total_follows_skips_and_repeats), T(test_adjust_while_paused), T(test_events_while_paused),
		T(test_less_never_adds_time),
		T(test_holds_done_counts_each_hold_once),
		T(test_less_stops_at_a_second_and_says_so),
		T(test_kid_more_keeps_the_cap), T(test_more_stops_at_its_most),
		T(test_breath_cues_after_more),
		T(test_too_hard_continues), T(test_stop_from_brief), T(test_stop_from_prep),
		T(test_stop_from_hold), T(test_stop_from_switch), T(test_stop_from_paused),
		T(test_stop_from_done), T(test_stop_keeps_the_item), T(test_quit),
		cmocka_unit_test(test_zero_prep_goes_straight_to_hold),
		cmocka_unit_test(test_time_done_by_routine),
		cmocka_unit_test(test_pause_at_next_routine),
		cmocka_unit_test(test_stop_on_brief_of_two_areas),
		cmocka_unit_test(test_aftercare_of_the_routines_held),
		T(test_breath_cues), T(test_no_breath_cues_by_default),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
