/* The history file and what is computed from it: append and read back,
 * damaged lines, streaks and weeks across month, year and DST changes. */
#include <fcntl.h>
#include <sys/file.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "fixture.h"
#include "history.h"
#include "history_report.h"
#include "record.h"
#include "xalloc.h"

#include "fuzz/fuzz_history.c" /* its checks, for the inputs kept below */
#include "replay.h"

static char dir[] = "/tmp/unknot-history-XXXXXX";

static char *path_in_dir(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static struct history_entry entry(const char *start, const char *areas, long done, const char *end)
{
	struct history_entry e = { .routines = (char *)areas, .areas = (char *)areas,
				   .planned_s = done, .done_s = done, .end = (char *)end,
				   .stop_area = "-" };
	snprintf(e.start, sizeof e.start, "%s", start);
	return e;
}

/* The open stop a grown-up's session of area is asked about, with no
 * clock: a kid's stop never. */
static const struct history_entry *open_stop(const struct history *h, const char *area)
{
	return history_open_stop_for(h, area, false, 0, NULL);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_append_and_read_back(void **state)
{
	char *path = path_in_dir("deep/er/history.tsv"); /* directories are made */
	struct history_entry a = entry("2026-11-23T07:05:00+01:00", "feet", 160, "done");
	struct history_entry b = entry("2026-11-24T18:30:10+01:00", "calves,quads", 300, "stop:numbness");
	struct history_entry c = entry("2026-11-24T19:00:00+01:00", "feet", 160, "preview");
	b.routines = "calves,quads";
	b.stop_area = "quads";
	b.too_hard = 2;
	b.kid = true;
	b.area_done_s = "280,20";
	b.preset = "after-run";
	char *err = NULL;
	assert_int_equal(history_append(path, &a, &err), 0);
	assert_int_equal(history_append(path, &b, &err), 0);
	assert_int_equal(history_append(path, &c, &err), 0);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(h.n, 3);
	assert_string_equal(h.v[0].start, "2026-11-23T07:05:00+01:00");
	assert_int_equal(h.v[0].day, days_from_civil(2026, 11, 23));
	assert_string_equal(h.v[1].areas, "calves,quads");
	assert_string_equal(h.v[1].end, "stop:numbness");
	assert_string_equal(h.v[1].stop_area, "quads");
	assert_int_equal(h.v[1].too_hard, 2);
	assert_int_equal(h.v[1].done_s, 300);
	assert_true(h.v[1].kid);
	assert_false(h.v[0].kid);
	assert_string_equal(h.v[1].area_done_s, "280,20");
	assert_null(h.v[0].area_done_s);
	assert_string_equal(h.v[1].preset, "after-run"); /* a preset's session is kept as one */
	assert_null(h.v[0].preset);
	assert_string_equal(h.v[2].end, "preview");
	history_free(&h);
	free(path);
}

/* Why a line could not be kept, asked before a session: nothing made */
static void test_unwritable_said_before(void **state)
{
	(void)state;
	char *path = path_in_dir("new/er/history.tsv");
	assert_null(history_unwritable(path)); /* folders to make, where they can be */
	char *made = path_in_dir("new");
	struct stat st;
	assert_int_not_equal(stat(made, &st), 0); /* and none made */
	char *why = history_unwritable("/dev/null/state/unknot/history.tsv");
	assert_string_equal(why, "cannot create /dev/null/state/unknot: /dev/null is not a folder");
	free(why);
	/* a folder missing at the top: made by root, else "/" is not writable */
	why = history_unwritable("/unknot-test-not-there/state/unknot/history.tsv");
	if (geteuid() == 0)
		assert_null(why);
	else
		assert_non_null(strstr(why, "Permission denied"));
	free(why);
	const char *home = getenv("HOME");
	char *saved = home ? xstrdup(home) : NULL;
	char *missing = path_in_dir("nonexistent");
	setenv("HOME", missing, 1);
	char *in_home = xasprintf("%s/.local/state/unknot/history.tsv", missing);
	why = history_unwritable(in_home);
	char *want = xasprintf("the home folder %s (HOME) does not exist", missing);
	assert_string_equal(why, want);
	if (saved)
		setenv("HOME", saved, 1);
	else
		unsetenv("HOME");
	free(want);
	free(why);
	free(in_home);
	free(missing);
	free(saved);
	free(made);
	free(path);
}

static void test_huge_numbers_still_read_back(void **state)
{
	/* 120 holds of a day each: longer than a line may say. The line is
	 * kept, and its stop with it, at the most a line may say. */
	char *path = path_in_dir("huge.tsv");
	struct history_entry e = entry("2026-11-24T07:00:00+00:00", "feet", 120L * 86400, "stop:numbness");
	e.too_hard = 2000000;
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(h.n, 1);
	assert_int_equal(h.v[0].planned_s, HISTORY_MAX_SECONDS);
	assert_int_equal(h.v[0].too_hard, HISTORY_MAX_TOO_HARD);
	assert_ptr_equal(open_stop(&h, "feet"), &h.v[0]);
	history_free(&h);
	free(path);
}

static void test_fields_cannot_break_lines(void **state)
{
	char *path = path_in_dir("h2.tsv");
	struct history_entry e = entry("2026-11-24T07:00:00+00:00", "fe\tet\nx", 10, "done");
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0);
	struct history h;
	struct diags d = { 0 };
	history_load(path, &h, &d);
	assert_int_equal(h.n, 1);
	assert_int_equal(d.n, 0);
	assert_null(strchr(h.v[0].areas, '\t'));
	history_free(&h);
	free(path);
}

/* What the history fuzzer is given to start from and has found: read whole
 * and cut, reported on, with no crash, leak or control byte out (the
 * fuzzer's own checks, which abort). */
static void test_fuzz_inputs_replayed(void **state)
{
	const char *dirs[] = { "tests/fuzz/crashers-history", "tests/fuzz/history-seeds" };
	int n = replay_dirs(dirs, 2, LLVMFuzzerTestOneInput);
	assert_true(n >= 4);
	printf("report: %d history fuzz inputs replayed\n", n);
}

static void test_damaged_lines_are_skipped(void **state)
{
	char *path = path_in_dir("h3.tsv");
	write_file(path,
		"# header\n"
		"2026-11-20T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\n"      /* before mode */
		"2026-11-21T07:00:00+01:00\tfeet\tfeet\t160\n"                       /* columns missing */
		"2026-11-21T08:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tteen\n" /* bad mode */
		"2026-11-21T09:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tkid\t-\t-\tx\n" /* a later version's */
		"2026-11-21T10:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tkid\t1,2\n" /* 2 numbers, 1 area */
		"2026-11-31T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\n"       /* no such date */
		"2026-11-22T07:00:00+01:00\tfeet\tfeet\tlots\t160\tdone\t0\t-\n"      /* bad number */
		"2026-11-22T07:00:00+01:00\tfeet\tfeet\t160\t160\texploded\t0\t-\n"   /* bad end */
		"2026-11-22T07:00:00+01:00\tfe\x1b[2Jt\tfeet\t160\t160\tdone\t0\t-\n" /* escape */
		"2026-11-23T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tkid\n"
		"2026-11-23T-1:-5:00junk\tfeet\tfeet\t160\t160\tdone\t0\t-\n"    /* a signed hour */
		"2026-11-23T07:05:00+01:00x\tfeet\tfeet\t160\t160\tdone\t0\t-\n" /* more after it */
		"2026-11-23T 7:05:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\n"  /* a blank digit */
		"2026-11-23T07:05:00Z\tfeet\tfeet\t160\t160\tdone\t0\t-\n"       /* UTC: fine */
		"2026-11-23T08:00:00Z\tfeet\tfeet\t+160\t160\tdone\t0\t-\n"        /* a sign */
		"2026-11-23T08:00:00Z\tfeet\tfeet\t160\t 160\tdone\t0\t-\n"        /* a blank */
		"2026-11-23T08:00:00Z\tfeet\tfeet\t160\t160\tdone\t0\t-\tkid\t+160\n" /* in a list */
		"2026-11-24T07:00:00+01:00\tfeet\tfe");                               /* cut by a crash */
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 4);
	assert_false(h.v[0].kid);
	assert_true(h.v[1].kid);
	assert_string_equal(h.v[1].stop_area, "-");
	assert_true(h.v[2].kid);
	assert_string_equal(h.v[3].start, "2026-11-23T07:05:00Z");
	assert_int_equal(d.warnings, 14);
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.v[0].line, 3);
	assert_non_null(strstr(d.v[0].msg, "not a history line"));
	assert_int_equal(d.v[1].line, 4);
	assert_int_equal(d.v[2].line, 6);
	assert_int_equal(d.v[3].line, 7);
	assert_int_equal(d.v[7].line, 12);
	assert_int_equal(d.v[8].line, 13);
	assert_int_equal(d.v[9].line, 14);
	assert_int_equal(d.v[10].line, 16);
	assert_int_equal(d.v[12].line, 18);
	assert_int_equal(d.v[13].line, 19);
	assert_non_null(strstr(d.v[13].msg, "line cut short"));
	history_free(&h);
	diags_free(&d);
	free(path);
}

/* A history saved by an editor with CRLF line ends is the same history:
 * its open stop still holds. */
static void test_crlf_lines_are_read(void **state)
{
	char *path = path_in_dir("crlf.tsv");
	write_file(path,
		"# unknot history\r\n"
		"2026-11-24T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tadult\t160\t-\r\n"
		"2026-11-25T07:00:00+01:00\tfeet\tfeet\t160\t20\tstop:numbness\t0\tfeet\tadult\t20\t"
		"2026-11-25T07:00:20+01:00\r\n");
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(d.warnings, 0);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[1].end, "stop:numbness");
	assert_string_equal(h.v[1].ended, "2026-11-25T07:00:20+01:00");
	assert_non_null(open_stop(&h, "feet"));
	history_free(&h);
	diags_free(&d);
	free(path);
}

/* text (its length len, NULs and all) as the history reads it, with the
 * number of lines said to be damaged, warnings. The caller frees h.v. */
static struct history parsed(char *text, size_t len, size_t warnings)
{
	struct history h;
	struct diags d = { 0 };
	history_parse(text, len, false, "h.tsv", &h, &d);
	assert_int_equal(d.warnings, warnings);
	diags_free(&d);
	return h;
}

/* A line from before the preset was kept has none; a later version's
 * fields after it are left unread, and the line still reads. */
static void test_preset_field_old_and_new(void **state)
{
	char text[] =
		"2026-11-24T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tadult\t160\t-\n"
		"2026-11-25T07:00:00+01:00\tquick-feet,calves\tfeet,calves\t360\t360\tdone\t0\t-\t"
		"adult\t120,240\t-\tmorning\n"
		"2026-11-26T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tadult\t160\t-\t-\t"
		"what a later unknot keeps\n"
		/* padded by a spreadsheet: an empty last field */
		"2026-11-26T08:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tadult\t160\t-\t\n";
	struct history h = parsed(text, sizeof text - 1, 0);
	assert_int_equal(h.n, 4);
	assert_null(h.v[0].preset);
	assert_string_equal(h.v[1].preset, "morning");
	assert_null(h.v[2].preset);
	assert_null(h.v[3].preset);
	free(h.v);
}

/* Saved by an editor that starts a UTF-8 file with a byte-order mark
 * (Notepad): the first line is still a line, its stop still holds. */
static void test_a_byte_order_mark_is_not_the_first_line(void **state)
{
	char text[] = "\xEF\xBB\xBF"
		      "2026-11-25T07:00:00+01:00\tfeet\tfeet\t160\t20\tstop:numbness\t0\tfeet\tadult\t20\t"
		      "2026-11-25T07:00:20+01:00\r\n";
	struct history h = parsed(text, sizeof text - 1, 0);
	assert_int_equal(h.n, 1);
	assert_non_null(open_stop(&h, "feet"));
	free(h.v);
}

/* A file zeroed by a crash: its lines of NULs are damage, said, not blank
 * lines (a stop among them is lost, and the next session says so). An
 * empty line is still nothing. */
static void test_nul_lines_are_damage(void **state)
{
	char text[] = "\0\0\0\0\n\n\0garbage\n"
		      "2026-11-24T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tadult\t160\t-\n";
	struct history h = parsed(text, sizeof text - 1, 2);
	assert_int_equal(h.n, 1);
	assert_int_equal(h.damaged, 2);
	free(h.v);
	(void)state;
}

