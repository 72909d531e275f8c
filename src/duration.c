#include "duration.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int duration_parse(const char *s, int64_t *ms)
{
	/* Units in order, each at most once: h, m, s; a bare number is seconds. */
	static const struct {
		char unit;
		int64_t secs;
	} units[] = { { 'h', 3600 }, { 'm', 60 }, { 's', 1 } };
	int64_t total = 0;
	size_t next = 0; /* the first unit still allowed */
	bool slip = false, any = false;
	const char *p = s;
	while (*p) {
		if (!isdigit((unsigned char)*p))
			return -1;
		int64_t n = 0;
		while (isdigit((unsigned char)*p)) {
			n = n * 10 + (*p++ - '0');
			if (n > DURATION_MAX_MS / 1000)
				return -3;
		}
		any = true;
		if (*p == '\0' && next == 0) {
			total += n; /* bare number: seconds */
			break;
		}
		size_t u = next;
		while (u < 3 && units[u].unit != *p)
			u++;
		if (u == 3)
			return -1;
		slip |= next > 0 && u > 0 && n >= 60; /* "1m90s", "1h75m" */
		total += n * units[u].secs;
		next = u + 1;
		p++;
	}
	if (!any)
		return -1;
	if (total * 1000 > DURATION_MAX_MS)
		return -3;
	*ms = total * 1000;
	return slip ? -2 : 0;
}

/* The unit a word stands for: "sec", "mins", "hours"; 0 for none. The
 * words of Spanish, Portuguese, French, Italian and German too ("30 seg",
 * "2 minutos", "30 Sek.", "2 Minuten", "1 Std."): only a guess, never a
 * duration. */
static char unit_of(const char *w, size_t n)
{
	static const struct {
		const char *word;
		char unit;
	} words[] = { { "s", 's' }, { "sec", 's' }, { "secs", 's' }, { "second", 's' },
		      { "seconds", 's' }, { "m", 'm' }, { "min", 'm' }, { "mins", 'm' },
		      { "minute", 'm' }, { "minutes", 'm' }, { "mn", 'm' }, { "mns", 'm' },
		      { "h", 'h' }, { "hr", 'h' },
		      { "hrs", 'h' }, { "hour", 'h' }, { "hours", 'h' },
		      { "seg", 's' }, { "segs", 's' }, { "sg", 's' }, { "segundo", 's' },
		      { "segundos", 's' }, { "seconde", 's' }, { "secondes", 's' },
		      { "secondo", 's' }, { "secondi", 's' }, { "minuto", 'm' },
		      { "minutos", 'm' }, { "minuti", 'm' }, { "hora", 'h' }, { "horas", 'h' },
		      { "heure", 'h' }, { "heures", 'h' }, { "ora", 'h' }, { "ore", 'h' },
		      { "sek", 's' }, { "sekunde", 's' }, { "sekunden", 's' }, { "minuten", 'm' },
		      { "std", 'h' }, { "stunde", 'h' }, { "stunden", 'h' } };
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strlen(words[i].word) == n && !strncasecmp(w, words[i].word, n))
			return words[i].unit;
	return 0;
}

static void format_seconds(int64_t s, char *buf, size_t cap)
{
	if (s >= 3600) /* only a routine's typo gets here: 1h30m, not 90m */
		snprintf(buf, cap, s % 60 ? "%lldh%02lldm%02llds" : s % 3600 ? "%lldh%02lldm" : "%lldh",
			 (long long)(s / 3600), (long long)(s % 3600 / 60), (long long)(s % 60));
	else if (s >= 60 && s % 60)
		snprintf(buf, cap, "%lldm%02llds", (long long)(s / 60), (long long)(s % 60));
	else if (s >= 60)
		snprintf(buf, cap, "%lldm", (long long)(s / 60));
	else
		snprintf(buf, cap, "%llds", (long long)s);
}

/* "01m30s" as 1m30s, "0m45s" as 45s: no empty unit, no leading zero but
 * after another unit, as screens write 1m05s. */
