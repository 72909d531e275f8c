/* Durations as people write them, and text that must never reach a terminal raw. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "duration.h"
#include "suggest.h"
#include "text.h"

static int64_t parse(const char *s)
{
	int64_t ms = -42;
	return duration_parse(s, &ms) == 0 ? ms : -1;
}

/* An input method left in full-width mode types ｘ for x: a command or
 * an answer so typed reads as ASCII; other text, and bytes that are not
 * UTF-8, stay as they were. */
static void test_fullwidth_folds_to_ascii(void **state)
{
	(void)state;
	char stop[] = "\xEF\xBD\x98";                 /* ｘ */
	char yes[] = "\xEF\xBD\x99\xEF\xBD\x85\xEF\xBD\x93\xE3\x80\x80"; /* ｙｅｓ and U+3000 */
	char mixed[] = "\xE8\xB6\xB3\xEF\xBC\xB8 \xFF\xEF\xBC"; /* 足Ｘ, a stray byte, a cut form */
	text_fold_fullwidth(stop);
	text_fold_fullwidth(yes);
	text_fold_fullwidth(mixed);
	assert_string_equal(stop, "x");
	assert_string_equal(yes, "yes ");
	assert_string_equal(mixed, "\xE8\xB6\xB3X \xFF\xEF\xBC");
	assert_int_equal(text_fullwidth_ascii(0xFF01), '!');
	assert_int_equal(text_fullwidth_ascii(0xFF5E), '~');
	assert_int_equal(text_fullwidth_ascii(0xFF5F), 0); /* beyond the ASCII forms */
	assert_int_equal(text_fullwidth_ascii('x'), 0);
	/* an input method's full stop and comma: "ｘ。" is "x." */
	assert_int_equal(text_fullwidth_ascii(0x3002), '.');
	assert_int_equal(text_fullwidth_ascii(0x3001), ',');
	assert_int_equal(text_fullwidth_ascii(0xFF61), '.');
	/* what is typed is folded: a title's own full-width forms match it */
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	char typed[] = "\xEF\xBC\x88\xE5\x8F\xB3"; /* （右, typed full-width */
	text_fold_fullwidth(typed);
	assert_true(text_contains_any_case("\xE8\xB6\xB3\xEF\xBC\x88\xE5\x8F\xB3\xEF\xBC\x89", typed));
	assert_true(text_equal_any_case("\xEF\xBC\xA1\xEF\xBD\x82\xEF\xBC\x92", "ab2")); /* Ａｂ２ */
	assert_false(text_equal_any_case("\xEF\xBC\xA1\xEF\xBD\x82\xEF\xBC\x92", "ab3"));
	assert_non_null(setlocale(LC_CTYPE, "C"));
}

static void test_duration_forms(void **state)
{
	assert_int_equal(parse("30"), 30000);
	assert_int_equal(parse("30s"), 30000);
	assert_int_equal(parse("1m"), 60000);
	assert_int_equal(parse("1m30s"), 90000);
	assert_int_equal(parse("90s"), 90000);
	assert_int_equal(parse("0"), 0);
	assert_int_equal(parse("1440m"), 24LL * 3600 * 1000);
	assert_int_equal(parse("1h"), 3600000); /* as long times are shown */
	assert_int_equal(parse("1h30m"), 5400000);
	assert_int_equal(parse("1h2m5s"), 3725000);
	assert_int_equal(parse("24h"), 24LL * 3600 * 1000);
}

