/* `unknot` with no routine: the ncurses picker of routines and presets,
 * then the chosen one. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "advice.h"
#include "commands.h"
#include "record.h"
#include "diag.h"
#include "duration.h"
#include "line_input.h"
#include "plain.h"
#include "plan.h"
#include "preset.h"
#include "routine_yaml.h"
#include "signals.h"
#include "text.h"
#include "ui.h"
#include "xalloc.h"
#include "yaml_name.h"

struct picks {
	struct pick_item *items;
	struct routine **r; /* NULL for a preset */
	char **title, **audience, **summary, **routines; /* owned; all but audience for presets */
	char **about; /* owned; routines' */
	const struct routine ***rs; /* owned arrays; presets' routines, which plans[i] keeps */
	struct plan *plans; /* owned; each row's, for its time and what a stop holds */
	char **stop; /* owned; what an open stop will ask first, or NULL */
	/* What Enter runs: a routine by its path, so that one of yours with a
	 * bundled id runs (an id reaches the bundled one); a preset by its
	 * path too. */
	struct strlist *run;
	size_t n;
	size_t broken; /* routines and presets that do not load */
};

/* The routine picked with this id, or NULL. */
static const struct pick_item *find_pick(const struct picks *pk, const char *id)
{
	for (size_t i = 0; i < pk->n; i++)
		if (pk->r[i] && !strcmp(pk->items[i].id, id))
			return &pk->items[i];
	return NULL;
}

/* A preset's row, after the routines: its time is its plan's (a kid-only
 * routine makes all of it kid mode), its audience whom all its routines
 * are for; it is left out when one of its routines is missing or broken. */
static void add_preset(struct picks *pk, const struct catalog_entry *e, bool kid)
{
	struct diags d = { 0 };
	struct preset *p = preset_load_file(e->path, &d, false);
	diags_free(&d);
	if (!p) {
		pk->broken++;
		return;
	}
	const struct routine **rs = xcalloc(p->routines.n ? p->routines.n : 1, sizeof *rs);
	for (size_t j = 0; j < p->routines.n; j++) {
		const struct pick_item *it = find_pick(pk, p->routines.v[j]);
		if (!it) {
			pk->broken++;
			preset_free(p);
			free(rs);
			return;
		}
		rs[j] = pk->r[it - pk->items];
	}
	size_t k = pk->n++;
	pk->rs[k] = rs;
	plan_build(&pk->plans[k], rs, p->routines.n, kid);
	int64_t total = plan_total_ms(&pk->plans[k]);
	pk->run[k].v = xcalloc(1, sizeof *pk->run[k].v);
	pk->run[k].v[pk->run[k].n++] = xstrdup(e->path); /* its title goes with it */
	char *list = strlist_join(&p->routines);
	pk->title[k] = xstrdup(p->title);
	pk->audience[k] = plan_routines_audience(rs, p->routines.n);
	pk->summary[k] = p->summary ? xasprintf("%s (%s)", p->summary, list) : xstrdup(list);
	pk->routines[k] = list;
	pk->items[k] = (struct pick_item){
		.id = e->id, .title = pk->title[k], .area = "preset",
		.audience = pk->audience[k][0] ? pk->audience[k] : NULL,
		.summary = pk->summary[k], .routines = list, .total_ms = total, .preset = true,
		.yours = e->user,
	};
	preset_free(p);
}

/* What a routine is about beyond its title, for the filter: its equipment
 * and its steps' titles, one a line (a filter never spans two), so that
 * /thigh finds quads and /ball the routines on a ball. Its summary is
 * left out: "a long day on your feet" would make /feet find calves. */
static char *about(const struct routine *r)
{
	size_t n = 1;
	for (size_t i = 0; i < r->equipment.n; i++)
		n += strlen(r->equipment.v[i]) + 1;
	for (size_t i = 0; i < r->n_steps; i++)
		n += strlen(r->steps[i].title) + 1;
	char *s = xmalloc(n), *p = s;
	for (size_t i = 0; i < r->equipment.n; i++)
		p += sprintf(p, "%s\n", r->equipment.v[i]);
	for (size_t i = 0; i < r->n_steps; i++)
		p += sprintf(p, "%s\n", r->steps[i].title);
	*p = '\0';
	return s;
}