static void tidy(char *s)
{
	char *o = s;
	for (const char *p = s; *p;) {
		size_t n = strspn(p, "0123456789"), len = n + (p[n] != '\0');
		if (strspn(p, "0") < n) { /* not zero: kept */
			if (o == s)
				while (*p == '0')
					p++, n--, len--;
			memmove(o, p, len);
			o += len;
		}
		p += len;
	}
	if (o == s) /* all of it zero */
		*o++ = '0', *o++ = 's';
	*o = '\0';
}

/* "1.5m" as 1m30s: a fraction of a minute or an hour that is whole
 * seconds; "1,5 min" too, with the decimal comma of much of Europe. */
static bool guess_fraction(const char *s, char *out, size_t cap)
{
	size_t whole = strspn(s, "0123456789");
	if (!whole || whole > 6 || (s[whole] != '.' && s[whole] != ','))
		return false;
	const char *frac = s + whole + 1;
	size_t part = strspn(frac, "0123456789");
	if (!part || part > 6)
		return false;
	char number[16]; /* digits, ".", digits, then no "e": a unit or nothing */
	snprintf(number, sizeof number, "%.*s.%.*s", (int)whole, s, (int)part, frac);
	double v = strtod(number, NULL);
	const char *unit = frac + part + strspn(frac + part, " ");
	size_t n = strspn(unit, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
	char u = unit_of(unit, n);
	if (!u || u == 's' || unit[n] || v > (u == 'h' ? 24 : 24 * 60)) /* a day at most */
		return false;
	double exact = v * (u == 'h' ? 3600 : 60);
	int64_t secs = (int64_t)(exact + 0.5); /* 1.1 * 60 is 66.00000000000001 */
	double off = exact - (double)secs;
	if (off > 1e-6 || off < -1e-6 || !secs)
		return false;
	format_seconds(secs, out, cap);
	return true;
}

bool duration_guess(const char *s, char *out, size_t cap)
{
	if (guess_fraction(s, out, cap))
		return true;
	size_t o = 0;
	char last = 0; /* the last unit written */
	for (const char *p = s; *p;) {
		if (o + 2 > cap) /* room for one more, and the end */
			return false;
		if (*p == ' ') {
			if (o > 0 && isdigit((unsigned char)out[o - 1]) && isdigit((unsigned char)p[strspn(p, " ")]))
				return false; /* "1 30": which unit, nobody knows */
			p++;
		} else if (isdigit((unsigned char)*p)) {
			out[o++] = *p++;
		} else if (*p == ':' && o > 0 && last == 0) { /* 1:30 */
			out[o++] = last = 'm';
			p++;
		} else if ((*p == '\'' || !strncmp(p, "\u2032", 3)) && o > 0 &&
			   isdigit((unsigned char)out[o - 1]) && last == 0) { /* 1'30, 1′30″ */
			out[o++] = last = 'm';
			p += *p == '\'' ? 1 : 3;
		} else if ((*p == '"' || !strncmp(p, "\u2033", 3)) && o > 0 &&
			   isdigit((unsigned char)out[o - 1])) { /* 30", as a sheet of exercises has it */
			out[o++] = last = 's';
			p += *p == '"' ? 1 : 3;
		} else {
			size_t n = 0;
			while (isalpha((unsigned char)p[n]))
				n++;
			char u = unit_of(p, n);
			if (!u || !o || !isdigit((unsigned char)out[o - 1])) /* "hours 2": no number's */
				return false;
			out[o++] = last = u;
			p += n;
			if (*p == '.' && (p[1] == ' ' || !p[1])) /* "30 seg.", "1 min. 30 s" */
				p++;
		}
	}
	if (o + 2 > cap)
		return false;
	if (o > 0 && isdigit((unsigned char)out[o - 1]) && last)
		out[o++] = last == 'h' ? 'm' : 's'; /* 1m30: the unit after the last */
	out[o] = '\0';
	tidy(out);
	int64_t ms;
	return o && strcmp(out, s) && duration_parse(out, &ms) == 0;
}

bool duration_whole_seconds(const char *s, char *out, size_t cap)
{
	size_t whole = strspn(s, "0123456789");
	if (!whole || whole > 5 || (s[whole] != '.' && s[whole] != ','))
		return false;
	const char *frac = s + whole + 1, *unit = frac + strspn(frac, "0123456789");
	if (unit == frac || (*unit && strcmp(unit, "s") && strcmp(unit, " s")))
		return false;
	long n = strtol(s, NULL, 10); /* five digits at most */
	if (!n || n >= 24 * 3600 || strspn(frac, "0") == (size_t)(unit - frac)) /* 0,5; 6,0 */
		snprintf(out, cap, "%lds", n ? n : 1);
	else
		snprintf(out, cap, "%lds or %lds", n, n + 1);
	return true;
}

int64_t duration_seconds(int64_t ms)
{
	return ms <= 0 ? 0 : (ms + 999) / 1000;
}

int64_t duration_seconds_done(int64_t ms)
{
	return ms <= 0 ? 0 : ms / 1000;
}


/* "2 minutes 40 seconds": what a screen reader says as written, where
 * "2m40s" comes out as "two em forty ess". */
static void words_of_seconds(int64_t s, char *buf, size_t cap)
{
	static const struct {
		int64_t secs;
		const char *one, *many;
	} units[] = { { 3600, "hour", "hours" }, { 60, "minute", "minutes" }, { 1, "second", "seconds" } };
	if (!cap)
		return;
	buf[0] = '\0';
	size_t o = 0;
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		int64_t n = s / units[i].secs;
		s %= units[i].secs;
		if (!n && (o || i + 1 < sizeof units / sizeof *units))
			continue; /* "0 seconds" only for nothing at all */
		int w = snprintf(buf + o, cap - o, "%s%lld %s", o ? " " : "", (long long)n,
				 n == 1 ? units[i].one : units[i].many);
		if (w < 0 || (size_t)w >= cap - o)
			return; /* cut, and ended: snprintf saw to that */
		o += (size_t)w;
	}
}

