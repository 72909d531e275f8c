#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "text.h"
#include "xalloc.h"

#define HISTORY_MAX_BYTES (16 * 1024 * 1024) /* years of sessions */
#define HISTORY_ANSWER_WITHIN 8 /* lines back an answered stop looks for its first */
#define HISTORY_MAX_WARNINGS 20 /* of damaged lines: then how many more */
#define FIELDS 12 /* the first 8 in a history from before mode, area_done_s, ended and preset */

/* Put after a last line cut short (a crash), before the next one: that
 * line, ended by this, still reads as cut, not as an older version's. */
static const char cut_mark[] = "# unknot: the line above had no line end; read only if whole";
/* It is known by its start: in any wording a version wrote, and cut short
 * itself by a crash as it was written (past this start; a mark torn
 * before it is a line of its own, warned of as any damaged line). */
static const char cut_mark_start[] = "# unknot: the line above ";

static const char header[] =
	"# unknot history: start\troutines\tareas\tplanned_s\tdone_s\tend\ttoo_hard\tstop_area\tmode\tarea_done_s\tended\tpreset\n";

int days_from_civil(int y, int m, int d)
{
	/* Howard Hinnant's algorithm: exact for every Gregorian date. */
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int weekday_of_day(int day)
{
	int w = (day + 3) % 7; /* 1970-01-01 was a Thursday */
	return w < 0 ? w + 7 : w;
}

/* A day as a screen reader reads it well: "today", "yesterday", "Monday 9
 * November", with its year when it is not today's ("2026-11-09" was read
 * "two thousand and twenty-six dash eleven dash nine"). English, as every
 * word of unknot is, whatever the locale. */
void history_day_words(int day, int today, bool relative, char *buf, size_t cap)
{
	static const char *const weekday[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					       "Friday", "Saturday", "Sunday" };
	static const char *const month[] = { "January", "February", "March", "April", "May",
					     "June", "July", "August", "September", "October",
					     "November", "December" };
	if (relative && (day == today || day == today - 1)) {
		snprintf(buf, cap, "%s", day == today ? "today" : "yesterday");
		return;
	}
	struct tm tm, now;
	time_t at = (time_t)day * 86400, t = (time_t)today * 86400; /* a day's number, as UTC */
	if (!gmtime_r(&at, &tm) || !gmtime_r(&t, &now)) { /* never for a date the loader read */
		snprintf(buf, cap, "day %d", day);
		return;
	}
	int n = snprintf(buf, cap, "%s %d %s", weekday[weekday_of_day(day)], tm.tm_mday,
			 month[tm.tm_mon]);
	if (tm.tm_year != now.tm_year && n >= 0 && (size_t)n < cap)
		snprintf(buf + n, cap - (size_t)n, " %d", tm.tm_year + 1900);
}

/* The append's lock, waited for two seconds at most: a lock held for ever
 * (a stuck NFS lock, a program of someone's) froze the stop screen, with
 * Ctrl-C held back until the history was written. Then the line goes
 * without it, whole in its one write. */
static bool lock_a_while(int fd)
{
	/* From a millisecond, twice as long each time: another unknot's
	 * append is over in a few. */
	for (long waited = 0, ms = 1; waited < 2000; waited += ms, ms = ms < 16 ? 2 * ms : ms) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return true;
		if (errno != EWOULDBLOCK)
			return false;
		nanosleep(&(struct timespec){ .tv_nsec = ms * 1000 * 1000 }, NULL);
	}
	return false;
}

char *history_default_path(void)
{
	const char *state = getenv("XDG_STATE_HOME");
	if (state && state[0] == '/')
		return xasprintf("%s/unknot/history.tsv", state);
	const char *home = getenv("HOME");
	if (home && home[0] == '/')
		return xasprintf("%s/.local/state/unknot/history.tsv", home);
	return NULL;
}

