/* The things `unknot` can be asked to do, one function each. Each returns
 * the process exit status. */
#ifndef UNKNOT_COMMANDS_H
#define UNKNOT_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "cues.h"
#include "routine.h"

enum { EXIT_INVALID = 1, EXIT_USAGE = 2 };

struct run_options {
	bool plain, kid;
	double speed;
	FILE *trace; /* --trace, opened before any screen, so that its error shows */
	enum cues_mode cues;
	bool breath_cues;
};

int cmd_check(const struct catalog *c, char *const *files, size_t n);
int cmd_list(const struct catalog *c);
int cmd_history(bool csv);
int cmd_dry_run(const struct catalog *c, char *const *ids, size_t n, bool kid);
int cmd_run(const struct catalog *c, char *const *ids, size_t n, const struct run_options *o);
/* cmd_run on an open ui (from the picker), or NULL; closes the ui. */
struct ui;
int cmd_run_in(const struct catalog *c, char *const *ids, size_t n,
	       const struct run_options *o, struct ui *u);
/* The ncurses picker, then the chosen routine. */
int cmd_pick(const struct catalog *c, const struct run_options *o);

/* Loads the routines named by ids (routine ids, preset ids or paths),
 * printing every problem to err. Returns 0 and fills *out with *n_out
 * routines, or EXIT_INVALID. */
int load_routines(const struct catalog *c, char *const *ids, size_t n,
		  struct routine ***out, size_t *n_out, FILE *err);
void free_routines(struct routine **r, size_t n);

#endif
