/* Why a name finds no routine, when something near it can tell: the
 * person who got routine files by mail, or wrote a title for an id. */
#ifndef UNKNOT_NOT_FOUND_H
#define UNKNOT_NOT_FOUND_H

#include "catalog.h"

/* What to do about id, which names no routine, as a clause to follow
 * "no routine 'X'; ": it is a routine's title ("Morning feet" is feet), a
 * file of yours whose name is not read (plantar-ball.yaml.txt), or a file
 * of that id not installed: beside the preset at preset_path that names
 * it, or, from the command line (NULL), in the current directory. NULL
 * when none of these is so. Caller frees. */
char *not_found_why(const struct catalog *c, const char *id, const char *preset_path);

/* "unknot ./NAME" for a file NAME here, quoted for a shell where it needs
 * it ("unknot './it'\''s week.yaml'"); NULL when the name had to be escaped
 * to be shown, as no shell would take it so. Caller frees. */
char *not_found_run_by_path(const char *name);

/* Of a file of yours in the catalog's unread: that it is not read, and
 * its name to be read by. Caller frees. */
char *not_read(const char *path);

#endif