/* Garbage is said by its first lines and a count, not line by line:
 * 100 000 lines of it would bury anything else said. */
static void test_many_damaged_lines_told_in_few(void **state)
{
	char *path = path_in_dir("garbage.tsv");
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 0; i < 1000; i++)
		fputs("garbage\n", f);
	fclose(f);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 0);
	assert_int_equal(d.warnings, 21);
	assert_int_equal(d.v[19].line, 20);
	assert_int_equal(d.v[20].line, 0);
	assert_non_null(strstr(d.v[20].msg, "1000 lines skipped, the first 20"));
	history_free(&h);
	diags_free(&d);
	free(path);
}

static void test_missing_file_is_empty(void **state)
{
	char *path = path_in_dir("none.tsv");
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 0);
	free(path);
}

static void test_unwritable(void **state)
{
	struct history_entry e = entry("2026-11-24T07:00:00+00:00", "feet", 10, "done");
	char *err = NULL;
	/* A path under a regular file fails even for root. */
	assert_int_equal(history_append("/dev/null/unknot/history.tsv", &e, &err), -1);
	assert_non_null(strstr(err, "cannot create /dev/null/unknot"));
	free(err);
}

/* A last line cut short (a crash, an edit) does not take the next with it. */
static void test_line_after_a_cut_one(void **state)
{
	char *path = path_in_dir("cut.tsv");
	write_file(path, "2026-11-23T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\n"
			 "2026-11-24T07:00:00+01:00\tfeet\tfe");
	struct history_entry e = entry("2026-11-25T07:00:00+01:00", "back", 10, "stop:numbness");
	e.stop_area = "back";
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[1].end, "stop:numbness");
	assert_ptr_equal(open_stop(&h, "back"), &h.v[1]);
	assert_int_equal(d.warnings, 1); /* the cut line, as before */
	history_free(&h);
	diags_free(&d);
	free(path);
}

/* A crash cut a stop's line in its areas, "feet,cal": once the next
 * session's line has ended it, it must not read as an older version's
 * line (of 8 fields) with a stop in "feet" and "cal", calves' lost. */
static void test_line_cut_at_a_tab_stays_cut(void **state)
{
	char *path = path_in_dir("cut-at-tab.tsv");
	write_file(path, "2026-11-24T07:00:00+01:00\tfeet,calves\tfeet,calves\t400\t200\t"
			 "stop:numbness\t0\tfeet,cal");
	struct history_entry e = entry("2026-11-25T07:00:00+01:00", "back", 10, "done");
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0);
	assert_int_equal(history_append(path, &e, &err), 0); /* and a line after that */
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[0].routines, "back");
	assert_null(open_stop(&h, "feet"));
	assert_int_equal(d.warnings, 1);
	assert_non_null(strstr(d.v[0].msg, "line cut short"));
	history_free(&h);
	diags_free(&d);
	free(path);
}

/* The mark after a cut line is known by its start: as an earlier build
 * worded it, and torn by a crash of its own as it was written. */
static void test_cut_line_marked_in_other_words(void **state)
{
	static const char *const marks[] = {
		"# unknot: the line above was cut short; it is not read\n",
		"# unknot: the line above had no l", /* torn */
	};
	char *path = path_in_dir("cut-marked.tsv");
	for (size_t i = 0; i < sizeof marks / sizeof *marks; i++) {
		char *text = xasprintf("2026-11-24T07:00:00+01:00\tfeet,calves\tfeet,calves\t400\t200\t"
				       "stop:numbness\t0\tfeet,cal\n%s", marks[i]);
		write_file(path, text);
		free(text);
		struct history_entry e = entry("2026-11-25T07:00:00+01:00", "back", 10, "done");
		char *err = NULL;
		assert_int_equal(history_append(path, &e, &err), 0);
		struct history h;
		struct diags d = { 0 };
		assert_int_equal(history_load(path, &h, &d), 0);
		assert_int_equal(h.n, 1);
		assert_string_equal(h.v[0].routines, "back");
		assert_null(open_stop(&h, "feet"));
		assert_non_null(strstr(d.v[0].msg, "line cut short"));
		history_free(&h);
		diags_free(&d);
	}
	free(path);
}

/* A last line an editor left with no newline after it is whole: its stop
 * is asked about now, not only once the next session has ended it. Cut at
 * a tab, where it would read as an older version's line, it is not read. */
static void test_last_line_without_newline(void **state)
{
	static const char stop[] = "2026-11-26T19:00:00+00:00\tfeet\tfeet\t160\t2\tstop:numbness\t0\t"
				   "feet\tadult\t2\t2026-11-26T19:00:02+00:00\t-";
	char *path = path_in_dir("unended.tsv");
	write_file(path, stop);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 1);
	assert_ptr_equal(open_stop(&h, "feet"), &h.v[0]);
	assert_int_equal(d.warnings, 0);
	history_free(&h);
	diags_free(&d);

	char cut[sizeof stop];
	for (size_t off = 1; off <= 2; off++) { /* "...+00:00\t" and "...+00:00" */
		memcpy(cut, stop, sizeof stop - 1 - off);
		cut[sizeof stop - 1 - off] = '\0';
		write_file(path, cut);
		assert_int_equal(history_load(path, &h, &d), 0);
		assert_int_equal(h.n, 0);
		assert_non_null(strstr(d.v[d.n - 1].msg, "line cut short"));
		history_free(&h);
	}
	diags_free(&d);
	free(path);
}

/* A lock held for ever (a stuck NFS lock) is waited for a while, then the
 * line goes without it: the stop screen froze until it was let go. */
static void test_append_past_a_held_lock(void **state)
{
	char *path = path_in_dir("locked.tsv");
	write_file(path, "");
	int held = open(path, O_RDONLY);
	assert_true(held >= 0);
	assert_int_equal(flock(held, LOCK_EX), 0);
	struct history_entry e = entry("2026-11-25T07:00:00+01:00", "feet", 10, "stop:numbness");
	e.stop_area = "feet";
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0);
	close(held);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 1);
	assert_ptr_equal(open_stop(&h, "feet"), &h.v[0]);
	history_free(&h);
	diags_free(&d);
	free(path);
}

/* A write cut short by a size limit (or a full disk) leaves no part of a
 * line behind, and says what happened. */
static void test_short_write_is_taken_back(void **state)
{
	char *path = path_in_dir("short.tsv");
	const char *first = "2026-11-23T07:00:00+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\n";
	write_file(path, first);
	struct rlimit old, lim;
	getrlimit(RLIMIT_FSIZE, &old);
	lim = old;
	lim.rlim_cur = strlen(first) + 10;
	void (*was)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	struct history_entry e = entry("2026-11-25T07:00:00+01:00", "back", 10, "done");
	char *err = NULL;
	int rc = history_append(path, &e, &err);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, was);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err, "short write"));
	free(err);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, (off_t)strlen(first));
	free(path);
}

/* Several unknots ending at once (a parent's and a child's terminal) each
 * append to a new history: one header, and every line whole. */
static void test_appends_at_once(void **state)
{
	enum { WRITERS = 8, ROUNDS = 25 };
	for (int round = 0; round < ROUNDS; round++) {
		char *path = xasprintf("%s/at-once-%d.tsv", dir, round);
		int go[2];
		assert_int_equal(pipe(go), 0);
		pid_t kids[WRITERS];
		for (int k = 0; k < WRITERS; k++) {
			kids[k] = fork();
			assert_true(kids[k] >= 0);
			if (kids[k] == 0) {
				char c;
				close(go[1]);
				if (read(go[0], &c, 1) != 0) /* all start as the pipe closes */
					_exit(2);
				struct history_entry e = entry("2026-11-25T07:00:00+01:00", "feet", 60, "done");
				char *err = NULL;
				_exit(history_append(path, &e, &err) == 0 ? 0 : 1);
			}
		}
		close(go[0]);
		close(go[1]);
		for (int k = 0; k < WRITERS; k++) {
			int status;
			assert_int_equal(waitpid(kids[k], &status, 0), kids[k]);
			assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
		}
		FILE *f = fopen(path, "r");
		assert_non_null(f);
		char line[512];
		int headers = 0;
		while (fgets(line, sizeof line, f))
			headers += line[0] == '#';
		fclose(f);
		assert_int_equal(headers, 1);
		struct history h;
		struct diags d = { 0 };
		assert_int_equal(history_load(path, &h, &d), 0);
		assert_int_equal(d.n, 0);
		assert_int_equal(h.n, WRITERS);
		history_free(&h);
		free(path);
	}
}

/* A FIFO at the history path would block the append's open for ever. */
static void test_fifo_is_refused(void **state)
{
	char *path = path_in_dir("fifo.tsv");
	unlink(path);
	assert_int_equal(mkfifo(path, 0600), 0);
	struct history_entry e = entry("2026-11-24T07:00:00+00:00", "feet", 10, "done");
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), -1);
	assert_non_null(strstr(err, "not a regular file"));
	free(err);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(d.warnings, 1);
	history_free(&h);
	diags_free(&d);
	unlink(path);
	free(path);
}

/* Over the limit the end is read, where the newest stop is. */
static void test_over_the_limit_reads_the_end(void **state)
{
	/* Lines of 64 bytes, one more than 16 MiB holds: the first is left
	 * out, every other one is read whole, down to the stop at the end. */
	char *path = path_in_dir("big.tsv");
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	const char *old = "2026-01-01T07:00:00+00:00\tfeet-and-more-1\tfeet\t160\t160\tdone\t0\t-\n";
	const char *stop = "2026-11-24T07:00:00+00:00\tback-up\tback\t300\t40\tstop:other\t0\tback\n";
	assert_int_equal(strlen(old), 64);
	assert_int_equal(strlen(stop), 64);
	const long lines = 16L * 1024 * 1024 / 64;
	for (long n = 0; n < lines; n++)
		fputs(old, f);
	fputs(stop, f);
	fclose(f);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(d.warnings, 1); /* over the limit */
	assert_non_null(strstr(d.v[0].msg, "history is over 16 MiB; only its end is read"));
	assert_int_equal(h.n, lines);
	assert_string_equal(h.v[h.n - 1].end, "stop:other");
	history_free(&h);
	diags_free(&d);
	/* An export reads all of it, the first line too. */
	d = (struct diags){ 0 };
	assert_int_equal(history_load_up_to(path, SIZE_MAX - 1, &h, &d), 0);
	assert_int_equal(d.warnings, 0);
	assert_int_equal(h.n, lines + 1);
	history_free(&h);
	diags_free(&d);
	unlink(path);
	free(path);
}

static void test_default_path(void **state)
{
	setenv("XDG_STATE_HOME", "/x/state", 1);
	char *p = history_default_path();
	assert_string_equal(p, "/x/state/unknot/history.tsv");
	free(p);
	setenv("XDG_STATE_HOME", "relative", 1); /* not absolute: ignored */
	setenv("HOME", "/home/u", 1);
	p = history_default_path();
	assert_string_equal(p, "/home/u/.local/state/unknot/history.tsv");
	free(p);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	assert_null(history_default_path());
}

static void test_calendar(void **state)
{
	assert_int_equal(days_from_civil(1970, 1, 1), 0);
	assert_int_equal(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28), 2); /* leap */
	assert_int_equal(days_from_civil(2100, 3, 1) - days_from_civil(2100, 2, 28), 1); /* not leap */
	assert_int_equal(days_from_civil(2027, 1, 1) - days_from_civil(2026, 12, 31), 1);
	assert_int_equal(weekday_of_day(days_from_civil(2026, 11, 23)), 0); /* a Monday */
	assert_int_equal(weekday_of_day(days_from_civil(2026, 11, 29)), 6);
}

/* A history from start strings; entries are on the local dates written. */
static struct history make(const char *const *starts, size_t n, long done)
{
	struct history h = { .v = xcalloc(n, sizeof(struct history_entry)), .n = n };
	for (size_t i = 0; i < n; i++) {
		h.v[i] = entry(starts[i], "feet", done, "done");
		int y, m, d;
		sscanf(starts[i], "%d-%d-%d", &y, &m, &d);
		h.v[i].day = days_from_civil(y, m, d);
	}
	return h;
}