/* t as local time with its offset into out; returns its date's day number. */
static int stamp(char *out, time_t t)
{
	struct tm tm;
	localtime_r(&t, &tm);
	char when[24], zone[8];
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof zone, "%z", &tm); /* +0100 → +01:00 */
	snprintf(out, HISTORY_TIME_MAX, "%.19s%.3s:%.2s", when, zone, zone + 3);
	return days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

void history_stamp(struct history_entry *e, time_t started, time_t ended)
{
	e->day = stamp(e->start, started);
	stamp(e->ended, ended);
}

const char *history_stop_time(const struct history_entry *e)
{
	return e->ended[0] ? e->ended : e->start;
}

/* A field as it will be written: never empty, no tab, newline or control. */
static char *field(const char *s)
{
	if (!s || !*s)
		return xstrdup("-");
	char *f = text_printable(s);
	for (char *p = f; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	return f;
}

static long seconds(long s)
{
	return s < 0 ? 0 : s > HISTORY_MAX_SECONDS ? HISTORY_MAX_SECONDS : s;
}

static int mkdirs(char *dir)
{
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		int r = mkdir(dir, 0700);
		*p = '/';
		if (r != 0 && errno != EEXIST)
			return -1;
	}
	return mkdir(dir, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

char *history_unwritable(const char *path)
{
	const char *home = getenv("HOME");
	size_t n = home ? strlen(home) : 0;
	struct stat st;
	if (n > 1 && home[0] == '/' && !strncmp(path, home, n) && path[n] == '/' &&
	    stat(home, &st) != 0) {
		char *safe = text_printable(home);
		char *why = xasprintf("the home folder %s (HOME) does not exist", safe);
		free(safe);
		return why;
	}
	/* the file, or the nearest of the folders on the way to it there is */
	char *at = xstrdup(path), *why = NULL, *slash;
	bool file = true;
	while (access(at, F_OK) != 0 && (errno == ENOENT || errno == ENOTDIR) &&
	       (slash = strrchr(at, '/'))) {
		slash[slash == at] = '\0'; /* up to "/" at most */
		file = false;
	}
	char *safe = text_printable(file ? path : at), *dir = text_printable(path);
	if (strrchr(dir, '/'))
		*strrchr(dir, '/') = '\0';
	if (file && access(at, W_OK) != 0)
		why = xasprintf("cannot write %s: %s", safe, strerror(errno));
	else if (!file && stat(at, &st) != 0)
		why = xasprintf("cannot create %s: %s", dir, strerror(errno));
	else if (!file && !S_ISDIR(st.st_mode))
		why = xasprintf("cannot create %s: %s is not a folder", dir, safe);
	else if (!file && access(at, W_OK | X_OK) != 0)
		why = xasprintf("cannot %s %s: %s", strcmp(at, dir) ? "create" : "write in", dir,
				strerror(errno)); /* the folder there, not writable */
	free(dir);
	free(safe);
	free(at);
	return why;
}

int history_append(const char *path, const struct history_entry *e, char **err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (mkdirs(dir) != 0) {
			*err = xasprintf("cannot create %s: %s", dir, strerror(errno));
			free(dir);
			return -1;
		}
	}
	free(dir);
	/* O_NONBLOCK: a FIFO put there must not block the open, with the
	 * ending signals held off (see cmd_run). O_RDWR: the last byte is read. */
	int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0600);
	if (fd < 0) {
		*err = xasprintf("cannot open %s: %s", path, errno == ENXIO ? "not a regular file" :
				 strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) {
		*err = xasprintf("cannot write %s: not a regular file", path); /* /dev/null will do */
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, O_APPEND); /* blocking again: a whole line or an error */
	/* Another unknot ending at the same moment (a parent's and a child's
	 * terminal) waits its turn: one header in a new file, and a short
	 * write's rollback takes back only this line. The lock goes with the
	 * close; where the file system has none, the append goes on without. */
	if (S_ISREG(st.st_mode) && lock_a_while(fd) && fstat(fd, &st) != 0) {
		*err = xasprintf("cannot write %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	bool fresh = S_ISREG(st.st_mode) && st.st_size == 0;
	/* A last line cut short (a crash, a full disk, an edit) must not take
	 * this one with it: it starts on a line of its own. */
	char last = '\n';
	if (S_ISREG(st.st_mode) && st.st_size > 0 && pread(fd, &last, 1, st.st_size - 1) != 1)
		last = '\n';
	char *r = field(e->routines), *a = field(e->areas), *end = field(e->end),
	     *sa = field(e->stop_area), *start = field(e->start),
	     *ad = field(e->area_done_s ? e->area_done_s : "-"), *ended = field(e->ended),
	     *pr = field(e->preset ? e->preset : "-");
	int too_hard = e->too_hard < HISTORY_MAX_TOO_HARD ? e->too_hard : HISTORY_MAX_TOO_HARD;
	char *line = xasprintf("%s%s%s%s%s\t%s\t%s\t%ld\t%ld\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n",
			       fresh ? header : "", last != '\n' ? "\n" : "",
			       last != '\n' ? cut_mark : "", last != '\n' ? "\n" : "", start, r, a,
			       seconds(e->planned_s), seconds(e->done_s), end, too_hard, sa,
			       e->kid ? "kid" : "adult", ad, ended, pr);
	size_t len = strlen(line);
	ssize_t w = write(fd, line, len); /* one write: O_APPEND keeps it whole */
	int rc = 0;
	if (w >= 0 && w < (ssize_t)len) {
		/* Part of a line (a full disk, a size limit): take it back, so
		 * that the next line is whole. It is the file's last w bytes: the
		 * lock keeps other unknots out until the close. */
		*err = xasprintf("cannot write %s: short write (disk full?)", path);
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= w &&
		    ftruncate(fd, st.st_size - w) != 0) {
			/* left as it is: the next line starts on a line of its own */
		}
		rc = -1;
	} else if (w < 0 || (S_ISREG(st.st_mode) && fsync(fd) != 0)) { /* /dev/null has none */
		*err = xasprintf("cannot write %s: %s", path, strerror(errno));
		rc = -1;
	}
	if (close(fd) != 0 && rc == 0) {
		*err = xasprintf("cannot write %s: %s", path, strerror(errno));
		rc = -1;
	}
	free(line);
	free(r), free(a), free(end), free(sa), free(start), free(ad), free(ended), free(pr);
	return rc;
}

/* The digits at s as a number up to max; the end of them, or NULL when
 * there are none or they say more. Plain digits only: a line says no sign
 * and no spaces. */
static const char *parse_count(const char *s, long max, long *out)
{
	long v = 0;
	const char *p = s;
	for (; *p >= '0' && *p <= '9'; p++)
		if ((v = v * 10 + (*p - '0')) > max)
			return NULL;
	*out = v;
	return p == s ? NULL : p;
}

static bool parse_long(const char *s, long max, long *out)
{
	const char *end = parse_count(s, max, out);
	return end && !*end;
}

/* s begins with the shape of pattern: 9 is any digit, the rest itself. */
static bool shaped(const char *s, const char *pattern)
{
	for (; *pattern; s++, pattern++)
		if (*pattern == '9' ? *s < '0' || *s > '9' : *s != *pattern)
			return false;
	return true;
}

/* The number the n digits at s write (shaped() has seen they are digits). */
static int digits(const char *s, int n)
{
	int v = 0;
	while (n--)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* The shape of a local time with its offset, as history_stamp writes it. */
static bool stamp_shaped(const char *s)
{
	size_t n = strlen(s);
	bool zone = n == 20 ? s[19] == 'Z' :
		    n == 25 && (s[19] == '+' || s[19] == '-') && shaped(s + 20, "99:99");
	return zone && shaped(s, "9999-99-99T99:99:99");
}

/* The seconds east of UTC of a stamp's zone, at z: "Z", "+01:00". */
static long long offset_seconds(const char *z)
{
	return *z != 'Z' ? (digits(z + 1, 2) * 3600LL + digits(z + 4, 2) * 60LL) * (*z == '-' ? -1 : 1)
			 : 0;
}

/* The moment of a stamp already found stamp_shaped. */
static time_t moment_of(const char *s)
{
	long long local = days_from_civil(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2)) * 86400LL +
			  digits(s + 11, 2) * 3600LL + digits(s + 14, 2) * 60LL + digits(s + 17, 2);
	return (time_t)(local - offset_seconds(s + 19));
}

/* A local time with its offset, as history_stamp writes it:
 * 2026-11-24T07:05:00+01:00 (or ...Z), and nothing more; copied to out
 * (HISTORY_TIME_MAX bytes), its local date's day number to *day (if day),
 * its moment to *at (if at). */
static bool parse_time(const char *s, char *out, int *day, time_t *at)
{
	size_t n = strlen(s);
	if (!stamp_shaped(s))
		return false;
	int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	int h = digits(s + 11, 2), mi = digits(s + 14, 2), se = digits(s + 17, 2);
	if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
		return false;
	int date = days_from_civil(y, mo, d);
	if (date != days_from_civil(y, mo, 1) + d - 1 ||
	    (d > 28 && date >= days_from_civil(y + (mo == 12), mo % 12 + 1, 1)))
		return false; /* no 31st of November */
	_Static_assert(HISTORY_TIME_MAX > 25, "a time with its offset fits");
	memcpy(out, s, n + 1);
	if (day)
		*day = date;
	if (at) /* as moment_of has it, from what is read already */
		*at = (time_t)(date * 86400LL + h * 3600LL + mi * 60LL + se - offset_seconds(s + 19));
	return true;
}

int history_stop_day(const struct history_entry *e)
{
	const char *s = history_stop_time(e); /* parse_time read it when loaded */
	return days_from_civil(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2));
}

/* Whole days since 1970 of t local seconds, and the seconds into that day. */
static long long day_of(long long t, long long *into)
{
	long long d = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	*into = t - d * 86400;
	return d;
}

bool history_moment(const char *s, time_t *t)
{
	if (!stamp_shaped(s))
		return false;
	*t = moment_of(s);
	return true;
}

long history_local_offset(time_t at)
{
	struct tm tm;
	return localtime_r(&at, &tm) ? tm.tm_gmtoff : 0;
}

int history_day_at(time_t t, history_zone_fn *zone)
{
	long long into;
	return (int)day_of((long long)t + zone(t), &into);
}

bool history_stop_in_no_area(const struct history_entry *e)
{
	return !strcmp(e->stop_area, "-") && !strcmp(e->areas, "-");
}

bool history_stop_holds(const struct history_entry *e, time_t now, history_zone_fn *zone)
{
	time_t at;
	if (!history_moment(history_stop_time(e), &at))
		return false;
	if (at > now)
		return at - now < 86400;
	/* Each moment's own offset: a stop at 00:30 on the night the clocks go
	 * back is that day's, not the evening before's. */
	long long into_now;
	long long today = day_of((long long)now + zone(now), &into_now);
	int day = history_day_at(at, zone);
	return day == today || (day == today - 1 && into_now < HISTORY_NIGHT_ENDS_HOUR * 3600LL);
}

bool history_stop_before_today(const struct history_entry *e, time_t now,
			       history_zone_fn *zone)
{
	time_t at;
	return history_moment(history_stop_time(e), &at) && at <= now &&
	       history_day_at(at, zone) < history_day_at(now, zone);
}

const char *history_night_ends_words(const struct history_entry *e, time_t now,
				     history_zone_fn *zone)
{
	return history_stop_before_today(e, now, zone) ? HISTORY_NIGHT_ENDS " this morning"
						       : HISTORY_NIGHT_ENDS " tomorrow";
}

void history_stop_state(const struct history_entry *e, time_t now, history_zone_fn *zone,
			bool rests, char *buf, size_t cap)
{
	/* an hour: "the morning" read at 00:20 is five hours on, or 29 */
	if (rests && history_stop_holds(e, now, zone))
		snprintf(buf, cap, "lasts until %s", history_night_ends_words(e, now, zone));
	else
		snprintf(buf, cap, "is still open");
}

static bool valid_end(const char *s)
{
	return strcmp(s, "done") == 0 || strcmp(s, "quit") == 0 || strcmp(s, "preview") == 0 ||
	       strcmp(s, "stop:numbness") == 0 || strcmp(s, "stop:sharp-pain") == 0 ||
	       strcmp(s, "stop:other") == 0 || strcmp(s, "stop:unknown") == 0;
}

/* True when seconds is a list of numbers ("23,0"), one for each of areas. */
static bool one_number_an_area(const char *seconds, const char *areas)
{
	size_t n = 1;
	for (const char *c = areas; (c = strchr(c, ',')); c++)
		n++;
	const char *p = seconds;
	for (size_t k = 0; k < n; k++) {
		long v;
		if ((k && *p++ != ',') || !(p = parse_count(p, HISTORY_MAX_SECONDS, &v)))
			return false;
	}
	return *p == '\0';
}

/* A field a spreadsheet saved in quotes, for a comma in it
 * ("feet,calves"), as it was: the quotes gone, "" a quote again. In place. */
static void unquote(char *f)
{
	if (f[0] != '"') /* nearly every field: no length needed */
		return;
	size_t n = strlen(f);
	if (n < 2 || f[n - 1] != '"')
		return;
	char *o = f;
	for (size_t i = 1; i + 1 < n; i++) {
		*o++ = f[i];
		if (f[i] == '"' && f[i + 1] == '"' && i + 2 < n)
			i++;
	}
	*o = '\0';
}

/* The last line, with no newline, cut at a tab (parse_line). */
static const char cut_short[] = "line cut short";

/* The fields, as the first line names them. */
static const char *const field_names[FIELDS] = {
	"start", "routines", "areas", "planned_s", "done_s", "end", "too_hard", "stop_area",
	"mode", "area_done_s", "ended", "preset",
};

/* Parses one line (no newline) in place: e's texts point into it. NULL,
 * or why it is no history line (in why, cap bytes: the field named, and
 * what it should be, so that a file mended by hand can be mended again).
 * Fields after the last known one are a later version's: left unread.
 * A line with no newline after it (not ended: the file's last) is read
 * only with every field there, the last not empty: an editor leaves such a
 * line whole, while a crash may have cut it at a tab, where it would read
 * as an older version's line. */
static const char *parse_line(char *line, bool ended, struct history_entry *e, char *why,
			      size_t cap)
{
	char *f[FIELDS];
	size_t n = 0;
	for (char *p = line, *tab; n < FIELDS; p = tab + 1) {
		f[n++] = p;
		if (!(tab = strchr(p, '\t')))
			break;
		*tab = '\0';
	}
	if (!ended && (n != FIELDS || !*f[FIELDS - 1]))
		return cut_short;
	for (size_t i = 0; i < n; i++) /* a quote left in an area would hide a stop */
		unquote(f[i]);
	long too_hard;
	e->no_mode = n == 8;
	if (n == 8) /* written before mode: not known to be a kid's */
		f[n++] = "adult";
	if (n == 9) /* nor each area's time */
		f[n++] = "-";
	if (n == 10) /* nor when it ended */
		f[n++] = "-";
	if (n == 11) /* nor the preset */
		f[n++] = "-";
	int bad = -1;
	const char *should = NULL;
	if (n != FIELDS) {
		snprintf(why, cap, "%zu fields, where a line has 8 to %d, a tab between each", n,
			 FIELDS);
		return why;
	}
	if (!parse_time(f[0], e->start, &e->day, &e->at))
		bad = 0, should = "a date and time such as 2026-11-27T07:05:00+01:00";
	else if (strcmp(f[10], "-") && !parse_time(f[10], e->ended, NULL, &e->ended_at))
		bad = 10, should = "- or a date and time such as 2026-11-27T07:05:00+01:00";
	else if (!parse_long(f[3], HISTORY_MAX_SECONDS, &e->planned_s))
		bad = 3, should = "a number of seconds";
	else if (!parse_long(f[4], HISTORY_MAX_SECONDS, &e->done_s))
		bad = 4, should = "a number of seconds";
	else if (!valid_end(f[5]))
		bad = 5, should = "done, quit, preview, stop:numbness, stop:sharp-pain, stop:other "
				  "or stop:unknown";
	else if (!parse_long(f[6], HISTORY_MAX_TOO_HARD, &too_hard))
		bad = 6, should = "a count";
	else if (strcmp(f[8], "kid") && strcmp(f[8], "adult"))
		bad = 8, should = "kid or adult";
	else if (strcmp(f[9], "-") && !one_number_an_area(f[9], f[2]))
		bad = 9, should = "- or seconds for each area, with commas between";
	if (bad >= 0) {
		snprintf(why, cap, "%s '%.*s' is not %s", field_names[bad],
			 (int)text_prefix_fitting(f[bad], (int)strlen(f[bad]), 40), f[bad], should);
		return why;
	}
	for (size_t i = 0; i < FIELDS; i++) /* invalid UTF-8 is found as a control */
		if (text_find_control(f[i], strlen(f[i])) >= 0) {
			snprintf(why, cap, "%s has a control character or is not UTF-8",
				 field_names[i]);
			return why;
		}
	e->too_hard = (int)too_hard;
	e->routines = f[1];
	e->areas = f[2];
	e->end = f[5];
	e->stop_area = f[7];
	e->kid = !strcmp(f[8], "kid");
	e->area_done_s = strcmp(f[9], "-") ? f[9] : NULL;
	if (!strcmp(f[10], "-"))
		e->ended[0] = '\0';
	e->preset = *f[11] && strcmp(f[11], "-") ? f[11] : NULL; /* "": a padded line */
	return NULL;
}

int history_load(const char *path, struct history *h, struct diags *warn)
{
	return history_load_up_to(path, HISTORY_MAX_BYTES, h, warn);
}

int history_load_up_to(const char *path, size_t most, struct history *h, struct diags *warn)
{
	*h = (struct history){ 0 };
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	struct stat st, null;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		/* A history sent to /dev/null on purpose keeps nothing, and
		 * hides nothing: it is empty. */
		bool dev_null = S_ISCHR(st.st_mode) && stat("/dev/null", &null) == 0 &&
				st.st_rdev == null.st_rdev;
		close(fd);
		if (dev_null)
			return 0;
		/* /dev/zero or a FIFO would never end. */
		diags_add(warn, DIAG_WARNING, path, 0, 0, "not a regular file; history not read");
		h->not_file = true;
		return 0;
	}
	/* Over the limit, the end is read: the newest lines (an open stop) are
	 * the ones that matter. Its line numbers are then not known. */
	bool cut = (unsigned long long)st.st_size > most;
	/* Cut, one byte more: the one before the first line, to see whether
	 * that line is whole (it is when the byte is a newline). */
	size_t cap = cut ? most + 1 : (size_t)st.st_size;
	if (cut && lseek(fd, st.st_size - (off_t)most - 1, SEEK_SET) < 0)
		cap = 0;
	char *buf = xmalloc(cap + 1);
	size_t len = 0;
	ssize_t r;
	while (len < cap && (r = read(fd, buf + len, cap - len)) > 0)
		len += (size_t)r;
	close(fd);
	buf[len] = '\0';
	if (cut)
		diags_add(warn, DIAG_WARNING, path, 0, 0,
			  "history is over %llu MiB; only its end is read (unknot --export csv "
			  "reads all of it)", (unsigned long long)(most >> 20));
	history_parse(buf, len, cut, path, h, warn);
	return 0;
}

