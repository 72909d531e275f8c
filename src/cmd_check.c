/* --check, --list and --dry-run: reading routines without coaching. */
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "cues.h"
#include "diag.h"
#include "duration.h"
#include "not_found.h"
#include "plan.h"
#include "preset.h"
#include "record.h"
#include "routine_yaml.h"
#include "suggest.h"
#include "text.h"
#include "wrapped.h"
#include "yaml_name.h"
#include "xalloc.h"

_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "--check and --dry-run say kid holds are 30s at most");

const char *closest_id(const struct catalog *c, const char *id, bool presets)
{
	size_t n = c->n + (presets ? c->n_presets : 0);
	const char **ids = xcalloc(n ? n : 1, sizeof *ids);
	for (size_t i = 0; i < c->n; i++)
		ids[i] = c->v[i].id;
	for (size_t i = c->n; i < n; i++)
		ids[i] = c->presets[i - c->n].id;
	const char *near = NULL;
	for (size_t i = 0; i < n && !near; i++) /* Neck for neck, before back */
		if (!strcasecmp(ids[i], id))
			near = ids[i];
	if (!near)
		near = suggest_closest(id, ids, n, 2);
	if (!near) /* calf for calves, shoulder for shoulders */
		near = suggest_same_word(id, ids, n);
	/* A word of one id alone: quick for quick-feet, desk for desk-break
	 * (of two or more, no guess). */
	size_t len = strlen(id), found = 0;
	const char *only = NULL;
	for (size_t i = 0; i < n && !near && len >= 3; i++) {
		const char *at = strstr(ids[i], id);
		if (at && (at == ids[i] || at[-1] == '-') && (!at[len] || at[len] == '-'))
			found++, only = ids[i];
	}
	if (found == 1)
		near = only;
	free(ids);
	return near;
}

/* p (read from path) when each of its routines is one of the catalog; else
 * NULL, p freed, with an error at each id that names none. */
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

static void check_ids(const struct catalog *c, const struct preset *p, const char *path,
		      struct diags *d)
{
	for (size_t i = 0; p && i < p->routines.n; i++) {
		char *found = catalog_resolve_in_preset(c, p->routines.v[i], path);
		bool known = found != NULL;
		free(found);
		if (known)
			continue;
		char *preset = catalog_preset(c, p->routines.v[i]);
		bool is_preset = preset != NULL;
		free(preset);
		char *why = is_preset ? NULL : not_found_why(c, p->routines.v[i], path);
		const char *near = is_preset || why ? NULL : closest_id(c, p->routines.v[i], false);
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
}

/* p (at path) when every routine it names is known; else NULL (freed),
 * each unknown id said in d. */
static struct preset *known_routines(const struct catalog *c, struct preset *p, const char *path,
				     struct diags *d)
{
	size_t before = d->errors;
	check_ids(c, p, path, d);
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

/* A routine saved among the presets: not "nested too deeply" or "unknown
 * key 'steps'", but where it goes. */
static bool misplaced_routine(const struct catalog *c, const char *path, struct diags *d)
{
	return misplaced(path, catalog_routines_beside(c, path), preset_file_is_a_routine,
			 "a routine (with steps) among the presets", d);
}

/* The preset at path, when it loads and its routines are known. */
static struct preset *load_preset(const struct catalog *c, const char *path, struct diags *d)
{
	struct preset *p = preset_load_file(path, d);
	if (!p && misplaced_routine(c, path, d))
		return NULL;
	return known_routines(c, p, path, d);
}

/* Where preset p (at path) names its k-th routine, which cannot be read:
 * the picker leaves it out, and its run is refused. */
static void unreadable(struct diags *d, const char *path, const struct preset *p, size_t k)
{
	diags_add(d, DIAG_ERROR, path, p->line[k], p->col[k],
		  "routine '%s' cannot be read (said above)", p->routines.v[k]);
}

/* --check of a preset: its routines as it will run them. One that cannot
 * be read leaves the preset out of the picker and refuses its run, so
 * "ok" would mislead: its errors, said on err, then where the preset
 * names it. */
static struct preset *readable_routines(const struct catalog *c, struct preset *p,
					const char *path, struct diags *d, FILE *err)
{
	struct strlist said = { 0 };
	size_t kids_alone = 0, first_kids = 0, others = 0;
	for (size_t i = 0; p && i < p->routines.n; i++) {
		const char *id = p->routines.v[i];
		if (strlist_contains(&said, id))
			continue;
		char *file = catalog_resolve_in_preset(c, id, path);
		struct diags mine = { 0 };
		struct routine *r = file ? routine_load_file(file, &mine) : NULL;
		if (file && !r) {
			diags_print(&mine, err);
			unreadable(d, path, p, i);
			strlist_add(&said, id);
		}
		if (r && routine_for_kids_alone(r))
			first_kids = kids_alone++ ? first_kids : i;
		else if (r)
			others++;
		routine_free(r);
		diags_free(&mine);
		free(file);
	}
	strlist_free(&said);
	if (p && kids_alone && others) /* as plan_for_kids_alone has it */
		diags_add(d, DIAG_WARNING, path, p->line[first_kids], p->col[first_kids],
			  "'%s' is for kids alone, so the whole preset runs in kid mode: light "
			  "pressure and holds of 30s at most, in every routine", p->routines.v[first_kids]);
	if (p && d->errors) {
		preset_free(p);
		return NULL;
	}
	return p;
}

/* A file in a directory named presets is a preset. */
static bool in_presets_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) : 0;
	return dir >= 7 && !strncmp(slash - 7, "presets", 7) && (dir == 7 || slash[-8] == '/');
}