void duration_format(int64_t ms, char *buf, size_t cap)
{
	format_seconds(duration_seconds(ms), buf, cap);
}

void duration_format_done(int64_t ms, char *buf, size_t cap)
{
	format_seconds(duration_seconds_done(ms), buf, cap);
}

void duration_words(int64_t ms, char *buf, size_t cap)
{
	words_of_seconds(duration_seconds(ms), buf, cap);
}

void duration_words_done(int64_t ms, char *buf, size_t cap)
{
	words_of_seconds(duration_seconds_done(ms), buf, cap);
}

static void done_of(int64_t done_ms, int64_t planned_ms, bool words, char *buf, size_t cap)
{
	char done[DURATION_WORDS_MAX], planned[DURATION_WORDS_MAX];
	if (words) {
		duration_words_done(done_ms, done, sizeof done);
		duration_words(planned_ms, planned, sizeof planned);
	} else {
		duration_format_done(done_ms, done, sizeof done);
		duration_format(planned_ms, planned, sizeof planned);
	}
	bool over = duration_seconds_done(done_ms) > duration_seconds(planned_ms);
	snprintf(buf, cap, over ? "%s (planned %s)" : "%s of %s", done, planned);
}

void duration_format_done_of(int64_t done_ms, int64_t planned_ms, char *buf, size_t cap)
{
	done_of(done_ms, planned_ms, false, buf, cap);
}

void duration_words_done_of(int64_t done_ms, int64_t planned_ms, char *buf, size_t cap)
{
	done_of(done_ms, planned_ms, true, buf, cap);
}

static void clock_of(int64_t s, char *buf, size_t cap)
{
	snprintf(buf, cap, "%lld:%02lld", (long long)(s / 60), (long long)(s % 60));
}

void duration_clock(int64_t ms, char *buf, size_t cap)
{
	clock_of(duration_seconds(ms), buf, cap);
}

void duration_clock_elapsed(int64_t ms, char *buf, size_t cap)
{
	clock_of(duration_seconds_done(ms), buf, cap);
}
