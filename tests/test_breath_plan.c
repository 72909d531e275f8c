/* The breathing pacer at its phase boundaries, and plans: sides, kid caps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "advice.h"
#include "breath.h"
#include "fixture.h"
#include "plan.h"

static const struct breathing box = { .inhale_ms = 4000, .hold_in_ms = 2000,
				       .exhale_ms = 6000, .hold_out_ms = 1000 };

static void test_phase_boundaries(void **state)
{
	struct breath_state b = breath_at(&box, 0);
	assert_int_equal(b.phase, BREATH_IN);
	assert_true(b.fullness == 0.0);
	assert_int_equal(b.phase_left_ms, 4000);
	b = breath_at(&box, 3999);
	assert_int_equal(b.phase, BREATH_IN);
	assert_int_equal(b.phase_left_ms, 1);
	b = breath_at(&box, 4000);
	assert_int_equal(b.phase, BREATH_HOLD_IN);
	assert_true(b.fullness == 1.0);
	b = breath_at(&box, 6000);
	assert_int_equal(b.phase, BREATH_OUT);
	b = breath_at(&box, 9000); /* half way out */
	assert_true(b.fullness == 0.5);
	b = breath_at(&box, 12000);
	assert_int_equal(b.phase, BREATH_HOLD_OUT);
	assert_true(b.fullness == 0.0);
	b = breath_at(&box, 13000); /* the next cycle */
	assert_int_equal(b.phase, BREATH_IN);
	assert_int_equal(b.phase_left_ms, 4000);
	assert_int_equal(breath_cycle_ms(&box), 13000);
}

static void test_zero_phases_are_skipped(void **state)
{
	const struct breathing b = { .inhale_ms = 4000, .exhale_ms = 6000 };
	assert_int_equal(breath_at(&b, 4000).phase, BREATH_OUT);
	assert_int_equal(breath_at(&b, 10000).phase, BREATH_IN);
	const struct breathing none = { 0 };
	assert_int_equal(breath_at(&none, 5000).phase, BREATH_IN);
	assert_int_equal(breath_at(&none, 5000).pacer_left_ms, -1); /* never wakes for it */
}

/* The pacer steps once a second, on the countdown's beat: a 4 s breath in
 * shows 1/4, 2/4, 3/4, full; a 6 s breath out 5/6 down to empty. */
static void test_pacer_steps_each_second(void **state)
{
	static const double in[] = { 0.25, 0.5, 0.75, 1 };
	for (int k = 0; k < 4; k++) {
		struct breath_state b = breath_at(&box, k * 1000);
		assert_true(b.pacer == in[k]);
		assert_int_equal(b.pacer_left_ms, 1000);
		b = breath_at(&box, k * 1000 + 999); /* the same step to its end */
		assert_true(b.pacer == in[k]);
		assert_int_equal(b.pacer_left_ms, 1);
	}
	/* The hold after breathing in: full until it ends. */
	struct breath_state b = breath_at(&box, 4500);
	assert_true(b.pacer == 1);
	assert_int_equal(b.pacer_left_ms, 1500);
	for (int k = 0; k < 6; k++) {
		b = breath_at(&box, 6000 + k * 1000 + 300);
		assert_true(b.pacer > (5 - k) / 6.0 - 1e-9 && b.pacer < (5 - k) / 6.0 + 1e-9);
		assert_int_equal(b.pacer_left_ms, 700);
	}
	assert_true(breath_at(&box, 12500).pacer == 0); /* the hold after breathing out */
	/* A phase that is not whole seconds: the last step is the short one. */
	const struct breathing odd = { .inhale_ms = 2500, .exhale_ms = 3000 };
	b = breath_at(&odd, 2000);
	assert_true(b.pacer == 1);
	assert_int_equal(b.pacer_left_ms, 500);
	assert_int_equal(breath_at(&odd, 1000).pacer_left_ms, 1000);
	/* Under a second: one step, full at once. */
	const struct breathing quick = { .inhale_ms = 600, .exhale_ms = 600 };
	assert_true(breath_at(&quick, 0).pacer == 1);
	assert_int_equal(breath_at(&quick, 0).pacer_left_ms, 600);
}

