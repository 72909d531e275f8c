/* Reading the routines a command names: ids, presets and paths, as every
 * command that runs, lists or checks them does, each problem said on the
 * way. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "commands.h"
#include "load.h"
#include "not_found.h"
#include "routine_yaml.h"
#include "stale_copy.h"
#include "suggest.h"
#include "text.h"
#include "yaml_name.h"
#include "xalloc.h"

/* The id of ids[n] that id is near (closest_id's ways), or NULL. */
static const char *closest_among(const char *id, const char **ids, size_t n)
{
	const char *near = NULL;
	for (size_t i = 0; i < n && !near; i++) /* Neck for neck, before back; RÜCKEN for Rücken */
		if (text_equal_any_case(ids[i], id))
			near = ids[i];
	/* as typed without the letters beyond ASCII: fuesse for Füße,
	 * ruecken-uebung for rücken-übung */
	char *typed = text_ascii_spelling(id);
	char **spelt = xcalloc(n ? n : 1, sizeof *spelt);
	for (size_t i = 0; i < n; i++)
		spelt[i] = text_ascii_spelling(ids[i]);
	for (size_t i = 0; i < n && !near; i++)
		if (!strcmp(spelt[i], typed))
			near = ids[i];
	if (!near)
		near = suggest_closest(id, ids, n, 2);
	if (!near) /* calf for calves, shoulder for shoulders */
		near = suggest_same_word(id, ids, n);
	/* A word of one id alone: quick for quick-feet, desk for desk-break,
	 * Rücken for rücken-übung (of two or more, no guess). */
	size_t len = strlen(typed), found = 0;
	const char *only = NULL;
	for (size_t i = 0; i < n && !near && len >= 3; i++) {
		const char *at = strstr(spelt[i], typed);
		if (at && (at == spelt[i] || at[-1] == '-') && (!at[len] || at[len] == '-'))
			found++, only = ids[i];
	}
	if (found == 1)
		near = only;
	for (size_t i = 0; i < n; i++)
		free(spelt[i]);
	free(spelt);
	free(typed);
	return near;
}

/* closest_among the catalog's routines, its presets when asked, and
 * extra's routines (a team's, beside its preset). */
static const char *closest_with(const struct catalog *c, const char *id, bool presets,
				const struct catalog *extra)
{
	size_t mine = c->n + (presets ? c->n_presets : 0), n = mine + extra->n;
	const char **ids = xcalloc(n ? n : 1, sizeof *ids);
	for (size_t i = 0; i < c->n; i++)
		ids[i] = c->v[i].id;
	for (size_t i = c->n; i < mine; i++)
		ids[i] = c->presets[i - c->n].id;
	for (size_t i = mine; i < n; i++)
		ids[i] = extra->v[i - mine].id;
	const char *near = closest_among(id, ids, n);
	free(ids);
	return near;
}

const char *closest_id(const struct catalog *c, const char *id, bool presets)
{
	return closest_with(c, id, presets, &(struct catalog){ 0 });
}

/* "calves feet": ids each, written with no comma between them; as they
 * would be with commas ("calves, feet"), or NULL. In a static buffer. */
static const char *ids_with_no_comma(const struct catalog *c, const char *id)
{
	static char list[256];
	char words[256];
	snprintf(words, sizeof words, "%s", id);
	list[0] = '\0';
	size_t n = 0;
	for (char *save = NULL, *w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		char *found = catalog_resolve(c, w);
		bool known = found && !catalog_is_path(w);
		free(found);
		if (!known)
			return NULL;
		snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", n++ ? ", " : "", w);
	}
	return n > 1 ? list : NULL;
}

