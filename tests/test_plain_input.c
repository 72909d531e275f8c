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
	const char *stop[] = { "xx", "xxx", "x x", " xx ", "XX", "x.", "zx", "xc", "stop stop",
			       "stop!", "Stop now", "stopp", "stoop", "sx", "stop, please",
			       /* asked for, as a child says it */
			       "I want to stop", "i wanna stop", "can we stop?", "please stop",
			       "I need to stop now", "let me stop", "let's stop" };
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		if (!plain_meant_stop(stop[i], false))
			fail_msg("'%s' was not taken for a stop", stop[i]);
	assert_true(plain_meant_stop("ss", true));
	assert_false(plain_meant_stop("ss", false)); /* at the picker: not for shoulders */
	const char *not[] = { "", "max", "six", "stops", "store", "start", "st", "zz", "xzcd",
			      "x is where", "stopwatch", "sotp", "stop sound", "now stop",
			      "i don't want to stop", "want to stop the sound", "to stops",
			      "i want to", "don't stop" };
	for (size_t i = 0; i < sizeof not / sizeof *not; i++)
		if (plain_meant_stop(not[i], true))
			fail_msg("'%s' was taken for a stop", not[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_fuzz_inputs_replayed),
					    cmocka_unit_test(test_stop_typed_unsteadily) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