static void test_streak_across_month_and_year(void **state)
{
	const char *s[] = { "2026-12-30T07:00:00+01:00", "2026-12-31T23:59:00+01:00",
			    "2027-01-01T00:01:00+01:00", "2027-01-31T08:00:00+01:00",
			    "2027-02-01T08:00:00+01:00" };
	struct history h = make(s, 5, 120);
	assert_int_equal(history_streak(&h, days_from_civil(2027, 1, 1)), 3);
	/* Nothing yet today: the streak that ended yesterday still counts. */
	assert_int_equal(history_streak(&h, days_from_civil(2027, 1, 2)), 3);
	assert_int_equal(history_streak(&h, days_from_civil(2027, 1, 3)), 0);
	assert_int_equal(history_streak(&h, days_from_civil(2027, 2, 1)), 2);
	free(h.v);
}

/* Read west of where it was kept (Los Angeles, the evening before a
 * Berlin morning), a session dated tomorrow counts for today, as it is
 * listed: a week's time and the streak take it in. A date further on is
 * a clock gone wrong, not a zone, and counts for none. */
static void test_dated_tomorrow_counts_today(void **state)
{
	const char *s[] = { "2026-11-25T07:00:00+01:00", "2026-11-26T07:00:00+01:00",
			    "2026-11-27T07:00:00+01:00", "2026-11-29T07:00:00+01:00" };
	struct history h = make(s, 4, 120);
	int today = days_from_civil(2026, 11, 26); /* a Thursday */
	assert_int_equal(history_week_seconds(&h, today, "feet"), 360);
	h.v[1].done_s = 0; /* nothing dated today: tomorrow's keeps the streak */
	assert_int_equal(history_streak(&h, today), 2);
	free(h.v);
}

static void test_streak_across_dst(void **state)
{
	/* Europe/Berlin went to summer time on 2026-03-29 (a 23-hour day) and
	 * back on 2026-10-25 (25 hours): dates, not seconds, make the days. */
	const char *s[] = { "2026-03-28T23:30:00+01:00", "2026-03-29T23:30:00+02:00",
			    "2026-03-30T00:30:00+02:00", "2026-10-24T23:30:00+02:00",
			    "2026-10-25T23:30:00+01:00", "2026-10-26T00:10:00+01:00" };
	struct history h = make(s, 6, 60);
	assert_int_equal(history_streak(&h, days_from_civil(2026, 3, 30)), 3);
	assert_int_equal(history_streak(&h, days_from_civil(2026, 10, 26)), 3);
	free(h.v);
}

#define CET 3600L /* the zone the tests' times are written in: +01:00 */

static long cet(time_t at)
{
	(void)at;
	return CET;
}

static long seven_west(time_t at)
{
	(void)at;
	return -7 * 3600L;
}

/* Berlin in 2026: +02:00 until the clocks go back, 01:00 UTC on 25 October. */
static long berlin(time_t at)
{
	return at < (time_t)days_from_civil(2026, 10, 25) * 86400 + 3600 ? 7200L : 3600L;
}

/* The moment hour o'clock on the local date today, at +01:00. */
static time_t at_hour(int today, int hour)
{
	return (time_t)today * 86400 + hour * 3600 - CET;
}

/* The --history report at hour of today, in ASCII, on a terminal of cols
 * (0: none), into buf. */
static void report_on(const struct history *h, int today, int hour, int cols, char *buf,
		      size_t size)
{
	memset(buf, 0, size);
	FILE *f = fmemopen(buf, size, "w");
	assert_non_null(f);
	history_print_report(f, h, at_hour(today, hour), cet, &(struct report_style){ .cols = cols });
	fclose(f);
}

/* The same piped. */
static void report_at(const struct history *h, int today, int hour, char *buf, size_t size)
{
	report_on(h, today, hour, 0, buf, size);
}

/* The report on a terminal of cols, at noon of 2026-11-24, into buf. */
static void report_cols(const struct history *h, int cols, char *buf, size_t size)
{
	report_on(h, days_from_civil(2026, 11, 24), 12, cols, buf, size);
}

/* The same at noon. */
static void report(const struct history *h, int today, char *buf, size_t size)
{
	report_at(h, today, 12, buf, size);
}

/* The rows are the last ten sessions: the header says so when there are
 * more (--export has them all). */
static void test_report_says_when_rows_are_the_last_ten(void **state)
{
	const char *s[12];
	char starts[12][32];
	for (int i = 0; i < 12; i++) {
		snprintf(starts[i], sizeof starts[i], "2026-11-%02dT07:00:00+01:00", i + 10);
		s[i] = starts[i];
	}
	struct history h = make(s, 12, 60);
	char buf[8192];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "Last 10 of 12 sessions:\n"));
	assert_null(strstr(buf, "2026-11-11 07:00")); /* the second, not shown */
	assert_non_null(strstr(buf, "2026-11-12 07:00"));
	free(h.v);
}

/* Years of daily practice, in any order: every day counts, a day in the
 * future does not, and one preview ends the streak there. */
static void test_streak_of_years(void **state)
{
	enum { DAYS = 3000 };
	int today = days_from_civil(2026, 11, 25);
	struct history h = { .v = xcalloc(DAYS + 2, sizeof(struct history_entry)), .n = DAYS + 2 };
	for (size_t i = 0; i < DAYS; i++) { /* newest first: not as the file has them */
		h.v[i] = entry("2026-11-24T07:00:00+01:00", "feet", 60, "done");
		h.v[i].day = today - 1 - (int)i;
	}
	h.v[DAYS] = entry("2026-11-27T07:00:00+01:00", "feet", 60, "done");
	h.v[DAYS].day = today + 2; /* a clock gone wrong: no day of the streak */
	h.v[DAYS + 1] = entry("2018-09-07T07:00:00+01:00", "feet", 60, "done");
	h.v[DAYS + 1].day = today - DAYS - 1; /* the day before the first */
	assert_int_equal(history_streak(&h, today), DAYS + 1);
	h.v[1499].end = "preview"; /* today - 1500 */
	assert_int_equal(history_streak(&h, today), 1499);
	free(h.v);
}

static void test_streak_needs_half_a_minute(void **state)
{
	/* A session quit while getting into position is no day of practice:
	 * not for the streak, not on the heat-map. Two short ones add up. */
	const char *s[] = { "2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00",
			    "2026-11-24T19:00:00+01:00", "2026-11-25T07:00:00+01:00" };
	struct history h = make(s, 4, 15);
	h.v[0].done_s = 100;
	h.v[3].done_s = HISTORY_PRACTICE_DAY_S - 1;
	int wed = days_from_civil(2026, 11, 25);
	assert_int_equal(history_streak(&h, wed), 2); /* Tuesday: 15 + 15 s */
	h.v[2].done_s = 14;
	assert_int_equal(history_streak(&h, wed), 0);
	char buf[4096];
	report(&h, wed, buf, sizeof buf);
	assert_non_null(strstr(buf, "Streak: 0 days\n"));
	assert_non_null(strstr(buf, "  Mon . . . . . . . . . . . :\n"));
	assert_non_null(strstr(buf, "  Tue . . . . . . . . . . . .\n"));
	assert_non_null(strstr(buf, "  Wed . . . . . . . . . . . .\n"));
	assert_non_null(strstr(buf, "  . none or <30 s  : <2 min"));
	free(h.v);
}

static void test_week_minutes(void **state)
{
	/* Week of Monday 2026-12-28 to Sunday 2027-01-03 crosses the year. */
	const char *s[] = { "2026-12-27T07:00:00+01:00", "2026-12-28T07:00:00+01:00",
			    "2027-01-03T07:00:00+01:00" };
	struct history h = make(s, 3, 100);
	h.v[2].areas = "feet,calves"; /* a line from before each area's time: 50 s each */
	int sunday = days_from_civil(2027, 1, 3);
	assert_int_equal(history_week_seconds(&h, sunday, "feet"), 150);
	assert_int_equal(history_week_seconds(&h, sunday, "calves"), 50);
	assert_int_equal(history_week_seconds(&h, days_from_civil(2027, 1, 4), "feet"), 0);
	/* Kept per area: calves skipped with n counts nothing. */
	h.v[2].area_done_s = "100,0";
	assert_int_equal(history_week_seconds(&h, sunday, "feet"), 200);
	assert_int_equal(history_week_seconds(&h, sunday, "calves"), 0);
	h.v[2].area_done_s = "7,93";
	assert_int_equal(history_week_seconds(&h, sunday, "calves"), 93);
	free(h.v);
}

/* A week of thousands of areas is a damaged history: it lists two dozen,
 * and says there are more (each would cost a pass over the history). */
static void test_week_lists_two_dozen_areas(void **state)
{
	enum { N = 30 };
	const char *s[N];
	for (int i = 0; i < N; i++)
		s[i] = "2026-11-24T07:00:00+01:00";
	struct history h = make(s, N, 60);
	char names[N][8];
	for (int i = 0; i < N; i++) {
		snprintf(names[i], sizeof names[i], "a%d", i);
		h.v[i].areas = names[i];
	}
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, ", a23 1m, and more\n"));
	assert_null(strstr(buf, "a24"));
	free(h.v);
}

static void test_heatmap_text(void **state)
{
	const char *s[] = { "2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00" };
	struct history h = make(s, 2, 400);
	h.v[0].done_s = 30;
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "Streak: 2 days\n"));
	assert_non_null(strstr(buf, "This week: feet 7m10s\n"));
	assert_non_null(strstr(buf, "  Mon . . . . . . . . . . . :\n"));
	assert_non_null(strstr(buf, "  Tue . . . . . . . . . . . #\n"));
	assert_non_null(strstr(buf, "  Wed . . . . . . . . . . . .\n"));
	assert_non_null(strstr(buf, "  Thu . . . . . . . . . . .  \n"));
	free(h.v);
}

/* "Last sessions" keeps its times in one column, whatever the routines'
 * names (a list too long for it is cut, and says so) or the times' own. */
static void test_last_sessions_line_up(void **state)
{
	const char *s[] = { "2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00",
			    "2026-11-24T08:00:00+01:00" };
	struct history h = make(s, 3, 400);
	h.v[1].routines = "calves,quads,glutes,back,my-long-routine";
	h.v[2].routines = "calves,quads";
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "  2026-11-24 07:00  calves,quads,glutes,back,my-l...  6m40s  done\n"));
	const char *line = buf;
	for (int i = 0; i < 3; i++) {
		line = strstr(line, "\n  2026-");
		assert_non_null(line);
		line++;
		assert_memory_equal(line + 52, "  6m40s  done\n", 14);
	}
	/* A session over an hour widens the column for all. */
	h.v[0].done_s = 3725;
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	line = buf;
	for (int i = 0; i < 3; i++) {
		line = strstr(line, "\n  2026-");
		assert_non_null(line);
		line++;
		assert_memory_equal(line + 52, i ? "    6m40s  done\n" : " 1h02m05s  done\n", 16);
	}
	/* A preset's session is listed by its name, not its routines. */
	h.v[1].preset = "after-run";
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "  2026-11-24 07:00  after-run       6m40s  done\n"));
	assert_null(strstr(buf, "glutes"));
	free(h.v);
}

/* A session begun before midnight and stopped after it: the stop is the
 * new day's (a child's "no more rolling today" is that day's), the
 * session's minutes the day it began. */
