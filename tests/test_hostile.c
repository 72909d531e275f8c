/* Hostile routine text: every one ends in a clear error at a position, and
 * nothing of it reaches the terminal raw. Also replays every input the
 * fuzzer ever crashed on (tests/fuzz/crashers). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fuzz/fuzz_routine.c"
#include "replay.h"
#include "routine_yaml.h"
#include "text.h"
#include "xalloc.h"

/* Loads text, expects a rejection whose messages contain want, all with a
 * position when positioned is set, and none with a raw control character. */
static void rejected(const char *text, size_t len, const char *want, bool positioned)
{
	struct diags d = { 0 };
	struct routine *r = routine_load_buffer("hostile.yaml", text, len, &d);
	assert_null(r);
	assert_true(d.errors > 0);
	bool found = false;
	for (size_t i = 0; i < d.n; i++) {
		found |= strstr(d.v[i].msg, want) != NULL;
		if (positioned)
			assert_true(d.v[i].line > 0);
	}
	char buf[65536] = "";
	FILE *f = fmemopen(buf, sizeof buf, "w");
	diags_print(&d, f);
	fclose(f);
	/* Line by line: the newlines are ours, nothing else may be a control. */
	char *save = NULL;
	for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		assert_int_equal(text_find_control(line, strlen(line)), -1);
	if (!found)
		fail_msg("no message containing '%s'", want);
	diags_free(&d);
}

static void rejected_str(const char *text, const char *want)
{
	rejected(text, strlen(text), want, true);
}

#define TAIL "\narea: feet\nsteps: [{title: A, hold: 3s}]\n"

static void test_escape_sequences(void **state)
{
	rejected_str("title: \"\\e[2J\\e[H\"" TAIL, "control character U+001B");
	rejected_str("title: \"\\e]0;owned\\a\"" TAIL, "control character U+001B"); /* OSC title */
	rejected_str("title: \"a\\x9b31m\"" TAIL, "control character U+009B");     /* C1 CSI */
	rejected_str("title: \"bell\\a\"" TAIL, "control character U+0007");
	rejected_str("title: \"cr\\rover\"" TAIL, "control character U+000D");
}

static void test_bidi(void **state)
{
	rejected_str("title: \"\\u202Etxt.exe\"" TAIL, "U+202E, a right-to-left override (invisible)");
	rejected_str("title: \"x\\u2066y\\u2069\"" TAIL, "U+2066, a left-to-right isolate (invisible)");
	rejected_str("title: \"\\u200F\"" TAIL, "U+200F, a right-to-left mark (invisible)");
}

static void test_invalid_utf8(void **state)
{
	rejected_str("title: caf\xe9" TAIL, "the file is not UTF-8 (byte 0xE9 here)");
	rejected_str("title: \xc0\xaf" TAIL, "the file is not UTF-8 (byte 0xC0 here)"); /* overlong */
}

static void test_huge_values(void **state)
{
	/* A 1 MB string: the file limit speaks first. */
	size_t n = 1024 * 1024;
	char *big = xmalloc(n + 64);
	memcpy(big, "title: ", 7);
	memset(big + 7, 'x', n);
	strcpy(big + 7 + n, TAIL);
	rejected(big, strlen(big), "the limit is 262144", false);
	/* An overlong line that fits the file: the string limit. */
	memset(big + 7, 'y', 100000);
	strcpy(big + 7 + 100000, TAIL);
	rejected_str(big, "text is 100000 bytes long; the limit is 2000");
	free(big);
}

static void test_deep_nesting(void **state)
{
	char *buf = xmalloc(200000);
	size_t n = (size_t)sprintf(buf, "title: T\narea: feet\nsteps: ");
	for (int i = 0; i < 5000; i++)
		buf[n++] = '[';
	buf[n] = '\0';
	rejected_str(buf, "nested too deeply");
	n = (size_t)sprintf(buf, "title: T\narea: feet\nsteps:\n");
	for (int i = 0; i < 2000; i++)
		n += (size_t)sprintf(buf + n, "%*s- \n", i % 60, "");
	rejected_str(buf, "nested too deeply");
	free(buf);
}

static void test_ten_thousand_steps(void **state)
{
	size_t cap = 10000 * 32 + 64;
	char *buf = xmalloc(cap);
	size_t n = (size_t)sprintf(buf, "title: T\narea: feet\nsteps:\n");
	for (int i = 0; i < 10000; i++)
		n += (size_t)sprintf(buf + n, "- {title: S, hold: 3s}\n");
	rejected(buf, n, "steps: too many items (more than 200)", true);
	free(buf);
}

static void test_alias_bomb(void **state)
{
	rejected_str("a: &a [x, x, x, x, x, x, x, x, x]\n"
		     "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
		     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
		     "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
		     "anchors and aliases are not supported");
	rejected_str("title: *undefined" TAIL, "aliases are not supported");
}

static void test_binary_garbage(void **state)
{
	unsigned char junk[4096];
	unsigned x = 12345;
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (unsigned char)((x = x * 1103515245 + 12345) >> 16);
	struct diags d = { 0 };
	assert_null(routine_load_buffer("junk.yaml", (const char *)junk, sizeof junk, &d));
	assert_true(d.errors > 0);
	diags_free(&d);
}

/* Through the fuzz target's own checks (so make check builds it too): a
 * crasher must now load or say why, cleanly, as a routine and a preset. */
static void test_fuzz_crashers_stay_fixed(void **state)
{
	(void)state;
	const char *dirs[] = { "tests/fuzz/crashers" };
	int n = replay_dirs(dirs, 1, LLVMFuzzerTestOneInput);
	assert_true(n >= 4);
	printf("report: %d fuzzer crashers replayed\n", n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_sequences), cmocka_unit_test(test_bidi),
		cmocka_unit_test(test_invalid_utf8), cmocka_unit_test(test_huge_values),
		cmocka_unit_test(test_deep_nesting), cmocka_unit_test(test_ten_thousand_steps),
		cmocka_unit_test(test_alias_bomb), cmocka_unit_test(test_binary_garbage),
		cmocka_unit_test(test_fuzz_crashers_stay_fixed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