static void test_duration_rejects(void **state)
{
	const char *bad[] = { "", "s", "m", "h", "1m30", "25h", "1m1h", "-5", "1m1m", "30s1m", "1.5s",
			      " 30", "30 ", "3 0", "1441m", "99999999999999999999", "1x", "ms", "1m90s",
			      "1m60s" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (parse(bad[i]) != -1)
			fail_msg("'%s' was accepted", bad[i]);
	int64_t ms;
	assert_int_equal(duration_parse("1m90s", &ms), -2); /* told apart: its own message */
	assert_int_equal(ms, 150000);                      /* what it adds up to */
	assert_int_equal(duration_parse("1h75m", &ms), -2);
	assert_int_equal(duration_parse("1m59s", &ms), 0);
	assert_int_equal(duration_parse("25h", &ms), -3); /* too long, not a typo */
	assert_int_equal(duration_parse("1441m", &ms), -3);
	assert_int_equal(duration_parse("99999999999999999999", &ms), -3);
}

/* The slips people make writing a time, and what they meant. */
static void test_duration_guess(void **state)
{
	const char *const pairs[][2] = {
		{ "1m30", "1m30s" }, { "2 min", "2m" },  { "1m 30s", "1m30s" }, { "90sec", "90s" },
		{ "1min", "1m" },    { "30S", "30s" },   { "1:30", "1m30s" },   { "1 hour", "1h" },
		{ "1h30", "1h30m" }, { "3 Minutes", "3m" }, { "45 seconds", "45s" },
		/* as it reads best: no leading zeros, no empty unit */
		{ "01:30", "1m30s" }, { "0:45", "45s" }, { "1:05", "1m05s" }, { "0:05", "5s" }, { "1h 0m 30s", "1h30s" },
		{ "0:00", "0s" },
		/* a fraction of a minute or an hour that is whole seconds */
		{ "1.5m", "1m30s" }, { "1.5 min", "1m30s" }, { "0.5h", "30m" }, { "1.1m", "1m06s" },
		{ "90.5m", "1h30m30s" },
		/* with a decimal comma */
		{ "1,5 min", "1m30s" }, { "0,5h", "30m" },
		/* in Spanish, Portuguese, French or Italian */
		{ "30 seg", "30s" }, { "30seg", "30s" }, { "30 segundos", "30s" }, { "45 sg", "45s" },
		{ "1 minuto", "1m" }, { "2 minutos", "2m" }, { "1 min 30 seg", "1m30s" },
		{ "1 minuto 30", "1m30s" }, { "20 secondes", "20s" }, { "1 minute 10 secondi", "1m10s" },
		{ "2 minuti", "2m" }, { "1 hora", "1h" }, { "1,5 minutos", "1m30s" },
		/* a word cut short, with its full stop */
		{ "30 seg.", "30s" }, { "1 min. 30 seg.", "1m30s" },
		/* German's */
		{ "30 Sek.", "30s" }, { "30 Sekunden", "30s" }, { "2 Minuten", "2m" },
		{ "1 Min 30 Sek", "1m30s" }, { "1 Std.", "1h" }, { "1 Minute", "1m" },
		/* a French clinic's mn, and minutes and seconds as marks, as
		 * a sheet of exercises writes them */
		{ "1 mn", "1m" }, { "1mn30", "1m30s" }, { "1 mn 30", "1m30s" }, { "1'30", "1m30s" },
		{ "1\u203230\u2033", "1m30s" }, { "30\"", "30s" }, { "1'30\"", "1m30s" },
	};
	char out[32];
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		if (!duration_guess(pairs[i][0], out, sizeof out))
			fail_msg("no guess for '%s'", pairs[i][0]);
		assert_string_equal(out, pairs[i][1]);
	}
	const char *none[] = { "2x", "abc", "", "1:90", "30s", "25 hours", "1.5s", "1.01m", "1.m", ".5m", "0x1.8p1m", "1.5e1m", "hours 2", "h1", "mins", "m", "-5", "1 30", "3 0", "1,5s", ",5m", "1,m", "30 seg.5", "1h.5", "30 segs!", "30 segundo s", "'30", "\"30", "1'30'", "1:30'" };
	for (size_t i = 0; i < sizeof none / sizeof *none; i++)
		if (duration_guess(none[i], out, sizeof out))
			fail_msg("'%s' guessed as '%s'", none[i], out);
	/* a guess, not a duration */
	int64_t ms;
	const char *guessed_only[] = { "30 seg", "30seg", "2 minutos", "1 min 30 seg", "30 sec" };
	for (size_t i = 0; i < sizeof guessed_only / sizeof *guessed_only; i++)
		assert_int_equal(duration_parse(guessed_only[i], &ms), -1);
	/* Longer than the room for a guess: none, and no loop (the fuzzer's
	 * tests/fuzz/crashers/duration-guess-long-number hung here). */
	char tiny[5];
	assert_false(duration_guess("60000000000000000000i", out, sizeof out));
	assert_false(duration_guess("1m30", tiny, sizeof tiny)); /* 1m30s needs 6 */
	assert_true(duration_guess("1m3", tiny, sizeof tiny)); /* 1m3s fits exactly */
	assert_string_equal(tiny, "1m3s");
}