/* The rows a stop holds, marked before they are picked: each row's plan
 * against the history, read once. The reminder still asks after Enter. */
static void mark_stops(struct picks *pk)
{
	stop_notes(pk->plans, pk->n, time(NULL), pk->stop);
	for (size_t k = 0; k < pk->n; k++)
		pk->items[k].stop = pk->stop[k];
}

/* Loads every routine and preset of the catalog; the broken ones are left
 * out and counted (unknot --list names their errors). */
static void load_picks(const struct catalog *c, struct picks *pk, bool kid)
{
	size_t max = c->n + c->n_presets + 1;
	pk->items = xcalloc(max, sizeof *pk->items);
	pk->r = xcalloc(max, sizeof *pk->r);
	pk->audience = xcalloc(max, sizeof *pk->audience);
	pk->title = xcalloc(max, sizeof *pk->title);
	pk->summary = xcalloc(max, sizeof *pk->summary);
	pk->routines = xcalloc(max, sizeof *pk->routines);
	pk->about = xcalloc(max, sizeof *pk->about);
	pk->rs = xcalloc(max, sizeof *pk->rs);
	pk->plans = xcalloc(max, sizeof *pk->plans);
	pk->stop = xcalloc(max, sizeof *pk->stop);
	pk->run = xcalloc(max, sizeof *pk->run);
	pk->n = pk->broken = 0;
	for (size_t i = 0; i < c->n; i++) {
		struct diags d = { 0 };
		struct routine *r = routine_load_file(c->v[i].path, &d);
		diags_free(&d);
		if (!r) {
			pk->broken++;
			continue;
		}
		size_t k = pk->n++;
		pk->r[k] = r;
		/* a plan keeps its routines' array: this row's, in pk->r */
		plan_build(&pk->plans[k], (const struct routine *const *)&pk->r[k], 1, kid);
		pk->run[k].v = xcalloc(1, sizeof *pk->run[k].v);
		pk->run[k].v[pk->run[k].n++] = xstrdup(c->v[i].path);
		pk->audience[k] = strlist_join(&r->audience);
		pk->about[k] = about(r);
		pk->items[k] = (struct pick_item){
			.id = c->v[i].id, .title = r->title, .area = r->area, .yours = c->v[i].user,
			.audience = pk->audience[k][0] ? pk->audience[k] : NULL,
			.summary = r->summary, .about = pk->about[k], .total_ms = plan_total_ms(&pk->plans[k]),
		};
	}
	for (size_t i = 0; i < c->n_presets; i++)
		add_preset(pk, &c->presets[i], kid);
	mark_stops(pk);
}

static void free_picks(struct picks *pk)
{
	for (size_t i = 0; i < pk->n; i++) {
		routine_free(pk->r[i]);
		free(pk->title[i]);
		free(pk->audience[i]);
		free(pk->summary[i]);
		free(pk->routines[i]);
		free(pk->about[i]);
		plan_free(&pk->plans[i]);
		free(pk->rs[i]);
		free(pk->stop[i]);
		strlist_free(&pk->run[i]);
	}
	free(pk->about);
	free(pk->rs);
	free(pk->plans);
	free(pk->stop);
	free(pk->run);
	free(pk->r);
	free(pk->title);
	free(pk->audience);
	free(pk->summary);
	free(pk->routines);
	free(pk->items);
}

/* Where the selection starts: in kid mode, on the first routine written
 * for kids, so that Enter alone does not start a grown-up's; else the top. */
static size_t first_pick(const struct picks *pk, bool kid)
{
	for (size_t i = 0; kid && i < pk->n; i++)
		if (pk->r[i] && strlist_contains(&pk->r[i]->audience, "kid"))
			return i;
	return 0;
}

/* pick_once found no screen to draw on: line mode's picker instead. Not
 * one of cmd_run_in's own values. */
enum { PICK_NO_SCREEN = RUN_REFUSED - 1 };

/* The picker once: what it ran, RUN_DECLINED when the stop reminder for
 * the chosen routine was answered no, RUN_NOT_BEGUN when q closed its
 * brief, or PICK_NO_SCREEN (said on standard error). *chosen is where the
 * selection starts, SIZE_MAX the first time. */
