#include "catalog.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"
#include "yaml_name.h"

static bool same_inode(const struct stat *x, const struct stat *y)
{
	return x->st_dev == y->st_dev && x->st_ino == y->st_ino;
}

/* The same directory by two names: PREFIX=~/.local puts the bundled
 * routines where yours go, and each would be listed twice. */
static bool same_dir(const char *a, const char *b)
{
	struct stat x, y;
	return a && b && stat(a, &x) == 0 && stat(b, &y) == 0 && same_inode(&x, &y);
}

static int is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *catalog_data_dir(void)
{
	const char *env = getenv("UNKNOT_DATA_DIR");
	if (env && *env)
		return xstrdup(env);
	/* Run from the source tree (build/unknot): use the routines beside it. */
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			/* the directory above build/, named as such: paths in
			 * messages read .../routines/feet.yaml, not build/.. */
			slash = strrchr(exe, '/');
			char *tree = slash && slash != exe ? xstrndup(exe, (size_t)(slash - exe))
							   : xasprintf("%s/..", exe);
			char *probe = xasprintf("%s/routines/feet.yaml", tree);
			char *mk = xasprintf("%s/Makefile", tree);
			int ok = is_file(probe) && is_file(mk);
			free(probe);
			free(mk);
			if (ok)
				return tree;
			free(tree);
		}
	}
	return xstrdup(UNKNOT_DATADIR);
}

char *catalog_user_data_dir(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && xdg[0] == '/')
		return xasprintf("%s/unknot", xdg);
	const char *home = getenv("HOME");
	if (home && home[0] == '/')
		return xasprintf("%s/.local/share/unknot", home);
	return NULL;
}

static int by_id(const void *a, const void *b)
{
	const struct catalog_entry *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	/* Then bundled first, and by path: dup.yaml before dup.yml, always. */
	return c ? c : x->user != y->user ? x->user - y->user : strcmp(x->path, y->path);
}

/* The ".txt" that ends "feet.yaml.txt", the name a mail client or an
 * editor on another system gives a routine; NULL for any other. */
static const char *txt_after_yaml(const char *name)
{
	size_t n = strlen(name);
	if (n < 4 || strcasecmp(name + n - 4, ".txt"))
		return NULL;
	char *stem = xstrndup(name, n - 4);
	bool meant = yaml_name_suffix(stem) != NULL;
	free(stem);
	return meant ? name + n - 4 : NULL;
}

char *catalog_unread_rename(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *txt = txt_after_yaml(base);
	return xstrndup(base, txt ? (size_t)(txt - base) : strlen(base));
}

/* Adds dir's routine files to v; in a folder of yours (user 1), notes in
 * c the files that look meant as one but are not read; a folder there but
 * not read, in c too. */
static void scan_dir(struct catalog_entry **v, size_t *n, const char *dir, int user,
		     struct catalog *c)
{
	DIR *d = dir ? opendir(dir) : NULL;
	if (!d) { /* not there is nothing to say: one that cannot be read is */
		if (dir && errno != ENOENT) { /* a file where the folder goes is said too */
			c->unreadable = xreallocarray(c->unreadable, c->n_unreadable + 1,
						      sizeof *c->unreadable);
			c->unreadable[c->n_unreadable++] =
				errno == ENOTDIR ? xasprintf("%s is not a folder: nothing is read from it", dir)
						 : xasprintf("cannot read %s: %s; what is in it is left out",
							     dir, strerror(errno));
		}
		return;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *suffix = yaml_name_suffix(e->d_name);
		bool meant = !suffix && user && txt_after_yaml(e->d_name);
		if ((!suffix && !meant) || e->d_name[0] == '.')
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		if (!is_file(path)) {
			free(path);
		} else if (meant) {
			c->unread = xreallocarray(c->unread, c->n_unread + 1, sizeof *c->unread);
			c->unread[c->n_unread++] = path;
		} else {
			*v = xreallocarray(*v, *n + 1, sizeof **v);
			(*v)[(*n)++] = (struct catalog_entry){ yaml_name_id(e->d_name), path, user };
		}
	}
	closedir(d);
}

