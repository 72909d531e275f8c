#include "line_input.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "flow_control.h"
#include "signals.h"
#include "text.h"

bool line_input_keeps(char c)
{
	return (unsigned char)c >= 0x20 || c == '\t' || c == '\n';
}

bool line_input_hung_up(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	return poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL));
}

bool line_output_gone(int fd)
{
	return line_output_going(fd, 0);
}

FILE *line_safety_out(FILE *out)
{
	return line_output_gone(fileno(out)) ? stderr : out;
}

bool line_output_going(int fd, int ms)
{
	struct stat st;
	if (ms > 0 && (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode)))
		ms = 0; /* a file or a terminal: read or not, at once */
	struct pollfd pfd = { .fd = fd }; /* no events asked: a pipe's writer gets POLLERR */
	return fd >= 0 && poll(&pfd, 1, ms) == 1 && (pfd.revents & POLLERR);
}

enum line_got line_input(int fd, char *buf, size_t cap, const sigset_t *mask,
			 const volatile sig_atomic_t *flag, const volatile sig_atomic_t *cont)
{
	size_t n = 0;
	bool any = false, too_long = false;
	for (;;) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int ready = signals_ppoll(&pfd, 1, NULL, mask);
		if (flag && *flag)
			return LINE_SIGNAL;
		if (cont && *cont) {
			flow_control_again(); /* back after fg: the shell's modes */
			if (!any)
				return LINE_RESUMED;
		}
		if (ready < 0 && errno != EINTR)
			return any ? LINE_OK : LINE_END;
		if (ready <= 0)
			continue;
		char c;
		ssize_t r = read(fd, &c, 1);
		if (r < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
			continue;
		if (r == 0 && !any && isatty(fd) && !line_input_hung_up(fd))
			return LINE_CTRL_D;
		if (r <= 0) {
			if (!any)
				return LINE_END;
			break; /* a last line with no newline is a line */
		}
		any = true;
		if (c == '\n')
			break;
		if (!line_input_keeps(c))
			continue;
		if (n + 1 < cap)
			buf[n++] = c;
		else
			too_long = true;
	}
	buf[n] = '\0';
	text_fold_fullwidth(buf); /* "ｙｅｓ", an input method's full-width mode */
	n = strlen(buf);
	while (n && isspace((unsigned char)buf[n - 1]))
		n--;
	buf[n] = '\0';
	return too_long ? LINE_LONG : LINE_OK;
}
