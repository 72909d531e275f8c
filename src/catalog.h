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
	char **unread; /* paths in your folders that look meant but are not
			* read: "plantar-ball.yaml.txt", as a mail client saves it */
	size_t n_unread;
	char **unreadable; /* "cannot read DIR: Permission denied; ...": a folder
			    * of routines or presets there but not read */
	size_t n_unreadable;
	char *bundled_dir; /* where bundled routines live */
	char *user_dir;    /* may not exist */
};

/* Scans both directories, and the presets beside them (presets/), each
 * once when they are one. Sorted by id, bundled first: catalog_find says
 * which of two with one id the id runs. */
void catalog_scan(struct catalog *c);
void catalog_free(struct catalog *c);

/* True for a path rather than an id: anything with a '/' or ending in
 * .yaml or .yml. */
bool catalog_is_path(const char *id_or_path);

/* The routine an id names in a preset: a bundled one, else yours (of two
 * of yours, dup.yaml before dup.yml); NULL for none. */
const struct catalog_entry *catalog_routine(const struct catalog *c, const char *id);

/* The path of catalog_routine's, or of a path; NULL when there is no such
 * routine (or no such file). Caller frees. */
char *catalog_resolve(const struct catalog *c, const char *id_or_path);

/* The routine a preset at preset_path names by id. In a folder named
 * presets that is not unknot's (a team's routines/ and presets/, not yet
 * installed), the routines folder beside it first: ID.yaml, else ID.yml.
 * Else catalog_resolve's. NULL for none. Caller frees. */
char *catalog_resolve_in_preset(const struct catalog *c, const char *id, const char *preset_path);

/* The routines of a team's folder beside the preset at preset_path (as
 * catalog_resolve_in_preset finds them) in team->v, for "did you mean";
 * none for one of unknot's presets. Free with catalog_free. */
void catalog_scan_team(const struct catalog *c, const char *preset_path, struct catalog *team);

/* Whether the folder that holds path is named presets, by its real name:
 * "x.yaml" from inside it counts. */
bool catalog_in_presets_folder(const char *path);

/* What an id names: a bundled routine, else a bundled preset, else a
 * routine of yours, else a preset of yours (of two of yours, dup.yaml
 * before dup.yml); NULL for none, or a path. *preset says which list it is
 * from. Anything else of that id runs only by its path. */
const struct catalog_entry *catalog_find(const struct catalog *c, const char *id, bool *preset);

/* The routine or preset of the catalog that is the file at path, or NULL. */
const struct catalog_entry *catalog_entry_at(const struct catalog *c, const char *path);

/* The folder named name beside dir: the presets' beside the routines'
 * (…/unknot/routines: …/unknot/presets), and a team's routines beside its
 * presets. Caller frees. */
char *catalog_beside(const char *dir, const char *name);
/* The folder of the file at path ("." for a bare name). Caller frees. */
char *catalog_dir_of(const char *path);
/* dir/id.yaml or dir/id.yml, when it is a file; else NULL. Caller frees. */
char *catalog_file_in(const struct catalog *c, const char *dir, const char *id);

/* The presets' directory beside the directory of routines (bundled or
 * yours) that holds path; NULL when path is in neither. Caller frees. */
char *catalog_presets_beside(const struct catalog *c, const char *path);

/* The other way round: the directory of routines beside the presets'
 * directory (bundled or yours) that holds path, or NULL. Caller frees. */
char *catalog_routines_beside(const struct catalog *c, const char *path);

/* The unread path of the catalog that is the file at path, or NULL. */
const char *catalog_unread_at(const struct catalog *c, const char *path);

/* What an unread name would be read as: "plantar-ball.yaml" for
 * ".../plantar-ball.yaml.txt". Caller frees. */
char *catalog_unread_rename(const char *path);

/* The path of the preset with this id, or NULL. Caller frees. */
char *catalog_preset(const struct catalog *c, const char *id);

/* $UNKNOT_DATA_DIR, else the routines next to the binary when run from the
 * source tree, else the installed data directory. Caller frees. */
char *catalog_data_dir(void);
/* $XDG_DATA_HOME/unknot, else $HOME/.local/share/unknot; NULL without both. */
char *catalog_user_data_dir(void);

#endif
