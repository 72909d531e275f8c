/* --check: routine and preset files read as unknot reads them, every
 * problem said, file:line:col. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.h"
#include "duration.h"
#include "load.h"
#include "plan.h"
#include "routine_yaml.h"
#include "stale_copy.h"
#include "suggest.h"
#include "text.h"
#include "xalloc.h"
#include "yaml_name.h"

_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "--check and --dry-run say kid holds are 30s at most");

/* Whether the file at path is one of told (real paths), whose errors
 * are said above; adds it when not. */
static bool told_before(struct strlist *told, const char *path)
{
	char *real = realpath(path, NULL);
	bool before = real && strlist_contains(told, real);
	if (real && !before)
		strlist_add(told, real);
	free(real);
	return before;
}

/* The preset's id i (run here from the file here) when, installed, it
 * would not run what it runs here, or hides a routine of yours: a bundled
 * routine of that id comes first. Warned at the id. */
static void warn_bundled_first(const struct catalog *c, const struct preset *p, size_t i,
			       const char *here, const char *path, struct diags *d)
{
	const char *id = p->routines.v[i];
	const struct catalog_entry *runs = catalog_routine(c, id);
	if (!runs || runs->user)
		return;
	if (strcmp(here, runs->path)) { /* a team's own, beside the preset */
		diags_add(d, DIAG_WARNING, path, p->line[i], p->col[i],
			  "'%s' here is %s, but installed, this preset would run the bundled "
			  "routine '%s' instead: give the team's routine an id of its own (rename "
			  "its file)", id, here, id);
		return;
	}
	for (size_t k = 0; k < c->n; k++)
		if (c->v[k].user && !strcmp(c->v[k].id, id))
			diags_add(d, DIAG_WARNING, path, p->line[i], p->col[i],
				  "'%s' runs the bundled routine, not yours, %s, which runs only "
				  "by its path: give yours an id of its own (rename its file)", id,
				  c->v[k].path);
}

/* --check of a preset: its routines as it will run them. One that cannot
 * be read leaves the preset out of the picker and refuses its run, so
 * "ok" would mislead: its errors, said on err unless told (files checked
 * in this run) has them, then where the preset names it. */
