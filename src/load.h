/* Reading the routines a command names (load.c): ids, presets and paths,
 * each problem said on the way. */
#ifndef UNKNOT_LOAD_H
#define UNKNOT_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "diag.h"
#include "preset.h"
#include "routine.h"

/* What a session runs: its routines, and the preset's title and summary
 * when one preset alone was asked for (else NULL). */
struct loaded {
	struct routine **r;
	size_t n;
	char *title, *summary;
	char *preset; /* the id of the preset asked for alone, or NULL */
};

/* Loads the routines named by ids (routine ids, preset ids or paths),
 * printing every problem to err. Returns 0 and fills *out, or EXIT_INVALID
 * with *out empty. */
int load_routines(const struct catalog *c, char *const *ids, size_t n, struct loaded *out,
		  FILE *err);
void loaded_free(struct loaded *l);

/* The routine id (or preset id too) nearest to id, for a "did you mean":
 * the same in another case, a slip of a letter or two, the other form of
 * a word (calf: calves), or a word of one id alone (desk: desk-break); or
 * NULL. */
const char *closest_id(const struct catalog *c, const char *id, bool presets);

/* With no routine anywhere (an install moved, UNKNOT_DATA_DIR wrong):
 * where they were looked for, on err; EXIT_INVALID. */
int say_no_routines(const struct catalog *c, FILE *err);
/* "unknot: no routine 'fet'; did you mean 'feet'?", or why not, on err. */
void say_unknown_routine(const struct catalog *c, const char *id, FILE *err);
/* "feet.yaml", not a file here: the routine or preset it names is found
 * by its id, from anywhere, with whatever else was typed. */
void say_found_by_id(const struct catalog *c, const char *path, FILE *err);
/* An id that reaches another routine or preset than one of yours of that
 * id: said, so that an edit of yours is not thought to be what runs. */
/* only: of that file alone (one checked by its path), else of each. */
void note_shadowed(const struct catalog *c, const char *id, bool routines_only,
		   const struct catalog_entry *only, FILE *err);
/* A routine file sent again beside the preset at path (NULL: the id named
 * alone, and a file of it here) that is not the routine of id that runs
 * and differs from it: said on err, with what to do. */
void note_sent_again(const struct catalog *c, const char *id, const char *path, FILE *err);

/* An error in d at each id of preset p (read from path) that names no
 * routine: why, or the id meant. */
void check_preset_ids(const struct catalog *c, const struct preset *p, const char *path,
		      struct diags *d);
/* The preset at path, when it loads and its routines are known. */
struct preset *load_preset(const struct catalog *c, const char *path, struct diags *d);
/* A preset elsewhere: the file read as one (its routine ids aside), its
 * warnings in place of what d held (a routine's errors, not meant for it);
 * or NULL. One whose only faults are items of its list comes back with
 * them in d (preset_load_file's past_ids), for the rest to be said too: the
 * caller refuses it. Read as neither, a file meant as a preset (a 'routnes:' key and
 * no steps) is told a preset's errors, not a routine's. */
struct preset *preset_if_shaped(const char *path, struct diags *d);
/* Where preset p (at path) names its k-th routine, which cannot be read:
 * the picker leaves it out, and its run is refused. */
void unreadable_in_preset(struct diags *d, const char *path, const struct preset *p, size_t k);
/* A routine saved among the presets: not "nested too deeply" or "unknown
 * key 'steps'", but where it goes. */
bool misplaced_routine(const struct catalog *c, const char *path, struct diags *d);
/* A preset saved among the routines: not a routine's errors (no area, no
 * steps), but where it goes. */
bool misplaced_preset(const struct catalog *c, const char *path, struct diags *d);

#endif
