/* Runs a terminal program in an 80x24 pseudo-terminal and measures it, with
 * as little of its own overhead in the figures as a C program can have.
 *
 *   ttyrun first-frame N CMD...   first output and whole first screen, median of N
 *   ttyrun tmux-frame N CMD...    first output through tmux -C, median of N
 *   ttyrun idle SECS KEYS CMD...  CPU and wake-ups over SECS, and peak RSS
 *
 * First frame: from just before fork to the first byte on the terminal, and to
 * the last byte of the first burst of output (the whole first screen: output
 * then goes quiet for QUIET_MS).
 * Idle: after KEYS (C escapes: "\r" is Enter) and one second to settle, the
 * CPU time the process spends on a core in SECS seconds, in nanoseconds from
 * /proc/PID/schedstat (clock ticks are 10 ms, too coarse for an idle
 * program), and how often it woke (voluntary context switches). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define QUIET_MS 100

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static pid_t spawn(char **cmd, int *master)
{
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	pid_t pid = forkpty(master, NULL, NULL, &ws);
	if (pid < 0) {
		perror("forkpty");
		exit(2);
	}
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		execvp(cmd[0], cmd);
		_exit(127);
	}
	return pid;
}

/* Reads whatever comes for up to ms milliseconds; returns the time of the
 * last byte read, or 0. With quiet set, returns once output has paused for
 * that long instead. */
static int64_t drain(int fd, int ms, bool quiet)
{
	char buf[65536];
	int64_t end = now_ns() + (int64_t)ms * 1000000, last = 0;
	for (;;) {
		int64_t left = (end - now_ns()) / 1000000;
		if (left <= 0)
			return last;
		struct pollfd p = { fd, POLLIN, 0 };
		int r = poll(&p, 1, quiet ? QUIET_MS : (int)left);
		if (r == 0 && quiet)
			return last;
		if (r > 0) {
			if (read(fd, buf, sizeof buf) <= 0)
				return last;
			last = now_ns();
		}
	}
}

static void stop(pid_t pid, int fd)
{
	kill(pid, SIGTERM);
	drain(fd, 200, false);
	waitpid(pid, NULL, 0);
	close(fd);
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int64_t cpu_ns(pid_t pid);
static long minor_faults(pid_t pid);

static int first_frame(int n, char **cmd)
{
	double *first = calloc((size_t)n, sizeof *first), *whole = calloc((size_t)n, sizeof *whole);
	double *cpu = calloc((size_t)n, sizeof *cpu), *faults = calloc((size_t)n, sizeof *faults);
	if (!first || !whole || !cpu || !faults)
		return 2;
	for (int i = 0; i < n; i++) {
		int fd;
		int64_t t0 = now_ns();
		pid_t pid = spawn(cmd, &fd);
		struct pollfd p = { fd, POLLIN, 0 };
		if (poll(&p, 1, 5000) != 1) {
			fprintf(stderr, "ttyrun: %s drew nothing in 5 s\n", cmd[0]);
			return 1;
		}
		first[i] = (double)(now_ns() - t0) / 1e6;
		whole[i] = (double)(drain(fd, 2000, true) - t0) / 1e6;
		cpu[i] = (double)cpu_ns(pid) / 1e6; /* idle since the screen was drawn */
		faults[i] = (double)minor_faults(pid);
		stop(pid, fd);
	}
	double lo = 1e9, hi = 0;
	for (int i = 0; i < n; i++) {
		lo = first[i] < lo ? first[i] : lo;
		hi = first[i] > hi ? first[i] : hi;
	}
	printf("first output ms: median %.2f min %.2f max %.2f; whole first screen ms: median %.2f; "
	       "cpu to draw it ms: median %.2f; page faults: median %.0f (n=%d)\n",
	       median(first, n), lo, hi, median(whole, n), median(cpu, n), median(faults, n), n);
	free(first);
	free(whole);
	free(cpu);
	free(faults);
	return 0;
}

/* The same through tmux, as a person would run it there: tmux starts in
 * control mode (-C) with an 80x24 window running CMD, and the first
 * "%output" line is the first frame. tmux's own start is in both figures. */
static int tmux_frame(int n, char **cmd)
{
	char line[1024] = "", sock[32];
	for (char **c = cmd; *c; c++) /* tmux takes the command as one string */
		snprintf(line + strlen(line), sizeof line - strlen(line), "%s%s", c == cmd ? "" : " ", *c);
	snprintf(sock, sizeof sock, "ttyrun-%d", (int)getpid());
	double *t = calloc((size_t)n, sizeof *t);
	if (!t)
		return 2;
	for (int i = 0; i < n; i++) {
		int in[2], out[2];
		if (pipe(in) || pipe(out))
			return 2;
		int64_t t0 = now_ns();
		pid_t pid = fork();
		if (pid == 0) {
			dup2(in[0], 0);
			dup2(out[1], 1);
			close(in[1]);
			close(out[0]);
			setenv("TERM", "xterm-256color", 1);
			execlp("tmux", "tmux", "-L", sock, "-f", "/dev/null", "-C", "new-session",
			       "-x", "80", "-y", "24", line, (char *)NULL);
			_exit(127);
		}
		close(in[0]);
		close(out[1]);
		FILE *f = fdopen(out[0], "r");
		char buf[4096];
		t[i] = -1;
		while (f && fgets(buf, sizeof buf, f))
			if (strncmp(buf, "%output ", 8) == 0) {
				t[i] = (double)(now_ns() - t0) / 1e6;
				break;
			}
		if (write(in[1], "kill-server\n", 12) != 12)
			perror("write");
		close(in[1]);
		while (f && fgets(buf, sizeof buf, f))
			;
		if (f)
			fclose(f);
		waitpid(pid, NULL, 0);
		if (t[i] < 0) {
			fprintf(stderr, "ttyrun: no output from %s through tmux\n", line);
			return 1;
		}
	}
	printf("first output through tmux ms: median %.2f (n=%d)\n", median(t, n), n);
	free(t);
	return 0;
}

/* Nanoseconds on a core so far, from /proc/PID/schedstat. */
static int64_t cpu_ns(pid_t pid)
{
	char path[64];
	long long ns = -1;
	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f || fscanf(f, "%lld", &ns) != 1)
		ns = -1;
	if (f)
		fclose(f);
	return ns;
}

