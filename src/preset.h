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

/* The preset at path, or NULL with its errors in d. With past_ids, one
 * whose only errors are items of its list that are no ids (a file name, a
 * path) comes back, without them, its errors in d: its other ids can then
 * be checked too, every fault said at once. */
struct preset *preset_load_file(const char *path, struct diags *d, bool past_ids);
/* The same from len bytes of buf, named name in errors (standard input's
 * "-"). */
struct preset *preset_load_buffer(const char *name, const char *buf, size_t len, struct diags *d,
				  bool past_ids);
void preset_free(struct preset *p);

/* True when a file that reads as neither routine nor preset is meant to be
 * a preset: a key that is (or nearly is) "routines", and none of a
 * routine's (steps, area). */
bool preset_file_looks_like_one(const char *path);

/* True when a file read as a preset is meant to be a routine: a routine's
 * key (steps, area), and none that is (or nearly is) "routines". */
bool preset_file_is_a_routine(const char *path);

#endif
