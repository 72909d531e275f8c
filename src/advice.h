/* What unknot tells a person when they stop, when it is too hard and how a
 * session ended: one set of words for every front end. Pure. */
#ifndef UNKNOT_ADVICE_H
#define UNKNOT_ADVICE_H

#include <stdbool.h>

#include "session.h"

/* NULL-terminated lines of advice after a stop with this symptom. The first
 * is what to do at that moment; the rest still hold when reminded later.
 * any_area: a stop made before any area (from the picker), which holds
 * them all. */
const char *const *advice_stop(enum symptom sy, bool kid, bool any_area);
/* Whether to roll again today, in a sentence ("Do not roll this area
 * again today."): said again with when to see someone as a stop ends. */
const char *advice_stop_rest(bool kid, bool any_area);
/* The question on the stop screen and its three answers. */
const char *advice_stop_question(bool kid);
const char *advice_symptom_label(enum symptom sy, bool kid);
/* The symptom the first word of line that names one (in any case) names
 * ("it hurts", "tingling"), or a phrase ("my foot fell asleep", "I can't
 * feel my toes"), or SYMPTOM_UNKNOWN: typed in line mode, such words
 * stop, as x does. *sure is false for a stop to ask about: when the line
 * also denies something ("no pain", "doesn't hurt"), names a child's
 * unsure word ("strange"), or a phrase of numbness not said of a limb
 * ("it went to sleep", "my legs are dead") and no symptom beside it. */
enum symptom advice_symptom_named(const char *line, bool *sure);
/* When to stop, said before a session starts (no key, no full stop). */
const char *advice_stop_rule(bool kid);
/* The lighter-pressure advice for "too hard". */
const char *advice_too_hard(bool kid);
/* How an ended session went, in one sentence: "Done: 6 holds, 2m40s.",
 * "Ended early: 1m12s of 2m40s." or "Ended early: 3s of 4m, every hold
 * skipped"; with words, its times as line mode says them ("2 minutes 40
 * seconds"). Front ends add what they say after it. */
void advice_outcome(const struct view *v, bool words, char *buf, size_t cap);
/* Said after the outcome of a preview (--speed). */
#define ADVICE_PREVIEW_ENDED "A preview: not counted as practice."

#endif