/* A file --check reads as a preset: one in unknot's presets (bundled or
 * yours, however it is named: "hips.yaml" from inside them), where a
 * routine is told where it goes; or one in another directory named
 * presets, unless it is a routine, which runs by its path wherever it is. */
static bool check_as_preset(const struct catalog *c, const char *path)
{
	char *routines = catalog_routines_beside(c, path);
	bool ours = routines;
	free(routines);
	return ours || (in_presets_dir(path) && !preset_file_is_a_routine(path));
}

/* A preset elsewhere: the file read as one (its routine ids aside), its
 * warnings in place of what d held (a routine's errors, not meant for it);
 * or NULL. Read as neither, a file meant as a preset (a 'routnes:' key and
 * no steps) is told a preset's errors, not a routine's. */
static struct preset *preset_if_shaped(const char *path, struct diags *d)
{
	struct diags mine = { 0 };
	struct preset *p = preset_load_file(path, &mine);
	if (p || (d->errors && preset_file_looks_like_one(path))) {
		diags_free(d);
		*d = mine;
	} else {
		diags_free(&mine);
	}
	return p;
}

static void unknown_routine(const struct catalog *c, const char *id, FILE *err);
static void by_id(const struct catalog *c, const char *path, FILE *err);

/* The areas of the catalog's routines, read once when first wanted. */
struct areas {
	bool read;
	size_t n;
	const char **area, **id;
	const struct catalog_entry **from;
	struct routine **r;
};

static void areas_read(struct areas *a, const struct catalog *c)
{
	size_t cap = c->n ? c->n : 1;
	*a = (struct areas){ .read = true, .area = xcalloc(cap, sizeof *a->area),
			     .id = xcalloc(cap, sizeof *a->id), .from = xcalloc(cap, sizeof *a->from),
			     .r = xcalloc(cap, sizeof *a->r) };
	for (size_t i = 0; i < c->n; i++) {
		struct diags quiet = { 0 };
		if ((a->r[a->n] = routine_load_file(c->v[i].path, &quiet))) {
			a->area[a->n] = a->r[a->n]->area;
			a->id[a->n] = c->v[i].id;
			a->from[a->n++] = &c->v[i];
		}
		diags_free(&quiet);
	}
}

static void areas_free(struct areas *a)
{
	for (size_t i = 0; i < a->n; i++)
		routine_free(a->r[i]);
	free(a->area);
	free(a->id);
	free(a->from);
	free(a->r);
}

/* A routine's area that is another's in another form (calf for calves):
 * a stop is kept by its area to the letter, so a stop in calves would not
 * hold it. Asked of routines not bundled: the bundled agree. */
