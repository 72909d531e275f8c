/* A plan: one or more routines flattened into the timed items a session
 * walks through, one item per side of each step. Pure. */
#ifndef UNKNOT_PLAN_H
#define UNKNOT_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "routine.h"

struct plan_item {
	const struct routine *routine;
	const struct step *step;
	size_t routine_index; /* into plan.routines */
	enum side side;       /* left, right or none: never both */
	size_t side_index;    /* 0, or 1 for the second side of a "both" step */
	int64_t prep_ms, hold_ms; /* after kid caps */
	enum pressure pressure;   /* light in kid mode */
};

struct plan {
	const struct routine *const *routines; /* borrowed */
	size_t n_routines;
	struct plan_item *items;
	size_t n_items;
	bool kid; /* simple words, light pressure, holds capped */
	const char *title, *summary; /* a preset's, or NULL; borrowed, set by the caller */
	const char *preset; /* the preset's id, for the history, or NULL; the same */
	double preview; /* a preview's --speed, not practice; 0 for real time. Set by the caller */
	bool picked;    /* the picker's: q on the brief goes back to it. Set by the caller */
	/* Line mode on a terminal: a preset's next routine begins paused, its
	 * tool and safety notes heard before its prep runs out. Set by the
	 * caller */
	bool pause_at_routines;
	const char *left_out; /* "Without back today, after a stop.", or NULL; borrowed */
	const char *warning;  /* for the brief: history lines unread, or NULL; borrowed */
	const char *load_said; /* for the brief: what loading said, a line each, or NULL; borrowed */
};

/* How a note from loading begins on standard error (load.c's
 * note_shadowed); the brief, unknot's own screen, says "Note: " instead. */
#define PLAN_LOAD_NOTE "unknot: note: "

/* True when p's routines are of more than one area: a stop on its brief,
 * before any, holds them all, and its advice cannot say "this area". */
bool plan_many_areas(const struct plan *p);

/* True when one of the routines is for kids alone (audience: [kid]): the
 * whole session is then in kid mode. */
bool plan_for_kids_alone(const struct routine *const *r, size_t n);

/* Whom a preset of the n routines r is for, as the picker and --list say
 * it: "kid" when one is for kids alone (all of it runs in kid mode), else
 * whom every one is for ("adult" of "adult" and "adult, teen"); "" when
 * one states none, or they share none. Caller frees. */
char *plan_routines_audience(const struct routine *const *r, size_t n);

/* The session's name into buf: a preset's title, a lone routine's, or the
 * routines' joined ("Morning feet + Calves"); "" for none. */
void plan_title(const struct plan *p, char *buf, size_t cap);

/* "Preview at 20x speed: not counted as practice." for a preview, else "". */
void plan_preview_note(const struct plan *p, char *buf, size_t size);

/* In kid mode, true for the i-th routine when its audience leaves kids
 * out (audience: [adult, teen], or none stated): a grown-up should know. */
bool plan_not_for_kids(const struct plan *p, size_t i);
/* Its notes were written for adults ("moderate pressure", "cross the other
 * leg on top for more weight"): kid mode's own rule comes first. */
#define PLAN_NOT_FOR_KIDS "Not written for kids: stay with them, keep the pressure light " \
	"and add no weight, whatever its notes say."

/* Builds the plan; kid mode is on when asked for or when a routine is for
 * kids alone (audience: [kid]). Holds are capped at ROUTINE_KID_HOLD_MS in kid mode. */
void plan_build(struct plan *p, const struct routine *const *routines,
		size_t n, bool kid);
void plan_free(struct plan *p);

int64_t plan_total_ms(const struct plan *p);
/* The time of routines as they would run together (a preset's): holds cut
 * in kid mode, which one for kids alone puts all of them in. */
int64_t plan_routines_ms(const struct routine *const *routines, size_t n, bool kid);
/* One routine's time as it would run alone. */
int64_t plan_one_ms(const struct routine *r, bool kid);
/* The time of the i-th routine in this plan: kid caps in, as it will run. */
int64_t plan_routine_ms(const struct plan *p, size_t i);

/* A routine's lists of advice. */
enum advice_list { ADVICE_SAFETY, ADVICE_AFTERCARE };

/* True when item i is the first of a routine after another: a preset's
 * next routine, whose tool and safety notes the brief showed long ago. */
bool plan_starts_routine(const struct plan *p, size_t i);

/* False when a routine before the i-th of p gives the same advice s: a
 * session of several routines says "Drink a glass of water." once. given:
 * which routines give theirs at all (per routine; NULL: every one). */
bool plan_advice_is_new(const struct plan *p, size_t i, enum advice_list which, const char *s,
			const bool *given);

#endif