static void test_stop_after_midnight_is_that_days(void **state)
{
	char *path = path_in_dir("midnight.tsv");
	struct history_entry e = entry("2026-11-24T23:59:45+01:00", "calves", 25, "stop:numbness");
	e.stop_area = "calves";
	e.kid = true;
	snprintf(e.ended, sizeof e.ended, "2026-11-25T00:00:10+01:00");
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0);
	struct history h;
	struct diags d = { 0 };
	assert_int_equal(history_load(path, &h, &d), 0);
	assert_int_equal(h.n, 1);
	assert_string_equal(h.v[0].ended, "2026-11-25T00:00:10+01:00");
	assert_string_equal(history_stop_time(&h.v[0]), "2026-11-25T00:00:10+01:00");
	assert_int_equal(h.v[0].day, days_from_civil(2026, 11, 24));
	time_t ended;
	assert_true(history_moment(h.v[0].ended, &ended));
	assert_int_equal(history_day_at(ended, cet), days_from_civil(2026, 11, 25));
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	/* Made at 00:00: until 05:00 the next day, not that morning's. */
	assert_non_null(strstr(buf, "A stop in calves (2026-11-25 00:00: numbness or tingling) is still open: the next "
				    "calves session asks first. A kid's stop: no kid-mode session until "
				    "05:00 tomorrow.\n"));
	report_at(&h, days_from_civil(2026, 11, 25), 1, buf, sizeof buf);
	assert_non_null(strstr(buf, "A kid's stop: no kid-mode session until 05:00 tomorrow.\n"));
	/* Its day and the night after: the next day from 05:00 it is over. */
	report_at(&h, days_from_civil(2026, 11, 26), 4, buf, sizeof buf);
	assert_non_null(strstr(buf, "A kid's stop: no kid-mode session until 05:00 this morning.\n"));
	report_at(&h, days_from_civil(2026, 11, 26), 5, buf, sizeof buf);
	assert_null(strstr(buf, "A kid's stop"));
	/* On a terminal of 50 columns the line is broken between words, not
	 * "sessio" on one row and "n" on the next. */
	memset(buf, 0, sizeof buf);
	FILE *f = fmemopen(buf, sizeof buf, "w");
	history_print_report(f, &h, at_hour(days_from_civil(2026, 11, 25), 12), cet,
			     &(struct report_style){ .cols = 50 });
	fclose(f);
	assert_non_null(strstr(buf, "A stop in calves (2026-11-25 00:00: numbness or\n"
				    "tingling) is still open: the next calves session\n"
				    "asks first. A kid's stop: no kid-mode session\n"
				    "until 05:00 tomorrow.\n"));
	history_free(&h);
	free(path);
}

/* "No more rolling today", said at 23:50, still holds at 00:10 and until
 * the night is over; said at 00:10, all that day and its night. */
static void test_stop_holds_through_the_night(void **state)
{
	int d = days_from_civil(2026, 11, 24);
	struct history_entry late = entry("2026-11-24T23:40:00+01:00", "feet", 60, "stop:numbness");
	snprintf(late.ended, sizeof late.ended, "2026-11-24T23:50:00+01:00");
	assert_true(history_stop_holds(&late, at_hour(d, 23) + 900, cet));
	assert_true(history_stop_holds(&late, at_hour(d + 1, 0), cet));
	assert_true(history_stop_holds(&late, at_hour(d + 1, HISTORY_NIGHT_ENDS_HOUR) - 1, cet));
	assert_false(history_stop_holds(&late, at_hour(d + 1, HISTORY_NIGHT_ENDS_HOUR), cet));
	assert_false(history_stop_holds(&late, at_hour(d + 2, 0), cet));
	/* A line from before the end was kept: its start. */
	struct history_entry early = entry("2026-11-25T00:10:00+01:00", "feet", 60, "stop:numbness");
	assert_true(history_stop_holds(&early, at_hour(d + 1, 1), cet));
	assert_true(history_stop_holds(&early, at_hour(d + 1, 23), cet));
	assert_true(history_stop_holds(&early, at_hour(d + 2, 4), cet));
	assert_false(history_stop_holds(&early, at_hour(d + 2, 5), cet));
	/* By the moment, not the date written: read at -07:00, the stop made
	 * at 00:10 (+01:00) on the 25th was at 16:10 on the 24th there, so a
	 * minute later it is that day's; the one at 23:50 (15:50 there) holds
	 * till 05:00 after it there, 13:00 at +01:00... */
	time_t made;
	assert_true(history_moment("2026-11-25T00:10:00+01:00", &made));
	assert_true(history_stop_holds(&early, made + 60, seven_west));
	assert_true(history_stop_holds(&late, at_hour(d + 1, 12), seven_west)); /* 04:00 there */
	assert_false(history_stop_holds(&late, at_hour(d + 1, 13), seven_west));
	/* ...with each moment's own offset: at 00:30 on the night the clocks go
	 * back (+02:00 then), a stop is that day's, not the evening before's,
	 * and holds at noon, +01:00 by then. */
	struct history_entry dst = entry("2026-10-25T00:30:00+02:00", "feet", 60, "stop:numbness");
	assert_true(history_moment("2026-10-25T12:00:00+01:00", &made));
	assert_true(history_stop_holds(&dst, made, berlin));
	assert_false(history_stop_holds(&dst, made + 24 * 3600, berlin));
	/* ...and a stop made later than now (the clock was set back since)
	 * holds, for a day at most. */
	assert_true(history_stop_holds(&late, at_hour(d, 20), cet));
	assert_false(history_stop_holds(&late, at_hour(d - 2, 20), cet));
}

/* The reminder a plan of calves (a kid's, or not) is given at now, from the
 * history in state's unknot/history.tsv. */
static bool reminder_from(const char *state, bool kid, time_t now, struct stop_reminder *rem)
{
	setenv("XDG_STATE_HOME", state, 1);
	setenv("TZ", "<+01>-1", 1);
	tzset();
	struct routine *r = fixture_routine("Calves");
	free(r->area);
	r->area = xstrdup("calves");
	const struct routine *rs[] = { r };
	struct plan p;
	plan_build(&p, rs, 1, kid);
	char *unread = NULL;
	bool held[1];
	bool found = stop_reminder_load(&p, now, rem, held, &unread);
	unsetenv("TZ");
	tzset();
	unsetenv("XDG_STATE_HOME");
	plan_free(&p);
	routine_free(r);
	free(unread);
	return found;
}

/* The reminder a session of calves, kid mode or not, is given at now, at
 * +01:00, with the history's n lines, as data: false when there is none.
 * The caller frees *rem. */
static bool load_reminder(const struct history_entry *lines, size_t n, bool kid, time_t now,
			  struct stop_reminder *rem)
{
	char *state = path_in_dir("reminder"), *path = xasprintf("%s/unknot/history.tsv", state);
	unlink(path);
	char *err = NULL;
	for (size_t i = 0; i < n; i++)
		assert_int_equal(history_append(path, &lines[i], &err), 0);
	bool found = reminder_from(state, kid, now, rem);
	free(path), free(state);
	return found;
}

/* load_reminder's reminder as line mode says it; *answer is what it
 * decided (nothing is typed). The caller frees it. */
static char *reminder_of(const struct history_entry *lines, size_t n, bool kid, time_t now,
			 enum after_stop *answer)
{
	char *text = NULL, *without = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	int in = open("/dev/null", O_RDONLY);
	assert_non_null(out);
	struct stop_reminder rem;
	*answer = load_reminder(lines, n, kid, now, &rem) ? stop_reminder_ask(&rem, in, out, &without, NULL)
							  : STOP_GO_ON;
	stop_reminder_free(&rem);
	fclose(out);
	close(in);
	free(without);
	return text;
}

/* reminder_of with the one line stop. */
static char *reminder_at(const struct history_entry *stop, bool kid, time_t now,
			 enum after_stop *answer)
{
	return reminder_of(stop, 1, kid, now, answer);
}

/* What a typed line answers, on the screen as in line mode: the day of a
 * stop only a whole "yes" goes on (any case, blanks around it); a day
 * later "y" does too; anything else, Esc's empty line among them, is a
 * no, said in words. A child's own stop today asks nothing. */
static void test_reminder_answers(void **state)
{
	(void)state;
	int d = days_from_civil(2026, 11, 24);
	struct history_entry stop = entry("2026-11-24T08:00:00+01:00", "calves", 40, "stop:numbness");
	stop.stop_area = "calves";
	struct stop_reminder rem;
	assert_true(load_reminder(&stop, 1, false, at_hour(d, 10), &rem));
	assert_non_null(rem.question);
	assert_true(rem.n_lines > 1 && !rem.advice[0] && rem.advice[1]); /* a stop, its advice */
	char *said = NULL, *without = NULL;
	assert_int_equal(stop_reminder_answer(&rem, " Yes \r", &said, &without), STOP_GO_ON);
	assert_null(said);
	assert_int_equal(stop_reminder_answer(&rem, "y", &said, &without), STOP_DECLINED);
	assert_string_equal(said, "Not today, then. Rest that area.");
	free(said);
	assert_int_equal(stop_reminder_answer(&rem, "", &said, &without), STOP_DECLINED);
	free(said);
	assert_int_equal(stop_reminder_answer(&rem, "yesterday", &said, &without), STOP_DECLINED);
	free(said);
	/* a yes, then that it is still there: not gone, whatever came first */
	const char *still[] = { "yes still numb", "yes but it hurts", "yes its still tingly",
				"Yes kinda numb lol" };
	for (size_t i = 0; i < sizeof still / sizeof *still; i++) {
		assert_int_equal(stop_reminder_answer(&rem, still[i], &said, &without), STOP_DECLINED);
		assert_string_equal(said, "Not today, then: it has not gone. Rest that area.");
		free(said);
	}
	assert_int_equal(stop_reminder_answer(&rem, "yes, no numbness now", &said, &without), STOP_GO_ON);
	assert_int_equal(stop_reminder_answer(&rem, "yes it doesn't hurt", &said, &without), STOP_GO_ON);
	assert_null(without); /* nothing else in the plan to go on with */
	/* On the stop's day "y", "ok" or "help" meant yes or asked: asked
	 * once more, with what goes on; "no", Enter alone or "yesterday" not. */
	const char *again = "Only the whole word yes goes on: type it and Enter, or Enter alone for not now.";
	assert_string_equal(stop_reminder_again(&rem, "y"), again);
	assert_string_equal(stop_reminder_again(&rem, " OK "), again);
	assert_string_equal(stop_reminder_again(&rem, "help"), again);
	assert_string_equal(stop_reminder_again(&rem, "s\u00ED"), again); /* yes in another tongue */
	assert_string_equal(stop_reminder_again(&rem, "vale"), again);
	/* yes slipped by an unsteady hand: asked again, never a yes */
	assert_string_equal(stop_reminder_again(&rem, "yess"), again);
	assert_string_equal(stop_reminder_again(&rem, "yyes"), again);
	assert_string_equal(stop_reminder_again(&rem, "yse"), again);
	/* one key of it slipped to another beside it */
	assert_string_equal(stop_reminder_again(&rem, "yws"), again);
	assert_string_equal(stop_reminder_again(&rem, "tes"), again);
	assert_string_equal(stop_reminder_again(&rem, "yed"), again);
	assert_int_equal(stop_reminder_answer(&rem, "yess", &said, &without), STOP_DECLINED);
	free(said);
	/* yes, ended as a sentence is, is yes */
	assert_int_equal(stop_reminder_answer(&rem, "yes.", &said, &without), STOP_GO_ON);
	assert_int_equal(stop_reminder_answer(&rem, "Yes!", &said, &without), STOP_GO_ON);
	/* ...and so is yes with the key beside Enter after it */
	assert_int_equal(stop_reminder_answer(&rem, "yes]", &said, &without), STOP_GO_ON);
	assert_int_equal(stop_reminder_answer(&rem, "yes'", &said, &without), STOP_GO_ON);
	assert_int_equal(stop_reminder_answer(&rem, "yes\\", &said, &without), STOP_GO_ON);
	/* ...or autocorrect's … after it */
	assert_int_equal(stop_reminder_answer(&rem, "yes\u2026", &said, &without), STOP_GO_ON);
	assert_null(stop_reminder_again(&rem, "noo"));
	assert_null(stop_reminder_again(&rem, "no"));
	assert_null(stop_reminder_again(&rem, ""));
	assert_null(stop_reminder_again(&rem, "yesterday"));
	assert_null(stop_reminder_again(&rem, "yes"));
	stop_reminder_free(&rem);
	assert_true(load_reminder(&stop, 1, false, at_hour(d + 2, 10), &rem));
	assert_int_equal(stop_reminder_answer(&rem, "y", &said, &without), STOP_GO_ON);
	assert_null(stop_reminder_again(&rem, "y")); /* a day on, y is a yes */
	assert_non_null(stop_reminder_again(&rem, "help"));
	stop_reminder_free(&rem);
	stop.kid = true;
	assert_true(load_reminder(&stop, 1, true, at_hour(d, 10), &rem));
	assert_null(rem.question);
	assert_string_equal(rem.lines[rem.n_lines - 1],
			    "No more rolling until 05:00 tomorrow. See you then!");
	assert_int_equal(stop_reminder_answer(&rem, "yes", &said, &without), STOP_REFUSED);
	assert_null(said);
	stop_reminder_free(&rem);
}

/* A stop from before the mode was kept is anyone's: whoever reads it is
 * told it as their own, with all of the day's advice, and answered as its
 * owner (a grown-up asked; a child, told no more rolling today, not asked),
 * not "a grown-up stopped". */