/* The picker's stop, written as soon as its screen shows (stop:unknown)
 * and again once answered, as a session's is (a crash while it is read
 * kept nothing; the history takes the answer for the first); what writing
 * it says is held for after the screen. */
struct picker_stop {
	time_t when;
	bool kid;
	bool told;           /* written, */
	enum symptom written; /* with this answer */
	char *said;
};

static void picker_stop_shown(void *ctx, enum symptom sy)
{
	struct picker_stop *ps = ctx;
	record_stop_without_session(sy, ps->when, ps->kid, &ps->said);
	ps->told = true;
	ps->written = sy;
}

static int pick_once(const struct catalog *c, const struct run_options *o, size_t *chosen)
{
	struct picks pk;
	load_picks(c, &pk, o->kid);
	bool back = *chosen != SIZE_MAX;
	if (!back)
		*chosen = first_pick(&pk, o->kid);
	struct ui *u;
	if (ui_open(&u, &(struct ui_options){ .instead = "line mode instead" })) {
		free_picks(&pk);
		return PICK_NO_SCREEN;
	}
	int status = 0;
	/* The ending signals wait, blocked, for the picker's sleeps, which
	 * take them (ui_wait_key): while it draws, ncurses' own handlers are
	 * in place, and would end the program with status 1 and no word. */
	sigset_t ends, before;
	signals_ending(&ends);
	sigprocmask(SIG_BLOCK, &ends, &before);
	/* What the session will be, said before it is picked. */
	char heading[128] = "Pick a routine";
	size_t len = strlen(heading);
	if (o->speed != 1) /* first: on a narrow screen both still show */
		len += (size_t)snprintf(heading + len, sizeof heading - len, " to preview at %gx speed",
					o->speed);
	if (o->kid)
		snprintf(heading + len, sizeof heading - len, "%s: light pressure, short holds",
			 o->speed != 1 ? " in kid mode" : " for a child");
	switch (ui_pick(u, pk.items, pk.n, pk.broken, heading, o->kid, chosen, back)) {
	case UI_PICK_START: {
		struct strlist run = pk.run[*chosen];
		pk.run[*chosen] = (struct strlist){ 0 };
		free_picks(&pk);
		/* Still blocked while the routines and the history load: the
		 * screen that follows (the reminder's, the session's) takes them
		 * in its sleeps as the picker's did. */
		struct run_options picked = *o;
		picked.picked = true;
		status = cmd_run_in(c, run.v, run.n, &picked, u); /* closes u */
		strlist_free(&run);
		sigprocmask(SIG_SETMASK, &before, NULL); /* one left pending: as it would have */
		return status;
	}
	case UI_PICK_STOP: {
		struct picker_stop ps = { .when = time(NULL), .kid = o->kid };
		enum symptom sy = ui_stop_screen_standalone(u, o->kid, picker_stop_shown, &ps);
		if (ui_signal(u)) /* Ctrl-C closes it as in a session: 130 */
			status = 128 + ui_signal(u);
		ui_close(u);
		u = NULL;
		/* What writing it said, once the screen has gone: a warning
		 * that it could not be kept would be wiped with it. */
		if (!ps.told || sy != ps.written) /* not yet written, or the answer changed */
			picker_stop_shown(&ps, sy);
		if (ps.said)
			fputs(ps.said, stderr);
		free(ps.said);
		say_stopped(stdout, sy, o->kid, true, true);
		break;
	}
	case UI_PICK_SIGNAL:
		status = 128 + ui_signal(u);
		break;
	case UI_PICK_QUIT:
	case UI_PICK_EOF:
		break;
	}
	ui_close(u);
	free_picks(&pk);
	/* One that came since the last sleep: as it would have, unseen (the
	 * stop is kept by now, and the terminal put back). */
	sigprocmask(SIG_SETMASK, &before, NULL);
	return status;
}

/* --- line mode: the list numbered, a line picks --- */

/* While line mode's picker waits, the ending signals (Ctrl-C, a hang-up)
 * only set signals_end: a stop asked there is still kept, as a session's is. */