static void test_words(void **state)
{
	assert_string_equal(breath_words(BREATH_IN, 0), "breathe in");
	assert_string_equal(breath_words(BREATH_OUT, 0), "breathe out");
	assert_string_equal(breath_words(BREATH_IN, 1), "smell the flower");
	assert_string_equal(breath_words(BREATH_OUT, 1), "blow out the candle");
	/* the breath's own holds, not "hold" under a step's "Hold" */
	assert_string_equal(breath_words(BREATH_HOLD_IN, 0), "hold the breath");
	assert_string_equal(breath_words(BREATH_HOLD_OUT, 0), "wait, then breathe in");
}

static void test_plan_sides_and_totals(void **state)
{
	struct routine *a = fixture_routine("A"), *b = fixture_routine("B");
	fixture_step(a, "Arch", SIDE_BOTH, 5000, 30000);
	fixture_step(a, "Heel", SIDE_RIGHT, 0, 10000);
	fixture_step(b, "Calf", SIDE_NONE, 10000, 60000);
	const struct routine *rs[] = { a, b };
	struct plan p;
	plan_build(&p, rs, 2, false);
	assert_false(p.kid);
	assert_int_equal(p.n_items, 4);
	assert_int_equal(p.items[0].side, SIDE_LEFT);
	assert_int_equal(p.items[1].side, SIDE_RIGHT);
	assert_int_equal(p.items[1].side_index, 1);
	assert_int_equal(p.items[2].side, SIDE_RIGHT);
	assert_int_equal(p.items[3].routine_index, 1);
	assert_int_equal(plan_total_ms(&p), 2 * 35000 + 10000 + 70000);
	plan_free(&p);
	routine_free(a);
	routine_free(b);
}

static void test_kid_caps(void **state)
{
	struct routine *r = fixture_routine("Kids");
	struct step *s = fixture_step(r, "Feet", SIDE_NONE, 5000, 60000);
	s->pressure = PRESSURE_FIRM;
	const struct routine *rs[] = { r };
	struct plan p;
	plan_build(&p, rs, 1, true); /* --kid */
	assert_true(p.kid);
	assert_int_equal(p.items[0].hold_ms, ROUTINE_KID_HOLD_MS);
	assert_int_equal(p.items[0].pressure, PRESSURE_LIGHT);
	plan_free(&p);
	/* A routine for kids only is coached in kid mode without asking. */
	fixture_kid(r);
	plan_build(&p, rs, 1, false);
	assert_true(p.kid);
	assert_int_equal(p.items[0].hold_ms, 30000);
	plan_free(&p);
	/* With a routine for anyone after it, the child is still coached as one. */
	struct routine *any = fixture_routine("Back");
	fixture_step(any, "Mid back", SIDE_NONE, 5000, 60000);
	const struct routine *both[] = { r, any };
	plan_build(&p, both, 2, false);
	assert_true(p.kid);
	assert_int_equal(p.items[1].hold_ms, ROUTINE_KID_HOLD_MS);
	plan_free(&p);
	routine_free(any);
	/* One that suits adults too is coached as written. */
	fixture_list_add(&r->audience, "adult");
	plan_build(&p, rs, 1, false);
	assert_false(p.kid);
	assert_int_equal(p.items[0].hold_ms, 60000);
	plan_free(&p);
	routine_free(r);
}

