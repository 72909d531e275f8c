/* --dry-run: the plan of a session, with its times, and no session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "advice.h"
#include "commands.h"
#include "duration.h"
#include "load.h"
#include "plan.h"
#include "record.h"
#include "text.h"
#include "wrapped.h"
#include "xalloc.h"

_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "--dry-run says kid holds are up to 30s");

/* Where a step's line goes on, its instruction, and its prompts (quoted,
 * further in): the columns after its time. */
enum { STEP_AT = 10, HOW_AT = 12, PROMPT_AT = 14 };

/* A length as the plan says it: "1m30s", or in words, "1 minute 30 seconds". */
static void length(int64_t ms, bool words, char *buf, size_t cap)
{
	if (words)
		duration_words(ms, buf, cap);
	else
		duration_format(ms, buf, cap);
}

/* A step's line: "  1:10  Ball of the foot, left: get into position 5s, ...",
 * under its time; in words, a line each, as line mode reads
 * ("At 1 minute 10 seconds: Ball of the foot, left: ..."). */
static void say_at(int64_t t, bool words, int cols, int indent, const char *what)
{
	char at[DURATION_WORDS_MAX];
	if (words) {
		duration_words(t, at, sizeof at);
		printf("%s%s: %s\n", t ? "At " : "", t ? at : "At the start", what);
		return;
	}
	duration_clock(t, at, sizeof at);
	printf("  %6s  %*s", at, indent - 10, "");
	wrapped_hanging(stdout, cols, indent, what); /* under the step, not under its time */
}

/* A step's instruction or its Take care line, under the step a little in,
 * apart from its prompts, which are quoted and further in. */
static void say_how(int cols, const char *text, const char *label)
{
	if (!text)
		return;
	char *line = xasprintf("%s%s", label, text);
	/* where a prompt has too little room, where it goes: 8 in, or at the edge */
	int hang = wrapped_hang(cols, PROMPT_AT), in = hang == PROMPT_AT ? HOW_AT : hang;
	printf("%*s", in, "");
	wrapped_hanging(stdout, cols, in, line);
	free(line);
}

/* Whether a prompt is in quotes of its own ("„Langsam, bitte.“"): not put
 * in ours again. */
static bool in_quotes(const char *s)
{
	static const char *const open[] = { "\"", "'", "\u201E", "\u201C", "\u201A", "\u2018",
					    "\u00AB", "\u00BB", "\u300C", "\u300E" }; /* and 「 『 */
	static const char *const close[] = { "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019",
					     "\u00BB", "\u00AB", "\u300D", "\u300F" };
	size_t n = strlen(s);
	for (size_t i = 0; i < sizeof open / sizeof *open; i++) {
		size_t o = strlen(open[i]), c = strlen(close[i]);
		if (n > o + c && !strncmp(s, open[i], o) && !strcmp(s + n - c, close[i]))
			return true;
	}
	return false;
}

/* "Equipment: foam roller, yoga mat": a list on its label's line. */
static void say_list(const char *label, const struct strlist *l, int cols)
{
	if (!l->n)
		return;
	char *text = strlist_join_with(l, ", ");
	printf("%s: ", label);
	wrapped_hanging(stdout, cols, (int)text_width(label) + 2, text);
	free(text);
}

/* Notes one to a line under their label, as the screen has them ("  -
 * Keep off the knee."): run into one paragraph, a client's printout had
 * its most important text as one block of 400 characters. In words, each
 * on a line with its label, as line mode says them. */
static void say_notes(const char *label, const struct strlist *l, bool words, int cols)
{
	if (l->n && !words) { /* wrapped too: "Aftercare (a routine's title):" */
		char *head = xasprintf("%s:", label);
		wrapped_print(stdout, cols, "", head, "\n");
		free(head);
	}
	for (size_t i = 0; i < l->n; i++) {
		printf(words ? "%s: " : "  - ", label);
		wrapped_hanging(stdout, cols, words ? (int)text_width(label) + 2 : 4, l->v[i]);
	}
}

/* The safety notes or aftercare of the plan's routines from first to last
 * that no routine before gave, each once, as the session says them. */
static void say_new_advice(const struct plan *p, size_t first, size_t last,
			   enum advice_list which, const char *label, bool words, int cols)
{
	struct strlist fresh = { 0 };
	for (size_t i = first; i <= last && i < p->n_routines; i++) {
		const struct routine *r = p->routines[i];
		const struct strlist *l = which == ADVICE_SAFETY ? &r->safety : &r->aftercare;
		for (size_t j = 0; j < l->n; j++)
			if (plan_advice_is_new(p, i, which, l->v[j], NULL) &&
			    !strlist_contains(&fresh, l->v[j]))
				strlist_add(&fresh, l->v[j]);
	}
	say_notes(label, &fresh, words, cols);
	strlist_free(&fresh);
}