/* Most lines begin before the line above them: the file was sorted newest
 * first (a clock set back once makes one such line, not most). */
static bool newest_first(const struct history *h)
{
	size_t back = 0;
	for (size_t i = 1; i < h->n; i++)
		back += h->v[i].at < h->v[i - 1].at;
	return h->n >= 3 && 2 * back > h->n - 1;
}

/* When a line was written: as it ended, else as it began. */
static time_t written_at(const struct history_entry *e)
{
	return e->ended_at ? e->ended_at : e->at;
}

/* A line written more than a day before the line above it: two files put
 * one after the other (a laptop's history added to a desktop's). A clock
 * set back makes minutes, not days; a session left open for days, then
 * stopped, begins days back but ends in its place. */
static bool merged(const struct history *h)
{
	for (size_t i = 1; i < h->n; i++)
		if (written_at(&h->v[i]) < written_at(&h->v[i - 1]) - 24 * 60 * 60)
			return true;
	return false;
}

struct by_moment {
	size_t place; /* of the same moment, the earlier line first */
	struct history_entry e;
};

static int earlier(const void *a, const void *b)
{
	const struct by_moment *x = a, *y = b;
	if (x->e.at != y->e.at)
		return x->e.at < y->e.at ? -1 : 1;
	return x->place < y->place ? -1 : 1;
}