typedef void format_fn(int64_t ms, char *buf, size_t cap);

static void expect_text(format_fn *f, int64_t ms, const char *want)
{
	char b[32];
	f(ms, b, sizeof b);
	assert_string_equal(b, want);
}

static void test_duration_format(void **state)
{
	expect_text(duration_format, 90000, "1m30s");
	expect_text(duration_format, 120000, "2m");
	expect_text(duration_format, 4001, "5s");
	expect_text(duration_format, 3600000, "1h");
	expect_text(duration_format, 5400000, "1h30m");
	expect_text(duration_format, 24LL * 3600000 + 61000, "24h01m01s");
	expect_text(duration_clock, 61000, "1:01");
	/* A countdown shows 0:00 only when the time is really over. */
	expect_text(duration_clock, 1, "0:01");
	expect_text(duration_clock, 0, "0:00");
	expect_text(duration_clock, -5, "0:00");
	/* Counting up, 15.2 s done shows 0:15: beside 19.8 s left shown as
	 * 0:20, the two make the 35 s of the plan, and no second is skipped
	 * when a frame comes a little after the second. */
	expect_text(duration_clock_elapsed, 15200, "0:15");
	expect_text(duration_clock_elapsed, 2000, "0:02");
	expect_text(duration_clock_elapsed, 1999, "0:01");
	expect_text(duration_clock_elapsed, -5, "0:00");
	/* Time done, as the summary and the history keep it: 29.9 s done is
	 * no half minute (a day of practice starts at 30 s). */
	expect_text(duration_format_done, 29900, "29s");
	assert_int_equal(duration_seconds_done(29900), 29);
	assert_int_equal(duration_seconds(29900), 30); /* time to come rounds up */
	/* Done against the plan; more than the plan (+, b) is said as such. */
	char b[64];
	duration_format_done_of(72500, 160000, b, sizeof b);
	assert_string_equal(b, "1m12s of 2m40s");
	duration_format_done_of(160000, 160000, b, sizeof b);
	assert_string_equal(b, "2m40s of 2m40s");
	duration_format_done_of(225000, 120000, b, sizeof b);
	assert_string_equal(b, "3m45s (planned 2m)");
}

/* Line mode's times, in the words a screen reader says well: "2m40s"
 * comes out as "two em forty ess". */
static void test_duration_words(void **state)
{
	expect_text(duration_words, 30000, "30 seconds");
	expect_text(duration_words, 1000, "1 second");
	expect_text(duration_words, 160000, "2 minutes 40 seconds");
	expect_text(duration_words, 120000, "2 minutes");
	expect_text(duration_words, 61000, "1 minute 1 second");
	expect_text(duration_words, 4001, "5 seconds"); /* time to come rounds up */
	expect_text(duration_words, 0, "0 seconds");
	expect_text(duration_words, -5, "0 seconds");
	expect_text(duration_words, 5400000, "1 hour 30 minutes");
	expect_text(duration_words, 3601000, "1 hour 1 second");
	expect_text(duration_words_done, 29900, "29 seconds"); /* time done rounds down */
	expect_text(duration_words_done, 999, "0 seconds");
	char b[DURATION_WORDS_MAX];
	duration_words(24LL * 3600000 - 1000, b, sizeof b); /* the longest a routine can hold */
	assert_string_equal(b, "23 hours 59 minutes 59 seconds");
	duration_words(160000, b, 9); /* cut short, still ended */
	assert_string_equal(b, "2 minute");
	duration_words_done_of(72500, 160000, b, sizeof b);
	assert_string_equal(b, "1 minute 12 seconds of 2 minutes 40 seconds");
	char big[2 * DURATION_WORDS_MAX + 16];
	duration_words_done_of(225000, 120000, big, sizeof big);
	assert_string_equal(big, "3 minutes 45 seconds (planned 2 minutes)");
}

