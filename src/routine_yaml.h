/* The routine file loader: libyaml events → struct routine. Every problem is
 * reported in diags with file:line:column; warnings do not fail the load. */
#ifndef UNKNOT_ROUTINE_YAML_H
#define UNKNOT_ROUTINE_YAML_H

#include <stddef.h>

#include "diag.h"
#include "routine.h"

/* Returns the routine, or NULL when there was at least one error. The id is
 * the file's base name without ".yaml"/".yml". */
struct routine *routine_load_file(const char *path, struct diags *d);

/* Same, from memory; name is used in messages and for the id. */
struct routine *routine_load_buffer(const char *name, const char *buf,
				    size_t len, struct diags *d);

#endif