/* The entries in the order they happened: a stop before the session that
 * lifts it, the last sessions last. Of one moment, the file's order, or
 * (backwards, a file newest first) that order backwards: there the later
 * line was the earlier one. */
static void oldest_first(struct history *h, bool backwards)
{
	struct by_moment *v = xcalloc(h->n, sizeof *v);
	for (size_t i = 0; i < h->n; i++) {
		v[i].place = backwards ? h->n - 1 - i : i;
		v[i].e = h->v[i];
	}
	qsort(v, h->n, sizeof *v, earlier);
	for (size_t i = 0; i < h->n; i++)
		h->v[i] = v[i].e;
	free(v);
}

/* A stop is written as stop:unknown when x is pressed, and again when its
 * question is answered, or the answer changed (a slipped 1 for the 2): the
 * last answer stands for the lines before it (the same start and routines,
 * among the last few lines; a second unknot may have written between
 * them). True when e took such a line's place. */
static bool answers(struct history *h, const struct history_entry *e)
{
	if (strncmp(e->end, "stop:", 5) || !strcmp(e->end, "stop:unknown"))
		return false;
	for (size_t i = h->n, seen = 0; i-- > 0 && seen++ < HISTORY_ANSWER_WITHIN;) {
		struct history_entry *u = &h->v[i];
		/* a parent's and a child's started in one second stay apart */
		if (!strncmp(u->end, "stop:", 5) && !strcmp(u->start, e->start) &&
		    !strcmp(u->routines, e->routines) && !strcmp(u->areas, e->areas) &&
		    u->kid == e->kid) {
			memmove(u, u + 1, (h->n - i - 1) * sizeof *u);
			h->v[h->n - 1] = *e; /* in the answer's place: the history is in time order */
			return true;
		}
	}
	return false;
}

