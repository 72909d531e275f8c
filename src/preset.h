/* Presets: named compositions of routines, such as after-run = feet, calves,
 * quads, back. YAML files like routines, checked as strictly:
 *
 *   title: After a run
 *   summary: Feet, calves, quads and back, slowly.
 *   routines: [feet, calves, quads, back]
 */
#ifndef UNKNOT_PRESET_H
#define UNKNOT_PRESET_H

#include "diag.h"
#include "routine.h"

#define PRESET_MAX_ROUTINES 12

struct preset {
	char *id, *title, *summary; /* summary may be NULL */
	struct strlist routines;    /* routine ids */
	unsigned *line, *col;       /* where each id is in the file */
};

struct preset *preset_load_file(const char *path, struct diags *d);
void preset_free(struct preset *p);

/* True when the file's mapping has a routine's keys (steps, area): a
 * routine with errors, never a preset with them. */
bool preset_file_has_routine_keys(const char *path);

#endif
