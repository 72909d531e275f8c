/* The loader against YAML nobody here wrote: every input of the public YAML
 * test suite (../shared/corpora/yaml-test-suite, or $YAML_TEST_SUITE). No
 * crash, every invalid input rejected with a line:column, no raw control
 * character in any message. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "routine_yaml.h"
#include "text.h"
#include "xalloc.h"

struct counts {
	int inputs, invalid, invalid_rejected, valid_rejected, accepted, bad_positions;
};

static int exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static void check_case(const char *dir, struct counts *c)
{
	char *in = xasprintf("%s/in.yaml", dir);
	char *err = xasprintf("%s/error", dir);
	if (exists(in)) {
		struct diags d = { 0 };
		struct routine *r = routine_load_file(in, &d);
		bool invalid = exists(err);
		c->inputs++;
		c->invalid += invalid;
		bool positioned = true;
		for (size_t i = 0; i < d.n; i++) {
			char *safe = text_printable(d.v[i].msg);
			assert_true(text_find_control(safe, strlen(safe)) < 0);
			free(safe);
			if (d.v[i].level == DIAG_ERROR && d.v[i].line == 0)
				positioned = false;
		}
		if (r)
			c->accepted++;
		else if (invalid)
			c->invalid_rejected += d.errors > 0 && positioned;
		else
			c->valid_rejected++;
		if (!r && (!d.errors || !positioned)) {
			c->bad_positions++;
			diags_print(&d, stderr);
		}
		if (invalid && r)
			fprintf(stderr, "accepted an invalid YAML input: %s\n", in);
		routine_free(r);
		diags_free(&d);
	}
	free(in);
	free(err);
}

static void walk(const char *dir, struct counts *c, int depth)
{
	check_case(dir, c);
	if (depth > 2)
		return;
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *sub = xasprintf("%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
			walk(sub, c, depth + 1);
		free(sub);
	}
	closedir(d);
}

static void test_corpus(void **state)
{
	const char *suite = getenv("YAML_TEST_SUITE");
	if (!suite)
		suite = "../shared/corpora/yaml-test-suite";
	if (!exists(suite)) {
		printf("report: yaml-test-suite not found at %s: skipped\n", suite);
		skip();
	}
	struct counts c = { 0 };
	walk(suite, &c, 0);
	printf("report: yaml-test-suite: %d inputs; %d invalid, %d of them rejected with "
	       "line:col; %d valid YAML but not routines, rejected with line:col; %d accepted\n",
	       c.inputs, c.invalid, c.invalid_rejected, c.valid_rejected, c.accepted);
	assert_true(c.inputs >= 300);
	assert_int_equal(c.invalid_rejected, c.invalid);
	assert_int_equal(c.bad_positions, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_corpus) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