static struct preset *readable_routines(const struct catalog *c, struct preset *p,
					const char *path, struct diags *d, struct strlist *told,
					FILE *err)
{
	struct strlist said = { 0 }; /* ids read */
	size_t kids_alone = 0, first_kids = 0, others = 0;
	for (size_t i = 0; p && i < p->routines.n; i++) {
		const char *id = p->routines.v[i];
		if (strlist_contains(&said, id))
			continue;
		char *file = catalog_resolve_in_preset(c, id, path);
		if (file)
			warn_bundled_first(c, p, i, file, path, d);
		char *stale = file ? stale_copy(c, id, path, file) : NULL; /* sent again */
		if (stale)
			diags_add(d, DIAG_WARNING, path, p->line[i], p->col[i], "%s", stale);
		free(stale);
		struct diags mine = { 0 };
		struct routine *r = file ? routine_load_file(file, &mine) : NULL;
		if (file && !r) {
			if (!told_before(told, file))
				diags_print(&mine, err);
			unreadable_in_preset(d, path, p, i);
		}
		strlist_add(&said, id); /* a routine named twice: said once */
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

/* A file --check reads as a preset: one in unknot's presets (bundled or
 * yours, however it is named: "hips.yaml" from inside them), where a
 * routine is told where it goes; or one in another directory named
 * presets, unless it is a routine, which runs by its path wherever it is. */
static bool check_as_preset(const struct catalog *c, const char *path)
{
	char *routines = catalog_routines_beside(c, path);
	bool ours = routines;
	free(routines);
	return ours || (catalog_in_presets_folder(path) && !preset_file_is_a_routine(path));
}

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
	/* pied for feet, waden for calves: the area in another language */
	const char *english = near ? NULL : suggest_area_in_english(r->area);
	for (size_t i = 0; english && !near && i < n; i++)
		near = !strcmp(others[i], english) ? others[i] : NULL;
	free(others);
	if (!near)
		return;
	size_t k = 0;
	while (a->area[k] != near)
		k++;
	diags_add(d, DIAG_WARNING, r->path, r->area_line, r->area_col,
		  "area '%s' is %s'%s'%s, the area of %s: a stop is kept by its area, and one "
		  "in %s would not hold this routine; did you mean '%s'?", r->area,
		  english ? "" : "not ", near, english ? " in English" : "", a->id[k], near, near);
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

/* What a shell takes for its own in a word typed unquoted. */
#define SHELL_MARKS " \t()[]{}<>|&;'\"`$!*?\\"

/* An id that starts with x cannot be typed at the routine list, where x
 * is STOP: a coach's "xc-team" typed there made a stop, kept until the
 * next day for everyone on that history. */
static void warn_stop_key_id(const char *path, struct diags *d)
{
	char *id = yaml_name_id(path);
	if (id[0] == 'x' || id[0] == 'X')
		diags_add(d, DIAG_WARNING, path, 0, 0, "its id starts with '%c', which is STOP at the "
			  "routine list: typed there, it stops (a stop kept until the next day); there, "
			  "/ then its name finds it, or name it with another first letter", id[0]);
	free(id);
}

/* "warm up.yaml" is the id "warm up": typed, it must be quoted, and in
 * --list's columns it reads as two; "kids (copy).yaml", a file manager's
 * copy, a shell cannot take at all unquoted. A dash says it as well:
 * "warm-up", "kids-copy". */
static void warn_spaced_id(const struct catalog *cat, const char *path, struct diags *d)
{
	/* a name not UTF-8 (a Windows archive's Füße in CP437), or with a
	 * line break in it, is shown escaped: its '\' is no mark of a shell's */
	const char *file = strrchr(path, '/');
	file = file ? file + 1 : path;
	if (text_invalid_utf8(file, strlen(file)) >= 0 || text_find_control(file, strlen(file)) >= 0) {
		diags_add(d, DIAG_WARNING, path, 0, 0, "its file's name %s, shown here as escapes: "
			  "rename it, in letters that can be typed", text_invalid_utf8(file, strlen(file)) >= 0 ?
			  "is not UTF-8 (an archive or a disk from another system)" :
			  "has a control character (such as a line break)");
		return;
	}
	char *id = yaml_name_id(path);
	if (id[strcspn(id, SHELL_MARKS)]) {
		char *dashed = xstrdup(id), *o = dashed;
		for (const char *c = id; *c; c++)
			if (!strchr(SHELL_MARKS, *c))
				*o++ = *c;
			else if (o > dashed && o[-1] != '-')
				*o++ = '-';
		while (o > dashed && o[-1] == '-')
			o--;
		*o = '\0';
		/* "calves!" is not to become calves, which the bundled one
		 * answers to, nor calves-mine when that is yours already (its
		 * file would be written over): a name nothing answers to */
		const char *base = *dashed ? dashed : "my-routine";
		char *mine = xstrdup(base);
		bool preset;
		for (int i = 1; i < 100 && catalog_find(cat, mine, &preset); i++) {
			free(mine);
			mine = i == 1 ? xasprintf("%s-mine", base) : xasprintf("%s-mine-%d", base, i);
		}
		char *safe = text_printable(mine);
		char mark = id[strcspn(id, SHELL_MARKS)];
		/* "plantar-ball (1)", "plantar-ball(1)": a browser's name for
		 * one saved again */
		const char *paren = strrchr(id, '(');
		size_t len = strlen(id), stem = paren ? (size_t)(paren - id) : 0;
		if (stem && id[stem - 1] == ' ')
			stem--;
		char *sent = stem && paren[1] != ')' && id[len - 1] == ')' &&
				     strspn(paren + 1, "0123456789") == len - 2 - (size_t)(paren - id)
			     ? xstrndup(id, stem) : NULL;
		const struct catalog_entry *again = sent ? catalog_find(cat, sent, &preset) : NULL;
		if (again && again->user) { /* one of unknot's own is not copied over */
			char *was = text_printable(again->path), *its = text_printable(sent);
			if (stale_copy_same(path, again->path))
				diags_add(d, DIAG_WARNING, path, 0, 0, "it is %s again, the same as %s: "
					  "this copy can go", its, was);
			else
				diags_add(d, DIAG_WARNING, path, 0, 0, "it looks like %s sent again, named "
					  "so by a browser: to run it as %s, copy it over that one, %s", its,
					  its, was);
			free(its);
			free(was);
		} else if (strpbrk(id, " \t"))
			diags_add(d, DIAG_WARNING, path, 0, 0, "its id has a space, which must be "
				  "quoted where it is typed and reads as two words in --list: name "
				  "it %s.yaml", safe);
		else if (mark == '\'')
			diags_add(d, DIAG_WARNING, path, 0, 0, "its id has an apostrophe, which a "
				  "shell takes for its own unless quoted: name it %s.yaml", safe);
		else
			diags_add(d, DIAG_WARNING, path, 0, 0, "its id has '%c', which a shell takes "
				  "for its own unless quoted: name it %s.yaml", mark, safe);
		free(sent);
		free(mine);
		free(safe);
		free(dashed);
	}
	free(id);
}

/* Standard input read as a routine, or as a preset when its errors as one
 * are fewer (a preset read as a routine lacks an area and steps). */
static void read_piped(struct routine **r, struct preset **p, struct diags *d)
{
	char *buf = xmalloc(ROUTINE_MAX_FILE_BYTES + 1);
	size_t len = fread(buf, 1, ROUTINE_MAX_FILE_BYTES + 1, stdin);
	if (ferror(stdin))
		diags_add(d, DIAG_ERROR, "-", 0, 0, "standard input cannot be read");
	else if ((*r = routine_load_buffer("-", buf, len, d)) == NULL) {
		struct diags as_preset = { 0 };
		*p = preset_load_buffer("-", buf, len, &as_preset, true); /* every fault said */
		if (*p || as_preset.errors < d->errors) {
			diags_free(d);
			*d = as_preset;
		} else {
			diags_free(&as_preset);
		}
	}
	free(buf);
}

int cmd_check(const struct catalog *c, char *const *files, size_t n)
{
	int status = 0;
	struct areas areas = { 0 };
	struct strlist told = { 0 }; /* unreadable routines whose errors are said */
	for (size_t i = 0; i < n; i++) {
		const char *file = files[i];
		char *found = NULL;
		/* An id, as --list shows, unless a file of that name is here; a
		 * folder of that name (a routine's photos) is not what was meant. */
		/* "-": standard input, as a hook checks a file staged in git */
		bool piped = !strcmp(file, "-");
		struct stat st;
		bool preset, file_here = piped || (stat(file, &st) == 0 &&
					 (S_ISREG(st.st_mode) || !catalog_find(c, file, &preset)));
		if (!catalog_is_path(file) && !file_here) {
			const struct catalog_entry *e = catalog_find(c, file, &preset);
			if (!e) {
				say_unknown_routine(c, file, stderr);
				status = EXIT_INVALID;
				continue;
			}
			note_shadowed(c, file, false, NULL, stderr);
			file = found = xstrdup(e->path); /* named by its path: that says where it is */
		} else if (!piped) {
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
		if (piped) {
			read_piped(&r, &p, &d);
			check_preset_ids(c, p, file, &d);
		} else if (check_as_preset(c, file)) {
			if (!(p = preset_load_file(file, &d, true)))
				misplaced_routine(c, file, &d);
			check_preset_ids(c, p, file, &d);
		} else if (!(r = routine_load_file(file, &d)) && misplaced_preset(c, file, &d)) {
			/* told where it goes */
		} else if (!r && (p = preset_if_shaped(file, &d))) {
			/* Not a routine but a preset: its own errors, such as a
			 * misspelt routine id, not those of a routine. */
			check_preset_ids(c, p, file, &d);
		}
		p = readable_routines(c, p, file, &d, &told, stderr); /* NULL, freed, on any error */
		/* named by its id, as a run is: a copy here that differs is said */
		struct strlist sent = { 0 };
		for (size_t k = 0; found && k < (r ? 1 : p ? p->routines.n : 0); k++) {
			const char *id = r ? files[i] : p->routines.v[k];
			if (!strlist_contains(&sent, id))
				note_sent_again(c, id, NULL, stderr);
			strlist_add(&sent, id);
		}
		strlist_free(&sent);
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
		if ((r || p) && !piped) {
			warn_spaced_id(c, file, &d);
			warn_stop_key_id(file, &d);
		}
		char *name = text_printable(file);
		if (!r && !p && d.errors && !piped && told_before(&told, file))
			fprintf(stderr, "%s: cannot be read (said above)\n", name);
		else
			diags_print(&d, stderr);
		if (!r && !p && catalog_is_path(file) && access(file, F_OK) != 0)
			say_found_by_id(c, file, stderr);
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
	strlist_free(&told);
	return status;
}
