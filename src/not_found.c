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

/* s as a shell takes it whole: in single quotes unless it needs none. */
static char *for_shell(const char *s)
{
	if (s[strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+@%,:=~")] == '\0')
		return xstrdup(s);
	size_t quotes = 0;
	for (const char *c = s; *c; c++)
		quotes += *c == '\'';
	char *q = xmalloc(strlen(s) + 3 * quotes + 3), *o = q;
	*o++ = '\'';
	for (const char *c = s; *c; c++)
		if (*c == '\'')
			memcpy(o, "'\\''", 4), o += 4; /* ' ends, \' is one, ' begins again */
		else
			*o++ = *c;
	*o++ = '\'';
	*o = '\0';
	return q;
}

char *not_found_run_by_path(const char *name)
{
	char *safe = text_printable(name);
	bool escaped = strcmp(safe, name);
	free(safe);
	if (escaped) /* the name shown is not the one a shell would take */
		return NULL;
	char *path = xasprintf("./%s", name), *run = for_shell(path);
	char *s = xasprintf("unknot %s", run);
	free(run);
	free(path);
	return s;
}

/* Where routines (or presets) of yours go, said whole: "copy WHAT into
 * DIR/", and how to make DIR when it is not there yet. */
static char *install_into(const struct catalog *c, const char *what, bool presets)
{
	const char *folder = presets ? "presets" : "routines";
	if (!c->user_dir) /* neither XDG_DATA_HOME nor HOME */
		return xasprintf("set HOME, then copy %s into ~/.local/share/unknot/%s/", what, folder);
	char *at = presets ? catalog_beside(c->user_dir, "presets") : xstrdup(c->user_dir);
	struct stat st;
	bool made = stat(at, &st) == 0 && S_ISDIR(st.st_mode);
	/* a folder whose name had to be escaped to be shown (\xE9) is not
	 * named to a shell: that name would make another */
	char *dir = text_printable(at), *cmd = made || strcmp(dir, at) ? NULL : for_shell(dir);
	char *s = xasprintf("copy %s into %s/%s%s%s", what, dir,
			    made ? "" : cmd ? " (first make it: mkdir -p " : " (make that folder first",
			    cmd ? cmd : "", made ? "" : ")");
	free(cmd);
	free(dir);
	free(at);
	return s;
}

/* *s with more after it; frees more. */
static void then(char **s, char *more)
{
	char *all = xasprintf("%s%s", *s, more);
	free(*s);
	free(more);
	*s = all;
}

/* "a, b and c", safe to print. */
static char *said_as_list(const struct strlist *l)
{
	char *most = l->n > 1 ? strlist_join_with(&(struct strlist){ l->v, l->n - 1 }, ", ") : NULL;
	char *all = most ? xasprintf("%s and %s", most, l->v[l->n - 1]) : xstrdup(l->v[0]);
	char *safe = text_printable(all);
	free(all);
	free(most);
	return safe;
}

/* A preset someone sent, here in the current directory with routines it
 * names that nothing else answers to: both go in, each to its folder (the
 * preset among the routines, or run by its path, is refused). Each routine
 * it names is here (to copy), in a team's routines folder beside its
 * presets folder (found when it is run by its path; copied with it), of
 * unknot's id (which it would run), a preset (which it cannot run), or
 * nowhere. */
static char *install_preset(const struct catalog *c, const char *path)
{
	struct diags d = { 0 };
	struct preset *p = preset_load_file(path, &d, true);
	/* here: to copy with it, found here or in a team's folder (found
	 * only when it runs by its path) */
	struct strlist here = { 0 }, nowhere = { 0 }, taken = { 0 }, presets = { 0 };
	bool runs_by_path = true;
	for (size_t i = 0; p && i < p->routines.n; i++) {
		const char *id = p->routines.v[i];
		const struct catalog_entry *known = catalog_routine(c, id);
		char *file = catalog_file_in(c, ".", id), *found = NULL;
		struct strlist *to = NULL;
		const char *name = id;
		if (file && preset_file_looks_like_one(file))
			to = &presets, name = file + 2, runs_by_path = false;
		else if (known && file && !known->user)
			to = &taken, name = file + 2; /* the bundled one runs */
		else if (!known && file)
			to = &here, name = file + 2, runs_by_path = false;
		else if (!known && (found = catalog_resolve_in_preset(c, id, path)))
			to = &here, name = found;
		else if (!known)
			to = &nowhere, runs_by_path = false; /* followed, "no routine" */
		if (to && !strlist_contains(to, name))
			strlist_add(to, name);
		free(found);
		free(file);
	}
	preset_free(p);
	diags_free(&d);
	char *safe = text_printable(path + 2), *preset = install_into(c, "it", true), *s;
	/* run by its path, it finds only what is installed or a team's */
	char *run = runs_by_path ? not_found_run_by_path(path + 2) : NULL;
	if (!run)
		s = xasprintf("%s is here, a preset, but not installed: %s", safe, preset);
	else
		s = xasprintf("%s is here, a preset, but not installed: run it by its path (%s), or %s",
			      safe, run, preset);
	free(run);
	if (here.n) { /* with it, what it needs that only it finds */
		char *names = said_as_list(&here), *routines = install_into(c, names, false);
		then(&s, xasprintf(", and %s", routines));
		free(routines);
		free(names);
	}
	if (nowhere.n) {
		char *missing = said_as_list(&nowhere);
		then(&s, xasprintf("; it also names %s, neither here nor installed", missing));
		free(missing);
	}
	if (presets.n) {
		char *names = said_as_list(&presets);
		then(&s, xasprintf("; %s here %s a preset, and a preset lists routines: name %s routines "
				   "instead", names, presets.n > 1 ? "are each" : "is",
				   presets.n > 1 ? "their" : "its"));
		free(names);
	}
	if (taken.n) {
		char *same = said_as_list(&taken);
		then(&s, xasprintf("; %s here ha%s the id of unknot's own, which the preset runs: to run "
				   "yours, rename %s and the preset's name for %s", same,
				   taken.n > 1 ? "ve" : "s", taken.n > 1 ? "them" : "it",
				   taken.n > 1 ? "them" : "it"));
		free(same);
	}
	strlist_free(&here);
	strlist_free(&nowhere);
	strlist_free(&taken);
	strlist_free(&presets);
	free(safe);
	free(preset);
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
		char *dir = xasprintf("%s%s", up, near[i]), *found = catalog_file_in(c, dir, id);
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
	/* in the current directory, "./x.yaml": said as x.yaml */
	bool here = !preset_path || !strchr(preset_path, '/');
	char *dir = preset_path ? catalog_dir_of(preset_path) : xstrdup(".");
	char *beside = catalog_file_in(c, dir, id), *s = NULL;
	if (beside && !preset_path && preset_file_looks_like_one(beside)) {
		s = install_preset(c, beside);
	} else if (beside && preset_path && preset_file_looks_like_one(beside)) {
		char *path = text_printable(beside + (here ? 2 : 0));
		s = xasprintf("%s, beside this preset, is a preset, and a preset lists routines: name "
			      "its routines instead", path);
		free(path);
	} else if (beside) {
		char *path = text_printable(beside + (here ? 2 : 0)), *how = install_into(c, "it", false);
		char *run = preset_path ? NULL : not_found_run_by_path(beside + 2);
		if (run)
			s = xasprintf("%s is here, but not installed: run it by its path (%s), or %s",
				      path, run, how);
		else
			s = xasprintf(preset_path ? "%s, beside this preset, is not installed: %s" :
						    "%s is here, but not installed: %s", path, how);
		free(run);
		free(path);
		free(how);
	}
	free(beside);
	free(dir);
	if (!s && c->user_dir)
		s = near_your_routines(c, id);
	return s;
}
