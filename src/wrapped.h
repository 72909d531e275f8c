#ifndef UNKNOT_WRAPPED_H
#define UNKNOT_WRAPPED_H

/* Lines for a terminal left behind by the screen (the stop reminder, the
 * advice after a stop), broken between words: the terminal itself would
 * break them anywhere, "docto" on one row and "r" on the next. */

#include <stdio.h>

/* The terminal's width when out is one that tells it (0 below 20
 * columns); else $COLUMNS when it is a width (digits, 20 to 1000), else 0:
 * a pipe gets whole lines. */
int wrapped_cols(FILE *out);

/* text after indent, wrapped between words to cols (0: not at all); each
 * line but the last ends in a newline, the last in end (which must fit on
 * it too: a prompt's space must not push the cursor to the next line). */
void wrapped_print(FILE *out, int cols, const char *indent, const char *text, const char *end);

/* text from column at on (the caller wrote what is before it), and when it
 * does not fit in cols (0: it fits), on the lines below from the same
 * column, broken between words (from a row of its own, a little in, when
 * fewer than 12 columns are left beside it); then a newline. */
void wrapped_hanging(FILE *out, int cols, int at, const char *text);

/* The column wrapped_hanging's lines go on at: at, or a little in (8, or
 * 0 below 24 columns) when fewer than 12 are left beside it. */
int wrapped_hang(int cols, int at);

#endif