static void test_utf8(void **state)
{
	assert_int_equal(text_invalid_utf8("caf\xc3\xa9", 5), -1);
	assert_int_equal(text_invalid_utf8("ab\xc3", 3), 2);          /* truncated */
	assert_int_equal(text_invalid_utf8("a\xc0\xaf", 3), 1);       /* overlong */
	assert_int_equal(text_invalid_utf8("\xed\xa0\x80", 3), 0);    /* surrogate */
	assert_int_equal(text_invalid_utf8("\xf4\x90\x80\x80", 4), 0); /* > U+10FFFF */
}

static void test_controls(void **state)
{
	assert_int_equal(text_find_control("tab\tok", 6), -1);
	assert_int_equal(text_find_control("a\x1b[31m", 6), 1);       /* ESC */
	assert_int_equal(text_find_control("ab\x7f", 3), 2);          /* DEL */
	assert_int_equal(text_find_control("a\xc2\x9b", 3), 1);       /* C1 CSI */
	assert_int_equal(text_find_control("x\xe2\x80\xae", 4), 1);   /* U+202E */
	assert_int_equal(text_find_control("xy\xe2\x81\xa6", 5), 2);  /* U+2066 */
	assert_int_equal(text_find_control("caf\xc3\xa9 \xe2\x9c\x93", 9), -1);
}

static void test_printable(void **state)
{
	char *s = text_printable("\x1b]0;pwned\x07 ok\t\xe2\x80\xae\xff");
	assert_string_equal(s, "\\x1B]0;pwned\\x07 ok \\u{202E}\\xFF");
	assert_int_equal(text_find_control(s, strlen(s)), -1);
	free(s);
	assert_int_equal(text_width("caf\xc3\xa9"), 4);
	assert_int_equal(text_width("\xe6\x97\xa5"), 2);
	/* A prefix: the bytes counted, the rest ignored, NUL or not. */
	assert_int_equal(text_width_n("\xe6\x97\xa5xyz", 4), 3);
	assert_int_equal(text_width_n("caf\xc3\xa9", 3), 3);
	assert_int_equal(text_width_n("caf\xc3\xa9", 4), 4); /* a cut sequence: one a byte */
	assert_int_equal(text_width_n("abc", 0), 0);
}

/* In a UTF-8 locale widths are the terminal library's (wcwidth), so that
 * the layout and ncurses agree on every column; the C locale keeps the
 * tables. */
static void test_width_as_the_terminal_counts(void **state)
{
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	assert_int_equal(text_width("\xe2\x98\x95"), 2);     /* U+2615 hot beverage */
	assert_int_equal(text_width("\xe2\x9c\x85"), 2);     /* U+2705 check mark */
	assert_int_equal(text_width("a\xd6\x91"), 1);        /* U+0591, a Hebrew accent: no column */
	assert_int_equal(text_width("a\xe2\x81\xa0" "b"), 2); /* U+2060 word joiner */
	assert_int_equal(text_width("caf\xc3\xa9"), 4);
	assert_non_null(setlocale(LC_CTYPE, "C"));
	assert_int_equal(text_width("\xe6\x97\xa5"), 2);
	assert_int_equal(text_width("caf\xc3\xa9"), 4);
}