static void test_advice_said_once(void **state)
{
	struct routine *a = fixture_routine("A"), *b = fixture_routine("B");
	fixture_list_add(&a->aftercare, "Drink a glass of water.");
	fixture_list_add(&b->aftercare, "Stretch each calf.");
	fixture_list_add(&b->aftercare, "Drink a glass of water.");
	fixture_list_add(&b->safety, "Drink a glass of water."); /* another list */
	fixture_step(a, "Arch", SIDE_BOTH, 5000, 30000);
	fixture_step(b, "Calf", SIDE_BOTH, 10000, 60000);
	const struct routine *rs[] = { a, b };
	struct plan p;
	plan_build(&p, rs, 2, false);
	assert_true(plan_advice_is_new(&p, 0, ADVICE_AFTERCARE, a->aftercare.v[0], NULL));
	assert_true(plan_advice_is_new(&p, 1, ADVICE_AFTERCARE, b->aftercare.v[0], NULL));
	assert_false(plan_advice_is_new(&p, 1, ADVICE_AFTERCARE, b->aftercare.v[1], NULL));
	assert_true(plan_advice_is_new(&p, 1, ADVICE_SAFETY, b->safety.v[0], NULL));
	/* B's first item starts a routine; A's first, and its others, do not. */
	assert_int_equal(p.n_items, 4);
	bool starts[] = { false, false, true, false };
	for (size_t i = 0; i < p.n_items; i++)
		assert_int_equal(plan_starts_routine(&p, i), starts[i]);
	assert_false(plan_starts_routine(&p, p.n_items));
	plan_free(&p);
	routine_free(a);
	routine_free(b);
}

/* Words typed in line mode that say what happened, in any case, as words
 * of their own: "pins" is a word, "pinstripe" or "snow" are not. */