static void test_reminder_of_a_stop_without_mode(void **state)
{
	(void)state;
	int d = days_from_civil(2026, 11, 24);
	char *home = path_in_dir("no-mode"), *path = xasprintf("%s/unknot/history.tsv", home);
	struct history_entry e = entry("2026-11-24T07:00:00+01:00", "calves", 10, "done");
	char *err = NULL;
	assert_int_equal(history_append(path, &e, &err), 0); /* makes the directory */
	FILE *f = fopen(path, "w"); /* as an unknot of before the mode wrote it: 8 fields */
	assert_non_null(f);
	fputs("2026-11-24T08:00:00+01:00\tcalves\tcalves\t160\t40\tstop:numbness\t0\tcalves\n", f);
	fclose(f);
	for (int kid = 1; kid >= 0; kid--) {
		struct stop_reminder rem;
		assert_true(reminder_from(home, kid, at_hour(d, 10), &rem));
		char *said = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&said, &len);
		stop_reminder_print(&rem, out, 0);
		if (rem.question)
			fprintf(out, "%s\n", rem.question);
		fclose(out);
		assert_non_null(strstr(said, kid ? "You stopped during calves today at 08:00: tingly, fizzy or numb.\n"
						   "  Tell a grown-up what you feel.\n  Sit and rest. No more rolling today.\n"
						 : "You stopped during calves today at 08:00: numbness or tingling.\n"
						   "  Numbness or tingling can mean a nerve is pressed"));
		assert_null(strstr(said, "A grown-up"));
		assert_null(strstr(said, "not you"));
		/* the child told "no more rolling today" is not asked after all */
		if (kid)
			assert_non_null(strstr(said, "No more rolling until 05:00 tomorrow. See you then!\n"));
		assert_true(kid ? !rem.question : rem.question != NULL);
		free(said);
		stop_reminder_free(&rem);
	}
	free(path), free(home);
}

/* Parent and child share the history: a kid's stop made after a grown-up's
 * in the same area does not hide the grown-up's from the grown-up, who is
 * asked about their own and told the kid's; nor does a grown-up's today
 * hide a kid's from yesterday from the child. */
static void test_reminder_tells_own_stop_behind_anothers(void **state)
{
	int d = days_from_civil(2026, 11, 24);
	struct history_entry lines[2] = {
		entry("2026-11-24T08:00:00+01:00", "calves", 40, "stop:numbness"),
		entry("2026-11-24T09:00:00+01:00", "calves", 10, "stop:other"),
	};
	lines[0].stop_area = lines[1].stop_area = "calves";
	lines[1].kid = true;
	enum after_stop answer;
	char *said = reminder_of(lines, 2, false, at_hour(d, 10), &answer);
	assert_int_equal(answer, STOP_DECLINED);
	assert_non_null(strstr(said, "You stopped during calves today at 08:00: numbness or tingling.\n"
				     "  Numbness or tingling can mean a nerve is pressed: do not roll this area again today.\n"));
	assert_non_null(strstr(said, "\nAlso: a kid stopped during calves today at 09:00: something else.\n"));
	/* their own question: not "if that was not you" */
	assert_non_null(strstr(said, "\nBetter to rest until 05:00 tomorrow. Only if you are sure it has gone"));
	assert_null(strstr(said, "not you"));
	free(said);
	/* The other way round: yesterday's kid's stop, a grown-up's today. */
	lines[0] = entry("2026-11-23T18:00:00+01:00", "calves", 40, "stop:sharp-pain");
	lines[0].stop_area = "calves";
	lines[0].kid = true;
	lines[1].kid = false;
	said = reminder_of(lines, 2, true, at_hour(d, 10), &answer);
	assert_int_equal(answer, STOP_DECLINED);
	assert_non_null(strstr(said, "Last time you stopped during calves (Monday 23 November at 18:00): it really hurts.\n"));
	assert_non_null(strstr(said, "\nAlso: a grown-up stopped during calves today at 09:00: "));
	assert_non_null(strstr(said, "Ask a grown-up first."));
	assert_null(strstr(said, "not you"));
	free(said);
	/* Another's stop with the same advice as the first: told once. */
	lines[0] = entry("2026-11-24T08:00:00+01:00", "calves", 40, "stop:numbness");
	lines[0].stop_area = "calves";
	lines[0].kid = false;
	lines[1] = entry("2026-11-24T09:00:00+01:00", "calves", 10, "stop:numbness");
	lines[1].stop_area = "calves";
	lines[1].kid = true;
	said = reminder_of(lines, 2, false, at_hour(d, 10), &answer);
	const char *when = "If it lasts more than a few minutes or keeps coming back, see a doctor";
	assert_non_null(strstr(said, "\nAlso: a kid stopped during calves today at 09:00: "));
	assert_non_null(strstr(said, when));
	assert_null(strstr(strstr(said, when) + 1, when));
	free(said);
	lines[1] = entry("2026-11-24T09:00:00+01:00", "calves", 10, "stop:other");
	lines[1].stop_area = "calves";
	/* Another's stop alone is still told, and asked about as theirs. */
	said = reminder_of(&lines[1], 1, true, at_hour(d, 10), &answer);
	assert_non_null(strstr(said, "A grown-up stopped during calves today at 09:00: "));
	assert_non_null(strstr(said, "If that was someone else, type yes and Enter to go on (Enter "
				     "alone: not now):"));
	/* declined: the rest is for whoever stopped, not for the reader */
	assert_non_null(strstr(said, "\nNot today, then.\n"));
	assert_null(strstr(said, "Rest"));
	free(said);
	/* "not me" answers it in other words: asked once more, not a no; of
	 * one's own stop, it is a no */
	struct stop_reminder rem;
	assert_true(load_reminder(&lines[1], 1, true, at_hour(d, 10), &rem));
	assert_non_null(stop_reminder_again(&rem, "not me"));
	assert_non_null(stop_reminder_again(&rem, "wasn't me"));
	assert_non_null(stop_reminder_again(&rem, "it was someone else"));
	assert_non_null(stop_reminder_again(&rem, "That was my kid."));
	assert_null(stop_reminder_again(&rem, "it was me"));
	assert_non_null(stop_reminder_again(&rem, "my daughter"));
	assert_non_null(stop_reminder_again(&rem, "that's my kid"));
	assert_null(stop_reminder_again(&rem, "it was mine"));
	assert_non_null(stop_reminder_again(&rem, "That\u2019s my kid")); /* a phone's apostrophe */
	assert_null(stop_reminder_again(&rem, "it was my stop"));
	/* "it wasn't me", "the kid": someone else's, in other words */
	assert_non_null(stop_reminder_again(&rem, "it wasn't me"));
	assert_non_null(stop_reminder_again(&rem, "it was not me"));
	assert_non_null(stop_reminder_again(&rem, "the kid"));
	/* a yes or a no first is what it is; "the stop" is no one else */
	assert_null(stop_reminder_again(&rem, "no, it wasn't"));
	assert_null(stop_reminder_again(&rem, "yes, not me"));
	assert_null(stop_reminder_again(&rem, "the stop was mine"));
	/* "yes, it was me": a yes that says it was not someone else's */
	assert_non_null(stop_reminder_again(&rem, "yes, it was me"));
	assert_non_null(stop_reminder_again(&rem, "yes it was mine"));
	assert_null(stop_reminder_again(&rem, "yes it was my kid"));
	/* ...or that it was the reader's too, or not the other's */
	const char *const mine_too[] = { "yes not my kid", "yes not the kid", "yes, my kid and me",
					 "yes both of us", "yes it was us", "yes, that one was mine" };
	for (size_t i = 0; i < sizeof mine_too / sizeof *mine_too; i++)
		if (!stop_reminder_again(&rem, mine_too[i]))
			fail_msg("taken for someone else's: %s", mine_too[i]);
	assert_null(stop_reminder_again(&rem, "yes, it wasn't us"));
	assert_null(stop_reminder_again(&rem, "yes, let me go on")); /* a yes that goes on */
	assert_null(stop_reminder_again(&rem, "yes we can go on"));
	assert_null(stop_reminder_again(&rem, "yes thanks, go on for both areas"));
	assert_non_null(stop_reminder_again(&rem, "yes me too"));
	assert_non_null(stop_reminder_again(&rem, "ya")); /* yes, typed short: asked again, no no */
	assert_non_null(stop_reminder_again(&rem, "k"));
	const char *mine_also[] = { "yes, my kid and I", "yes, both my kid and I", "yes, we both did",
				    "yes, I had it too", "yes, and I did too", "yes, I also stopped",
				    "yes, for me it's gone" };
	for (size_t i = 0; i < sizeof mine_also / sizeof *mine_also; i++)
		if (!stop_reminder_again(&rem, mine_also[i]))
			fail_msg("taken for someone else's: %s", mine_also[i]);
	assert_null(stop_reminder_again(&rem, "yes my daughter"));
	assert_non_null(stop_reminder_again(&rem, "yes I did"));
	assert_non_null(stop_reminder_again(&rem, "yes, it was myself"));
	assert_non_null(stop_reminder_again(&rem, "Yes it was I."));
	assert_null(stop_reminder_again(&rem, "yes"));
	assert_null(stop_reminder_again(&rem, "no"));
	assert_null(stop_reminder_again(&rem, "not now")); /* the question's own no */
	assert_null(stop_reminder_again(&rem, "not today"));
	/* "no", it was not someone else: the reader's own, who rests */
	char *without = NULL;
	assert_int_equal(stop_reminder_answer(&rem, "no", &said, &without), STOP_DECLINED);
	assert_string_equal(said, "Not today, then. Rest that area.");
	free(said);
	assert_int_equal(stop_reminder_answer(&rem, "not now", &said, &without), STOP_DECLINED);
	assert_string_equal(said, "Not today, then.");
	free(said);
	/* "it was me", a no in words: the reader's own, who rests */
	assert_int_equal(stop_reminder_answer(&rem, "it was me", &said, &without), STOP_DECLINED);
	assert_string_equal(said, "Not today, then. Rest that area.");
	free(said);
	assert_int_equal(stop_reminder_answer(&rem, "Mine.", &said, &without), STOP_DECLINED);
	assert_string_equal(said, "Not today, then. Rest that area.");
	free(said);
	assert_null(without);
	stop_reminder_free(&rem);
	assert_true(load_reminder(&lines[1], 1, false, at_hour(d, 10), &rem));
	assert_null(stop_reminder_again(&rem, "not me"));
	stop_reminder_free(&rem);
}

/* Said at 00:10, a stop made at 23:50 is last night's: its "today" is
 * over, and it holds until the morning. One made at 00:00 is today's, and
 * holds until the morning after this one. */
static void test_reminder_after_midnight(void **state)
{
	int d = days_from_civil(2026, 11, 24);
	struct history_entry late = entry("2026-11-24T23:45:00+01:00", "calves", 25, "stop:numbness");
	snprintf(late.ended, sizeof late.ended, "2026-11-24T23:50:00+01:00");
	late.stop_area = "calves";
	late.kid = true;
	enum after_stop answer;
	char *said = reminder_at(&late, true, at_hour(d + 1, 0) + 600, &answer);
	assert_int_equal(answer, STOP_REFUSED);
	assert_non_null(strstr(said, "You stopped during calves yesterday at 23:50: tingly, fizzy or numb.\n"));
	assert_non_null(strstr(said, "\nNo more rolling until 05:00 this morning. See you then!\n"));
	assert_null(strstr(said, "today"));
	free(said);
	/* The same stop in the evening: all of the day's advice. */
	said = reminder_at(&late, true, at_hour(d, 23) + 3300, &answer);
	assert_int_equal(answer, STOP_REFUSED);
	assert_non_null(strstr(said, "You stopped during calves today at 23:50: tingly, fizzy or numb.\n"
				     "  Tell a grown-up what you feel.\n  Sit and rest. No more rolling today.\n"));
	assert_non_null(strstr(said, "\nNo more rolling until 05:00 tomorrow. See you then!\n"));
	free(said);
	/* Begun before midnight, stopped after it: today's, until tomorrow's
	 * morning, not this one's. */
	struct history_entry early = late;
	snprintf(early.ended, sizeof early.ended, "2026-11-25T00:00:10+01:00");
	said = reminder_at(&early, true, at_hour(d + 1, 0) + 600, &answer);
	assert_int_equal(answer, STOP_REFUSED);
	assert_non_null(strstr(said, "You stopped during calves today at 00:00: tingly, fizzy or numb.\n"));
	assert_non_null(strstr(said, "\nNo more rolling until 05:00 tomorrow. See you then!\n"));
	free(said);
	/* A grown-up's from last night, the same: no "again today" at 00:10. */
	late.kid = false;
	said = reminder_at(&late, false, at_hour(d + 1, 0) + 600, &answer);
	assert_int_equal(answer, STOP_DECLINED);
	assert_non_null(strstr(said, "You stopped during calves yesterday at 23:50: numbness or tingling.\n"));
	assert_non_null(strstr(said, "\nBetter to rest until 05:00 this morning. "));
	assert_null(strstr(said, "again today"));
	/* declined at 00:10: the day it may go on is today, from 05:00 */
	assert_non_null(strstr(said, "\nNot now, then. Rest that area.\n"));
	free(said);
	/* At 23:55 the day of the stop: not "until tomorrow", five minutes on. */
	said = reminder_at(&late, false, at_hour(d, 23) + 3300, &answer);
	assert_non_null(strstr(said, "\nBetter to rest until 05:00 tomorrow. "));
	assert_non_null(strstr(said, "\nNot today, then. Rest that area.\n"));
	free(said);
}

