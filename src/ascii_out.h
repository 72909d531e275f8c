/* Output to a terminal that does not take UTF-8 (a non-UTF-8 locale): each
 * character beyond ASCII shown as '?'. Its bytes could read as C1
 * controls there (the second byte of 'ě' is 0x9B, an 8-bit CSI), so that
 * a routine's title would drive the terminal. */
#ifndef UNKNOT_ASCII_OUT_H
#define UNKNOT_ASCII_OUT_H

#include <stdio.h>

/* Makes stdout and stderr, each that is a terminal, show text so when the
 * locale's character set is not UTF-8; a pipe or a file gets the bytes as
 * they are (a CSV for a spreadsheet). Call once, before any output. */
void ascii_out_where_needed(void);
/* The stream under f, where ascii_out_where_needed wrapped it (curses
 * draws there: its own bytes are the terminal's); else f. */
FILE *ascii_out_raw(FILE *f);
/* s with each character beyond ASCII as a '?' for each column it takes
 * (none for a combining mark), in place. */
void ascii_out_text(char *s);

#endif