static void warn_area_near(const struct catalog *c, struct areas *a, const struct routine *r,
			   struct diags *d)
{
	const struct catalog_entry *self = catalog_entry_at(c, r->path);
	if (self && !self->user)
		return;
	if (!a->read)
		areas_read(a, c);
	const char **others = xcalloc(a->n ? a->n : 1, sizeof *others);
	size_t n = 0;
	for (size_t i = 0; i < a->n; i++)
		if (a->from[i] != self)
			others[n++] = a->area[i];
	const char *near = suggest_same_word(r->area, others, n);
	free(others);
	if (!near)
		return;
	size_t k = 0;
	while (a->area[k] != near)
		k++;
	diags_add(d, DIAG_WARNING, r->path, r->area_line, r->area_col,
		  "area '%s' is not '%s', the area of %s: a stop is kept by its area, and one "
		  "in %s would not hold this routine; did you mean '%s'?", r->area, near, a->id[k],
		  near, near);
}

/* A sound file that is not there plays the theme's sound instead: told
 * now, not in the middle of a session. */
static void warn_sounds_missing(const struct routine *r, struct diags *d)
{
	for (int k = 0; k < CUE_COUNT; k++) {
		char *path = routine_sound_path(r, (enum cue_kind)k);
		if (!path)
			continue;
		const char *why = cues_sound_problem(path); /* as the session will find it */
		if (why) {
			bool tilde = !strncmp(r->sounds[k], "~/", 2); /* as a shell would have it */
			diags_add(d, DIAG_WARNING, r->path, r->sound_line[k], r->sound_col[k],
				  "%s: cannot read %s (%s): %sthe theme's sound plays instead",
				  cue_name((enum cue_kind)k), path, why,
				  tilde ? "'~' is not your home folder here, a path that does not "
					  "begin with '/' is taken from the routine's folder: write "
					  "the whole path; " : "");
		} else { /* the session would find out at its first use */
			unsigned char head[CUES_SOUND_HEAD];
			FILE *f = fopen(path, "rbe");
			size_t n = f ? fread(head, 1, sizeof head, f) : 0;
			if (f)
				fclose(f);
			if ((why = cues_sound_kind_problem(head, n)))
				diags_add(d, DIAG_WARNING, r->path, r->sound_line[k], r->sound_col[k],
					  "%s: %s is %s: the theme's sound plays instead",
					  cue_name((enum cue_kind)k), path, why);
		}
		free(path);
	}
}

/* A preset saved among the routines: not a routine's errors (no area, no
 * steps), but where it goes. */
static bool misplaced_preset(const struct catalog *c, const char *path, struct diags *d)
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

/* An id that reaches another routine or preset than one of yours of that
 * id: said, so that an edit of yours is not thought to be what runs. */
