/* A line typed for one of line mode's questions (the picker's list and its
 * stop) or the stop reminder's: read a byte at a time, so that what follows
 * it, the session's commands, stays unread for the session. */
#ifndef UNKNOT_LINE_INPUT_H
#define UNKNOT_LINE_INPUT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum line_got {
	LINE_OK,     /* a line, its blanks and CR at the end gone, NULs dropped */
	LINE_LONG,   /* longer than cap: to be refused, not cut and taken */
	LINE_CTRL_D, /* Ctrl-D on a terminal that is still there: not the end */
	LINE_END,    /* the end of input (or a terminal gone) before any byte */
	LINE_SIGNAL, /* *flag was set: a signal let through while waiting */
	LINE_RESUMED, /* *cont was set, before any byte: back after Ctrl-Z and
		       * fg, when Ctrl-Z dropped what was typed: ask again */
};

/* Whether a byte typed is kept in its line: not NUL (it would end the
 * line early) nor another control character, Ctrl-S or Ctrl-A slipped in
 * before an x ("^Sx" is x); a tab and the newline are kept. */
bool line_input_keeps(char c);

/* True when the terminal on fd has gone (its pty closed): a read of 0 is
 * then its end, not a Ctrl-D. */
bool line_input_hung_up(int fd);

/* Whether fd is a pipe whose reader has gone (| head, done reading):
 * nothing written there is read any more. */
bool line_output_gone(int fd);
/* The same, waiting up to ms for the reader to go when fd is a pipe: input
 * at its end at once (</dev/null | head -3) comes before head has gone. */
bool line_output_going(int fd, int ms);
/* Where what must be read (a stop's question and advice) goes: out, or
 * standard error once nothing reads out any more (| head gone). */
FILE *line_safety_out(FILE *out);

/* Reads a line of fd into buf. Waits in ppoll with mask (the signals to
 * let through; NULL: the mask as it is), so that a signal whose handler
 * sets *flag (or *cont, SIGCONT's; either may be NULL) ends the wait; a
 * non-blocking fd is waited on too. */
enum line_got line_input(int fd, char *buf, size_t cap, const sigset_t *mask,
			 const volatile sig_atomic_t *flag, const volatile sig_atomic_t *cont);

#endif