static void test_symptom_words(void **state)
{
	bool sure;
	assert_int_equal(advice_symptom_named("my toes are TINGLING", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("pins and needles", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("ouch!", &sure), SYMPTOM_SHARP);
	/* a child's words, the kids routine's own among them */
	assert_int_equal(advice_symptom_named("ouchy", &sure), SYMPTOM_SHARP);
	assert_int_equal(advice_symptom_named("owie", &sure), SYMPTOM_SHARP);
	assert_int_equal(advice_symptom_named("owww", &sure), SYMPTOM_SHARP); /* ow, drawn out */
	assert_int_equal(advice_symptom_named("OWW!", &sure), SYMPTOM_SHARP);
	assert_int_equal(advice_symptom_named("own", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("my toes feel fuzzy", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("it feels weird", &sure), SYMPTOM_OTHER);
	assert_int_equal(advice_symptom_named("i feel sick", &sure), SYMPTOM_OTHER);
	assert_int_equal(advice_symptom_named("it stings", &sure), SYMPTOM_SHARP);
	assert_int_equal(advice_symptom_named("my foot fell asleep", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	/* how children say pins and needles; the kids routine's "strange", and
	 * "funny", said of other things too: not sure, so asked */
	assert_int_equal(advice_symptom_named("prickly", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("my leg went to sleep", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("i want to sleep", &sure), SYMPTOM_UNKNOWN);
	/* of a person, no limb: nothing; of "it": a stop, asked */
	assert_int_equal(advice_symptom_named("ok i am going to sleep after this one", &sure),
			 SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("I'm going to sleep soon", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("the baby went to sleep", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("it went to sleep", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("my foot is going to sleep", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("I think my toes have gone to sleep", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("I almost fell asleep", &sure), SYMPTOM_UNKNOWN);
	/* each time it is said, of whom: a limb named elsewhere is not a
	 * person's sleep */
	assert_int_equal(advice_symptom_named("the kid is asleep now so I can do my feet", &sure),
			 SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("we went to sleep late and now it is asleep", &sure),
			 SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("my foot, I think, went to sleep", &sure), SYMPTOM_NUMB);
	assert_false(sure); /* asked: of what, unsaid */
	assert_int_equal(advice_symptom_named("the cat fell asleep on my foot", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("Im going to sleep after this one", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("my wife is asleep", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("my brother fell asleep", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("mommy is asleep", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("my roommate is asleep", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("my sole went to sleep", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	/* numbness in a listener's own words */
	assert_int_equal(advice_symptom_named("I can't feel my toes", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("my foot is dead", &sure), SYMPTOM_NUMB);
	assert_false(sure); /* asked: "my legs are dead" is tired, to a runner */
	assert_int_equal(advice_symptom_named("my toes feel dead", &sure), SYMPTOM_NUMB);
	assert_false(sure); /* as "my legs feel dead" after a run */
	/* what is not felt: a limb, sure; the stretch or the ball, asked */
	assert_int_equal(advice_symptom_named("I can't feel my left foot", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("I cant feel my toes.", &sure), SYMPTOM_NUMB);
	assert_true(sure); /* its "cant" denies nothing */
	assert_int_equal(advice_symptom_named("no pain, but I can't feel my toes", &sure), SYMPTOM_NUMB);
	assert_false(sure); /* "no pain": asked */
	assert_int_equal(advice_symptom_named("I can't feel the stretch in my calf", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("I cannot feel the ball under my foot", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("I can't feel my calf stretch", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("I can't feel my calf", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	/* a part of a limb is the limb's; the ball under it is not */
	assert_int_equal(advice_symptom_named("I can't feel the ball of my foot", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("I can't feel the side of my calf", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("I don't feel my toes", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	/* a word that softens it, as numbness coming on slowly is said */
	const char *const softened[] = { "I can barely feel my toes", "I can hardly feel my foot",
					 "I could barely feel my foot", "I can't quite feel my toes",
					 "I can\u2019t even feel my foot", "I can't really feel my toes",
					 "I don't really feel my toes", "I can no longer feel my foot",
					 "I can barely feel my toes.", "I barely feel my toes",
					 "I hardly feel my toes", "I no longer feel my toes",
					 "I can barely even feel my toes", "I can just barely feel my toes",
					 "I can no longer really feel my toes", "I can't sense my toes",
					 "I can barely sense my toes", "barely feel my toes" };
	for (size_t i = 0; i < sizeof softened / sizeof *softened; i++) {
		assert_int_equal(advice_symptom_named(softened[i], &sure), SYMPTOM_NUMB);
		if (!sure)
			fail_msg("asked, not sure: %s", softened[i]);
	}
	assert_int_equal(advice_symptom_named("I can barely feel the stretch", &sure), SYMPTOM_NUMB);
	assert_false(sure); /* the stretch: asked, as without the word */
	assert_int_equal(advice_symptom_named("I can really feel my calf", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("I can feel my toes again", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("kitty is asleep", &sure), SYMPTOM_UNKNOWN);
	/* a letter held too long, or a doubled one typed once, by a thumb */
	assert_int_equal(advice_symptom_named("numbb", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("my calf is numbbb", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("tinglyy", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("ouchh", &sure), SYMPTOM_SHARP);
	assert_int_equal(advice_symptom_named("dizy", &sure), SYMPTOM_OTHER);
	assert_int_equal(advice_symptom_named("I want to sleep", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("numbers", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("my quads are asleep", &sure), SYMPTOM_NUMB);
	assert_true(sure); /* a bundled area's word, as sure as a thigh */
	assert_int_equal(advice_symptom_named("my hamstring is asleep", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	/* a symptom named beside a phrase that asks is what it is */
	assert_int_equal(advice_symptom_named("it went to sleep, tingling now", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("my foot is dead and tingling", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("my foot is dead and it hurts", &sure), SYMPTOM_SHARP);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("it went dead, weird", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("weird tingling in my toes", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("it's gone dead", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("no feeling in my foot", &sure), SYMPTOM_NUMB);
	assert_true(sure);
	assert_int_equal(advice_symptom_named("I'm dead tired", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("the battery is dead", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("asleep", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("it feels strange", &sure), SYMPTOM_OTHER);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("my foot feels funny", &sure), SYMPTOM_OTHER);
	assert_false(sure);
	/* a nerve's pain, as people with neuropathy say it, is the nerve's */
	assert_int_equal(advice_symptom_named("a burning sole", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("shooting pain down my leg", &sure), SYMPTOM_NUMB);
	assert_int_equal(advice_symptom_named("feel the burn", &sure), SYMPTOM_UNKNOWN);
	/* what is none of the three: something else, not unknown */
	assert_int_equal(advice_symptom_named("I feel dizzy", &sure), SYMPTOM_OTHER);
	assert_int_equal(advice_symptom_named("calf cramp", &sure), SYMPTOM_OTHER);
	assert_int_equal(advice_symptom_named("it hurts, numb too", &sure), SYMPTOM_SHARP); /* the first */
	assert_true(sure);
	assert_int_equal(advice_symptom_named("pinstripe snow", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("slower", &sure), SYMPTOM_UNKNOWN);
	assert_int_equal(advice_symptom_named("", &sure), SYMPTOM_UNKNOWN);
	/* Denied: still a stop, to ask about, not an answer. */
	assert_int_equal(advice_symptom_named("no pain, where am I?", &sure), SYMPTOM_SHARP);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("it doesn't hurt", &sure), SYMPTOM_SHARP);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("Not numb", &sure), SYMPTOM_NUMB);
	assert_false(sure);
	/* typed without the apostrophe */
	assert_int_equal(advice_symptom_named("it doesnt hurt", &sure), SYMPTOM_SHARP);
	assert_false(sure);
	assert_int_equal(advice_symptom_named("dont feel numb", &sure), SYMPTOM_NUMB);
	assert_false(sure);
}

static bool says(const char *const *lines, const char *words)
{
	for (; *lines; lines++)
		if (strstr(*lines, words))
			return true;
	return false;
}

/* The advice fits what was said: numbness holds the area, not a spot in
 * it; "something else" is not told about the three it was not. */
static void test_stop_advice(void **state)
{
	(void)state;
	assert_true(says(advice_stop(SYMPTOM_NUMB, false, false), "do not roll this area again today"));
	assert_false(says(advice_stop(SYMPTOM_NUMB, false, false), "spot"));
	assert_true(says(advice_stop(SYMPTOM_OTHER, false, false), "Dizzy or faint?"));
	assert_false(says(advice_stop(SYMPTOM_OTHER, false, false), "Numbness"));
	assert_true(says(advice_stop(SYMPTOM_OTHER, false, true), "Do not roll again today."));
	assert_true(says(advice_stop(SYMPTOM_UNKNOWN, false, false), "Numbness, tingling or sharp"));
	/* the stop first: a small screen cuts the end */
	assert_true(!strncmp(advice_too_hard(false), "Sharp pain, numbness or tingling? Stop with x.", 46));
	assert_true(!strncmp(advice_too_hard(true), "Tingly, or it really hurts? Stop with x.", 40));
}

/* A session is named as its brief shows it: a preset's title, a lone
 * routine's, or the routines' joined; cut to the room, never past it. */
static void test_plan_title(void **state)
{
	(void)state;
	struct routine *a = fixture_routine("Morning feet"), *b = fixture_routine("Calves");
	const struct routine *rs[] = { a, b };
	struct plan p;
	char t[64];
	plan_build(&p, rs, 1, false);
	plan_title(&p, t, sizeof t);
	assert_string_equal(t, "Morning feet");
	plan_free(&p);
	plan_build(&p, rs, 2, false);
	plan_title(&p, t, sizeof t);
	assert_string_equal(t, "Morning feet + Calves");
	plan_title(&p, t, 16);
	assert_string_equal(t, "Morning feet + ");
	b->title[0] = '\xc3', b->title[1] = '\x89'; /* "Élves": cut inside the É, the É goes */
	plan_title(&p, t, 17);
	assert_string_equal(t, "Morning feet + ");
	p.title = "After a run";
	plan_title(&p, t, sizeof t);
	assert_string_equal(t, "After a run");
	plan_free(&p);
	routine_free(a);
	routine_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phase_boundaries), cmocka_unit_test(test_zero_phases_are_skipped),
		cmocka_unit_test(test_pacer_steps_each_second), cmocka_unit_test(test_words),
		cmocka_unit_test(test_plan_sides_and_totals), cmocka_unit_test(test_kid_caps),
		cmocka_unit_test(test_plan_title),
		cmocka_unit_test(test_advice_said_once), cmocka_unit_test(test_symptom_words), cmocka_unit_test(test_stop_advice),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
