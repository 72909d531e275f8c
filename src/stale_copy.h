/* A routine sent again, beside its preset or here, that is not the one
 * that runs (stale_copy.c). */
#ifndef UNKNOT_STALE_COPY_H
#define UNKNOT_STALE_COPY_H

#include <stdbool.h>

#include "catalog.h"

/* Said of a file id.yaml (or .yml) beside the preset at preset_path that
 * names id (NULL: in the current directory) that is neither runs, the
 * routine of that id that runs, nor a copy of it: where it is, and how to
 * run it (here, by its path, or copied over the one installed; beside a
 * preset, copied over it, or, of unknot's own id, renamed); NULL when
 * there is none, and for a preset read from standard input ("-"). Caller
 * frees. */
char *stale_copy(const struct catalog *c, const char *id, const char *preset_path, const char *runs);

/* Whether the files a and b hold the same bytes (a copy installed as it
 * was sent); past a routine's size limit, they are taken for different. */
bool stale_copy_same(const char *a, const char *b);

#endif