/* A line of standard input for the picker. Ctrl-D and a line too long
 * are said, and come back as LINE_CTRL_D and LINE_LONG: ask again; so
 * does LINE_RESUMED, back after Ctrl-Z and fg. prompt_open: the line
 * asked for is on the prompt's own line, which a line unechoed ends. */
static enum line_got pick_line(const struct signals_caught *sc, char *buf, size_t cap,
			       const char *ctrl_d, bool prompt_open)
{
	enum line_got got = line_input(STDIN_FILENO, buf, cap, &sc->sleep_mask, &signals_end,
				       &signals_cont);
	if (got == LINE_LONG && plain_long_line_stops(buf, false))
		got = LINE_OK; /* a sentence dictated that says what happened: read */
	if (got == LINE_RESUMED) { /* fg put the shell's lines in between: asked again */
		signals_cont = 0;
		return got;
	}
	/* A terminal echoed the line and its Enter; a pipe did not, nor
	 * does a terminal echo Ctrl-D. */
	FILE *out = line_safety_out(stdout);
	if (prompt_open && out == stdout && !(isatty(STDIN_FILENO) && (got == LINE_OK || got == LINE_LONG)))
		putchar('\n');
	if (got == LINE_CTRL_D)
		fprintf(out, "Ctrl-D does nothing here: %s.\n", ctrl_d);
	else if (got == LINE_LONG)
		fputs("Line too long, ignored.\n", out);
	fflush(out);
	return got;
}

/* The picker's STOP in line mode: the question, its answer, kept; a
 * signal or the end of input leaves it unanswered, kept all the same. */
static void stop_plain(const struct signals_caught *sc, bool kid, int answered)
{
	time_t when = time(NULL);
	enum symptom said = session_key_symptom(answered);
	/* | head gone: each line where it can still be read, at once or once
	 * it has gone while the question waited */
	plain_say_stop(line_safety_out(stdout), kid, NULL, said == SYMPTOM_UNKNOWN);
	fflush(NULL);
	char line[256];
	bool sure;
	while (said == SYMPTOM_UNKNOWN) {
		enum line_got got = pick_line(sc, line, sizeof line,
					      "type 1, 2 or 3 and Enter to say what happened", false);
		if (got == LINE_RESUMED)
			plain_ask_stop_again(line_safety_out(stdout), kid);
		if (got == LINE_CTRL_D || got == LINE_LONG || got == LINE_RESUMED)
			continue;
		if (got != LINE_OK)
			break; /* the end of input, or a signal: unanswered */
		const char *w = plain_strip_marks(line + strspn(line, " \t")); /* "2.", "q." */
		int key = plain_answer_word(w);
		said = session_key_symptom(key); /* 1, 2 or 3; else a word that says it */
		if (said == SYMPTOM_UNKNOWN &&
		    ((said = advice_symptom_named(w, &sure)) == SYMPTOM_UNKNOWN || !sure)) {
			said = SYMPTOM_UNKNOWN;
			if (key == SK_QUIT)
				break;
			plain_ask_stop_again(line_safety_out(stdout), kid);
		}
	}
	record_stop_without_session(said, when, kid, NULL);
	FILE *out = line_safety_out(stdout);
	if (said == SYMPTOM_UNKNOWN)
		say_stopped(out, said, kid, false, true);
	else
		plain_say_symptom(out, said, kid, true);
}

/* held_said: the stop that holds every row was said above them, once. */
static void print_pick(const struct pick_item *it, size_t number, bool held_said)
{
	char t[DURATION_WORDS_MAX];
	duration_words(it->total_ms, t, sizeof t); /* "5m25s" would be said "five em twenty-five ess" */
	char *title = text_printable(it->title), *what = text_printable(it->preset ? it->routines : it->area);
	const char *mark = held_said ? it->yours ? " (yours)" : "" : ui_pick_mark(it);
	printf("%zu. %s: %s%s (%s%s, %s", number, it->id, title, mark,
	       it->preset ? "a preset of " : "", what, t);
	if (it->audience)
		printf(", for %s", it->audience);
	puts(")");
	free(title);
	free(what);
}

