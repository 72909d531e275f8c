/* Line mode's input through a real session: the line-mode fuzzer's seeds
 * and any crashers it found, replayed (its checks abort on a fault: more
 * keys than room, a control byte said back). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <dirent.h>
#include <cmocka.h>

#include "xalloc.h"

#include "fuzz/fuzz_plain.c"

static void test_fuzz_inputs_replayed(void **state)
{
	const char *dirs[] = { "tests/fuzz/crashers-plain", "tests/fuzz/plain-seeds" };
	int n = 0;
	for (size_t k = 0; k < 2; k++) {
		DIR *dp = opendir(dirs[k]);
		if (!dp && k == 0)
			continue; /* no crasher found yet */
		assert_non_null(dp);
		for (struct dirent *e; (e = readdir(dp));) {
			if (e->d_name[0] == '.')
				continue;
			char *path = xasprintf("%s/%s", dirs[k], e->d_name);
			FILE *f = fopen(path, "rb");
			assert_non_null(f);
			char data[16384];
			size_t len = fread(data, 1, sizeof data, f);
			fclose(f);
			LLVMFuzzerTestOneInput((const uint8_t *)data, len);
			free(path);
			n++;
		}
		closedir(dp);
	}
	assert_true(n >= 6);
	printf("report: %d line-mode fuzz inputs replayed\n", n);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_fuzz_inputs_replayed) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
