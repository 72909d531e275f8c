#include "flow_control.h"

#include <termios.h>
#include <unistd.h>

static struct termios kept;
static int kept_fd = -1;

/* Whether this process may set the terminal fd: it is in the terminal's
 * foreground. A job in the background that sets it is stopped (SIGTTOU):
 * after Ctrl-Z and the shell's kill %1, that had left unknot "Stopped (tty
 * output)" instead of ended. */
static bool in_front(int fd)
{
	return tcgetpgrp(fd) == getpgrp();
}

bool flow_control_off(int fd, bool keep)
{
	struct termios t;
	if (!in_front(fd) || tcgetattr(fd, &t) != 0)
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
	 * shell may have changed the rest while it was stopped. In the
	 * background (ended while stopped), the shell took its own modes
	 * back when it stopped us: nothing to put back. */
	struct termios t;
	if (in_front(kept_fd) && tcgetattr(kept_fd, &t) == 0) {
		t.c_iflag |= kept.c_iflag & IXON;
		tcsetattr(kept_fd, TCSANOW, &t);
	}
	kept_fd = -1;
}
