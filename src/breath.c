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

struct breath_state breath_at(const struct breathing *b, int64_t t)
{
	struct breath_state st = { BREATH_IN, 0, 0, 0 };
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
			return st;
		}
		into -= len;
	}
	return st; /* not reached: into < cycle */
}

int64_t breath_next_change(const struct breathing *b, int64_t t, int levels)
{
	struct breath_state st = breath_at(b, t);
	int64_t cycle = breath_cycle_ms(b);
	if (cycle <= 0)
		return -1;
	int64_t boundary = t + st.phase_left_ms;
	if (levels <= 0 || (st.phase != BREATH_IN && st.phase != BREATH_OUT))
		return boundary;
	/* Fullness moves linearly through this phase: find when its quantized
	 * level next changes. Level k covers [k/levels, (k+1)/levels). */
	int64_t len = phase_len(b, st.phase);
	int64_t start = boundary - len;
	int64_t elapsed = t - start;
	/* The next multiple of len/levels strictly after elapsed, in ms rounded up. */
	int64_t k = elapsed * levels / len + 1;
	int64_t next = start + (k * len + levels - 1) / levels;
	if (next <= t)
		next = t + 1;
	return next < boundary ? next : boundary;
}

const char *breath_words(enum breath_phase p, int kid)
{
	switch (p) {
	case BREATH_IN: return kid ? "smell the flower" : "breathe in";
	case BREATH_OUT: return kid ? "blow out the candle" : "breathe out";
	default: return kid ? "hold it" : "hold";
	}
}
