/* The things `unknot` can be asked to do, one function each. Each returns
 * the process exit status. */
#ifndef UNKNOT_COMMANDS_H
#define UNKNOT_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "cues.h"
#include "load.h"
#include "routine.h"
#include "session.h"

enum { EXIT_INVALID = 1, EXIT_USAGE = 2 };

struct run_options {
	bool plain, kid;
	double speed;
	FILE *trace; /* --trace, opened before any screen, so that its error shows */
	enum cues_mode cues;
	bool breath_cues;
	bool picked; /* from the picker: q on the brief goes back to it */
};

int cmd_check(const struct catalog *c, char *const *files, size_t n);
/* Times as kid mode runs them with kid; words: line mode's (--plain), a
 * line a row, as its picker says them. */
int cmd_list(const struct catalog *c, bool kid, bool words);
/* words: the report for line mode (--plain): times in words, lines whole. */
int cmd_history(bool csv, bool words);
/* words: line mode's (--plain): times in words, lines whole. */
int cmd_dry_run(const struct catalog *c, char *const *ids, size_t n, bool kid, bool words);
int cmd_run(const struct catalog *c, char *const *ids, size_t n, const struct run_options *o);
/* cmd_run on an open ui (from the picker), or NULL; closes the ui. Returns
 * an exit status, or RUN_DECLINED when the stop reminder was answered no,
 * RUN_NOT_BEGUN when q closed the brief (the picker then comes back),
 * RUN_REFUSED when a child's stop said no more rolling today (the picker
 * then ends, a grown-up's too). */
struct ui;
enum { RUN_DECLINED = -1, RUN_NOT_BEGUN = -2, RUN_REFUSED = -3 };
int cmd_run_in(const struct catalog *c, char *const *ids, size_t n,
	       const struct run_options *o, struct ui *u);
/* After a stop screen has closed, lines that stay: what was said and
 * when to see a doctor; all the advice when nothing was said. any_area: a
 * stop from the picker, which holds every area. */
void say_stopped(FILE *out, enum symptom sy, bool kid, bool wrap, bool any_area);

/* The ncurses picker, then the chosen routine. */
int cmd_pick(const struct catalog *c, const struct run_options *o);


#endif
