/* The signals a sleeping unknot wakes for: the ending ones (SIGINT, SIGTERM,
 * SIGHUP, SIGQUIT), a resize (SIGWINCH), Ctrl-Z (SIGTSTP), and SIGCONT after
 * a stop it did not ask for (kill -STOP, then fg): the shell has had the
 * terminal meanwhile. Caught, they
 * only set flags, and they are blocked but during the sleep itself (ppoll
 * with sleep_mask), so a flag can never be set between its check and the
 * sleep. The session loop and the waits outside it share this list. */
#ifndef UNKNOT_SIGNALS_H
#define UNKNOT_SIGNALS_H

#include <poll.h>
#include <signal.h>
#include <stdbool.h>

enum { SIGNALS_N = 7 };

/* What catching replaced, to put back; and the mask to sleep with. */
struct signals_caught {
	sigset_t old_mask, sleep_mask;
	struct sigaction old[SIGNALS_N];
};

/* Set by the handlers to the signal's number; the caller clears them. */
extern volatile sig_atomic_t signals_end, signals_winch, signals_tstp, signals_cont;

/* Installs the handlers and blocks the signals; the flags start clear. */
void signals_catch(struct signals_caught *c);
/* The same for the ending signals alone, and SIGCONT (a question asked
 * outside the session: Ctrl-Z stops it as ever, fg sets signals_cont so
 * that the question is asked again, and a resize is nothing to it). */
void signals_catch_ending(struct signals_caught *c);
/* Ctrl-Z, once the terminal is put back: stops the program, and returns
 * when it is continued (fg); stopped and continued already while the
 * terminal was put back (a SIGCONT pending: under make or sh -c), it
 * returns at once, not stopped again. The SIGCONT that woke it is taken,
 * so that signals_cont stays for a stop from outside (kill -STOP). True, with
 * signals_end set, when an ending signal came with it (the shell's kill %1
 * sends SIGTERM, then SIGCONT): the terminal is not to be taken again, nor
 * drawn on, as a job in the background that sets it is stopped again. */
bool signals_stop_self(void);
/* Whether a SIGCONT is pending now, blocked since the mask last let
 * signals through: the program was stopped meanwhile (putting the
 * terminal back from behind, SIGTTOU) and continued. */
bool signals_continued(void);
/* Puts back what was there before: a signal after it is not lost in a
 * flag nobody reads. */
void signals_release(const struct signals_caught *c);

/* ppoll(fds, n, timeout, sleep_mask), and then the signals that came
 * while it returned at once: Linux's ppoll puts the mask back without
 * taking a pending signal when input is ready, so that with input that
 * never pauses (yes | unknot --plain) SIGTERM and Ctrl-C went unseen. */
int signals_ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout,
		  const sigset_t *sleep_mask);

/* The ending signals, as a set (to block them outside a sleep). */
void signals_ending(sigset_t *set);

/* Every one's disposition, to save and put back around ncurses, which
 * keeps its own handlers after delscreen(). */
void signals_save(struct sigaction saved[SIGNALS_N]);
void signals_restore(const struct sigaction saved[SIGNALS_N]);

#endif