static int by_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void catalog_scan(struct catalog *c)
{
	*c = (struct catalog){ 0 };
	char *data = catalog_data_dir();
	c->bundled_dir = xasprintf("%s/routines", data);
	char *presets = xasprintf("%s/presets", data);
	free(data);
	char *user = catalog_user_data_dir();
	char *user_presets = user ? xasprintf("%s/presets", user) : NULL;
	if (user) {
		c->user_dir = xasprintf("%s/routines", user);
		free(user);
	}
	scan_dir(&c->v, &c->n, c->bundled_dir, 0, c);
	if (c->user_dir && !same_dir(c->user_dir, c->bundled_dir))
		scan_dir(&c->v, &c->n, c->user_dir, 1, c);
	scan_dir(&c->presets, &c->n_presets, presets, 0, c);
	if (user_presets && !same_dir(user_presets, presets))
		scan_dir(&c->presets, &c->n_presets, user_presets, 1, c);
	free(presets);
	free(user_presets);
	if (c->n)
		qsort(c->v, c->n, sizeof *c->v, by_id);
	if (c->n_presets)
		qsort(c->presets, c->n_presets, sizeof *c->presets, by_id);
	if (c->n_unread)
		qsort(c->unread, c->n_unread, sizeof *c->unread, by_path);
}

static void free_entries(struct catalog_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].path);
	}
	free(v);
}

void catalog_free(struct catalog *c)
{
	free_entries(c->v, c->n);
	free_entries(c->presets, c->n_presets);
	for (size_t i = 0; i < c->n_unread; i++)
		free(c->unread[i]);
	free(c->unread);
	for (size_t i = 0; i < c->n_unreadable; i++)
		free(c->unreadable[i]);
	free(c->unreadable);
	free(c->bundled_dir);
	free(c->user_dir);
	*c = (struct catalog){ 0 };
}

bool catalog_is_path(const char *id_or_path)
{
	return strchr(id_or_path, '/') || yaml_name_suffix(id_or_path);
}

/* The first entry of v with this id: of yours (user 1), bundled (0), or
 * either (-1), bundled first as they are sorted; by path after that:
 * dup.yaml before dup.yml. */
static const struct catalog_entry *first(const struct catalog_entry *v, size_t n, const char *id,
					 int user)
{
	for (size_t i = 0; i < n; i++)
		if ((user < 0 || v[i].user == user) && strcmp(v[i].id, id) == 0)
			return &v[i];
	return NULL;
}

const struct catalog_entry *catalog_routine(const struct catalog *c, const char *id)
{
	return first(c->v, c->n, id, -1);
}

char *catalog_resolve(const struct catalog *c, const char *id_or_path)
{
	if (catalog_is_path(id_or_path))
		return is_file(id_or_path) ? xstrdup(id_or_path) : NULL;
	const struct catalog_entry *e = catalog_routine(c, id_or_path);
	return e ? xstrdup(e->path) : NULL;
}

const struct catalog_entry *catalog_find(const struct catalog *c, const char *id, bool *preset)
{
	const struct catalog_entry *e = NULL;
	*preset = false;
	if (catalog_is_path(id))
		return NULL;
	for (int user = 0; user < 2 && !e; user++)
		if (!(e = first(c->v, c->n, id, user)) && (e = first(c->presets, c->n_presets, id, user)))
			*preset = true;
	return e;
}

const struct catalog_entry *catalog_entry_at(const struct catalog *c, const char *path)
{
	struct stat want, st;
	if (stat(path, &want) != 0)
		return NULL;
	for (size_t i = 0; i < c->n + c->n_presets; i++) {
		const struct catalog_entry *e = i < c->n ? &c->v[i] : &c->presets[i - c->n];
		if (stat(e->path, &st) == 0 && same_inode(&st, &want))
			return e;
	}
	return NULL;
}

