/* For tests/e2e/tui-faults.sh: the machine asleep an hour, as a laptop's
 * lid closed would leave it, once the file UNKNOT_TEST_SLEPT names is
 * there. Preloaded (LD_PRELOAD): CLOCK_BOOTTIME runs an hour ahead of
 * CLOCK_MONOTONIC from then on, as it does after a real sleep. */
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int clock_gettime(clockid_t id, struct timespec *ts)
{
	static int (*real)(clockid_t, struct timespec *);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "clock_gettime");
	int r = real(id, ts);
	const char *slept = getenv("UNKNOT_TEST_SLEPT");
	if (r == 0 && id == CLOCK_BOOTTIME && slept && access(slept, F_OK) == 0)
		ts->tv_sec += 3600;
	return r;
}
