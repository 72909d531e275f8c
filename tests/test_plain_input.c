/* Line mode's input through a real session: the line-mode fuzzer's seeds
 * and any crashers it found, replayed (its checks abort on a fault: more
 * keys than room, a control byte said back). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "fuzz/fuzz_plain.c"
#include "replay.h"

static void test_fuzz_inputs_replayed(void **state)
{
	const char *dirs[] = { "tests/fuzz/crashers-plain", "tests/fuzz/plain-seeds" };
	int n = replay_dirs(dirs, 2, LLVMFuzzerTestOneInput);
	assert_true(n >= 6);
	printf("report: %d line-mode fuzz inputs replayed\n", n);
}

/* A hand that doubles keys or slips to x's neighbours still stops; a
 * word that only begins alike, or is longer than a slip, does not. */
static void test_stop_typed_unsteadily(void **state)
{
	(void)state;
	/* marks typed with a word: after it, and before it as Spanish does */
	char a[] = "\u00A1stop!", b[] = "\u00BFx?", c[] = "\u00ABx\u00BB", d[] = "?", e[] = "resume.";
	assert_string_equal(plain_strip_marks(a), "stop");
	assert_string_equal(plain_strip_marks(b), "x");
	assert_string_equal(plain_strip_marks(c), "x");
	assert_string_equal(plain_strip_marks(d), "?");
	assert_string_equal(plain_strip_marks(e), "resume");
	/* beyond ASCII: a no-break space, an emoji (with its variation
	 * selector), autocorrect's ellipsis; before and after */
	char f[] = "x\u00A0", g[] = "2\U0001F623", h[] = "q\U0001F60A\uFE0F", k[] = "\u00A0stop\u2026";
	assert_string_equal(plain_strip_marks(f), "x");
	assert_string_equal(plain_strip_marks(g), "2");
	assert_string_equal(plain_strip_marks(h), "q");
	assert_string_equal(plain_strip_marks(k), "stop");
	char l[] = "\U0001F623 stop", m[] = "\u2022 x", o[] = "\u2026stop";
	assert_string_equal(plain_strip_marks(l), "stop");
	assert_string_equal(plain_strip_marks(m), "x");
	assert_string_equal(plain_strip_marks(o), "stop");
	assert_true(plain_meant_stop("\U0001F6D1", false)); /* a stop sign, typed for one */
	assert_true(plain_meant_stop("\u26D4 please", false));
	char q[] = "\u26D4\uFE0F", r[] = "\U0001F6D1!"; /* an emoji picker's, a mark after */
	assert_true(plain_meant_stop(plain_strip_marks(q), false));
	assert_true(plain_meant_stop(plain_strip_marks(r), false));
	assert_true(plain_meant_stop("\u270B", false)); /* a raised hand */
	assert_true(plain_meant_stop("\U0001F6AB", false));
	/* a phone's keycap emoji for the number asked: 1️⃣ is 1 */
	char keycap[] = "1\uFE0F\u20E3";
	assert_int_equal(plain_answer_word(plain_strip_marks(keycap)), SK_SYMPTOM_NUMB);
	/* x held down, thirty a second: a line of any length */
	char held[301];
	memset(held, 'x', 300);
	held[300] = '\0';
	assert_true(plain_meant_stop(held, false));
	assert_true(plain_long_line_stops(held, false));
	/* ...and s, where it is STOP (in a session; not at the list) */
	memset(held, 's', 300);
	assert_true(plain_meant_stop(held, true));
	assert_true(plain_long_line_stops(held, true));
	assert_false(plain_long_line_stops(held, false));
	assert_true(plain_meant_stop("\u274C", false)); /* a phone's x */
	/* at the stop's question, a number tapped twice is that number */
	assert_int_equal(plain_answer_word("11"), SK_SYMPTOM_NUMB);
	assert_int_equal(plain_answer_word("222"), SK_SYMPTOM_SHARP);
	assert_int_equal(plain_answer_word("3"), SK_SYMPTOM_OTHER);
	assert_int_equal(plain_answer_word("One"), SK_SYMPTOM_NUMB);
	assert_int_equal(plain_answer_word("three"), SK_SYMPTOM_OTHER);
	assert_int_equal(plain_answer_word("12"), -1);
	assert_int_equal(plain_answer_word("44"), -1);
	assert_int_equal(plain_command_word("11"), -1); /* elsewhere, eleven */
	/* the help's own words, as a teen types them */
	assert_int_equal(plain_command_word("skip"), SK_NEXT);
	assert_int_equal(plain_command_word("more time"), SK_MORE);
	assert_int_equal(plain_command_word("less time"), SK_LESS);
	const char *stop[] = { "stpo", "sotp", "stp", "srop", "atop", "dtop", "stoo", "stip", "stol",
			       "xtop", "ok srop", "ok stop", "stop the session", "xx", "xxx", "x x", " xx ", "XX", "x.", "zx", "xc", "stop stop",
			       "stop!", "Stop now", "stopp", "stoop", "sx", "stop, please",
			       /* the finger meant for Enter on a key beside it first */
			       "x\\", "x]", "x[", "stop\\",
			       /* asked for, as a child says it */
			       "I want to stop", "i wanna stop", "can we stop?", "please stop",
			       "I need to stop now", "let me stop", "let's stop", "sto", "sop",
			       "should I stop?", "I think I should stop", "I'll stop now", "maybe stop",
			       "I'm going to stop", "I am going to stop", "please stop it", "just stop it",
			       "I'll stop it", "I think we should stop the session", "mom stop", "stop mommy",
			       "I'd better stop", "I must stop", "I'm stopping",
			       /* a key held too long, asked another way, a phone's x */
			       "sstop", "ssstop", "sttop", "I'd like to stop", "stop plz",
			       "do I need to stop?", "stop right now", "\u2716\uFE0F", "\u2718" };
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		if (!plain_meant_stop(stop[i], false))
			fail_msg("'%s' was not taken for a stop", stop[i]);
	assert_true(plain_meant_stop("ss", true));
	assert_false(plain_meant_stop("ss", false)); /* at the picker: not for shoulders */
	const char *not[] = { "", "max", "six", "stops", "store", "start", "st", "zz", "xzcd",
			      "x is where", "stopwatch", "stop sound", "now stop", "step", "shop",
			      "stay", "spot", "stub", "sroo", "when do I stop?", "top", "soap",
			      "I'm going to stop the sound", "I want to stop it from hurting",
			      "i don't want to stop", "want to stop the sound", "to stops",
			      "i want to", "don't stop", "x-ray", ":)", "(x)-ray", "do not stop",
			      "I'd like to stop the music", "sstep", "stopsop" };
	for (size_t i = 0; i < sizeof not / sizeof *not; i++)
		if (plain_meant_stop(not[i], true))
			fail_msg("'%s' was taken for a stop", not[i]);
}

