#include "clock.h"

static int64_t ts_ns(struct timespec t)
{
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

int64_t mono_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return ts_ns(t);
}

void sclock_start(struct sclock *c, double speed)
{
	clock_gettime(CLOCK_MONOTONIC, &c->origin);
	c->speed = speed > 0 ? speed : 1;
}

int64_t sclock_now(const struct sclock *c)
{
	double real_ms = (double)(mono_ns() - ts_ns(c->origin)) / 1e6;
	return (int64_t)(real_ms * c->speed);
}

struct timespec sclock_when(const struct sclock *c, int64_t t)
{
	/* Round up so that waking at the returned instant never lands a
	 * fraction of a millisecond before t. */
	int64_t ns = ts_ns(c->origin) + (int64_t)((double)t * 1e6 / c->speed) + 1;
	return (struct timespec){ .tv_sec = ns / 1000000000, .tv_nsec = ns % 1000000000 };
}

int64_t asleep_ns(void)
{
	struct timespec boot, mono;
	if (clock_gettime(CLOCK_BOOTTIME, &boot) != 0)
		return 0; /* no such clock: no sleep seen */
	clock_gettime(CLOCK_MONOTONIC, &mono);
	return ts_ns(boot) - ts_ns(mono);
}