void history_parse(char *text, size_t len, bool cut, const char *path, struct history *h,
		   struct diags *warn)
{
	*h = (struct history){ .text = text };
	char *first = text, *end = text + len;
	if (cut) {
		char *nl = memchr(text, '\n', len); /* the line the cut fell in, if any, is not whole */
		first = nl ? nl + 1 : end;
	} else if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
		first += 3; /* a byte-order mark, as an editor may save it */
	} else if (len >= 2 && (!memcmp(text, "\xFF\xFE", 2) || !memcmp(text, "\xFE\xFF", 2))) {
		/* every line damaged below, and why said first */
		diags_add(warn, DIAG_WARNING, path, 0, 0, "the history is UTF-16 (a spreadsheet's "
			  "\"Unicode Text\"), which unknot does not read: save it as tab-separated "
			  "text in UTF-8");
	}
	unsigned lineno = 0, damaged = 0;
	size_t room = 0;
	for (char *line = first, *next; line < end; line = next) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		bool whole = nl != NULL;
		next = whole ? nl + 1 : end;
		if (whole && nl > line && nl[-1] == '\r')
			*--nl = '\0'; /* saved by an editor with CRLF line ends: the same line */
		if (whole)
			*nl = '\0';
		/* ended by a newline of its own, and not by the one put after a
		 * line cut short, which the next line says it was */
		bool ended = whole && !((size_t)(end - next) >= sizeof cut_mark_start - 1 &&
					!memcmp(next, cut_mark_start, sizeof cut_mark_start - 1));
		lineno++;
		size_t line_len = (size_t)((whole ? nl : end) - line);
		/* Blank is empty: a line of NULs (a file zeroed by a crash) is
		 * damage, and said, since a stop in it is lost. */
		if (line[0] == '#' || line_len == 0)
			continue;
		struct history_entry e = { 0 };
		/* Saved back from a spreadsheet as CSV: commas where the tabs
		 * were; or by an editor that turns tabs into spaces. */
		bool tabs = memchr(line, '\t', line_len);
		bool spaces = !tabs && memchr(line, ' ', line_len); /* "feet,calves" too */
		bool commas = !tabs && !spaces && memchr(line, ',', line_len);
		char why[160];
		/* A NUL inside a line (garbage) ends it early: not a history line. */
		const char *wrong = strlen(line) != line_len ? "a NUL byte in it" :
				    parse_line(line, ended, &e, why, sizeof why);
		if (wrong) {
			if (++damaged <= HISTORY_MAX_WARNINGS) /* garbage: a few say it */
				diags_add(warn, DIAG_WARNING, path, cut ? 0 : lineno, cut ? 0 : 1,
					  "%s%s; line skipped", wrong == cut_short ? "" :
					  "not a history line: ", commas ? "commas where its tabs go "
					  "(saved as CSV? save it as tab-separated text)" : spaces ?
					  "spaces where its tabs go (an editor's \"expand tabs\"? put "
					  "the tabs back)" : wrong);
			continue;
		}
		if (answers(h, &e))
			continue;
		if (h->n == room) { /* doubling: a long history is not copied line by line */
			room = room ? 2 * room : 64;
			h->v = xreallocarray(h->v, room, sizeof *h->v);
		}
		h->v[h->n++] = e;
	}
	h->damaged = damaged;
	if (damaged > HISTORY_MAX_WARNINGS) /* said first (line 0): a heading for the few */
		diags_add(warn, DIAG_WARNING, path, 0, 0, "%u lines skipped, the first %d of them below",
			  damaged, HISTORY_MAX_WARNINGS);
	if (newest_first(h)) {
		oldest_first(h, true);
		diags_add(warn, DIAG_WARNING, path, 0, 0, "the lines are newest first (sorted in a "
			  "spreadsheet?): read oldest first; sort them so again, as each session is "
			  "added at the end");
	} else if (merged(h)) {
		oldest_first(h, false);
		diags_add(warn, DIAG_WARNING, path, 0, 0, "some lines were written days before the line "
			  "above them (two histories put together?): read in the order they "
			  "happened; sort them by their first field to say so in the file too");
	}
}

void history_free(struct history *h)
{
	free(h->v);
	free(h->text);
	*h = (struct history){ 0 };
}
