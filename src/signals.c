#include "signals.h"

#include <stdbool.h>
#include <unistd.h>

volatile sig_atomic_t signals_end, signals_winch, signals_tstp, signals_cont;

static void on_end(int sig) { signals_end = sig; }
static void on_winch(int sig) { signals_winch = sig; }
static void on_tstp(int sig) { signals_tstp = sig; }
static void on_cont(int sig) { signals_cont = sig; }

static const struct {
	int sig;
	void (*fn)(int);
} handlers[SIGNALS_N] = {
	{ SIGINT, on_end }, { SIGTERM, on_end }, { SIGHUP, on_end }, { SIGQUIT, on_end },
	{ SIGWINCH, on_winch }, { SIGTSTP, on_tstp }, { SIGCONT, on_cont },
};

int signals_ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout,
		  const sigset_t *sleep_mask)
{
	int r = ppoll(fds, n, timeout, sleep_mask);
	if (r > 0 && sleep_mask) { /* unblocked for an instant: a pending one is handled */
		sigset_t was;
		sigprocmask(SIG_SETMASK, sleep_mask, &was);
		sigprocmask(SIG_SETMASK, &was, NULL);
	}
	return r;
}

void signals_ending(sigset_t *set)
{
	sigemptyset(set);
	for (size_t i = 0; i < SIGNALS_N; i++)
		if (handlers[i].fn == on_end)
			sigaddset(set, handlers[i].sig);
}

/* Catches every signal of the list, or the ending ones alone; the others
 * keep what they had (saved, so that signals_release puts back the same). */
static void catch_some(struct signals_caught *c, bool ending_only)
{
	sigset_t blocked;
	sigemptyset(&blocked);
	for (size_t i = 0; i < SIGNALS_N; i++) {
		if (ending_only && handlers[i].fn != on_end && handlers[i].fn != on_cont) {
			sigaction(handlers[i].sig, NULL, &c->old[i]);
			continue;
		}
		struct sigaction sa = { .sa_handler = handlers[i].fn };
		sigemptyset(&sa.sa_mask);
		sigaction(handlers[i].sig, &sa, &c->old[i]);
		sigaddset(&blocked, handlers[i].sig);
	}
	sigprocmask(SIG_BLOCK, &blocked, &c->old_mask);
	c->sleep_mask = c->old_mask;
	for (size_t i = 0; i < SIGNALS_N; i++)
		if (sigismember(&blocked, handlers[i].sig))
			sigdelset(&c->sleep_mask, handlers[i].sig);
	signals_end = signals_winch = signals_tstp = signals_cont = 0;
}

void signals_catch(struct signals_caught *c)
{
	catch_some(c, false);
}

void signals_catch_ending(struct signals_caught *c)
{
	catch_some(c, true);
}

bool signals_continued(void)
{
	sigset_t pending;
	return sigpending(&pending) == 0 && sigismember(&pending, SIGCONT);
}

bool signals_stop_self(void)
{
	/* Stopped already while the terminal was put back, and continued:
	 * under make or sh -c, Ctrl-Z stops the parent too, the shell takes
	 * the terminal, and putting it back from behind stops us (SIGTTOU);
	 * fg continues us. Stopped again, nothing would continue us. */
	if (!signals_continued())
		kill(getpid(), SIGSTOP); /* returns after SIGCONT */
	sigset_t cont;
	sigemptyset(&cont);
	sigaddset(&cont, SIGCONT);
	while (sigtimedwait(&cont, NULL, &(struct timespec){ 0 }) == SIGCONT)
		;
	signals_cont = 0;
	sigset_t ending;
	signals_ending(&ending);
	int sig = sigtimedwait(&ending, NULL, &(struct timespec){ 0 });
	if (sig > 0)
		signals_end = sig;
	return signals_end != 0;
}

void signals_release(const struct signals_caught *c)
{
	for (size_t i = 0; i < SIGNALS_N; i++)
		sigaction(handlers[i].sig, &c->old[i], NULL);
	sigprocmask(SIG_SETMASK, &c->old_mask, NULL);
}

void signals_save(struct sigaction saved[SIGNALS_N])
{
	for (size_t i = 0; i < SIGNALS_N; i++)
		sigaction(handlers[i].sig, NULL, &saved[i]);
}

void signals_restore(const struct sigaction saved[SIGNALS_N])
{
	for (size_t i = 0; i < SIGNALS_N; i++)
		sigaction(handlers[i].sig, &saved[i], NULL);
}
