/* The routine model: what a routine file says, after validation. Pure. */
#ifndef UNKNOT_ROUTINE_H
#define UNKNOT_ROUTINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cue.h"

/* Bounds on untrusted routine files; the loader enforces them. */
#define ROUTINE_MAX_FILE_BYTES (256 * 1024)
#define ROUTINE_MAX_STRING 2000 /* bytes in one text value */
#define ROUTINE_MAX_STEPS 200
#define ROUTINE_MAX_LIST 50     /* items in equipment, safety, prompts, … */
#define ROUTINE_MAX_DEPTH 8     /* nesting of mappings and sequences */
#define ROUTINE_WARN_HOLD_MS (120 * 1000) /* over this on a spot: a warning; + stops here */
#define ROUTINE_WARN_SHORT_HOLD_MS (10 * 1000) /* under this, "hold: 2" with no unit: a warning */
/* Columns of instruction an 80x24 hold shows whole, with its avoid line and
 * a prompt: over this, a warning (the rest would be cut). */
#define ROUTINE_WARN_INSTRUCTION_COLS 480
/* Columns of a prompt read at a glance mid-hold, and of an avoid line,
 * which goes whole or not at all: over these, a warning (two lines at 80
 * columns; 60x16 cuts a longer prompt). */
#define ROUTINE_WARN_PROMPT_COLS 150
#define ROUTINE_WARN_AVOID_COLS 150
/* kid mode caps holds here. Its words say "30s" (--help, --check,
 * --dry-run, help and line mode): each place asserts the figure. */
#define ROUTINE_KID_HOLD_MS (30 * 1000)

enum side { SIDE_NONE, SIDE_LEFT, SIDE_RIGHT, SIDE_BOTH };
enum pressure { PRESSURE_LIGHT, PRESSURE_MODERATE, PRESSURE_FIRM };

struct strlist {
	char **v;
	size_t n;
};

struct prompt {
	int64_t at_ms; /* from the start of the hold */
	char *say;
};

struct breathing {
	int64_t inhale_ms, hold_in_ms, exhale_ms, hold_out_ms;
};

struct step {
	char *title;
	enum side side;
	int64_t prep_ms, hold_ms;
	enum pressure pressure;
	char *instruction; /* may be NULL */
	char *avoid;       /* may be NULL */
	struct prompt *prompts; /* sorted by at_ms */
	size_t n_prompts;
};

struct routine {
	char *id;   /* file name without .yaml */
	char *path; /* as it was opened */
	char *title;
	char *area;
	unsigned area_line, area_col; /* where area is in the file */
	char *summary;
	struct strlist equipment, audience, safety, aftercare;
	struct breathing breathing;
	char *sounds[CUE_COUNT]; /* file per cue as written, or NULL */
	unsigned sound_line[CUE_COUNT], sound_col[CUE_COUNT]; /* where each is in the file */
	struct step *steps;
	size_t n_steps;
};

#define ROUTINE_DEFAULT_PREP_MS 5000
#define ROUTINE_DEFAULT_INHALE_MS 4000
#define ROUTINE_DEFAULT_EXHALE_MS 6000

void routine_free(struct routine *r);

/* The file a cue of r plays, as written or beside r's file; NULL for the
 * theme's sound. Caller frees. */
char *routine_sound_path(const struct routine *r, enum cue_kind k);

/* Time of the whole routine: prep and hold of every side of every step. */
int64_t routine_total_ms(const struct routine *r);

/* True when the routine is written for children: audience names "kid". */
bool routine_for_kids(const struct routine *r);
/* For kids and neither adults nor teens: always run in kid mode. */
bool routine_for_kids_alone(const struct routine *r);

/* Number of sides a step is done on: 2 for both, else 1. */
size_t side_count(enum side s);
/* Side i (0-based) of a step done on s: both → left, right. */
enum side side_nth(enum side s, size_t i);

const char *side_name(enum side s);         /* "left", "right", "both", "none" */
const char *pressure_name(enum pressure p); /* "light", "moderate", "firm" */
int side_parse(const char *s, enum side *out);
int pressure_parse(const char *s, enum pressure *out);

bool strlist_contains(const struct strlist *l, const char *s);
void strlist_add(struct strlist *l, const char *s); /* a copy of s, at the end */
/* "a, b, c"; caller frees. */
char *strlist_join(const struct strlist *l);
/* The same with sep between them ("Drink water. Walk slowly."). */
char *strlist_join_with(const struct strlist *l, const char *sep);
void strlist_free(struct strlist *l);

#endif