/* only: of that file alone (one checked by its path), else of each. */
static void note_shadowed(const struct catalog *c, const char *id, bool routines_only,
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

int cmd_check(const struct catalog *c, char *const *files, size_t n)
{
	int status = 0;
	struct areas areas = { 0 };
	for (size_t i = 0; i < n; i++) {
		const char *file = files[i];
		char *found = NULL;
		/* An id, as --list shows, unless a file of that name is here; a
		 * folder of that name (a routine's photos) is not what was meant. */
		struct stat st;
		bool preset, file_here = stat(file, &st) == 0 &&
					 (S_ISREG(st.st_mode) || !catalog_find(c, file, &preset));
		if (!catalog_is_path(file) && !file_here) {
			const struct catalog_entry *e = catalog_find(c, file, &preset);
			if (!e) {
				unknown_routine(c, file, stderr);
				status = EXIT_INVALID;
				continue;
			}
			note_shadowed(c, file, false, NULL, stderr);
			file = found = xstrdup(e->path); /* named by its path: that says where it is */
		} else {
			/* yours by its path: is it what its id runs? */
			const struct catalog_entry *e = catalog_entry_at(c, file);
			if (e && e->user)
				note_shadowed(c, e->id, false, e, stderr);
		}
		struct diags d = { 0 };
		struct routine *r = NULL;
		struct preset *p = NULL;
		/* A preset's unknown ids and its known routines that cannot be
		 * read are all said at once, not one fix uncovering the next. */
		if (check_as_preset(c, file)) {
			if (!(p = preset_load_file(file, &d)))
				misplaced_routine(c, file, &d);
			check_ids(c, p, file, &d);
		} else if (!(r = routine_load_file(file, &d)) && misplaced_preset(c, file, &d)) {
			/* told where it goes */
		} else if (!r && (p = preset_if_shaped(file, &d))) {
			/* Not a routine but a preset: its own errors, such as a
			 * misspelt routine id, not those of a routine. */
			check_ids(c, p, file, &d);
		}
		p = readable_routines(c, p, file, &d, stderr); /* NULL, freed, on any error */
		const char *unread = catalog_unread_at(c, file);
		if (unread && (r || p)) {
			char *name = catalog_unread_rename(unread), *safe = text_printable(name);
			diags_add(&d, DIAG_WARNING, file, 0, 0, "its name does not end in .yaml or .yml, "
				  "so unknot does not read it here: rename it %s", safe);
			free(name);
			free(safe);
		}
		if (r) {
			warn_area_near(c, &areas, r, &d);
			warn_sounds_missing(r, &d);
		}
		diags_print(&d, stderr);
		if (!r && !p && catalog_is_path(file) && access(file, F_OK) != 0)
			by_id(c, file, stderr);
		char *name = text_printable(file);
		if (r) {
			char total[32];
			duration_format(plan_one_ms(r, false), total, sizeof total);
			printf("%s: ok: %s, %zu step%s, %s\n", name, r->title, r->n_steps,
			       r->n_steps == 1 ? "" : "s", total);
		} else if (p) {
			char *list = strlist_join(&p->routines);
			printf("%s: ok: preset %s, %zu routine%s: %s\n", name, p->title,
			       p->routines.n, p->routines.n == 1 ? "" : "s", list);
			free(list);
		} else {
			status = EXIT_INVALID;
		}
		free(name);
		free(found);
		routine_free(r);
		preset_free(p);
		diags_free(&d);
	}
	areas_free(&areas);
	return status;
}

static void join(char *buf, size_t cap, const struct strlist *l)
{
	buf[0] = '\0';
	for (size_t i = 0; i < l->n; i++) {
		size_t used = strlen(buf);
		snprintf(buf + used, cap - used, "%s%s", i ? "," : "", l->v[i]);
	}
}

/* --list keeps its rows until all are read: the columns are as wide as their
 * widest entry, counted in columns on the terminal, not in bytes. */
struct list_row {
	char *cell[5]; /* id, title, area or routines, time, audience; NULL: none */
};

enum { LIST_COLS = 5, LIST_TITLE_MAX = 28 }; /* columns: a row in 80; a longer title is cut */

static void list_add(struct list_row **rows, size_t *n, const char *a, const char *b,
		     const char *cc, const char *d, const char *e)
{
	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	const char *v[LIST_COLS] = { a, b, cc, d, e };
	for (int k = 0; k < LIST_COLS; k++)
		(*rows)[*n].cell[k] = v[k] ? xstrdup(v[k]) : NULL;
	(*n)++;
}

/* s with a space after each comma: a list of ids that may break after
 * one, and reads as words. Caller frees. */
static char *spaced_commas(const char *s)
{
	char *spaced = xmalloc(2 * strlen(s) + 1), *o = spaced;
	for (const char *c = s; *c; c++) {
		*o++ = *c;
		if (*c == ',' && c[1] != ' ')
			*o++ = ' ';
	}
	*o = '\0';
	return spaced;
}

/* A row's last cell from column at: when the terminal (cols, 0: none) is
 * too narrow for it, on below from the same column, broken after a comma
 * ("feet,calves,qu" / "ads" named no routine). */
static void print_last(const char *s, int at, int cols)
{
	if (!cols || at + (int)text_width(s) <= cols) {
		printf("%s\n", s);
		return;
	}
	char *spaced = spaced_commas(s);
	wrapped_hanging(stdout, cols, at, spaced);
	free(spaced);
}

/* Each row's last cell (who a routine is for, a preset's routines) goes on
 * below from its own column when the terminal (cols, 0: none) is too
 * narrow for it. */
static void list_print(struct list_row *rows, size_t n, const int *width, bool utf8, int cols)
{
	for (size_t i = 0; i < n; i++) {
		int last = LIST_COLS - 1, at = 0;
		while (last > 0 && !rows[i].cell[last])
			last--;
		for (int k = 0; k <= last; k++) {
			if (!width[k] && !rows[i].cell[k])
				continue; /* a column it does not have: a preset's area */
			const char *s = rows[i].cell[k] ? rows[i].cell[k] : "", *more = "";
			int len = (int)strlen(s), used = (int)text_width(s);
			if (k == 1) /* a title past the limit is cut */
				used = text_fit(s, width[k], utf8, &len, &more);
			int pad = width[k] - used;
			if (k == last)
				print_last(s, at, cols);
			else if (k == 3) /* the time, right-aligned */
				printf("%*s%s  ", pad, "", s);
			else
				printf("%.*s%s%*s  ", len, s, more, pad, "");
			at += width[k] + 2;
			free(rows[i].cell[k]);
		}
	}
	free(rows);
}

/* A terminal too narrow for the columns even so (a phone's): each row in
 * two, its id and title, then under the title the rest, one after another
 * ("back, 5m25s, adult, teen"). */
static void list_print_stacked(struct list_row *rows, size_t n, const int *width, bool utf8,
			       int cols)
{
	for (size_t i = 0; i < n; i++) {
		const char *more, *title = rows[i].cell[1] ? rows[i].cell[1] : "";
		int len, room = cols - width[0] - 2; /* a long id of yours leaves little */
		text_fit(title, room > 8 ? room : 8, utf8, &len, &more);
		const char *id = rows[i].cell[0]; /* padded by its columns: "étirement" */
		printf("%s%*s  %.*s%s\n", id, width[0] - (int)text_width(id), "", len, title, more);
		char rest[512] = "";
		for (int k = 2; k < LIST_COLS; k++)
			if (rows[i].cell[k])
				snprintf(rest + strlen(rest), sizeof rest - strlen(rest), "%s%s",
					 rest[0] ? ", " : "", rows[i].cell[k]);
		char *spaced = spaced_commas(rest); /* read as a sentence: "adult, teen" */
		printf("%*s", width[0] + 2, "");
		wrapped_hanging(stdout, cols, width[0] + 2, spaced);
		free(spaced);
		for (int k = 0; k < LIST_COLS; k++)
			free(rows[i].cell[k]);
	}
	free(rows);
}

/* On a terminal narrower than the rows, the title column gives way first,
 * down to a dozen columns: the ids, areas and times stay whole. */
static void fit_to(int *width, int cols)
{
	int total = 2 * (LIST_COLS - 1);
	for (int k = 0; k < LIST_COLS; k++)
		total += width[k];
	if (cols && total > cols)
		width[1] = width[1] - (total - cols) > 12 ? width[1] - (total - cols) :
			   width[1] < 12 ? width[1] : 12;
}

static void widen(int *width, const struct list_row *rows, size_t n, int upto)
{
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < upto; k++) {
			int w = rows[i].cell[k] ? (int)text_width(rows[i].cell[k]) : 0;
			if (k == 1 && w > LIST_TITLE_MAX)
				w = LIST_TITLE_MAX;
			width[k] = w > width[k] ? w : width[k];
		}
}

