/* Finding routines: the bundled directory, the user's directory
 * ($XDG_DATA_HOME/unknot/routines), or a path given on the command line. */
#ifndef UNKNOT_CATALOG_H
#define UNKNOT_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

struct catalog_entry {
	char *id;   /* file name without .yaml */
	char *path;
	int user;   /* 1 when it comes from the user's directory */
};

struct catalog {
	struct catalog_entry *v;       /* routines */
	size_t n;
	struct catalog_entry *presets; /* compositions of routines */
	size_t n_presets;
	char *bundled_dir; /* where bundled routines live */
	char *user_dir;    /* may not exist */
};

/* Scans both directories, and the presets beside them (presets/); a user routine with the id of a bundled one is
 * listed after it and is reachable only by path. Sorted by id. */
void catalog_scan(struct catalog *c);
void catalog_free(struct catalog *c);

/* True for a path rather than an id: anything with a '/' or ending in
 * .yaml or .yml. */
bool catalog_is_path(const char *id_or_path);

/* The path for an id or a path; NULL when there is no such routine (or no
 * such file). Caller frees. */
char *catalog_resolve(const struct catalog *c, const char *id_or_path);

/* When a routine of yours has the id of a bundled one, which runs by that
 * id (yours only by its path): the path of yours, and in *by what runs
 * ("a bundled routine"); else NULL. */
const char *catalog_shadowed(const struct catalog *c, const char *id, const char **by);
/* The same for a preset of yours, which a routine of that id (bundled or
 * yours) or a bundled preset comes before. */
const char *catalog_shadowed_preset(const struct catalog *c, const char *id, const char **by);

/* The path of the preset with this id, or NULL. Caller frees. */
char *catalog_preset(const struct catalog *c, const char *id);

/* $UNKNOT_DATA_DIR, else the routines next to the binary when run from the
 * source tree, else the installed data directory. Caller frees. */
char *catalog_data_dir(void);
/* $XDG_DATA_HOME/unknot, else $HOME/.local/share/unknot; NULL without both. */
char *catalog_user_data_dir(void);

#endif