/* A preset stopped in its first area never reached the others: the week
 * names the areas worked, not "calves 0s". */
static void test_week_leaves_out_areas_not_worked(void **state)
{
	const char *s[] = { "2026-11-24T07:00:00+01:00", "2026-11-24T08:00:00+01:00" };
	struct history h = make(s, 2, 9);
	h.v[1].areas = "feet,calves,quads";
	h.v[1].area_done_s = "9,0,0";
	h.v[1].end = "stop:numbness";
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "This week: feet 18s\n"));
	free(h.v);
}

static void test_week_leaves_out_stops_without_area(void **state)
{
	/* STOP from the picker is kept with area "-": not an area of the week. */
	const char *s[] = { "2026-11-24T07:00:00+01:00", "2026-11-24T08:00:00+01:00" };
	struct history h = make(s, 2, 60);
	h.v[1].areas = "-";
	h.v[1].done_s = 0;
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "This week: feet 1m\n"));
	assert_non_null(strstr(buf, "(each column a week, this week on the right)"));
	free(h.v);
}

/* h as --export csv writes it, in buf. */
static void export_to(const struct history *h, char *buf, size_t cap)
{
	memset(buf, 0, cap);
	FILE *f = fmemopen(buf, cap, "w");
	history_export_csv(f, h);
	fclose(f);
}

static void test_csv(void **state)
{
	struct history_entry e = entry("2026-11-24T07:00:00+01:00", "feet", 10, "done");
	e.routines = "a,\"b\"";
	snprintf(e.ended, sizeof e.ended, "2026-11-24T07:10:00+01:00");
	e.preset = "morning";
	struct history h = { .v = &e, .n = 1 };
	char buf[512];
	export_to(&h, buf, sizeof buf);
	assert_string_equal(buf, "start,routines,areas,planned_s,done_s,end,too_hard,stop_area,mode,"
				 "area_done_s,ended,preset\r\n"
				 "2026-11-24T07:00:00+01:00,\"a,\"\"b\"\"\",feet,10,10,done,0,-,adult,-,"
				 "2026-11-24T07:10:00+01:00,morning\r\n");
	e.preset = NULL;
	/* None is "-", as in the history: each area's time, when it ended, and
	 * the mode of a line from before it was kept. */
	e.ended[0] = '\0';
	e.no_mode = true;
	export_to(&h, buf, sizeof buf);
	assert_non_null(strstr(buf, ",done,0,-,-,-,-,-\r\n"));
	/* What a spreadsheet would run as a formula stays text. */
	e.routines = "=HYPERLINK(\"x\"),@a";
	e.areas = "-feet";
	export_to(&h, buf, sizeof buf);
	assert_non_null(strstr(buf, ",\"'=HYPERLINK(\"\"x\"\"),@a\",\"'-feet\",10,"));
	/* Each area's seconds: "160,240" would be one number to a spreadsheet,
	 * and 160.24 where a comma is a decimal point; ";" is quoted, as it is
	 * the separator there. */
	e.routines = "feet,calves";
	e.areas = "feet,calves";
	e.area_done_s = "160,240";
	export_to(&h, buf, sizeof buf);
	assert_non_null(strstr(buf, ",\"160;240\","));
}

/* Line mode's report, read aloud: times in words, a row's fields in turn,
 * and the weeks said one a line, not drawn as 84 glyphs. */
static void test_report_in_words(void **state)
{
	(void)state;
	const char *s[] = { "2026-11-10T07:00:00+01:00", "2026-11-20T07:00:00+01:00",
			    "2026-11-24T07:00:00+01:00" };
	struct history h = make(s, 3, 160);
	char buf[4096] = "";
	FILE *f = fmemopen(buf, sizeof buf, "w");
	history_print_report(f, &h, at_hour(days_from_civil(2026, 11, 24), 12), cet,
			     &(struct report_style){ .words = true });
	fclose(f);
	/* Dates as words ("2026-11-24" was read digit group by digit group) */
	/* the last first, as the weeks are: heard in turn */
	assert_non_null(strstr(buf, "Last sessions, newest first:\n"
				    "  today 07:00, feet: 2 minutes 40 seconds, done\n"
				    "  Friday 20 November 07:00, feet: 2 minutes 40 seconds, done\n"));
	assert_non_null(strstr(buf, "This week: feet 2 minutes 40 seconds\n"));
	assert_non_null(strstr(buf, "Last 12 weeks, this week first:\n"
				    "  this week: 1 day, 2 minutes 40 seconds\n"
				    "  week of Monday 16 November: 1 day, 2 minutes 40 seconds\n"
				    "  week of Monday 9 November: 1 day, 2 minutes 40 seconds\n"));
	assert_null(strstr(buf, "2026-11"));
	assert_null(strstr(buf, "Mon "));
	/* and an open stop's date too */
	h.v[2].end = "stop:numbness";
	h.v[2].stop_area = "feet";
	memset(buf, 0, sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	history_print_report(f, &h, at_hour(days_from_civil(2026, 11, 24), 12), cet,
			     &(struct report_style){ .words = true });
	fclose(f);
	assert_non_null(strstr(buf, "A stop in feet (today 07:00: numbness or tingling) lasts until 05:00 "
				    "tomorrow: the next feet session asks first."));
	assert_null(strstr(buf, "2026-11"));
	free(h.v);
}

/* A parent reads a child's sessions and stops in the shared history: they
 * say they were a kid's. On a terminal of 80 columns, a row with a long
 * list of routines and a stop for numbness still fits it. */
static void test_report_says_whose_and_fits(void **state)
{
	const char *s[] = { "2026-11-20T07:00:00+01:00", "2026-11-21T07:00:00+01:00" };
	struct history h = make(s, 2, 60);
	h.v[0].kid = true;
	h.v[1].routines = "quick-feet,calves,quads,back,glutes,shoulders";
	h.v[1].areas = "feet";
	h.v[1].end = "stop:numbness";
	h.v[1].stop_area = "feet";
	h.v[1].kid = true;
	snprintf(h.v[1].ended, sizeof h.v[1].ended, "2026-11-21T07:01:00+01:00");
	char buf[4096];
	report_cols(&h, 80, buf, sizeof buf);
	assert_non_null(strstr(buf, "  2026-11-20 07:00  feet"));
	assert_non_null(strstr(buf, "1m  done (kid)\n"));
	assert_non_null(strstr(buf, "1m  stopped in feet: numbness or tingling\n"
				    "                                         (kid)\n"));
	assert_non_null(strstr(buf, "A stop in feet (a kid's, 2026-11-21 07:01: numbness or "));
	for (char *line = strstr(buf, "Last sessions:"); line && *line != '\n'; line += strcspn(line, "\n") + 1) {
		assert_true(strcspn(line, "\n") <= 80);
		if (!strncmp(line, "A stop ", 7))
			break;
	}
	/* At 60 columns a short name keeps its width, and what a row ends in
	 * goes on below, from its own column, broken between words. */
	h.v[1].routines = "feet";
	report_cols(&h, 60, buf, sizeof buf);
	assert_non_null(strstr(buf, "  2026-11-20 07:00  feet     1m  done (kid)\n"
				    "  2026-11-21 07:00  feet     1m  stopped in feet: numbness\n"
				    "                                 or tingling (kid)\n"));
	/* A stop made on the summary (or the brief) has no area of its own: it
	 * holds the session's, and the row says where, as the stop's line does. */
	h.v[1].stop_area = "-";
	h.v[1].done_s = 0;
	report_cols(&h, 80, buf, sizeof buf);
	assert_non_null(strstr(buf, "0s  stopped in feet: numbness or tingling"));
	/* A stop from the picker ran no routine: it is named so, not "-". */
	h.v[1].routines = h.v[1].areas = h.v[1].stop_area = "-";
	h.v[1].done_s = 0;
	report_cols(&h, 80, buf, sizeof buf);
	assert_non_null(strstr(buf, "  2026-11-21 07:00  (routine list)     0s  stopped: numbness or tingling (kid)\n"));
	free(h.v);
}

/* At 40 columns a name of 12 fills the row to its time: the end words go
 * below, with no row the terminal breaks (a blank line after each). This
 * week's areas break between them, under the first. */
static void test_report_at_the_edge(void **state)
{
	const char *s[] = { "2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00" };
	struct history h = make(s, 2, 60);
	h.v[0].routines = "upper-back-x";
	h.v[1].areas = "feet,calves,quads,upper-back,glutes,shoulders,hamstrings";
	h.v[1].area_done_s = NULL;
	char buf[4096];
	report_cols(&h, 40, buf, sizeof buf);
	for (char *line = buf; *line; line += strcspn(line, "\n") + (line[strcspn(line, "\n")] != 0))
		if (strcspn(line, "\n") > 40)
			fail_msg("a row over 40 columns: %.*s", (int)strcspn(line, "\n"), line);
	assert_non_null(strstr(buf, "  2026-11-23 07:00  upper-back-x     1m\n"));
	char *week = strstr(buf, "This week: ");
	assert_non_null(week);
	assert_non_null(strstr(week, ",\n           ")); /* under the first area */
	free(h.v);
}

/* A stop is written as stop:unknown when made, and again once answered
 * (and again if the answer is changed): the last answer takes the first's
 * place, even with a line of another unknot between them; a stop never
 * answered stays unknown. */
static void test_an_answered_stop_takes_its_first_line(void **state)
{
	char text[] =
		"2026-11-24T07:00:00+01:00\tcalves\tcalves\t240\t40\tstop:unknown\t0\tcalves\tadult\t40\t-\t-\n"
		"2026-11-24T07:00:30+01:00\tfeet\tfeet\t160\t160\tdone\t0\t-\tadult\t160\t-\t-\n"
		"2026-11-24T07:00:00+01:00\tcalves\tcalves\t240\t40\tstop:numbness\t0\tcalves\tadult\t40\t-\t-\n"
		"2026-11-24T09:00:00+01:00\t-\t-\t0\t0\tstop:unknown\t0\t-\tadult\t-\t-\t-\n"
		"2026-11-24T10:00:00+01:00\tback\tback\t300\t0\tstop:unknown\t0\tback\tadult\t0\t-\t-\n"
		"2026-11-24T10:00:01+01:00\tback\tback\t300\t0\tstop:other\t0\tback\tadult\t0\t-\t-\n"
		"2026-11-24T11:00:00+01:00\tquads\tquads\t270\t30\tstop:unknown\t0\tquads\tadult\t30\t-\t-\n"
		"2026-11-24T11:00:00+01:00\tquads\tquads\t270\t30\tstop:numbness\t0\tquads\tadult\t30\t-\t-\n"
		"2026-11-24T11:00:00+01:00\tquads\tquads\t270\t30\tstop:sharp-pain\t0\tquads\tadult\t30\t-\t-\n";
	struct history h = parsed(text, strlen(text), 0);
	assert_int_equal(h.n, 6);
	assert_string_equal(h.v[5].end, "stop:sharp-pain"); /* the answer changed: one stop */
	assert_string_equal(h.v[0].routines, "feet"); /* in time order: the answer after it */
	assert_string_equal(h.v[1].end, "stop:numbness");
	assert_string_equal(h.v[2].end, "stop:unknown"); /* the picker's, never answered */
	assert_string_equal(h.v[3].end, "stop:unknown"); /* another start: not the same stop */
	assert_string_equal(h.v[4].end, "stop:other");
	free(h.v);

	/* A parent and a child in one history, stopped in the same second:
	 * the kid's answer is the kid's, and the grown-up's stop stays. */
	char two[] =
		"2026-11-27T10:00:00+00:00\tfeet\tfeet\t160\t20\tstop:unknown\t0\tfeet\tkid\t20\t-\t-\n"
		"2026-11-27T10:00:00+00:00\tfeet\tfeet\t160\t20\tstop:unknown\t0\tfeet\tadult\t20\t-\t-\n"
		"2026-11-27T10:00:00+00:00\tfeet\tfeet\t160\t20\tstop:numbness\t0\tfeet\tkid\t20\t-\t-\n";
	h = parsed(two, strlen(two), 0);
	assert_int_equal(h.n, 2);
	assert_false(h.v[0].kid);
	assert_string_equal(h.v[0].end, "stop:unknown");
	assert_true(h.v[1].kid);
	assert_string_equal(h.v[1].end, "stop:numbness");
	free(h.v);
}

/* Saved as a spreadsheet's "Unicode Text" (UTF-16): said why, first, its
 * lines all counted as damaged (a stop in them would go unseen). */
static void test_history_in_utf16_says_so(void **state)
{
	const char *line = "2026-11-21T20:00:00+01:00\tfeet\tfeet\t60\t0\tstop:numbness\t0\tfeet\n";
	char text[256] = "\xFF\xFE";
	size_t len = 2;
	for (const char *c = line; *c; c++) {
		text[len++] = *c;
		text[len++] = '\0';
	}
	struct history h;
	struct diags d = { 0 };
	history_parse(text, len, false, "h.tsv", &h, &d);
	assert_int_equal(h.n, 0);
	assert_true(h.damaged >= 1);
	assert_true(d.n >= 2);
	assert_non_null(strstr(d.v[0].msg, "the history is UTF-16"));
	assert_non_null(strstr(d.v[0].msg, "save it as tab-separated text in UTF-8"));
	diags_free(&d);
	free(h.v);
}

/* A history a spreadsheet saved back: quotes round a field with a comma,
 * and the rows sorted newest first. The stop in "feet,calves" is still
 * asked about, and the last sessions are the last. */
static void test_history_from_a_spreadsheet(void **state)
{
	char text[] = "2026-11-22T08:00:00+01:00\tcalves\tcalves\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-21T20:00:00+01:00\t\"quick-feet,calves\"\t\"feet,calves\"\t340\t0\t"
		      "stop:numbness\t0\t-\tadult\t-\t2026-11-21T20:00:05+01:00\tmorning\n"
		      "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n";
	struct history h = parsed(text, strlen(text), 1); /* the order told */
	assert_int_equal(h.n, 3);
	assert_string_equal(h.v[0].start, "2026-11-20T08:00:00+01:00");
	assert_string_equal(h.v[1].areas, "feet,calves");
	assert_string_equal(h.v[1].routines, "quick-feet,calves");
	assert_string_equal(h.v[2].start, "2026-11-22T08:00:00+01:00");
	/* calves done after the stop lifts it there; feet stays open */
	assert_null(open_stop(&h, "calves"));
	assert_ptr_equal(open_stop(&h, "feet"), &h.v[1]);
	free(h.v); /* the text is the test's */
	/* A clock set back once is no sorting: the file's order stands. */
	char once[] = "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-22T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-21T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-23T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n";
	h = parsed(once, strlen(once), 0);
	assert_string_equal(h.v[1].start, "2026-11-22T08:00:00+01:00");
	free(h.v);
}

/* A line mended by hand and damaged: the warning names the field and
 * what it should be, so that it can be mended again. */
static void test_damaged_line_says_why(void **state)
{
	(void)state;
	static const struct {
		const char *line, *why;
	} cases[] = {
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tDone\t0\t-\tadult\t60\t-\t-\n",
		  "not a history line: end 'Done' is not done, quit, preview, " },
		{ "2026-11-39T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n",
		  "not a history line: start '2026-11-39T08:00:00+01:00' is not a date and time" },
		{ "2026-11-20T08:00:00+01:00 feet feet 60 60 done 0 - adult 60 - -\n",
		  "not a history line: spaces where its tabs go" },
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\tsixty\tdone\t0\t-\tadult\t60\t-\t-\n",
		  "not a history line: done_s 'sixty' is not a number of seconds" },
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tgrown-up\t60\t-\t-\n",
		  "not a history line: mode 'grown-up' is not kid or adult" },
		{ "2026-11-20T08:00:00+01:00\tfeet,calves\tfeet,calves\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n",
		  "not a history line: area_done_s '60' is not - or seconds for each area" },
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\n",
		  "not a history line: 4 fields, where a line has 8 to 12, a tab between each" },
		/* the last line, with no newline: what is wrong, not "cut short" */
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tDone\t0\t-\tadult\t60\t-\t-",
		  "not a history line: end 'Done' is not done, quit, preview, " },
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-",
		  "line cut short; line skipped" },
		/* spaces for tabs, in a line of two areas: not taken for a CSV */
		{ "2026-11-20T08:00:00+01:00 feet,calves feet,calves 60 60 done 0 - adult 30,30 - -\n",
		  "not a history line: spaces where its tabs go" },
		/* a long field cut where a character ends, not inside one */
		{ "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\t"
		  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		  "\t60\t-\t-\n",
		  "\xc3\xa9' is not kid or adult" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char text[256];
		snprintf(text, sizeof text, "%s", cases[i].line);
		struct history h;
		struct diags d = { 0 };
		history_parse(text, strlen(text), false, "h.tsv", &h, &d);
		assert_int_equal(h.n, 0);
		assert_int_equal(d.warnings, 1);
		if (!strstr(d.v[0].msg, cases[i].why))
			fail_msg("'%s': said '%s'", cases[i].why, d.v[0].msg);
		diags_free(&d);
		free(h.v);
	}
}

