#include "breath.h"

static int64_t phase_len(const struct breathing *b, enum breath_phase ph)
{
	switch (ph) {
	case BREATH_IN: return b->inhale_ms;
	case BREATH_HOLD_IN: return b->hold_in_ms;
	case BREATH_OUT: return b->exhale_ms;
	default: return b->hold_out_ms;
	}
}

int64_t breath_cycle_ms(const struct breathing *b)
{
	return b->inhale_ms + b->hold_in_ms + b->exhale_ms + b->hold_out_ms;
}

static double fullness(enum breath_phase ph, double f)
{
	switch (ph) {
	case BREATH_IN: return f;
	case BREATH_HOLD_IN: return 1;
	case BREATH_OUT: return 1 - f;
	default: return 0;
	}
}

/* The pacer moves once a second, on the same beat as the countdown: second
 * k of an n-second breath in shows (k+1)/n, so the bar is full in the last
 * second in and empty in the last second out. */
static void pacer_step(struct breath_state *st, int64_t len, int64_t into)
{
	if (st->phase != BREATH_IN && st->phase != BREATH_OUT) {
		st->pacer = st->fullness;
		st->pacer_left_ms = st->phase_left_ms;
		return;
	}
	int64_t n = (len + 999) / 1000, k = into / 1000;
	double f = (double)(k + 1) / (double)n;
	st->pacer = st->phase == BREATH_IN ? f : 1 - f;
	int64_t next = (k + 1) * 1000;
	st->pacer_left_ms = (next < len ? next : len) - into;
}

struct breath_state breath_at(const struct breathing *b, int64_t t)
{
	struct breath_state st = { .phase = BREATH_IN, .pacer_left_ms = -1 };
	int64_t cycle = breath_cycle_ms(b);
	if (cycle <= 0)
		return st;
	int64_t into = t < 0 ? 0 : t % cycle;
	for (int ph = BREATH_IN; ph <= BREATH_HOLD_OUT; ph++) {
		int64_t len = phase_len(b, (enum breath_phase)ph);
		if (into < len) {
			st.phase = (enum breath_phase)ph;
			st.fraction = (double)into / (double)len;
			st.fullness = fullness(st.phase, st.fraction);
			st.phase_left_ms = len - into;
			pacer_step(&st, len, into);
			return st;
		}
		into -= len;
	}
	return st; /* not reached: into < cycle */
}

const char *breath_words(enum breath_phase p, int kid)
{
	switch (p) {
	case BREATH_IN: return kid ? "smell the flower" : "breathe in";
	case BREATH_OUT: return kid ? "blow out the candle" : "breathe out";
	/* not "hold" alone: under a step's "Hold", it read as the step's */
	case BREATH_HOLD_IN: return kid ? "hold it" : "hold the breath";
	default: return kid ? "wait" : "wait, then breathe in";
	}
}
