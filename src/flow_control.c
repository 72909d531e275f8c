#include "flow_control.h"

#include <termios.h>

static struct termios kept;
static int kept_fd = -1;

bool flow_control_off(int fd, bool keep)
{
	struct termios t;
	if (tcgetattr(fd, &t) != 0)
		return false;
	if (keep && kept_fd < 0 && (t.c_iflag & IXON)) {
		kept = t;
		kept_fd = fd;
	}
	t.c_iflag &= ~(tcflag_t)IXON;
	return tcsetattr(fd, TCSANOW, &t) == 0;
}

void flow_control_again(void)
{
	if (kept_fd >= 0)
		flow_control_off(kept_fd, false);
}

void flow_control_restore(void)
{
	if (kept_fd < 0)
		return;
	/* Only the flag: line mode left the rest as it found it, and the
	 * shell may have changed the rest while it was stopped. */
	struct termios t;
	if (tcgetattr(kept_fd, &t) == 0) {
		t.c_iflag |= kept.c_iflag & IXON;
		tcsetattr(kept_fd, TCSANOW, &t);
	}
	kept_fd = -1;
}