/* Two histories put one after the other (a laptop's added to a desktop's):
 * read in the order they happened, said once. The laptop's old stop in
 * feet is lifted by the desktop's later feet, and the last are the last. */
static void test_histories_put_together(void **state)
{
	char text[] = "2026-11-20T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-27T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-01T21:00:00+01:00\tback\tback\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-05T21:10:00+01:00\tfeet\tfeet\t60\t40\tstop:numbness\t0\tfeet\tadult\t40\t-\t-\n";
	struct history h = parsed(text, strlen(text), 1);
	assert_int_equal(h.n, 4);
	assert_string_equal(h.v[0].start, "2026-11-01T21:00:00+01:00");
	assert_string_equal(h.v[3].start, "2026-11-27T08:00:00+01:00");
	assert_null(open_stop(&h, "feet"));
	free(h.v);
	/* A session left open for days, then stopped: it begins days back but
	 * was written in its place, by when it ended. No warning. */
	char open[] = "2026-11-25T08:00:00+01:00\tfeet\tfeet\t60\t60\tdone\t0\t-\tadult\t60\t-\t-\n"
		      "2026-11-22T08:00:00+01:00\tfeet\tfeet\t60\t40\tstop:numbness\t0\tfeet\tadult\t40\t"
		      "2026-11-26T09:00:00+01:00\t-\n";
	h = parsed(open, strlen(open), 0);
	assert_int_equal(h.n, 2);
	free(h.v);
}

/* No line could be read: the report says so, under the warnings, not "no
 * sessions yet". */
static void test_nothing_readable_is_not_none_yet(void **state)
{
	char text[] = "garbage\nmore garbage\n";
	struct history h = parsed(text, strlen(text), 2);
	char buf[512];
	report_cols(&h, 80, buf, sizeof buf);
	assert_string_equal(buf, "No session could be read: 2 lines skipped (said above).\n");
	free(h.v);
}

/* Three sessions of 60 s, one a day, for the open-stop tests. */
static const char *const three_days[] = { "2026-11-20T07:00:00+01:00", "2026-11-21T07:00:00+01:00",
					  "2026-11-22T07:00:00+01:00" };

static void test_open_stop(void **state)
{
	struct history h = make(three_days, 3, 60);
	h.v[1].end = "stop:sharp-pain";
	h.v[1].areas = "feet,calves";
	h.v[1].stop_area = "calves";
	h.v[2].areas = "quads";
	assert_ptr_equal(open_stop(&h, "calves"), &h.v[1]);
	assert_null(open_stop(&h, "feet"));  /* the stop was in calves */
	assert_null(open_stop(&h, "quads"));
	h.v[2].areas = "calves"; /* a completed calves session closes it */
	assert_null(open_stop(&h, "calves"));
	free(h.v);
}

/* A preset finished with every hold of the stopped area skipped is no
 * session of that area: the stop stays open. Half a minute in it (or, in
 * a plan shorter than that an area, its even share) lifts it. */
static void test_stop_stays_when_its_area_was_skipped(void **state)
{
	struct history h = make(three_days, 3, 600);
	h.v[1].end = "stop:numbness";
	h.v[1].areas = "feet,calves,quads,back";
	h.v[1].stop_area = "quads";
	h.v[2].areas = "feet,calves,quads,back";
	h.v[2].done_s = 115;
	h.v[2].area_done_s = "12,36,0,67";
	assert_ptr_equal(open_stop(&h, "quads"), &h.v[1]);
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 26), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in quads ("));
	h.v[2].area_done_s = "12,36,29,38";
	assert_ptr_equal(open_stop(&h, "quads"), &h.v[1]);
	h.v[2].area_done_s = "12,36,30,37";
	assert_null(open_stop(&h, "quads"));
	report(&h, days_from_civil(2026, 11, 26), buf, sizeof buf);
	assert_null(strstr(buf, "A stop in"));
	/* A plan shorter than half a minute an area: all of its share. */
	h.v[2].planned_s = 40;
	h.v[2].area_done_s = "10,10,9,10";
	assert_ptr_equal(open_stop(&h, "quads"), &h.v[1]);
	h.v[2].area_done_s = "10,10,10,9";
	assert_null(open_stop(&h, "quads"));
	free(h.v);
}

/* x in the picker is in no area: every area's next session asks, until
 * one finishes (the reminder was answered yes and the session went well). */
static void test_stop_from_the_picker_holds_until_a_session(void **state)
{
	struct history h = make(three_days, 3, 60);
	h.v[1].routines = h.v[1].areas = "-"; /* x in the picker */
	h.v[1].end = "stop:sharp-pain";
	h.v[1].done_s = 0;
	h.v[2].areas = "calves";
	h.v[2].end = "quit";
	assert_ptr_equal(open_stop(&h, "calves"), &h.v[1]);
	assert_ptr_equal(open_stop(&h, "back"), &h.v[1]);
	h.v[2].end = "done";
	assert_null(open_stop(&h, "calves"));
	assert_null(open_stop(&h, "back"));
	/* An older stop in an area is still there after the picker's closed. */
	h.v[0].end = "stop:numbness";
	h.v[0].stop_area = "back";
	assert_ptr_equal(open_stop(&h, "back"), &h.v[0]);
	free(h.v);
}

/* Which stop the reminder finds in area (want, or NULL), and that the
 * report agrees: "Open stop in <said>" when want, none at all when not. */
static void open_stop_is(struct history *h, const char *area, const struct history_entry *want,
			 const char *said)
{
	assert_ptr_equal(open_stop(h, area), want);
	char buf[4096];
	report(h, days_from_civil(2026, 11, 26), buf, sizeof buf);
	if (said)
		assert_non_null(strstr(buf, said));
	else
		assert_null(strstr(buf, "A stop in"));
}

/* A session lifts a stop only if it began after it: one whose summary
 * stayed open while the stop was made in another terminal is written
 * after the stop, and did not work the area since. */