/* A preset's time as the picker gives it: its routines' plan together (one
 * for kids alone makes all of it kid mode); -1 when one is not loaded.
 * loaded: the catalog's routines, each read once. */
static int64_t preset_ms(const struct catalog *c, struct routine *const *loaded,
			 const struct preset *p, bool kid)
{
	const struct routine **rs = xcalloc(p->routines.n, sizeof *rs);
	for (size_t k = 0; k < p->routines.n; k++) {
		const struct catalog_entry *e = catalog_routine(c, p->routines.v[k]);
		if (!e || !(rs[k] = loaded[e - c->v])) { /* never: said as an error */
			free(rs);
			return -1;
		}
	}
	int64_t t = plan_routines_ms(rs, p->routines.n, kid);
	free(rs);
	return t;
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

int cmd_list(const struct catalog *c, bool kid)
{
	if (!c->n)
		return say_no_routines(c, stderr);
	struct list_row *rows = NULL, *sets = NULL;
	size_t n_rows = 0, n_sets = 0;
	list_add(&rows, &n_rows, "ID", "TITLE", "AREA", "TIME", "AUDIENCE");
	int status = 0;
	for (size_t i = 0; i < c->n_unread; i++) { /* each is what a routine was meant to be */
		char *why = not_read(c->unread[i]);
		fprintf(stderr, "unknot: %s\n", why);
		free(why);
	}
	struct strlist broken = { 0 }; /* ids that reach a routine that cannot be read */
	struct routine **loaded = xcalloc(c->n, sizeof *loaded); /* a preset's time is theirs */
	for (size_t i = 0; i < c->n; i++) {
		struct diags d = { 0 };
		struct routine *r = routine_load_file(c->v[i].path, &d);
		if (!r) {
			misplaced_preset(c, c->v[i].path, &d);
			diags_print(&d, stderr);
			status = EXIT_INVALID;
			if (!i || strcmp(c->v[i - 1].id, c->v[i].id)) /* the first of an id */
				strlist_add(&broken, c->v[i].id);
		} else {
			char total[32], audience[160];
			duration_format(plan_one_ms(r, kid), total, sizeof total); /* as the picker times it */
			join(audience, sizeof audience - 8, &r->audience);
			if (!audience[0])
				strcpy(audience, "-"); /* none stated */
			if (c->v[i].user)
				strcat(audience, " (yours)");
			list_add(&rows, &n_rows, c->v[i].id, r->title, r->area, total, audience);
		}
		loaded[i] = r;
		diags_free(&d);
	}
	if (c->n_presets)
		list_add(&sets, &n_sets, "PRESET", "TITLE", NULL, "TIME", "ROUTINES");
	for (size_t i = 0; i < c->n_presets; i++) {
		struct diags d = { 0 };
		struct preset *p = load_preset(c, c->presets[i].path, &d);
		for (size_t k = 0; p && k < p->routines.n; k++) /* the picker leaves it out */
			if (strlist_contains(&broken, p->routines.v[k]))
				unreadable(&d, c->presets[i].path, p, k);
		if (p && d.errors) {
			preset_free(p);
			p = NULL;
		}
		if (!p) {
			diags_print(&d, stderr);
			status = EXIT_INVALID;
		} else {
			char routines[256], total[32];
			join(routines, sizeof routines - 8, &p->routines);
			if (c->presets[i].user)
				strcat(routines, " (yours)");
			int64_t ms = preset_ms(c, loaded, p, kid);
			if (ms < 0)
				strcpy(total, "-");
			else
				duration_format(ms, total, sizeof total);
			list_add(&sets, &n_sets, p->id, p->title, NULL, total, routines);
		}
		preset_free(p);
		diags_free(&d);
	}
	for (size_t i = 0; i < c->n; i++)
		routine_free(loaded[i]);
	free(loaded);
	int width[LIST_COLS] = { 0 };
	widen(width, rows, n_rows, LIST_COLS);
	widen(width, sets, n_sets, 2); /* ids and titles line up across both */
	int cols = wrapped_cols(stdout);
	fit_to(width, cols);
	/* A preset has no area: its time, and its routines, come after the
	 * title, as fitted to the terminal. */
	int set_width[LIST_COLS];
	memcpy(set_width, width, sizeof width);
	set_width[2] = set_width[3] = 0;
	widen(set_width, sets, n_sets, 4);
	set_width[1] = width[1]; /* widen took a title's whole width back */
	bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	/* room for no more than a word of the last column: a row in two */
	bool stacked = cols && width[0] + width[1] + width[2] + width[3] + 8 + 8 > cols;
	void (*print)(struct list_row *, size_t, const int *, bool, int) =
		stacked ? list_print_stacked : list_print;
	print(rows, n_rows, width, utf8, cols);
	if (n_sets) {
		putchar('\n');
		print(sets, n_sets, set_width, utf8, cols);
	}
	/* An id names the bundled routine or preset (or, for a preset, the
	 * routine): how to reach yours, on stderr, as --check and --dry-run
	 * say it, so that the list stays a list to a script. */
	for (size_t i = 0; i < c->n + c->n_presets; i++) {
		const struct catalog_entry *e = i < c->n ? &c->v[i] : &c->presets[i - c->n];
		if (e->user)
			note_shadowed(c, e->id, false, e, stderr);
	}
	strlist_free(&broken);
	return status;
}

static void unknown_routine(const struct catalog *c, const char *id, FILE *err)
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

/* "feet.yaml", not a file here: the routine or preset it names is found
 * by its id, from anywhere, with whatever else was typed. */
static void by_id(const struct catalog *c, const char *path, FILE *err)
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

/* The routine ids to load: presets replaced by their routines. A preset
 * asked for alone gives the session its title and summary. */
static int expand(const struct catalog *c, char *const *ids, size_t n, struct strlist *out,
		  struct loaded *l, FILE *err)
{
	int status = 0;
	struct strlist noted = { 0 };
	for (size_t i = 0; i < n; i++) {
		note_once(c, ids[i], false, &noted, err);
		bool by_path = catalog_is_path(ids[i]), preset = false;
		const struct catalog_entry *e = by_path ? NULL : catalog_find(c, ids[i], &preset);
		char *path = by_path ? catalog_resolve(c, ids[i]) : NULL;
		struct preset *p = NULL;
		struct diags d = { 0 };
		bool is_preset = true;
		if (path && (p = preset_if_shaped(path, &d)))
			p = known_routines(c, p, path, &d); /* a preset by its path */
		else if (preset)
			p = load_preset(c, e->path, &d);
		else
			is_preset = false;
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
			unknown_routine(c, all.v[i], err);
			status = EXIT_INVALID;
			continue;
		}
		struct diags d = { 0 };
		v[i] = routine_load_file(path, &d);
		if (!v[i] && !misplaced_preset(c, path, &d) && catalog_is_path(all.v[i]))
			preset_free(preset_if_shaped(path, &d)); /* its errors, if fewer */
		diags_print(&d, err);
		if (!v[i] && catalog_is_path(all.v[i]) && access(path, F_OK) != 0)
			by_id(c, path, err);
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

int cmd_dry_run(const struct catalog *c, char *const *ids, size_t n, bool kid)
{
	struct loaded l;
	if (load_routines(c, ids, n, &l, stderr))
		return EXIT_INVALID;
	struct plan p;
	plan_build(&p, (const struct routine *const *)l.r, l.n, kid);
	char buf[32], prep[32], hold[32];
	int cols = wrapped_cols(stdout); /* a terminal's: lines broken between words */
	duration_format(plan_total_ms(&p), buf, sizeof buf);
	if (l.title) {
		char *about = xasprintf("%s%s%s", l.title, l.summary ? ": " : "", l.summary ? l.summary : "");
		wrapped_print(stdout, cols, "", about, "\n");
		free(about);
	}
	char *plan = xasprintf("Plan: %zu hold%s, %s%s", p.n_items, p.n_items == 1 ? "" : "s", buf,
			       p.kid ? " (kid mode: light pressure, holds up to 30s)" : "");
	wrapped_print(stdout, cols, "", plan, "\n");
	free(plan);
	char *note = stop_note(&p, time(NULL));
	if (note)
		wrapped_print(stdout, cols, "", note, "\n");
	free(note);
	int64_t t = 0;
	const struct routine *current = NULL;
	for (size_t i = 0; i < p.n_items; i++) {
		const struct plan_item *it = &p.items[i];
		if (it->routine != current) {
			current = it->routine;
			duration_format(plan_routine_ms(&p, it->routine_index), buf, sizeof buf);
			char *head = xasprintf("%s (%s, %s)", current->title, current->area, buf);
			putchar('\n');
			wrapped_print(stdout, cols, "", head, "\n");
			free(head);
			if (plan_not_for_kids(&p, it->routine_index))
				wrapped_print(stdout, cols, "", PLAN_NOT_FOR_KIDS, "\n");
		}
		duration_clock(t, buf, sizeof buf);
		duration_format(it->prep_ms, prep, sizeof prep);
		duration_format(it->hold_ms, hold, sizeof hold);
		char *line = xasprintf("%s%s%s: get into position %s, hold %s, %s pressure",
				       it->step->title, it->side != SIDE_NONE ? ", " : "",
				       it->side != SIDE_NONE ? side_name(it->side) : "", prep, hold,
				       pressure_name(it->pressure));
		printf("  %6s  ", buf);
		wrapped_hanging(stdout, cols, 10, line); /* under the step, not under its time */
		free(line);
		for (size_t j = 0; j < it->step->n_prompts; j++) {
			const struct prompt *pr = &it->step->prompts[j];
			if (pr->at_ms >= it->hold_ms)
				continue;
			duration_clock(t + it->prep_ms + pr->at_ms, buf, sizeof buf);
			line = xasprintf("\"%s\"", pr->say);
			printf("  %6s      ", buf);
			wrapped_hanging(stdout, cols, 14, line);
			free(line);
		}
		t += it->prep_ms + it->hold_ms;
	}
	duration_clock(t, buf, sizeof buf);
	printf("  %6s  done\n", buf);
	plan_free(&p);
	loaded_free(&l);
	return 0;
}