/* Where the terminal takes no UTF-8: what looks like it, in one column */
static void test_ascii_like(void **state)
{
	(void)state;
	assert_int_equal(text_ascii_like(0xFC), 'u');     /* ü */
	assert_int_equal(text_ascii_like(0xDC), 'U');     /* Ü */
	assert_int_equal(text_ascii_like(0xDF), 's');     /* ß */
	assert_int_equal(text_ascii_like(0x158), 'R');    /* Ř */
	assert_int_equal(text_ascii_like(0x159), 'r');    /* ř */
	assert_int_equal(text_ascii_like(0x13D), 'L');    /* Ľ, a capital second */
	assert_int_equal(text_ascii_like(0x13E), 'l');
	assert_int_equal(text_ascii_like(0x201E), '"');   /* „ */
	assert_int_equal(text_ascii_like(0x201C), '"');
	assert_int_equal(text_ascii_like(0x2019), '\'');
	assert_int_equal(text_ascii_like(0x2013), '-');   /* – */
	assert_int_equal(text_ascii_like(0xA0), ' ');
	assert_int_equal(text_ascii_like(0xD7), 'x');     /* × */
	assert_int_equal(text_ascii_like(0x3042), 0);     /* あ: none, a '?' each column */
	/* Æ œ: the first letter of two, in their one column, as ß is s
	 * ("?deme" had looked like a broken file) */
	assert_int_equal(text_ascii_like(0xC6), 'A');
	assert_int_equal(text_ascii_like(0x153), 'o');    /* œ */
	assert_int_equal(text_ascii_like(0x152), 'O');
	assert_int_equal(text_ascii_like(0x202F), ' ');   /* French's narrow no-break space */
	/* as typed without them: German's digraphs, œ and æ, other marks left off */
	char *s = text_ascii_spelling("F\u00FC\u00DFe R\u00FCcken-\u00DCbung \u00C9paules \u8DB3 "
				      "\u0152dème");
	assert_string_equal(s, "fuesse ruecken-uebung epaules \u8DB3 oedeme");
	free(s);
}

/* The picker's filter: case goes for every letter in a UTF-8 locale, for
 * ASCII's alone in the C locale, where the rest match byte for byte. */