int cmd_dry_run(const struct catalog *c, char *const *ids, size_t n, bool kid, bool words)
{
	struct loaded l;
	if (load_routines(c, ids, n, &l, stderr))
		return EXIT_INVALID;
	struct plan p;
	plan_build(&p, (const struct routine *const *)l.r, l.n, kid);
	char buf[DURATION_WORDS_MAX], prep[DURATION_WORDS_MAX], hold[DURATION_WORDS_MAX];
	/* a terminal's: lines broken between words; line mode's: lines whole */
	int cols = words ? 0 : wrapped_cols(stdout);
	length(plan_total_ms(&p), words, buf, sizeof buf);
	if (l.title) {
		char *about = xasprintf("%s%s%s", l.title, l.summary ? ": " : "", l.summary ? l.summary : "");
		wrapped_print(stdout, cols, "", about, "\n");
		free(about);
	}
	char *plan = xasprintf("Plan: %zu hold%s, %s%s", p.n_items, p.n_items == 1 ? "" : "s", buf,
			       !p.kid ? "" : words ? " (kid mode: light pressure, holds up to 30 seconds)" :
			       " (kid mode: light pressure, holds up to 30s)");
	wrapped_print(stdout, cols, "", plan, "\n");
	free(plan);
	/* As the brief says it, whatever a routine's own notes say: a handout
	 * of a routine that has none of its own still says when to stop. */
	char *rule = xasprintf("%s; in a session, %s.", advice_stop_rule(p.kid),
			       words ? "type x and Enter (or press x on the screen)" : "press x");
	wrapped_print(stdout, cols, "", rule, "\n");
	free(rule);
	/* A stop is the history's of whoever runs this, not the plan's: a
	 * handout written to a file, for a client, goes without it. */
	char *note = stop_note(&p, time(NULL));
	if (note && isatty(STDOUT_FILENO))
		wrapped_print(stdout, cols, "", note, "\n");
	else if (note)
		fprintf(stderr, "unknot: %s\n", note);
	free(note);
	int64_t t = 0;
	const struct routine *current = NULL;
	for (size_t i = 0; i < p.n_items; i++) {
		const struct plan_item *it = &p.items[i];
		if (it->routine != current) {
			current = it->routine;
			length(plan_routine_ms(&p, it->routine_index), words, buf, sizeof buf);
			char *head = xasprintf("%s (%s, %s)", current->title, current->area, buf);
			putchar('\n');
			wrapped_print(stdout, cols, "", head, "\n");
			free(head);
			if (plan_not_for_kids(&p, it->routine_index))
				wrapped_print(stdout, cols, "", PLAN_NOT_FOR_KIDS, "\n");
			say_list("Equipment", &current->equipment, cols);
			say_new_advice(&p, it->routine_index, it->routine_index, ADVICE_SAFETY,
				       "Safety", words, cols);
		}
		length(it->prep_ms, words, prep, sizeof prep);
		length(it->hold_ms, words, hold, sizeof hold);
		/* What to do, under a step's first side only: the other side's
		 * line is just under it on the page. */
		const struct step *st = it->step;
		bool first_side = !i || p.items[i - 1].step != st;
		char *line = xasprintf("%s%s%s: get into position %s, hold %s, %s pressure%s%s%s%s%s",
				       st->title, it->side != SIDE_NONE ? ", " : "",
				       it->side != SIDE_NONE ? side_name(it->side) : "", prep, hold,
				       pressure_name(it->pressure), words ? "." : "",
				       words && first_side && st->instruction ? " " : "",
				       words && first_side && st->instruction ? st->instruction : "",
				       words && first_side && st->avoid ? " Take care: " : "",
				       words && first_side && st->avoid ? st->avoid : "");
		say_at(t, words, cols, STEP_AT, line);
		free(line);
		if (!words && first_side) {
			say_how(cols, st->instruction, "");
			say_how(cols, st->avoid, "Take care: ");
		}
		for (size_t j = 0; j < it->step->n_prompts; j++) {
			const struct prompt *pr = &it->step->prompts[j];
			if (pr->at_ms >= it->hold_ms)
				continue;
			bool quoted = in_quotes(pr->say);
			line = xasprintf("%s%s%s%s", words ? "it says " : "", quoted ? "" : "\"", pr->say,
					 quoted ? "" : "\"");
			say_at(t + it->prep_ms + pr->at_ms, words, cols, PROMPT_AT, line);
			free(line);
		}
		t += it->prep_ms + it->hold_ms;
	}
	if (words) {
		duration_words(t, buf, sizeof buf);
		printf("Done at %s.\n", buf);
	} else {
		duration_clock(t, buf, sizeof buf);
		printf("  %6s  done\n", buf);
	}
	/* After: the aftercare, each line once, as the summary says it; of
	 * several routines, each's under its title ("do half the time
	 * tomorrow" said of which). */
	for (size_t i = 0; i < p.n_routines; i++) {
		char *label = p.n_routines > 1 ? xasprintf("Aftercare (%s)", p.routines[i]->title)
					       : xstrdup("Aftercare");
		say_new_advice(&p, i, i, ADVICE_AFTERCARE, label, words, cols);
		free(label);
	}
	/* What the stop screen says, on the page too: a handout on a wall is
	 * read by people who have never pressed x. */
	struct strlist stop = { 0 };
	for (const char *const *a = advice_stop(SYMPTOM_UNKNOWN, p.kid, false); *a; a++)
		strlist_add(&stop, *a);
	say_notes("After a stop", &stop, words, cols);
	strlist_free(&stop);
	plan_free(&p);
	loaded_free(&l);
	return 0;
}
