/* Opening a file to read that must be a regular file: a FIFO would block
 * the open, /dev/zero would never end. */
#ifndef UNKNOT_REGULAR_FILE_H
#define UNKNOT_REGULAR_FILE_H

#include <stdio.h>
#include <sys/stat.h>

#include "diag.h"

/* The file at path opened for reading, its stat in *st; or NULL with an
 * error at path ("cannot open: ...", "not a regular file") added to d. */
FILE *regular_file_open(const char *path, struct stat *st, struct diags *d);

#endif