void check_preset_ids(const struct catalog *c, const struct preset *p, const char *path,
		      struct diags *d)
{
	struct catalog team = { 0 };
	bool scanned = false;
	for (size_t i = 0; p && i < p->routines.n; i++) {
		char *found = catalog_resolve_in_preset(c, p->routines.v[i], path);
		bool known = found != NULL;
		free(found);
		if (known)
			continue;
		char *preset = catalog_preset(c, p->routines.v[i]);
		/* a routine saved among the presets ("shins.yaml", copied with
		 * the team's preset) is no preset: said where it goes */
		char *routines_dir = preset && preset_file_is_a_routine(preset) ?
				     catalog_routines_beside(c, preset) : NULL;
		bool is_preset = preset != NULL && !routines_dir;
		if (routines_dir) {
			char *safe = text_printable(preset);
			diags_add(d, DIAG_ERROR, path, p->line[i], p->col[i],
				  "no routine '%s'; %s is a routine (with steps) among the presets: "
				  "move it to %s/", p->routines.v[i], safe, routines_dir);
			free(safe);
			free(routines_dir);
			free(preset);
			continue;
		}
		free(preset);
		char *why = is_preset ? NULL : not_found_why(c, p->routines.v[i], path);
		if (!is_preset && !why && !scanned) /* a team's own, misspelt */
			catalog_scan_team(c, path, &team), scanned = true;
		const char *near = is_preset || why ? NULL : closest_with(c, p->routines.v[i], false, &team);
		const char *list;
		if (is_preset) /* a preset of presets would hide what it runs */
			diags_add(d, DIAG_ERROR, path, p->line[i], p->col[i],
				  "'%s' is a preset, and a preset lists routines: name its "
				  "routines instead (unknot --list shows them)", p->routines.v[i]);
		else if (why)
			diags_add(d, DIAG_ERROR, path, p->line[i], p->col[i], "no routine '%s'; %s",
				  p->routines.v[i], why);
		else if (near)
			diags_add(d, DIAG_ERROR, path, p->line[i], p->col[i],
				  "no routine '%s'; did you mean '%s'?", p->routines.v[i], near);
		else if ((list = ids_with_no_comma(c, p->routines.v[i])))
			diags_add(d, DIAG_ERROR, path, p->line[i], p->col[i], "no routine '%s'; "
				  "these are ids apart: %s (in [ ], a comma between them; in a "
				  "list of '- ' lines, one a line)", p->routines.v[i], list);
		else
			diags_add(d, DIAG_ERROR, path, p->line[i], p->col[i], "no routine '%s'",
				  p->routines.v[i]);
		free(why);
	}
	catalog_free(&team);
}

/* p (at path) when every routine it names is known and d has no error
 * since it held before (a fault in p's list, read past, is one); else NULL
 * (freed), each unknown id said in d. */
static struct preset *known_routines(const struct catalog *c, struct preset *p, const char *path,
				     struct diags *d, size_t before)
{
	check_preset_ids(c, p, path, d);
	if (p && d->errors > before) {
		preset_free(p);
		return NULL;
	}
	return p;
}

/* A file saved among the other kind's (a preset among the routines, or
 * the other way round) is read as that kind: rather than its errors, where
 * it goes: what is said of it ("a preset (a list of routines) among the
 * routines"), then dir, the directory it belongs in (NULL: it is not among
 * unknot's own; freed here). meant tells whether the file is of the other
 * kind, read only when dir is known. True when so. */
static bool misplaced(const char *path, char *dir, bool (*meant)(const char *),
		      const char *said, struct diags *d)
{
	bool is = dir && meant(path);
	if (is) {
		diags_free(d);
		*d = (struct diags){ 0 };
		diags_add(d, DIAG_ERROR, path, 0, 0, "%s: move it to %s/", said, dir);
	}
	free(dir);
	return is;
}

bool misplaced_routine(const struct catalog *c, const char *path, struct diags *d)
{
	return misplaced(path, catalog_routines_beside(c, path), preset_file_is_a_routine,
			 "a routine (with steps) among the presets", d);
}

struct preset *load_preset(const struct catalog *c, const char *path, struct diags *d)
{
	size_t before = d->errors;
	struct preset *p = preset_load_file(path, d, true); /* its faults said at once */
	if (!p && misplaced_routine(c, path, d))
		return NULL;
	return known_routines(c, p, path, d, before);
}

void unreadable_in_preset(struct diags *d, const char *path, const struct preset *p, size_t k)
{
	diags_add(d, DIAG_ERROR, path, p->line[k], p->col[k],
		  "routine '%s' cannot be read (said above)", p->routines.v[k]);
}

struct preset *preset_if_shaped(const char *path, struct diags *d)
{
	struct diags mine = { 0 };
	struct preset *p = preset_load_file(path, &mine, true); /* every fault said */
	if (p || (d->errors && preset_file_looks_like_one(path))) {
		diags_free(d);
		*d = mine;
	} else {
		diags_free(&mine);
	}
	return p;
}

bool misplaced_preset(const struct catalog *c, const char *path, struct diags *d)
{
	return misplaced(path, catalog_presets_beside(c, path), preset_file_looks_like_one,
			 "a preset (a list of routines) among the routines", d);
}

/* What runs by e's id when it is not e, in words ("a bundled routine",
 * "another routine of yours, PATH"); else NULL. Caller frees. In a preset
 * (routines_only) an id is a routine's. */
