#include "duration.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>

int duration_parse(const char *s, int64_t *ms)
{
	int64_t total = 0;
	int seen_m = 0, seen_s = 0, any = 0;
	const char *p = s;
	while (*p) {
		if (!isdigit((unsigned char)*p))
			return -1;
		int64_t n = 0;
		while (isdigit((unsigned char)*p)) {
			n = n * 10 + (*p++ - '0');
			if (n > DURATION_MAX_MS / 1000)
				return -1;
		}
		any = 1;
		if (*p == 'm' && !seen_m && !seen_s) {
			seen_m = 1;
			total += n * 60;
			p++;
		} else if (*p == 's' && !seen_s) {
			if (seen_m && n >= 60)
				return -2; /* "1m90s": a slip, not 2m30s */
			seen_s = 1;
			total += n;
			p++;
		} else if (*p == '\0' && !seen_m && !seen_s) {
			total += n; /* bare number: seconds */
		} else {
			return -1;
		}
	}
	if (!any || total * 1000 > DURATION_MAX_MS)
		return -1;
	*ms = total * 1000;
	return 0;
}

int64_t duration_seconds(int64_t ms)
{
	return ms <= 0 ? 0 : (ms + 999) / 1000;
}

int64_t duration_seconds_done(int64_t ms)
{
	return ms <= 0 ? 0 : ms / 1000;
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

void duration_format(int64_t ms, char *buf, size_t cap)
{
	format_seconds(duration_seconds(ms), buf, cap);
}

void duration_format_done(int64_t ms, char *buf, size_t cap)
{
	format_seconds(duration_seconds_done(ms), buf, cap);
}

void duration_format_done_of(int64_t done_ms, int64_t planned_ms, char *buf, size_t cap)
{
	char done[32], planned[32];
	duration_format_done(done_ms, done, sizeof done);
	duration_format(planned_ms, planned, sizeof planned);
	bool over = duration_seconds_done(done_ms) > duration_seconds(planned_ms);
	snprintf(buf, cap, over ? "%s (planned %s)" : "%s of %s", done, planned);
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