static void test_a_session_begun_before_a_stop_does_not_lift_it(void **state)
{
	struct history h = { .v = xcalloc(2, sizeof(struct history_entry)), .n = 2 };
	h.v[0] = entry("2026-11-24T10:05:00+00:00", "calves", 60, "stop:numbness");
	h.v[0].stop_area = "calves";
	h.v[1] = entry("2026-11-24T10:00:00+00:00", "calves", 60, "done");
	open_stop_is(&h, "calves", &h.v[0], "A stop in calves (2026-11-24 10:05");
	snprintf(h.v[1].start, sizeof h.v[1].start, "2026-11-24T10:10:00+00:00");
	open_stop_is(&h, "calves", NULL, NULL);
	/* A stop kept for two areas (x while getting into position for the
	 * calves after the feet): a session of one lifts it there alone. */
	h.v[0].areas = h.v[0].stop_area = "feet,calves";
	assert_null(open_stop(&h, "calves"));
	open_stop_is(&h, "feet", &h.v[0], "A stop in feet (2026-11-24 10:05");
	free(h.v);
}

/* Written before the stop, a session lifts nothing, whatever its clock
 * said (a clock set back); a stop before 1970 is a stop; an area named
 * twice in a line counts by its first, in the report as in the reminder. */
static void test_a_session_written_before_a_stop_does_not_lift_it(void **state)
{
	struct history h = { .v = xcalloc(2, sizeof(struct history_entry)), .n = 2 };
	h.v[0] = entry("2026-11-25T20:00:00+00:00", "calves", 240, "done");
	h.v[1] = entry("2026-11-25T15:00:00+00:00", "calves", 240, "stop:sharp-pain");
	h.v[1].stop_area = "calves";
	open_stop_is(&h, "calves", &h.v[1], "A stop in calves (2026-11-25 15:00");

	h.n = 1;
	h.v[0] = entry("1970-01-01T01:00:00+05:00", "calves", 60, "stop:numbness");
	h.v[0].stop_area = "calves";
	open_stop_is(&h, "calves", &h.v[0], "A stop in calves (1970-01-01 01:00");

	h.n = 2;
	h.v[1] = entry("2026-11-25T16:00:00+00:00", "calves,calves", 240, "done");
	h.v[1].area_done_s = "0,200";
	open_stop_is(&h, "calves", &h.v[0], "A stop in calves (1970-01-01 01:00");
	h.v[1].area_done_s = "200,0";
	open_stop_is(&h, "calves", NULL, NULL);
	free(h.v);
}

/* --history tells how each session ended in the screens' words, and every
 * stop the next session will ask about. */
static void test_report_tells_open_stops(void **state)
{
	struct history h = make(three_days, 3, 60);
	h.v[0].end = "stop:numbness";
	h.v[0].stop_area = "back";
	h.v[0].areas = "back";
	h.v[1].routines = h.v[1].areas = "-";
	h.v[1].end = "stop:unknown";
	h.v[2].end = "quit";
	h.v[2].too_hard = 2;
	char buf[4096];
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	/* where the stop was made, for whoever reads it with you; how often
	 * it was too hard, the first sign of too much pressure */
	assert_non_null(strstr(buf, "  stopped in back: numbness or tingling\n"));
	assert_non_null(strstr(buf, "(routine list)     1m  stopped: not said\n"));
	assert_non_null(strstr(buf, "  ended early, too hard twice\n"));
	assert_non_null(strstr(buf, "Last sessions:\n")); /* all of them */
	assert_null(strstr(buf, "stop:"));
	assert_non_null(strstr(buf, "A stop in back (2026-11-20 07:00: numbness or tingling) is still open: "
				    "the next back session asks first.\n"));
	assert_non_null(strstr(buf, "A stop made at the routine list (2026-11-21 07:00) is still open: the next session "
				    "asks first.\n"));
	/* Through its night, a grown-up's rests the area until an hour: read
	 * at 00:20, "the morning" is five hours on or twenty-nine. */
	report(&h, days_from_civil(2026, 11, 21), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop made at the routine list (2026-11-21 07:00) lasts until 05:00 tomorrow: "
				    "the next session asks first.\n"));
	report_at(&h, days_from_civil(2026, 11, 22), 4, buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop made at the routine list (2026-11-21 07:00) lasts until 05:00 this "
				    "morning: the next session asks first.\n"));
	h.v[2].end = "done"; /* feet finished: the picker's stop is over, back's is not */
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in back"));
	assert_null(strstr(buf, "made at the list"));
	/* Stopped on the brief of feet and calves: each area until it is done,
	 * as the reminder asks. */
	h.v[0].stop_area = "-";
	h.v[0].areas = "feet,calves";
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in calves (2026-11-20 07:00: numbness or tingling) is still open: "
				    "the next calves session asks first.\n"));
	assert_ptr_equal(open_stop(&h, "calves"), &h.v[0]);
	h.v[2].areas = "quads";
	report(&h, days_from_civil(2026, 11, 25), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in feet, calves (2026-11-20 07:00: numbness or "
				    "tingling) is still open: the next feet or calves session asks first.\n"));
	assert_ptr_equal(open_stop(&h, "feet"), &h.v[0]);
	/* A kid's stop holds every kid-mode session that day, and says so. */
	h.v[0].kid = true;
	report(&h, days_from_civil(2026, 11, 20), buf, sizeof buf);
	assert_non_null(strstr(buf, "session asks first. A kid's stop: no kid-mode session until 05:00 "
				    "tomorrow.\n"));
	report(&h, days_from_civil(2026, 11, 21), buf, sizeof buf);
	assert_null(strstr(buf, "A kid's stop"));
	/* A grown-up's session since does not answer for the child's pain: the
	 * stop stays open, for the child's sessions once its night is over; a
	 * kid-mode session lifts it. */
	h.v[2].areas = "feet,calves";
	report(&h, days_from_civil(2026, 11, 20), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in feet, calves (2026-11-20 07:00: numbness or tingling) is still open: "
				    "the next feet or calves session asks first. A kid's stop: no kid-mode "
				    "session until 05:00 tomorrow.\n"));
	report(&h, days_from_civil(2026, 11, 22), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in feet, calves (a kid's, 2026-11-20 07:00: numbness or "
				    "tingling) is still open: the next feet or calves session in kid mode asks first.\n"));
	assert_null(open_stop(&h, "feet")); /* a grown-up is not asked, after its night */
	assert_ptr_equal(history_open_stop_for(&h, "feet", true, at_hour(days_from_civil(2026, 11, 22), 12),
					       cet), &h.v[0]);
	assert_ptr_equal(history_open_stop_for(&h, "feet", false, at_hour(days_from_civil(2026, 11, 20), 12),
					       cet), &h.v[0]); /* on its day, it is */
	h.v[2].kid = true;
	report(&h, days_from_civil(2026, 11, 22), buf, sizeof buf);
	assert_null(strstr(buf, "A stop in feet"));
	/* (and the grown-up's stop from the picker is open again: a child's
	 * session finished since is not theirs) */
	assert_non_null(strstr(buf, "A stop made at the routine list (2026-11-21 07:00)"));
	assert_null(history_open_stop_for(&h, "feet", true, at_hour(days_from_civil(2026, 11, 22), 12), cet));
	/* Nor does a child's session answer for a grown-up's. */
	h.v[0].kid = false;
	report(&h, days_from_civil(2026, 11, 22), buf, sizeof buf);
	assert_non_null(strstr(buf, "A stop in feet, calves (2026-11-20 07:00"));
	assert_non_null(open_stop(&h, "calves"));
	free(h.v);
}

static void test_preview_is_no_practice(void **state)
{
	/* A run with --speed 500 "does" 15 minutes in two seconds: kept in the
	 * list, but no streak, no minutes, no heat-map, and an open stop stays
	 * open. */
	const char *s[] = { "2026-11-23T07:00:00+01:00", "2026-11-24T07:00:00+01:00",
			    "2026-11-25T07:00:00+01:00" };
	struct history h = make(s, 3, 900);
	h.v[0].end = "stop:numbness";
	h.v[1].end = "preview";
	h.v[1].areas = "calves";
	h.v[2].end = "preview";
	int wed = days_from_civil(2026, 11, 25);
	assert_int_equal(history_streak(&h, wed), 0); /* Monday is cut off by Tuesday */
	assert_int_equal(history_week_seconds(&h, wed, "feet"), 900);
	assert_ptr_equal(open_stop(&h, "feet"), &h.v[0]);
	char buf[4096];
	report(&h, wed, buf, sizeof buf);
	assert_non_null(strstr(buf, "  2026-11-25 07:00  feet    15m  preview\n"));
	assert_non_null(strstr(buf, "Streak: 0 days\n"));
	assert_non_null(strstr(buf, "This week: feet 15m\n")); /* no 0:00 of a preview */
	assert_non_null(strstr(buf, "  Tue . . . . . . . . . . . .\n"));
	h.v[2].end = "done"; /* the same session at real speed */
	assert_int_equal(history_streak(&h, wed), 1);
	assert_null(open_stop(&h, "feet"));
	free(h.v);
}

static int setup(void **state)
{
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	int r = system(cmd);
	free(cmd);
	return r;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_append_and_read_back),
		cmocka_unit_test(test_unwritable_said_before), cmocka_unit_test(test_fields_cannot_break_lines),
		cmocka_unit_test(test_huge_numbers_still_read_back),
		cmocka_unit_test(test_fuzz_inputs_replayed), cmocka_unit_test(test_damaged_lines_are_skipped),
		cmocka_unit_test(test_crlf_lines_are_read),
		cmocka_unit_test(test_preset_field_old_and_new),
		cmocka_unit_test(test_nul_lines_are_damage),
		cmocka_unit_test(test_many_damaged_lines_told_in_few),
		cmocka_unit_test(test_week_lists_two_dozen_areas), cmocka_unit_test(test_missing_file_is_empty),
		cmocka_unit_test(test_unwritable), cmocka_unit_test(test_fifo_is_refused),
		cmocka_unit_test(test_line_after_a_cut_one),
		cmocka_unit_test(test_line_cut_at_a_tab_stays_cut),
		cmocka_unit_test(test_cut_line_marked_in_other_words),
		cmocka_unit_test(test_last_line_without_newline),
		cmocka_unit_test(test_append_past_a_held_lock), cmocka_unit_test(test_short_write_is_taken_back),
		cmocka_unit_test(test_appends_at_once),
		cmocka_unit_test(test_over_the_limit_reads_the_end), cmocka_unit_test(test_default_path),
		cmocka_unit_test(test_calendar), cmocka_unit_test(test_streak_across_month_and_year),
		cmocka_unit_test(test_streak_across_dst), cmocka_unit_test(test_week_minutes),
		cmocka_unit_test(test_streak_of_years), cmocka_unit_test(test_stop_holds_through_the_night), cmocka_unit_test(test_streak_needs_half_a_minute),
		cmocka_unit_test(test_heatmap_text), cmocka_unit_test(test_last_sessions_line_up),
		cmocka_unit_test(test_stop_after_midnight_is_that_days),
		cmocka_unit_test(test_reminder_after_midnight),
		cmocka_unit_test(test_reminder_tells_own_stop_behind_anothers), cmocka_unit_test(test_reminder_of_a_stop_without_mode),
		cmocka_unit_test(test_reminder_answers),
		cmocka_unit_test(test_week_leaves_out_areas_not_worked),
		cmocka_unit_test(test_a_byte_order_mark_is_not_the_first_line),
		cmocka_unit_test(test_report_says_whose_and_fits), cmocka_unit_test(test_report_in_words),
		cmocka_unit_test(test_week_leaves_out_stops_without_area), cmocka_unit_test(test_csv),
		cmocka_unit_test(test_report_at_the_edge),
		cmocka_unit_test(test_history_from_a_spreadsheet),
		cmocka_unit_test(test_histories_put_together),
		cmocka_unit_test(test_damaged_line_says_why),
		cmocka_unit_test(test_dated_tomorrow_counts_today),
		cmocka_unit_test(test_history_in_utf16_says_so),
		cmocka_unit_test(test_an_answered_stop_takes_its_first_line),
		cmocka_unit_test(test_nothing_readable_is_not_none_yet),
		cmocka_unit_test(test_open_stop),
		cmocka_unit_test(test_stop_stays_when_its_area_was_skipped), cmocka_unit_test(test_preview_is_no_practice),
		cmocka_unit_test(test_stop_from_the_picker_holds_until_a_session),
		cmocka_unit_test(test_a_session_begun_before_a_stop_does_not_lift_it),
		cmocka_unit_test(test_a_session_written_before_a_stop_does_not_lift_it),
		cmocka_unit_test(test_report_tells_open_stops),
		cmocka_unit_test(test_report_says_when_rows_are_the_last_ten),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