static char *run_instead(const struct catalog *c, const struct catalog_entry *e, bool e_preset,
			 bool routines_only)
{
	bool preset = false;
	const struct catalog_entry *runs = routines_only ? catalog_routine(c, e->id) :
					   catalog_find(c, e->id, &preset);
	if (!runs || runs == e)
		return NULL;
	const char *kind = preset ? "preset" : "routine";
	if (!runs->user)
		return xasprintf("a bundled %s", kind);
	char *path = text_printable(runs->path);
	char *s = xasprintf("%s %s of yours, %s", preset == e_preset ? "another" : "a", kind, path);
	free(path);
	return s;
}

void note_shadowed(const struct catalog *c, const char *id, bool routines_only,
			  const struct catalog_entry *only, FILE *err)
{
	for (size_t i = 0; i < c->n + c->n_presets; i++) {
		bool preset = i >= c->n;
		const struct catalog_entry *e = preset ? &c->presets[i - c->n] : &c->v[i];
		if (!e->user || strcmp(e->id, id) || (preset && routines_only) || (only && e != only))
			continue;
		char *by = run_instead(c, e, preset, routines_only);
		if (!by)
			continue;
		char *safe_id = text_printable(id), *safe_path = text_printable(e->path);
		fflush(stdout); /* in order with what was said of the files before */
		fprintf(err, PLAN_LOAD_NOTE "'%s' runs %s; your %s, %s, runs by its path (or rename it)\n",
			safe_id, by, preset ? "preset" : "routine", safe_path);
		free(safe_id);
		free(safe_path);
		free(by);
	}
}

int say_no_routines(const struct catalog *c, FILE *err)
{
	char *dir = text_printable(c->bundled_dir), *yours = text_printable(c->user_dir ? c->user_dir : "");
	fprintf(err, "unknot: no routines found in %s%s%s (UNKNOT_DATA_DIR names the directory that "
		"holds routines/)\n", dir, *yours ? " nor in " : "", yours);
	free(dir);
	free(yours);
	return EXIT_INVALID;
}

void say_unknown_routine(const struct catalog *c, const char *id, FILE *err)
{
	if (!c->n) { /* not a misspelling: there are none */
		say_no_routines(c, err);
		return;
	}
	char *safe = text_printable(id), *why = not_found_why(c, id, NULL);
	const char *near = why ? NULL : closest_id(c, id, true);
	if (why)
		fprintf(err, "unknot: no routine '%s'; %s\n", safe, why);
	else if (near)
		fprintf(err, "unknot: no routine '%s'; did you mean '%s'? (unknot --list shows them all)\n",
			safe, near);
	else
		fprintf(err, "unknot: no routine '%s' (unknot --list shows them all)\n", safe);
	free(safe);
	free(why);
}

void say_found_by_id(const struct catalog *c, const char *path, FILE *err)
{
	char *id = yaml_name_id(path), *safe = text_printable(path);
	bool preset;
	if (catalog_find(c, id, &preset))
		fprintf(err, "unknot: the %s '%s' is found by its id, from anywhere: name it %s, "
			"not %s\n", preset ? "preset" : "routine", id, id, safe);
	free(safe);
	free(id);
}

/* note_shadowed once an id: a preset may name a routine again. */
static void note_once(const struct catalog *c, const char *id, bool routines_only,
		      struct strlist *noted, FILE *err)
{
	if (catalog_is_path(id) || strlist_contains(noted, id))
		return;
	strlist_add(noted, id);
	note_shadowed(c, id, routines_only, NULL, err);
}

/* The file of the routine id names in the preset at path when it is not
 * the catalog's (catalog_resolve_in_preset), else NULL. Caller frees. */
static char *beside_preset(const struct catalog *c, const char *id, const char *path)
{
	char *in_preset = catalog_resolve_in_preset(c, id, path), *ours = catalog_resolve(c, id);
	bool beside = in_preset && (!ours || strcmp(in_preset, ours));
	free(ours);
	if (!beside) {
		free(in_preset);
		return NULL;
	}
	return in_preset;
}

void note_sent_again(const struct catalog *c, const char *id, const char *path, FILE *err)
{
	char *runs = path ? catalog_resolve_in_preset(c, id, path) : catalog_resolve(c, id);
	char *said = runs ? stale_copy(c, id, path, runs) : NULL;
	if (said)
		fprintf(err, "unknot: %s\n", said);
	free(said);
	free(runs);
}