/* What an open stop that holds it will ask first, on its own line. */
static void say_stop_of(const struct pick_item *it)
{
	if (!it->stop)
		return;
	char *stop = text_printable(it->stop); /* it names areas */
	printf("%s\n", stop);
	free(stop);
}

/* The routine or preset a word of the line names ("back pain", "my feet
 * hurt"): one whose id it is, else the first routine of the area it is;
 * SIZE_MAX for none. */
static size_t pick_in_words(const struct picks *pk, const char *line)
{
	for (int area = 0; area < 2; area++)
		for (const char *w = line; *w;) {
			size_t n = strspn(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
			for (size_t i = 0; n && i < pk->n; i++) {
				const char *name = area ? (pk->r[i] ? pk->items[i].area : NULL) : pk->items[i].id;
				if (name && strlen(name) == n && !strncasecmp(w, name, n))
					return i;
			}
			w += n ? n : 1;
		}
	return SIZE_MAX;
}

/* A line that names a pain ("back pain", "my feet hurt") at the picker:
 * nothing runs yet, so nothing is stopped; it is told what a stop is
 * for, and how to pick. */
static void say_symptom_at_pick(const struct picks *pk, const char *line, bool kid)
{
	printf("%s, rest today%s: x and Enter records a stop.\n",
	       kid ? "If it feels tingly, numb or it really hurts" :
		     "If you have numbness, tingling or sharp pain",
	       kid ? " and tell a grown-up" : "");
	size_t near = pick_in_words(pk, line);
	if (near == SIZE_MAX) {
		printf("If not, type a number or an id and Enter.\n");
		return;
	}
	char *id = text_printable(pk->items[near].id); /* found by its area: a file's name */
	printf("If not, type a number or an id and Enter: did you mean '%s' (number %zu)?\n", id,
	       near + 1);
	free(id);
	say_stop_of(&pk->items[near]); /* as the list marks it */
}

/* The item a line names: its number, or its id as `unknot ID` takes it
 * (bundled before yours; routines listed first), else in any case (but
 * Feet.yaml of yours is not what "feet" starts), else its title as the
 * list says it ("morning feet"); or none. */
static size_t pick_named(const struct picks *pk, const char *w)
{
	char *end;
	unsigned long k = strtoul(w, &end, 10);
	if (*w >= '0' && *w <= '9' && (!*end || !strcmp(end, "."))) /* "2." as the list writes it */
		return k >= 1 && k <= pk->n ? (size_t)k - 1 : SIZE_MAX;
	for (int pass = 0; pass < 4; pass++)
		for (size_t i = 0; i < pk->n; i++)
			if (pass == 3 ? pk->items[i].title && text_equal_any_case(pk->items[i].title, w) :
			    pass == 2 ? text_equal_any_case(pk->items[i].id, w) :
			    !strcmp(pk->items[i].id, w) && pk->items[i].yours == (pass == 1))
				return i;
	return SIZE_MAX;
}

/* The numbered list, as it opens and as help or list says it again. */
static void say_picks(const struct picks *pk, const struct run_options *o)
{
	printf("Routines and presets");
	if (o->speed != 1)
		printf(", to preview at %gx speed", o->speed);
	if (o->kid)
		printf(", in kid mode: light pressure, short holds");
	puts(":");
	/* One stop that holds every row (one from the picker) is said once,
	 * above them: "(stopped)" a row was said thirteen times. */
	bool every = pk->n > 0 && pk->items[0].stop;
	for (size_t i = 1; i < pk->n && every; i++)
		every = pk->items[i].stop && !strcmp(pk->items[i].stop, pk->items[0].stop);
	if (every)
		say_stop_of(&pk->items[0]);
	for (size_t i = 0; i < pk->n; i++)
		print_pick(&pk->items[i], i + 1, every);
	if (pk->broken)
		printf("%zu more cannot be read (unknot --list says why).\n", pk->broken);
}

/* "about 3", "about feet": its line of the list, then what it is about and
 * what it needs, so that a listener need not start it to find out. */
/* at: the routine w names as typed, marks and all ("about calves!": an
 * id of yours first, as a pick is), or SIZE_MAX. */
static void say_about(const struct picks *pk, const char *w, size_t at)
{
	if (at == SIZE_MAX && *w)
		at = pick_named(pk, w);
	if (!*w) {
		printf("About which? Type about and a number or an id: about 1, or about %s.\n",
		       pk->n ? pk->items[0].id : "feet");
		return;
	}
	if (at == SIZE_MAX) {
		char *safe = text_printable(w);
		printf("No routine '%s' here: about and a number from 1 to %zu, or an id, says what one is.\n",
		       safe, pk->n);
		free(safe);
		return;
	}
	const struct pick_item *it = &pk->items[at];
	print_pick(it, at + 1, false);
	say_stop_of(it);
	if (it->summary) {
		char *summary = text_printable(it->summary);
		printf("%s\n", summary); /* a preset's ends with its routines */
		free(summary);
	}
	/* A preset's: its routines' together, each tool once, so that all
	 * of it can be fetched before the session. */
	struct strlist tools = { 0 };
	size_t n = pk->r[at] ? 1 : pk->rs[at] ? pk->plans[at].n_routines : 0;
	for (size_t k = 0; k < n; k++) {
		const struct routine *r = pk->r[at] ? pk->r[at] : pk->rs[at][k];
		for (size_t j = 0; j < r->equipment.n; j++)
			if (!strlist_contains(&tools, r->equipment.v[j]))
				strlist_add(&tools, r->equipment.v[j]);
	}
	if (tools.n) {
		char *joined = strlist_join(&tools), *safe = text_printable(joined);
		printf("Equipment: %s\n", safe);
		free(safe);
		free(joined);
	}
	strlist_free(&tools);
}

/* unknot --plain with no routine: every routine and preset, numbered, and
 * a line that picks one by number or id. The session's own lines follow
 * on the same input. again: back from a no or a brief quit, where the
 * list was said already: a listener hears how to hear it again, not all
 * of it. */
static int pick_plain_once(const struct catalog *c, const struct run_options *o, bool again)
{
	struct picks pk;
	load_picks(c, &pk, o->kid);
	if (again)
		printf("Back to the list: help says it again.\n");
	else
		say_picks(&pk, o);
	struct signals_caught sc;
	signals_catch_ending(&sc);
	int status = 0;
	char line[256];
	for (;;) {
		printf("Type a number or an id and Enter (q quits, x STOP): ");
		/* No one reads the list any more (yes | unknot --plain | head):
		 * as the end of input, not answers without end to a closed pipe
		 * (a stop's question, once asked, is still read and kept) */
		errno = 0;
		if (fflush(stdout) != 0 && errno == EPIPE)
			break;
		enum line_got got = pick_line(&sc, line, sizeof line,
					      "type q and Enter to quit, x and Enter to stop", true);
		if (got == LINE_CTRL_D || got == LINE_LONG || got == LINE_RESUMED)
			continue;
		if (got != LINE_OK) { /* a signal, or the end: nothing picked */
			status = got == LINE_SIGNAL ? 128 + signals_end : 0;
			break;
		}
		char *typed = line + strspn(line, " \t");
		size_t as_typed = pick_named(&pk, typed); /* "calves!" may be an id of yours */
		size_t about_typed = !strncasecmp(typed, "about ", 6) ?
			pick_named(&pk, typed + 6 + strspn(typed + 6, " \t")) : SIZE_MAX;
		char *w = plain_strip_marks(typed); /* "q.", "2.", "help?" */
		if (!*w)
			continue;
		int key = plain_command_word(w); /* the session's words: q quits, x stops */
		if (key == SK_STOP && !strcasecmp(w, "s")) /* as in the screen's picker: no stop */
			key = -1; /* by a slip (or "s" for shoulders) that holds every area */
		/* an id first, as "stop-drill" may be */
		bool unnamed = key < 0 && as_typed == SIZE_MAX && pick_named(&pk, w) == SIZE_MAX;
		if (unnamed && plain_meant_stop(w, false))
			key = SK_STOP; /* "xx", "stop!" */
		int answer = -1, numbered; /* "x1", "stop 2": answered at once, as in a session */
		if (unnamed && key < 0 && plain_numbered_stop(w, false, &numbered))
			key = SK_STOP, answer = numbered;
		if (unnamed && key < 0 && plain_stop_and_more(w))
			key = SK_STOP; /* "x one", "stop #1": and asked */
		if (key == SK_QUIT)
			break;
		if (key == SK_STOP) {
			stop_plain(&sc, o->kid, answer);
			if (signals_end)
				status = 128 + signals_end;
			break;
		}
		/* an id of yours may hold "pain": it is an id first */
		size_t at = as_typed != SIZE_MAX ? as_typed : pick_named(&pk, w);
		bool sure;
		if (at == SIZE_MAX && advice_symptom_named(w, &sure) != SYMPTOM_UNKNOWN) {
			say_symptom_at_pick(&pk, w, o->kid);
			continue;
		}
		/* Each line of the list is said once: a listener needs a way
		 * to hear it again. An id of yours named "help" is an id first. */
		if (at == SIZE_MAX && (!strcmp(w, "?") || !strcasecmp(w, "help") || !strcasecmp(w, "list"))) {
			say_picks(&pk, o);
			printf("To begin one, type its number or id and Enter; to hear what one is, about "
			       "and its number or id (about 2); q quits; x records a stop.\n");
			continue;
		}
		if (at == SIZE_MAX && !strncasecmp(w, "about", 5) && (!w[5] || w[5] == ' ' || w[5] == '\t')) {
			say_about(&pk, w[5] ? w + 5 + strspn(w + 5, " \t") : "", about_typed);
			continue;
		}
		if (at == SIZE_MAX) {
			char *safe = text_printable(w), *id = yaml_name_id(w); /* feet.yaml: feet */
			const char *near = closest_id(c, pick_named(&pk, id) != SIZE_MAX ? id : w, true);
			size_t k = near ? pick_named(&pk, near) : SIZE_MAX;
			if (k != SIZE_MAX)
				printf("No routine '%s' here; did you mean '%s' (number %zu)? Type a number "
				       "from 1 to %zu, or an id; help lists them.\n", safe, near, k + 1, pk.n);
			else
				printf("No routine '%s' here. Type a number from 1 to %zu, or an id; help "
				       "lists them.\n", safe, pk.n);
			free(id);
			free(safe);
			continue;
		}
		/* typed blind: | head read its lines and went */
		if (line_output_gone(STDOUT_FILENO)) {
			fputs("unknot: nothing reads the list any more (its pipe is closed): no session "
			      "begun\n", stderr);
			break;
		}
		signals_release(&sc);
		struct strlist run = pk.run[at];
		pk.run[at] = (struct strlist){ 0 };
		free_picks(&pk);
		struct run_options picked = *o;
		picked.picked = true;
		status = cmd_run_in(c, run.v, run.n, &picked, NULL);
		strlist_free(&run);
		return status;
	}
	signals_release(&sc);
	free_picks(&pk);
	return status;
}

/* Whether the picker comes back after a run that ended with status: a
 * no at the stop reminder, or q on the brief. Not after a child's routine
 * refused on a child's stop: the child is likely at the keys, told "no
 * more rolling today", and the grown-up's routines were open to them. */
static bool again(int status)
{
	return status == RUN_DECLINED || status == RUN_NOT_BEGUN;
}

int cmd_pick(const struct catalog *c, const struct run_options *o)
{
	if (!c->n)
		return say_no_routines(c, stderr);
	int status;
	if (!o->plain) {
		atexit(ui_emergency_restore);
		size_t chosen = SIZE_MAX;
		/* "Not today" for one area, or q on the brief of a wrong pick:
		 * back to the list, where it was; another may be fine. */
		while (again(status = pick_once(c, o, &chosen)))
			;
		if (status != PICK_NO_SCREEN)
			return status == RUN_REFUSED ? 0 : status;
	}
	/* --plain, or no screen (TERM=dumb, no terminal at all): the numbered
	 * list, and what it picks in line mode, as a session named goes on in
	 * line mode without a screen. */
	struct run_options line = *o;
	line.plain = true;
	bool more = false;
	while (again(status = pick_plain_once(c, &line, more)))
		more = true;
	return status == RUN_REFUSED ? 0 : status;
}
