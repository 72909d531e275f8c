/* The monotonic clock, scaled by --speed. The only place that reads time. */
#ifndef UNKNOT_CLOCK_H
#define UNKNOT_CLOCK_H

#include <stdint.h>
#include <time.h>

struct sclock {
	struct timespec origin; /* CLOCK_MONOTONIC when the session started */
	double speed;           /* session ms per real ms */
};

void sclock_start(struct sclock *c, double speed);
/* Session time in ms since the origin, scaled. */
int64_t sclock_now(const struct sclock *c);
/* The real monotonic instant at which session time t is reached. */
struct timespec sclock_when(const struct sclock *c, int64_t t);
/* CLOCK_MONOTONIC in ns, unscaled: for traces, and for keys that come too
 * close together. */
int64_t mono_ns(void);
/* How long the machine has been asleep (suspended) since it booted, in ns:
 * CLOCK_BOOTTIME runs on through a sleep, CLOCK_MONOTONIC does not. */
int64_t asleep_ns(void);
/* More asleep than this between two looks: the machine slept (a laptop's
 * lid closed), not a clock read twice. */
#define SLEPT_NS 2000000000LL

/* An Enter this soon after a question or a brief shows is a second press
 * (a hand that doubles keys, or one held down: X's repeat delay is 660
 * ms), not an answer to what was shown: on the screen and in line mode. */
#define SECOND_PRESS_MS 700

#endif
