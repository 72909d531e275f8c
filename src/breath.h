/* The breathing pacer: where in the breath a person is at time t. Pure. */
#ifndef UNKNOT_BREATH_H
#define UNKNOT_BREATH_H

#include <stdint.h>

#include "routine.h"

enum breath_phase { BREATH_IN, BREATH_HOLD_IN, BREATH_OUT, BREATH_HOLD_OUT };

struct breath_state {
	enum breath_phase phase;
	double fraction;  /* 0..1 through the current phase */
	double fullness;  /* 0 (empty) .. 1 (full lungs), moving smoothly */
	int64_t phase_left_ms; /* until the next phase */
	/* What the pacer draws: fullness in whole-second steps, in step with
	 * the countdown (one wake-up a second), and the time to its next step
	 * (-1: never, for a pattern of all zeros). */
	double pacer;
	int64_t pacer_left_ms;
};

/* t is ms since the pacer started (paused time excluded). Phases with zero
 * length are skipped. A pattern of all zeros stays at BREATH_IN, 0. */
struct breath_state breath_at(const struct breathing *b, int64_t t);

/* Length of one full breath cycle. */
int64_t breath_cycle_ms(const struct breathing *b);


/* "breathe in", "hold", "breathe out", "hold"; kid words when kid is set:
 * "smell the flower", "blow out the candle". */
const char *breath_words(enum breath_phase p, int kid);

#endif
