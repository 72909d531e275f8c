/* --list: the routines and presets, in columns fitted to the terminal. */
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "duration.h"
#include "load.h"
#include "not_found.h"
#include "plan.h"
#include "routine_yaml.h"
#include "text.h"
#include "wrapped.h"
#include "xalloc.h"

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

/* A row's cells after its title, one after another, read as a sentence
 * ("back, 5m25s, adult, teen"). Caller frees. */
static char *rest_of(const struct list_row *r)
{
	char rest[512] = "";
	for (int k = 2; k < LIST_COLS; k++)
		if (r->cell[k])
			snprintf(rest + strlen(rest), sizeof rest - strlen(rest), "%s%s",
				 rest[0] ? ", " : "", r->cell[k]);
	return spaced_commas(rest);
}

/* The columns the widest of the rows' rests takes. */
static int rest_widest(const struct list_row *rows, size_t n)
{
	int widest = 0;
	for (size_t i = 0; i < n; i++) {
		char *rest = rest_of(&rows[i]);
		int w = (int)text_width(rest);
		widest = w > widest ? w : widest;
		free(rest);
	}
	return widest;
}

/* A terminal too narrow for the columns even so (a phone's), or a file
 * (cols 0: 80 columns, its lines whole) beside a long id of yours: each
 * row in two, its id and title, then the rest from column at. Under the
 * titles (at is width[0] + 2) the titles line up; a little in, each
 * follows its own id: the longest id's column left them a few columns. */