static void test_contains_any_case(void **state)
{
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	assert_true(text_contains_any_case("\xc3\x89paules", "\xc3\xa9pa"));      /* Épaules, épa */
	assert_true(text_contains_any_case("\xc3\xa9paules", "\xc3\x89PAULES"));  /* épaules, ÉPAULES */
	assert_true(text_contains_any_case("\xc3\x89paules", "paules"));
	assert_true(text_contains_any_case("\xce\x8f\xce\x9c\xce\x9f\xce\xa3", "\xcf\x8e\xce\xbc")); /* ΏΜΟΣ, ώμ */
	assert_true(text_contains_any_case("Upper back", "BACK"));
	assert_true(text_contains_any_case("abc", ""));
	assert_true(text_contains_any_case("", ""));
	assert_false(text_contains_any_case("", "a"));
	assert_false(text_contains_any_case("\xc3\x89paules", "\xc3\xa8pa"));     /* è is not é */
	/* typed on a keyboard without them: ' finds ’, - finds —, " finds «;
	 * oe finds œ, ae æ, ss ß; and a space French's narrow no-break space */
	assert_true(text_contains_any_case("Talon : l\u2019apon\u00E9vrose", "l'apo"));
	assert_true(text_contains_any_case("Haut du dos \u2014 rouleau", "dos - rou"));
	assert_true(text_contains_any_case("\u00ABDoucement\u00BB", "\"doucement\""));
	assert_true(text_contains_any_case("C\u0153ur du talon", "COEUR"));
	assert_true(text_contains_any_case("C\u0153ur du talon", "c\u0153ur"));
	assert_true(text_contains_any_case("Stra\u00DFe", "strasse"));
	assert_true(text_contains_any_case("Pied\u202F: la vo\u00FBte", "pied : la"));
	assert_true(text_equal_any_case("C\u0153ur du talon", "coeur du talon"));
	assert_true(text_equal_any_case("Haut du dos \u2014 rouleau", "haut du dos - rouleau"));
	assert_true(text_equal_any_case("Morning feet", "morning  feet")); /* a blank twice */
	assert_true(text_equal_any_case("Morning feet", "morning\u00A0\u00A0feet"));
	assert_false(text_equal_any_case("Morning feet", "morningfeet"));
	assert_false(text_contains_any_case("C\u0153ur", "coer"));
	assert_false(text_equal_any_case("C\u0153ur", "coeurs"));
	/* a word processor's no-break space is found by a space */
	assert_true(text_contains_any_case("R\xc3\xbc""cken\xc2\xa0\xe2\x80\x93 obere", "cken \xe2\x80\x93"));
	assert_true(text_equal_any_case("Waden\xc2\xa0lockern", "waden lockern"));
	/* typed without its marks, a letter finds them: as on a phone, or an
	 * English keyboard */
	assert_true(text_contains_any_case("S\xc3\xb3leo profundo", "soleo"));  /* Sóleo, soleo */
	assert_true(text_contains_any_case("Pies por la ma\xc3\xb1" "ana", "MANANA")); /* mañana */
	assert_true(text_contains_any_case("So\xcc\x81leo", "soleo"));           /* decomposed */
	assert_true(text_contains_any_case("So\xcc\x81leo", "so"));
	assert_false(text_contains_any_case("e\xcc\x81", "e\xcc\x80"));          /* è is not é, decomposed */
	assert_true(text_contains_any_case("E\xcc\x81", "e\xcc\x81"));
	assert_false(text_contains_any_case("soleo", "s\xc3\xb3"));              /* ó is not o */
	assert_true(text_contains_any_case("\xc3\x9f", "\xc3\x9f"));              /* ß itself */
	assert_false(text_contains_any_case("pau", "paules"));
	assert_true(text_contains_any_case("aab", "ab")); /* a start that fails, then one that holds */
	assert_true(text_contains_any_case("caf\xe9 x", "\xe9 X"));               /* not UTF-8: itself */
	assert_false(text_contains_any_case("caf\xe9", "\xc3\xa9"));
	assert_false(text_contains_any_case("\xc3", "\xc3\xa9"));                /* cut short */
	assert_non_null(setlocale(LC_CTYPE, "C"));
	assert_true(text_contains_any_case("Upper back", "BACK"));
	assert_true(text_contains_any_case("\xc3\x89paules", "\xc3\x89pa"));
	assert_true(text_contains_any_case("\xc3\x89paules", "PAULES"));
	assert_false(text_contains_any_case("\xc3\x89paules", "\xc3\xa9pa"));
}

/* A title typed in line mode: the same rule, for the whole of it. */
static void test_equal_any_case(void **state)
{
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	assert_true(text_equal_any_case("\xc3\x9c" "bungen", "\xc3\xbc" "BUNGEN"));  /* Übungen, üBUNGEN */
	assert_true(text_equal_any_case("gro\xc3\x9f", "GRO\xe1\xba\x9e"));        /* groß, GROẞ */
	assert_true(text_equal_any_case("\xd0\xa0\xd1\x83\xd0\xba\xd0\xb8", "\xd1\x80\xd0\xa3\xd0\x9a\xd0\x98")); /* Руки, рУКИ */
	assert_true(text_equal_any_case("Morning feet", "MORNING FEET"));
	assert_true(text_equal_any_case("", ""));
	assert_false(text_equal_any_case("\xc3\x9c" "bung", "\xc3\xbc" "bungen"));   /* a start is not all */
	assert_false(text_equal_any_case("abc", "ab"));
	assert_false(text_equal_any_case("", "a"));
	assert_false(text_equal_any_case("\xc3\xa9", "\xc3\xa8"));                  /* é is not è */
	assert_true(text_equal_any_case("caf\xe9", "CAF\xe9"));                       /* not UTF-8: itself */
	assert_false(text_equal_any_case("caf\xe9", "caf\xc3\xa9"));
	/* typed without its marks: mañana typed manana; not the other way */
	assert_true(text_equal_any_case("Pies por la ma\xc3\xb1" "ana", "pies por la manana"));
	assert_false(text_equal_any_case("Pies por la manana", "pies por la ma\xc3\xb1" "ana"));
	assert_non_null(setlocale(LC_CTYPE, "C"));
	assert_true(text_equal_any_case("Morning feet", "MORNING FEET"));
	assert_false(text_equal_any_case("\xc3\x9c" "bungen", "\xc3\xbc" "bungen"));
}

