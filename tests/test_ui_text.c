/* Word wrap and fitting for the ncurses screens: lines never exceed the
 * width, words are never cut (unless one word is longer than a line), and
 * wide characters count as two columns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ui_internal.h"

/* Wraps s and checks every line; returns the lines joined by '|'. */
static char *wrap(const char *s, int width, int *count)
{
	struct span sp[64];
	int n = text_wrap(s, width, sp, 64);
	assert_true(n <= 64);
	static char out[1024];
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		assert_true(ui_width(sp[i].s, sp[i].len) <= width);
		assert_true(sp[i].len > 0);
		assert_true(sp[i].s[0] != ' ' && sp[i].s[sp[i].len - 1] != ' ');
		strncat(out, sp[i].s, (size_t)sp[i].len);
		if (i < n - 1)
			strcat(out, "|");
	}
	*count = n;
	return out;
}

static void test_wrap_breaks_between_words(void **state)
{
	int n;
	const char *s = "Stand tall, ball under the arch, roll slowly heel to toes.";
	assert_string_equal(wrap(s, 20, &n),
			    "Stand tall, ball|under the arch, roll|slowly heel to toes.");
	assert_int_equal(n, 3);
	assert_string_equal(wrap(s, 200, &n), s);
	assert_int_equal(n, 1);
}

static void test_wrap_exact_fit_and_spaces(void **state)
{
	int n;
	assert_string_equal(wrap("abc def", 7, &n), "abc def");
	assert_string_equal(wrap("abc def", 6, &n), "abc|def");
	assert_string_equal(wrap("  abc    def  ", 3, &n), "abc|def");
	wrap("", 10, &n);
	assert_int_equal(n, 0);
	wrap("     ", 10, &n);
	assert_int_equal(n, 0);
}

static void test_wrap_splits_only_an_overlong_word(void **state)
{
	int n;
	assert_string_equal(wrap("see physiotherapist now", 8, &n), "see|physioth|erapist|now");
	assert_int_equal(n, 4);
	/* a path, after one of its slashes: a file's name is kept whole */
	assert_string_equal(wrap("~/.local/state/unknot/history.tsv", 32, &n),
			    "~/.local/state/unknot/|history.tsv");
	assert_string_equal(wrap("/a/verylongname", 8, &n), "/a/|verylong|name");
}

static void test_wrap_counts_wide_and_multibyte(void **state)
{
	int n;
	/* 日本 is four columns; é is one column in two bytes. */
	assert_string_equal(wrap("日本 日本 日本", 5, &n), "日本|日本|日本");
	assert_string_equal(wrap("café café", 9, &n), "café café");
	assert_string_equal(wrap("café café", 8, &n), "café|café");
	/* A word of wide characters longer than the line is split between
	 * characters, never inside one. */
	assert_string_equal(wrap("日本語日本語", 5, &n), "日本|語日|本語");
}

/* Japanese has no spaces: a line breaks between two wide characters, so
 * that it is filled, but never before 。、」 or a small kana, nor after 「. */
static void test_wrap_breaks_between_wide_characters(void **state)
{
	int n;
	assert_string_equal(wrap("Lacrosse ball を使って、土踏まず。", 20, &n),
			    "Lacrosse ball を使っ|て、土踏まず。");
	assert_string_equal(wrap("注意: しびれ、ピリピリ感があれば中止。", 20, &n),
			    "注意: しびれ、ピリピ|リ感があれば中止。");
	assert_string_equal(wrap("ゆっくり転がします。", 6, &n), "ゆっく|り転が|しま|す。");
	assert_string_equal(wrap("足裏「ほぐし」です", 6, &n), "足裏|「ほぐ|し」|です"); /* not す alone */
	/* not between a wide character and a narrow one */
	assert_string_equal(wrap("ボールball", 8, &n), "ボー|ルball"); /* nor before ー */
}

static void test_wrap_keeps_a_short_last_word_with_the_one_before(void **state)
{
	int n;
	const char *rule = "Stop at once on numbness, tingling or sharp pain: press x.";
	assert_string_equal(wrap(rule, 56, &n),
			    "Stop at once on numbness, tingling or sharp pain:|press x.");
	assert_string_equal(wrap(rule, 58, &n), rule); /* fits: one line */
	assert_string_equal(wrap("a line that ends on press x.", 6, &n),
			    "a line|that|ends|on|press|x."); /* "press x." is wider than 6 */
	assert_string_equal(wrap("lower them to ease off.", 14, &n), "lower them to|ease off.");
	assert_string_equal(wrap("roll it", 4, &n), "roll|it"); /* one word on the line */
	assert_string_equal(wrap("Calm feet — 35s", 11, &n), "Calm feet —|35s"); /* not "— 35s" */
}

static void test_wrap_reports_lines_beyond_max(void **state)
{
	struct span sp[2];
	assert_int_equal(text_wrap("a b c d e", 1, sp, 2), 5);
	assert_int_equal(sp[1].s[0], 'b');
}

static void test_fit_ends_on_a_word(void **state)
{
	bool cut;
	const char *s = "Do not roll over the heel bone.";
	assert_int_equal(ui_fit(s, 40, &cut), (int)strlen(s));
	assert_false(cut);
	int n = ui_fit(s, 15, &cut);
	assert_true(cut);
	assert_int_equal(n, (int)strlen("Do not roll")); /* plus … fits in 15 */
	assert_true(ui_width(s, n) + 1 <= 15);
	/* One long word: a part of it, so that something shows. */
	n = ui_fit("physiotherapist", 6, &cut);
	assert_true(cut);
	assert_int_equal(n, 5);
}

/* A space far back from the cut is not where it ends: what fits shows. */
static void test_fit_keeps_what_fits(void **state)
{
	bool cut;
	const char *s = "Lacrosse ball を使って、土踏まずをほぐします。";
	int n = ui_fit(s, 30, &cut); /* 14 columns to the space, 29 of room */
	assert_true(cut);
	assert_int_equal(n, (int)strlen("Lacrosse ball を使って、土踏"));
	assert_int_equal(ui_width(s, n), 28);
	/* near it, still at the space */
	assert_int_equal(ui_fit("Roll the calf from the ankle to the knee", 30, &cut),
			 (int)strlen("Roll the calf from the ankle"));
	n = ui_fit("Roll along physiotherapistically", 30, &cut); /* the space at 10 of 29 */
	assert_int_equal(ui_width("Roll along physiotherapistically", n), 29);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_breaks_between_words),
		cmocka_unit_test(test_wrap_exact_fit_and_spaces),
		cmocka_unit_test(test_wrap_splits_only_an_overlong_word),
		cmocka_unit_test(test_wrap_counts_wide_and_multibyte),
		cmocka_unit_test(test_wrap_breaks_between_wide_characters),
		cmocka_unit_test(test_wrap_keeps_a_short_last_word_with_the_one_before),
		cmocka_unit_test(test_wrap_reports_lines_beyond_max),
		cmocka_unit_test(test_fit_ends_on_a_word),
		cmocka_unit_test(test_fit_keeps_what_fits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
