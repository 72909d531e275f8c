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

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_fuzz_inputs_replayed) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