const char *catalog_unread_at(const struct catalog *c, const char *path)
{
	struct stat want, st;
	if (stat(path, &want) != 0)
		return NULL;
	for (size_t i = 0; i < c->n_unread; i++)
		if (stat(c->unread[i], &st) == 0 && same_inode(&st, &want))
			return c->unread[i];
	return NULL;
}

char *catalog_beside(const char *dir, const char *name)
{
	const char *slash = strrchr(dir, '/');
	return slash ? xasprintf("%.*s/%s", (int)(slash - dir), dir, name) : xstrdup(name);
}

char *catalog_dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

char *catalog_file_in(const struct catalog *c, const char *dir, const char *id)
{
	static const char *const ends[] = { ".yaml", ".yml" };
	char *found = NULL;
	for (size_t i = 0; i < 2 && !found; i++) {
		char *path = xasprintf("%s/%s%s", dir, id, ends[i]);
		found = catalog_resolve(c, path); /* a path: itself, when a file */
		free(path);
	}
	return found;
}

char *catalog_presets_beside(const struct catalog *c, const char *path)
{
	char *dir = catalog_dir_of(path);
	const char *routines = same_dir(dir, c->bundled_dir) ? c->bundled_dir :
			       same_dir(dir, c->user_dir) ? c->user_dir : NULL;
	free(dir);
	return routines ? catalog_beside(routines, "presets") : NULL;
}

char *catalog_routines_beside(const struct catalog *c, const char *path)
{
	char *dir = catalog_dir_of(path);
	const char *const roots[] = { c->bundled_dir, c->user_dir };
	const char *found = NULL;
	for (size_t i = 0; i < 2 && !found; i++) {
		char *presets = roots[i] ? catalog_beside(roots[i], "presets") : NULL;
		if (presets && same_dir(dir, presets))
			found = roots[i];
		free(presets);
	}
	free(dir);
	return found ? xstrdup(found) : NULL;
}

char *catalog_preset(const struct catalog *c, const char *id)
{
	const struct catalog_entry *e = first(c->presets, c->n_presets, id, -1);
	return e ? xstrdup(e->path) : NULL;
}

/* The real path of the folder that holds path: its own name, from inside
 * it ("x.yaml") or by "presets//". Caller frees. */
static char *real_dir_of(const char *path)
{
	char *named = catalog_dir_of(path), *dir = realpath(named, NULL);
	if (dir) {
		free(named);
		return dir;
	}
	return named;
}

static bool named_presets(const char *dir)
{
	const char *base = strrchr(dir, '/');
	return !strcmp(base ? base + 1 : dir, "presets");
}

bool catalog_in_presets_folder(const char *path)
{
	char *dir = real_dir_of(path);
	bool presets = named_presets(dir);
	free(dir);
	return presets;
}

/* The routines folder beside a team's preset at path: one in a folder
 * named presets that is not unknot's; else NULL. Caller frees. */
static char *team_routines_dir(const struct catalog *c, const char *preset_path)
{
	char *dir = real_dir_of(preset_path), *ours = catalog_routines_beside(c, preset_path);
	char *team = NULL;
	if (!ours && named_presets(dir))
		team = catalog_beside(dir, "routines");
	free(dir);
	free(ours);
	return team;
}

char *catalog_resolve_in_preset(const struct catalog *c, const char *id, const char *preset_path)
{
	char *team = catalog_is_path(id) ? NULL : team_routines_dir(c, preset_path);
	char *found = team ? catalog_file_in(c, team, id) : NULL;
	free(team);
	return found ? found : catalog_resolve(c, id);
}

void catalog_scan_team(const struct catalog *c, const char *preset_path, struct catalog *team)
{
	*team = (struct catalog){ .bundled_dir = team_routines_dir(c, preset_path) };
	scan_dir(&team->v, &team->n, team->bundled_dir, 0, team);
}
