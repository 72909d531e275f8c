#include "advice.h"

#include <stdio.h>

#include "duration.h"

static const char *const stop_adult[] = {
	"Stop now. Gently move off the roller or ball.",
	"Do not work this area again today.",
	"Numbness, tingling or sharp pain can mean pressure on a nerve or an injury.",
	"If it does not fade within a few minutes, or it comes back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_numb[] = {
	"Stop now. Gently move off the roller or ball.",
	"Numbness or tingling can mean a nerve is pressed: do not work this spot again today.",
	"Move gently and let the feeling come back.",
	"If it lasts more than a few minutes or keeps coming back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_sharp[] = {
	"Stop now. Gently move off the roller or ball.",
	"Sharp pain is not the good ache of release: do not push through it.",
	"Rest this area today; from tomorrow, try lighter pressure beside the spot, never on it.",
	"If the pain stays, swells or comes back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_kid[] = {
	"Stop. Get off the ball or roller.",
	"Tell a grown-up what you feel.",
	"Sit and rest. No more rolling today.",
	"Grown-up: if it does not fade within a few minutes, or it comes back, see a doctor.",
	NULL,
};

const char *const *advice_stop(enum symptom sy, bool kid)
{
	if (kid)
		return stop_kid;
	switch (sy) {
	case SYMPTOM_NUMB: return stop_numb;
	case SYMPTOM_SHARP: return stop_sharp;
	default: return stop_adult;
	}
}

const char *advice_stop_question(bool kid)
{
	return kid ? "What do you feel?" : "What happened?";
}

const char *advice_stop_rule(bool kid)
{
	return kid ? "Stop right away if it feels tingly, numb or it really hurts"
		   : "Stop at once on numbness, tingling or sharp pain";
}

const char *advice_symptom_label(enum symptom sy, bool kid)
{
	switch (sy) {
	case SYMPTOM_NUMB: return kid ? "tingly, fizzy or numb" : "numbness or tingling";
	case SYMPTOM_SHARP: return kid ? "it really hurts" : "sharp pain";
	case SYMPTOM_OTHER: return "something else";
	default: return kid ? "not sure" : "not said";
	}
}

const char *advice_too_hard(bool kid)
{
	return kid ? "Press softer. It should feel nice, never ouchy."
		   : "Ease off: less body weight, a softer tool, or a spot beside it. "
		     "It should feel like a good ache, never sharp.";
}

void advice_outcome(const struct view *v, char *buf, size_t cap)
{
	char done[80];
	if (v->completed) {
		duration_format_done(v->done_ms, done, sizeof done);
		if (v->holds_done < v->n_items)
			snprintf(buf, cap, "Done: %zu of %zu holds, %s.", v->holds_done, v->n_items, done);
		else
			snprintf(buf, cap, "Done: %zu hold%s, %s.", v->n_items,
				 v->n_items == 1 ? "" : "s", done);
	} else {
		duration_format_done_of(v->done_ms, v->planned_ms, done, sizeof done);
		snprintf(buf, cap, "Ended early: %s%s.", done,
			 v->state == ST_DONE ? ", every hold skipped" : "");
	}
}