static void test_suggest(void **state)
{
	const char *keys[] = { "title", "hold", "prep", "side" };
	assert_string_equal(suggest_closest("hodl", keys, 4, 2), "hold");
	assert_string_equal(suggest_closest("titel", keys, 4, 2), "title");
	assert_null(suggest_closest("colour", keys, 4, 2));
	/* Two edits make "id" into "side": a short word is allowed one. */
	assert_null(suggest_closest("id", keys, 4, 2));
	assert_string_equal(suggest_closest("sid", keys, 4, 2), "side");
	assert_string_equal(suggest_closest("hlod", keys, 4, 2), "hold");
	assert_int_equal(edit_distance("kitten", "sitting", 5), 3);
	assert_int_equal(edit_distance("a", "abcdef", 2), 3);
	/* Two letters swapped are one slip: "--kdi" is told "--kid". */
	assert_int_equal(edit_distance("kdi", "kid", 2), 1);
	assert_int_equal(edit_distance("ta", "at", 2), 1);
	assert_int_equal(edit_distance("hodl", "hold", 2), 1);
	assert_string_equal(suggest_closest("ta", (const char *[]){ "at", "say" }, 2, 2), "at");
	/* An area in another form than one in use: a stop would miss it. */
	const char *areas[] = { "back", "calves", "feet", "shoulders", "glutes", "upper-back" };
	assert_string_equal(suggest_same_word("calf", areas, 6), "calves");
	assert_string_equal(suggest_same_word("foot", areas, 6), "feet");
	assert_string_equal(suggest_same_word("shoulder", areas, 6), "shoulders");
	assert_string_equal(suggest_same_word("sholders", areas, 6), "shoulders");
	assert_string_equal(suggest_same_word("glute", areas, 6), "glutes");
	assert_null(suggest_same_word("calves", areas, 6)); /* in use as it is */
	assert_null(suggest_same_word("neck", areas, 6));   /* two letters from back: a new area */
	assert_null(suggest_same_word("hip", areas, 6));
	assert_null(suggest_same_word("calf", areas, 0));
	/* and one in another language, as written without accents */
	assert_string_equal(suggest_area_in_english("pied"), "feet");
	assert_string_equal(suggest_area_in_english("waden"), "calves");
	assert_string_equal(suggest_area_in_english("espalda"), "back");
	assert_string_equal(suggest_area_in_english("epaules"), "shoulders");
	assert_string_equal(suggest_area_in_english("spalle"), "shoulders");
	assert_null(suggest_area_in_english("feet"));
	assert_null(suggest_area_in_english("pie pied")); /* a word, whole */
	assert_null(suggest_area_in_english("ied"));
	assert_null(suggest_area_in_english(""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_duration_forms), cmocka_unit_test(test_duration_rejects),
		cmocka_unit_test(test_duration_guess), cmocka_unit_test(test_duration_words),
		cmocka_unit_test(test_duration_format), cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_controls), cmocka_unit_test(test_printable),
		cmocka_unit_test(test_fullwidth_folds_to_ascii),
		cmocka_unit_test(test_width_as_the_terminal_counts),
		cmocka_unit_test(test_ascii_like), cmocka_unit_test(test_contains_any_case),
		cmocka_unit_test(test_equal_any_case),
		cmocka_unit_test(test_suggest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