/* "x1", "stop 2": a stop and its answer; "x4", a stop with its question
 * asked; a number alone, or with no stop before it, neither. */
static void test_a_stop_with_its_number(void **state)
{
	(void)state;
	int answer;
	assert_true(plain_numbered_stop("x1", true, &answer));
	assert_int_equal(answer, SK_SYMPTOM_NUMB);
	assert_true(plain_numbered_stop("stop 2", true, &answer));
	assert_int_equal(answer, SK_SYMPTOM_SHARP);
	assert_true(plain_numbered_stop("xx3", true, &answer));
	assert_int_equal(answer, SK_SYMPTOM_OTHER);
	/* in a hurry: a mark after the number */
	assert_true(plain_numbered_stop("stop 2.", true, &answer));
	assert_int_equal(answer, SK_SYMPTOM_SHARP);
	assert_true(plain_numbered_stop("x 1!", true, &answer));
	assert_int_equal(answer, SK_SYMPTOM_NUMB);
	/* a mark between, as help writes "x: STOP" */
	const char *between[] = { "x: 1", "stop: 1", "x - 1", "x (1)" };
	for (size_t i = 0; i < sizeof between / sizeof *between; i++) {
		answer = 0;
		if (!plain_numbered_stop(between[i], true, &answer) || answer != SK_SYMPTOM_NUMB)
			fail_msg("'%s': not a stop answered numbness", between[i]);
	}
	const char *asked[] = { "x4", "x0", "x12", "stop 9", "x1234", "x 1234", "stop 98765" };
	for (size_t i = 0; i < sizeof asked / sizeof *asked; i++) {
		answer = 0;
		if (!plain_numbered_stop(asked[i], true, &answer) || answer != -1)
			fail_msg("'%s': not a stop with its question open", asked[i]);
	}
	/* x as a word of its own, then anything: a stop, asked ("x one",
	 * dictated; "x — 1", a phone's dash) */
	const char *stop_more[] = { "x one", "x 1 2", "x #1", "x \xE2\x80\x94 1", " X: please", "xx hurts",
				  "stop one", "stop #1", "Stop \xE2\x80\x94 1", "stop 2 2", "stop 1 please",
				  "stop it", "stopp: 3", "stop \xE2\x80\xA6 1", "stop \xE3\x80\x82",
				  "stop \xF0\x9F\x98\xA3", /* an emoji: "stop 😣" */
				  "stop \xD9\xA1", "stop \xFF\xFE", "x1 2", "x1,2", "x1 x",
				  /* a mark or an emoji typed on, as autocorrect and a
				   * phone do: "x…", "stop…", "stop😣", "x‼" */
				  "x\xE2\x80\xA6", "stop\xE2\x80\xA6", "stop\xF0\x9F\x98\xA3",
				  "x\xE2\x80\xBC", "x\xC2\xBF" };
	for (size_t i = 0; i < sizeof stop_more / sizeof *stop_more; i++)
		if (!plain_stop_and_more(stop_more[i]))
			fail_msg("'%s': not a stop", stop_more[i]);
	const char *not_x[] = { "x", "x-ray", "xylophone", "stop sound", "max 2", "xxx y", "x ",
				"stop", "stopwatch 1", "stop items", "stop\xC3\xA9", "x\xC3\xA9" };
	for (size_t i = 0; i < sizeof not_x / sizeof *not_x; i++)
		if (plain_stop_and_more(not_x[i]))
			fail_msg("'%s' was taken for a stop with more", not_x[i]);
	const char *not[] = { "1", "12", "max 2", "s1", "", "2.", "!" };
	for (size_t i = 0; i < sizeof not / sizeof *not; i++)
		if (plain_numbered_stop(not[i], false, &answer))
			fail_msg("'%s' was taken for a numbered stop", not[i]);
	/* keys mashed after a stop ("x 1 2") are no answer: the last digit
	 * had been taken for one at the numbered list */
	answer = SK_SYMPTOM_NUMB;
	assert_false(plain_numbered_stop("x 1 2", false, &answer));
	assert_int_equal(answer, -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_fuzz_inputs_replayed),
					    cmocka_unit_test(test_stop_typed_unsteadily),
					    cmocka_unit_test(test_a_stop_with_its_number) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