static void list_print_stacked(struct list_row *rows, size_t n, const int *width, bool utf8,
			       int cols, int at)
{
	int line = cols ? cols : 80;
	for (size_t i = 0; i < n; i++) {
		const char *more, *title = rows[i].cell[1] ? rows[i].cell[1] : "";
		const char *id = rows[i].cell[0]; /* padded by its columns: "étirement" */
		int len, pad = at == width[0] + 2 ? width[0] - (int)text_width(id) : 0;
		int room = line - (int)text_width(id) - pad - 2;
		char *rest = rest_of(&rows[i]);
		if (room < 8) { /* no room for a title beside the id: it leads the rest */
			char *both = xasprintf("%s: %s", title, rest);
			free(rest);
			rest = both;
			printf("%s\n", id);
		} else {
			text_fit(title, room, utf8, &len, &more);
			printf("%s%*s  %.*s%s\n", id, pad, "", len, title, more);
		}
		printf("%*s", at, "");
		wrapped_hanging(stdout, cols, at, rest);
		free(rest);
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

/* p's routines, from loaded (the catalog's, each read once); NULL when
 * one is not loaded (never: said as an error). Caller frees. */
static const struct routine **preset_routines(const struct catalog *c,
					      struct routine *const *loaded, const struct preset *p)
{
	const struct routine **rs = xcalloc(p->routines.n ? p->routines.n : 1, sizeof *rs);
	for (size_t k = 0; k < p->routines.n; k++) {
		const struct catalog_entry *e = catalog_routine(c, p->routines.v[k]);
		if (!e || !(rs[k] = loaded[e - c->v])) {
			free(rs);
			return NULL;
		}
	}
	return rs;
}

/* A preset's time as the picker gives it: its routines' plan together (one
 * for kids alone makes all of it kid mode); -1 when one is not loaded. */
static int64_t preset_ms(const struct catalog *c, struct routine *const *loaded,
			 const struct preset *p, bool kid)
{
	const struct routine **rs = preset_routines(c, loaded, p);
	int64_t t = rs ? plan_routines_ms(rs, p->routines.n, kid) : -1;
	free(rs);
	return t;
}

/* Whom p is for (plan_routines_audience); "" when not known. Caller frees. */
static char *preset_audience(const struct catalog *c, struct routine *const *loaded,
			     const struct preset *p)
{
	const struct routine **rs = preset_routines(c, loaded, p);
	char *who = rs ? plan_routines_audience(rs, p->routines.n) : xstrdup("");
	free(rs);
	return who;
}

static void print_table(struct list_row *rows, size_t n_rows, struct list_row *sets, size_t n_sets);

/* A row as line mode's picker says it, whole, times in words: "feet:
 * Morning feet (feet, 2 minutes 40 seconds, for adult, teen)". what: the
 * area, or "a preset of" its routines; ms < 0: not known. */
static void say_row(struct strlist *lines, const char *id, const char *title, bool yours,
		    const char *what, int64_t ms, const struct strlist *audience)
{
	char t[DURATION_WORDS_MAX] = "", who[160] = "";
	if (ms >= 0)
		duration_words(ms, t, sizeof t);
	for (size_t i = 0; audience && i < audience->n; i++)
		snprintf(who + strlen(who), sizeof who - strlen(who), "%s%s", i ? ", " : ", for ",
			 audience->v[i]);
	char *line = xasprintf("%s: %s%s (%s%s%s%s)", id, title, yours ? " (yours)" : "", what,
			       *t ? ", " : "", t, who);
	strlist_add(lines, line);
	free(line);
}

int cmd_list(const struct catalog *c, bool kid, bool words)
{
	if (!c->n)
		return say_no_routines(c, stderr);
	struct list_row *rows = NULL, *sets = NULL;
	size_t n_rows = 0, n_sets = 0;
	if (!words)
		list_add(&rows, &n_rows, "ID", "TITLE", "AREA", "TIME", "AUDIENCE");
	int status = 0;
	for (size_t i = 0; i < c->n_unread; i++) { /* each is what a routine was meant to be */
		char *why = not_read(c->unread[i]);
		fprintf(stderr, "unknot: %s\n", why);
		free(why);
	}
	struct strlist broken = { 0 }; /* ids that reach a routine that cannot be read */
	struct strlist said = { 0 };   /* in words, the rows as lines */
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
		} else if (words) {
			say_row(&said, c->v[i].id, r->title, c->v[i].user, r->area, plan_one_ms(r, kid),
				&r->audience);
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
	if (c->n_presets && !words)
		list_add(&sets, &n_sets, "PRESET", "TITLE", NULL, "TIME", "ROUTINES");
	for (size_t i = 0; i < c->n_presets; i++) {
		struct diags d = { 0 };
		struct preset *p = load_preset(c, c->presets[i].path, &d);
		for (size_t k = 0; p && k < p->routines.n; k++) /* the picker leaves it out */
			if (strlist_contains(&broken, p->routines.v[k]))
				unreadable_in_preset(&d, c->presets[i].path, p, k);
		if (p && d.errors) {
			preset_free(p);
			p = NULL;
		}
		if (!p) {
			diags_print(&d, stderr);
			status = EXIT_INVALID;
		} else if (words) {
			char *of = strlist_join(&p->routines), *what = xasprintf("a preset of %s", of);
			/* whom it is for, as line mode's picker says it */
			char *who = preset_audience(c, loaded, p);
			struct strlist one = { .v = &who, .n = *who ? 1 : 0 };
			say_row(&said, p->id, p->title, c->presets[i].user, what,
				preset_ms(c, loaded, p, kid), &one);
			free(who);
			free(of);
			free(what);
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
	if (words) {
		for (size_t i = 0; i < said.n; i++)
			puts(said.v[i]);
		strlist_free(&said);
	} else {
		print_table(rows, n_rows, sets, n_sets);
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

/* The routines' rows, then the presets', in columns fitted to the
 * terminal; frees them. */
static void print_table(struct list_row *rows, size_t n_rows, struct list_row *sets, size_t n_sets)
{
	int width[LIST_COLS] = { 0 };
	widen(width, rows, n_rows, LIST_COLS);
	widen(width, sets, n_sets, 2); /* ids and titles line up across both */
	/* A file or a mail holds 80: a long id of yours left 81. Its lines
	 * stay whole (a script reads them); an id that leaves no room puts
	 * each row in two. */
	int cols = wrapped_cols(stdout), room = cols ? cols : 80;
	fit_to(width, room);
	/* A preset has no area: its time, and its routines, come after the
	 * title, as fitted to the terminal. */
	int set_width[LIST_COLS];
	memcpy(set_width, width, sizeof width);
	set_width[2] = set_width[3] = 0;
	widen(set_width, sets, n_sets, 4);
	set_width[1] = width[1]; /* widen took a title's whole width back */
	bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	/* room for no more than a word of the last column: a row in two; in
	 * a file, a routine's row that would not fit whole */
	bool stacked = cols ? width[0] + width[1] + width[2] + width[3] + 8 + 8 > cols
			    : width[0] + width[1] + width[2] + width[3] + width[4] + 8 > room;
	if (!stacked) {
		list_print(rows, n_rows, width, utf8, cols);
		if (n_sets) {
			putchar('\n');
			list_print(sets, n_sets, set_width, utf8, cols);
		}
		return;
	}
	/* The rests under the titles, in both tables, where they fit (on a
	 * terminal, 12 columns or more to wrap in; in a file, whole); else a
	 * little in, from a row of their own: not after one of spaces. */
	int at = width[0] + 2, widest = rest_widest(rows, n_rows);
	int of_sets = rest_widest(sets, n_sets);
	widest = of_sets > widest ? of_sets : widest;
	if (cols)
		at = wrapped_hang(cols, at);
	else if (at + widest > room)
		at = 8;
	list_print_stacked(rows, n_rows, width, utf8, cols, at);
	if (n_sets) {
		putchar('\n');
		list_print_stacked(sets, n_sets, set_width, utf8, cols, at);
	}
}