/* Minor page faults so far: field 10 of /proc/PID/stat. */
static long minor_faults(pid_t pid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	const char *p = strrchr(buf, ')'); /* the name may hold spaces */
	long v = -1;
	if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %ld", &v) != 1)
		v = -1;
	return v;
}

/* A number from a "Name: value" file of /proc/PID: status ("VmHWM:",
 * "voluntary_ctxt_switches:") or io ("syscw:" is write system calls). */
static long proc_field(pid_t pid, const char *file, const char *name)
{
	char path[64], line[256];
	long v = -1;
	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, file);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	size_t n = strlen(name);
	while (fgets(line, sizeof line, f))
		if (strncmp(line, name, n) == 0)
			v = strtol(line + n, NULL, 10);
	fclose(f);
	return v;
}

/* "\r", "\n", "\t", "\e" and "\\" in keys; anything else as it is. */
static size_t unescape(const char *s, char *out)
{
	size_t n = 0;
	for (; *s; s++) {
		if (*s != '\\' || !s[1]) {
			out[n++] = *s;
			continue;
		}
		switch (*++s) {
		case 'r': out[n++] = '\r'; break;
		case 'n': out[n++] = '\n'; break;
		case 't': out[n++] = '\t'; break;
		case 'e': out[n++] = 033; break;
		default: out[n++] = *s; break;
		}
	}
	return n;
}

static int idle(double secs, const char *keys, char **cmd)
{
	int fd;
	pid_t pid = spawn(cmd, &fd);
	/* unknot's brief takes no Enter within 0.7 s of showing (a second
	 * press, SECOND_PRESS_MS): one sent at 0.5 s began nothing, and the
	 * "idle" measured the brief, not a hold */
	drain(fd, 1000, false);
	char k[256];
	size_t kn = unescape(keys, k);
	if (kn && write(fd, k, kn) != (ssize_t)kn)
		perror("write");
	drain(fd, 1000, false);
	int64_t c0 = cpu_ns(pid), t0 = now_ns();
	long w0 = proc_field(pid, "status", "voluntary_ctxt_switches:");
	long s0 = proc_field(pid, "io", "syscw:");
	drain(fd, (int)(secs * 1000), false);
	int64_t c1 = cpu_ns(pid), t1 = now_ns();
	long w1 = proc_field(pid, "status", "voluntary_ctxt_switches:");
	long s1 = proc_field(pid, "io", "syscw:");
	long rss = proc_field(pid, "status", "VmHWM:");
	stop(pid, fd);
	if (c0 < 0 || c1 < 0) {
		fprintf(stderr, "ttyrun: cannot read /proc/%d/schedstat\n", (int)pid);
		return 1;
	}
	double cpu = (double)(c1 - c0) / 1e9, wall = (double)(t1 - t0) / 1e9;
	printf("idle cpu: %.6f s over %.1f s = %.4f%% of a core; wake-ups %.2f/s; "
	       "writes %.2f/s; cpu per wake-up %.1f us; peak RSS %ld KiB\n",
	       cpu, wall, 100 * cpu / wall, (double)(w1 - w0) / wall, (double)(s1 - s0) / wall,
	       w1 > w0 ? cpu * 1e6 / (double)(w1 - w0) : 0.0, rss);
	return 0;
}

int main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	if (argc > 3 && strcmp(argv[1], "first-frame") == 0)
		return first_frame(atoi(argv[2]), argv + 3);
	if (argc > 3 && strcmp(argv[1], "tmux-frame") == 0)
		return tmux_frame(atoi(argv[2]), argv + 3);
	if (argc > 4 && strcmp(argv[1], "idle") == 0)
		return idle(atof(argv[2]), argv[3], argv + 4);
	fprintf(stderr, "usage: ttyrun first-frame N CMD...\n"
			"       ttyrun tmux-frame N CMD...\n"
			"       ttyrun idle SECS KEYS CMD...\n");
	return 2;
}