/* note_sent_again once a file: once an id in each preset's folder (two
 * presets of two folders may each have a copy beside them). */
static void note_stale(const struct catalog *c, const char *id, const char *path,
		       struct strlist *noted, FILE *err)
{
	if (catalog_is_path(id))
		return;
	char *dir = path ? catalog_dir_of(path) : xstrdup("."), *key = xasprintf("%s/%s", dir, id);
	bool said = strlist_contains(noted, key);
	if (!said)
		strlist_add(noted, key);
	free(key);
	free(dir);
	if (!said)
		note_sent_again(c, id, path, err);
}

/* The routine ids to load: presets replaced by their routines. A preset
 * asked for alone gives the session its title and summary. */
static int expand(const struct catalog *c, char *const *ids, size_t n, struct strlist *out,
		  struct loaded *l, FILE *err)
{
	int status = 0;
	struct strlist noted = { 0 }, stale = { 0 };
	for (size_t i = 0; i < n; i++) {
		note_once(c, ids[i], false, &noted, err);
		bool by_path = catalog_is_path(ids[i]), preset = false;
		const struct catalog_entry *e = by_path ? NULL : catalog_find(c, ids[i], &preset);
		char *path = by_path ? catalog_resolve(c, ids[i]) : NULL;
		struct preset *p = NULL;
		struct diags d = { 0 };
		bool is_preset = true;
		if (path && (p = preset_if_shaped(path, &d))) { /* a preset by its path */
			p = known_routines(c, p, path, &d, 0);
		} else if (preset) {
			p = load_preset(c, e->path, &d);
		} else {
			is_preset = false;
		}
		diags_print(&d, err);
		diags_free(&d);
		if (is_preset && !p) {
			free(path);
			status = EXIT_INVALID;
			continue;
		}
		size_t add = p ? p->routines.n : 1;
		out->v = xreallocarray(out->v, out->n + add, sizeof *out->v);
		for (size_t k = 0; k < add; k++) {
			/* sent again: beside a preset by its path; else here */
			note_stale(c, p ? p->routines.v[k] : ids[i], p ? path : NULL, &stale, err);
			/* A routine beside a preset of a team's folders, by its path. */
			char *beside = p && path ? beside_preset(c, p->routines.v[k], path) : NULL;
			if (p && !beside) /* in a preset, an id is a routine's */
				note_once(c, p->routines.v[k], true, &noted, err);
			out->v[out->n++] = beside ? beside : xstrdup(p ? p->routines.v[k] : ids[i]);
		}
		free(path);
		if (p && n == 1) {
			l->title = p->title, l->summary = p->summary, l->preset = p->id;
			p->title = p->summary = p->id = NULL;
		}
		preset_free(p);
	}
	strlist_free(&noted);
	strlist_free(&stale);
	return status;
}

int load_routines(const struct catalog *c, char *const *ids, size_t n, struct loaded *out,
		  FILE *err)
{
	*out = (struct loaded){ 0 };
	struct strlist all = { 0 };
	int status = expand(c, ids, n, &all, out, err);
	struct routine **v = xcalloc(all.n, sizeof *v);
	for (size_t i = 0; i < all.n; i++) {
		char *path = catalog_resolve(c, all.v[i]);
		if (!path && catalog_is_path(all.v[i]))
			path = xstrdup(all.v[i]); /* the loader says why it cannot be read */
		if (!path) {
			say_unknown_routine(c, all.v[i], err);
			status = EXIT_INVALID;
			continue;
		}
		struct diags d = { 0 };
		v[i] = routine_load_file(path, &d);
		if (!v[i] && !misplaced_preset(c, path, &d) && catalog_is_path(all.v[i]))
			preset_free(preset_if_shaped(path, &d)); /* its errors, if fewer */
		diags_print(&d, err);
		if (!v[i] && catalog_is_path(all.v[i]) && access(path, F_OK) != 0)
			say_found_by_id(c, path, err);
		if (!v[i])
			status = EXIT_INVALID;
		diags_free(&d);
		free(path);
	}
	out->r = v;
	out->n = all.n;
	strlist_free(&all);
	if (status || !out->n) {
		loaded_free(out);
		status = EXIT_INVALID;
	}
	return status;
}

void loaded_free(struct loaded *l)
{
	for (size_t i = 0; l->r && i < l->n; i++)
		routine_free(l->r[i]);
	free(l->r);
	free(l->title);
	free(l->summary);
	free(l->preset);
	*l = (struct loaded){ 0 };
}
