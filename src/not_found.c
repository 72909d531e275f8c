#include "not_found.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "preset.h"
#include "routine_yaml.h"
#include "text.h"
#include "xalloc.h"
#include "yaml_name.h"

/* The routine whose title id is, in any case: what the picker shows
 * first, and how a person thinks of it. */
static const char *titled(const struct catalog *c, const char *id)
{
	const char *found = NULL;
	for (size_t i = 0; i < c->n && !found; i++) {
		struct diags d = { 0 };
		struct routine *r = routine_load_file(c->v[i].path, &d);
		if (r && text_equal_any_case(r->title, id))
			found = c->v[i].id;
		routine_free(r);
		diags_free(&d);
	}
	return found;
}

/* "the file plantar-ball.yaml.txt among your routines": one whose name
 * only lacks the right ending. */
static const char *unread_of(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->n_unread; i++) {
		char *name = catalog_unread_rename(c->unread[i]), *its = yaml_name_id(name);
		bool same = !strcmp(its, id);
		free(its);
		free(name);
		if (same)
			return c->unread[i];
	}
	return NULL;
}

/* dir/id.yaml or dir/id.yml, when it is a file; caller frees. */
static char *file_in(const struct catalog *c, const char *dir, const char *id)
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

/* Where routines of yours go, said whole: "copy it into DIR/". */
static char *install_into(const struct catalog *c)
{
	if (!c->user_dir) /* neither XDG_DATA_HOME nor HOME */
		return xstrdup("set HOME, then copy it into ~/.local/share/unknot/routines/");
	struct stat st;
	bool made = stat(c->user_dir, &st) == 0 && S_ISDIR(st.st_mode);
	char *dir = text_printable(c->user_dir);
	char *s = xasprintf("copy it into %s/%s", dir, made ? "" : " (make that folder first)");
	free(dir);
	return s;
}

char *not_read(const char *path)
{
	char *safe = text_printable(path), *name = catalog_unread_rename(path);
	char *as = text_printable(name);
	char *s = xasprintf("%s is not read: its name does not end in .yaml or .yml; rename it %s",
			    safe, as);
	free(safe);
	free(name);
	free(as);
	return s;
}

/* id.yaml saved one folder too high (~/.local/share/unknot/), or in a
 * folder named nearly as the routines' ("routine"): where it is, and
 * where it goes; NULL when it is in none of them. */
static char *near_your_routines(const struct catalog *c, const char *id)
{
	const char *slash = strrchr(c->user_dir, '/');
	if (!slash || slash == c->user_dir)
		return NULL;
	char *up = xstrndup(c->user_dir, (size_t)(slash - c->user_dir)), *s = NULL;
	static const char *const near[] = { "", "/routine", "/Routines", "/preset", "/Presets" };
	for (size_t i = 0; i < sizeof near / sizeof *near && !s; i++) {
		char *dir = xasprintf("%s%s", up, near[i]), *found = file_in(c, dir, id);
		if (found) {
			/* a preset goes among the presets, not the routines,
			 * where it would be refused again */
			bool preset = preset_file_looks_like_one(found);
			char *to = preset ? xasprintf("%s/presets", up) : xstrdup(c->user_dir);
			char *where = text_printable(found), *into = text_printable(to);
			s = xasprintf("%s is not in your %s folder: move it into %s/", where,
				      preset ? "presets" : "routines", into);
			free(where);
			free(into);
			free(to);
		}
		free(found);
		free(dir);
	}
	free(up);
	return s;
}

char *not_found_why(const struct catalog *c, const char *id, const char *preset_path)
{
	if (strchr(id, '/'))
		return NULL;
	const char *is = titled(c, id);
	if (is)
		return xasprintf("that is the title of the routine '%s': name it by its id, %s", is, is);
	const char *unread = unread_of(c, id);
	if (unread)
		return not_read(unread);
	const char *slash = preset_path ? strrchr(preset_path, '/') : NULL;
	char *dir = slash ? xstrndup(preset_path, (size_t)(slash - preset_path + (slash == preset_path)))
			  : NULL; /* NULL: the current directory */
	char *beside = file_in(c, dir ? dir : ".", id), *s = NULL;
	if (beside) {
		/* in the current directory, "./x.yaml": said as x.yaml */
		char *path = text_printable(beside + (dir ? 0 : 2)), *how = install_into(c);
		if (preset_path)
			s = xasprintf("%s, beside this preset, is not installed: %s", path, how);
		else
			s = xasprintf("%s is here, but not installed: run it by its path (unknot ./%s), "
				      "or %s", path, path, how);
		free(path);
		free(how);
	}
	free(beside);
	free(dir);
	if (!s && c->user_dir)
		s = near_your_routines(c, id);
	return s;
}
