#include "advice.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "duration.h"

static const char *const stop_adult[] = {
	"Stop now. Gently move off the roller or ball.",
	"Do not roll this area again today.",
	"Numbness, tingling or sharp pain can mean pressure on a nerve or an injury.",
	"If it does not fade within a few minutes, or it comes back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_numb[] = {
	"Stop now. Gently move off the roller or ball.",
	"Numbness or tingling can mean a nerve is pressed: do not roll this area again today.",
	"Move gently and let the feeling come back.",
	"If it lasts more than a few minutes or keeps coming back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_sharp[] = {
	"Stop now. Gently move off the roller or ball.",
	"Sharp pain is a warning: do not keep rolling through it.",
	"Rest this area today; from tomorrow, try lighter pressure beside the spot, never on it.",
	"If the pain stays or comes back, or the area swells, see a doctor or physiotherapist.",
	NULL,
};

/* Something else: not the three it was asked about, and most often a
 * head that swims on getting up from the floor. */
static const char *const stop_other[] = {
	"Stop now. Gently move off the roller or ball.",
	"Dizzy or faint? Sit or lie down until it passes.",
	"Do not roll this area again today.",
	"If it does not settle within a few minutes, or it comes back, see a doctor or physiotherapist.",
	NULL,
};

/* A stop with no area (made from the picker) holds every area today:
 * the same advice, not "this area". */
static const char *const stop_adult_any[] = {
	"Stop now. Gently move off the roller or ball.",
	"Do not roll again today.",
	"Numbness, tingling or sharp pain can mean pressure on a nerve or an injury.",
	"If it does not fade within a few minutes, or it comes back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_numb_any[] = {
	"Stop now. Gently move off the roller or ball.",
	"Numbness or tingling can mean a nerve is pressed: do not roll again today.",
	"Move gently and let the feeling come back.",
	"If it lasts more than a few minutes or keeps coming back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_sharp_any[] = {
	"Stop now. Gently move off the roller or ball.",
	"Sharp pain is a warning: do not keep rolling through it.",
	"Rest today; from tomorrow, try lighter pressure beside the spot, never on it.",
	"If the pain stays or comes back, or the area swells, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_other_any[] = {
	"Stop now. Gently move off the roller or ball.",
	"Dizzy or faint? Sit or lie down until it passes.",
	"Do not roll again today.",
	"If it does not settle within a few minutes, or it comes back, see a doctor or physiotherapist.",
	NULL,
};

static const char *const stop_kid[] = {
	"Stop. Get off the ball or roller.",
	"Tell a grown-up what you feel.",
	"Sit and rest. No more rolling today.",
	"Grown-up: if it does not fade within a few minutes, or it comes back, see a doctor.",
	NULL,
};

/* A child's sharp pain after sport can be an injury: the grown-up hears
 * what to watch for, as a grown-up's own sharp pain is told. */
static const char *const stop_kid_sharp[] = {
	"Stop. Get off the ball or roller.",
	"Tell a grown-up where it hurts.",
	"Sit and rest. No more rolling today.",
	"Grown-up: if the pain stays or comes back, or it swells, see a doctor.",
	NULL,
};

const char *const *advice_stop(enum symptom sy, bool kid, bool any_area)
{
	if (kid)
		return sy == SYMPTOM_SHARP ? stop_kid_sharp : stop_kid;
	switch (sy) {
	case SYMPTOM_NUMB: return any_area ? stop_numb_any : stop_numb;
	case SYMPTOM_SHARP: return any_area ? stop_sharp_any : stop_sharp;
	case SYMPTOM_OTHER: return any_area ? stop_other_any : stop_other;
	default: return any_area ? stop_adult_any : stop_adult;
	}
}

const char *advice_stop_rest(bool kid, bool any_area)
{
	return kid ? "No more rolling today." : any_area ? "Do not roll again today." :
	       "Do not roll this area again today.";
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

static const struct {
	const char *word;
	enum symptom symptom;
} symptom_words[] = {
	{ "numb", SYMPTOM_NUMB }, { "numbness", SYMPTOM_NUMB }, { "tingle", SYMPTOM_NUMB },
	{ "tingles", SYMPTOM_NUMB }, { "tingling", SYMPTOM_NUMB }, { "tingly", SYMPTOM_NUMB },
	{ "fizzy", SYMPTOM_NUMB }, { "pins", SYMPTOM_NUMB }, { "needles", SYMPTOM_NUMB },
	{ "asleep", SYMPTOM_NUMB }, /* "my foot fell asleep" */
	/* how a nerve's pain is told, as often as "tingling" */
	{ "burning", SYMPTOM_NUMB }, { "burns", SYMPTOM_NUMB }, /* not "the burn" of effort */
	{ "shooting", SYMPTOM_NUMB }, { "electric", SYMPTOM_NUMB }, { "zap", SYMPTOM_NUMB },
	{ "zaps", SYMPTOM_NUMB }, { "zapping", SYMPTOM_NUMB },
	{ "sharp", SYMPTOM_SHARP }, { "pain", SYMPTOM_SHARP }, { "painful", SYMPTOM_SHARP },
	{ "hurt", SYMPTOM_SHARP }, { "hurts", SYMPTOM_SHARP }, { "ouch", SYMPTOM_SHARP },
	{ "ow", SYMPTOM_SHARP }, { "sting", SYMPTOM_SHARP }, { "stings", SYMPTOM_SHARP },
	{ "stinging", SYMPTOM_SHARP },
	/* a child's words, as the kids routine says them ("never ouchy") */
	{ "ouchy", SYMPTOM_SHARP }, { "ouchie", SYMPTOM_SHARP }, { "owie", SYMPTOM_SHARP },
	{ "owwie", SYMPTOM_SHARP }, { "fuzzy", SYMPTOM_NUMB }, { "weird", SYMPTOM_OTHER },
	{ "prickly", SYMPTOM_NUMB }, { "prickles", SYMPTOM_NUMB }, { "prickling", SYMPTOM_NUMB },
	{ "sick", SYMPTOM_OTHER }, { "queasy", SYMPTOM_OTHER },
	{ "dizzy", SYMPTOM_OTHER }, { "dizziness", SYMPTOM_OTHER }, { "faint", SYMPTOM_OTHER },
	{ "lightheaded", SYMPTOM_OTHER }, { "cramp", SYMPTOM_OTHER }, { "cramping", SYMPTOM_OTHER },
};

/* Words that deny, as letters alone cut them: "don't" is "don" and "t";
 * typed without the apostrophe, "dont" whole. */
static const char *const denials[] = { "no", "not", "never", "without", "nothing", "none", "nor",
				       "don", "doesn", "isn", "aren", "didn", "wasn",
				       "dont", "doesnt", "isnt", "arent", "didnt", "wasnt", "cant" };

static bool word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && !strncasecmp(w, list[i], n))
			return true;
	return false;
}

/* A child's words for what is not right ("it feels strange", the kids
 * routine's own word; "funny"), said of other things too ("that is
 * funny"): a stop, and its question asked, not answered for them. */
static const char *const unsure_words[] = { "strange", "funny" };

/* How a limb asleep is said, where "sleep" alone ("I want to sleep") is
 * not. */
static const char *const asleep_phrases[] = { "went to sleep", "gone to sleep", "goes to sleep",
					      "going to sleep" };

enum symptom advice_symptom_named(const char *line, bool *sure)
{
	enum symptom found = SYMPTOM_UNKNOWN;
	*sure = true;
	for (size_t i = 0; i < sizeof asleep_phrases / sizeof *asleep_phrases && !found; i++)
		if (strcasestr(line, asleep_phrases[i]))
			found = SYMPTOM_NUMB;
	for (const char *w = line; *w;) {
		size_t n = 0;
		while ((w[n] >= 'a' && w[n] <= 'z') || (w[n] >= 'A' && w[n] <= 'Z'))
			n++;
		for (size_t i = 0; n && !found && i < sizeof symptom_words / sizeof *symptom_words; i++)
			if (strlen(symptom_words[i].word) == n && !strncasecmp(w, symptom_words[i].word, n))
				found = symptom_words[i].symptom;
		if (!found && n > 2 && (*w == 'o' || *w == 'O') && strspn(w + 1, "wW") == n - 1)
			found = SYMPTOM_SHARP; /* "oww", "owwww": ow, drawn out */
		if (!found && n && word_in(w, n, unsure_words, sizeof unsure_words / sizeof *unsure_words))
			found = SYMPTOM_OTHER, *sure = false;
		if (n && word_in(w, n, denials, sizeof denials / sizeof *denials))
			*sure = false;
		w += n ? n : 1;
	}
	return found;
}

/* The stop first: on a small screen the advice may be cut, and what must
 * not be lost is when to stop, not how to ease off. */
const char *advice_too_hard(bool kid)
{
	return kid ? "Tingly, or it really hurts? Stop with x. If not, press softer: it should feel "
		     "nice, never ouchy."
		   : "Sharp pain, numbness or tingling? Stop with x. If not, use less body weight, a "
		     "softer ball or roller, or a spot beside it.";
}

void advice_outcome(const struct view *v, bool words, char *buf, size_t cap)
{
	char done[2 * DURATION_WORDS_MAX + 16];
	if (v->completed) {
		if (words)
			duration_words_done(v->done_ms, done, sizeof done);
		else
			duration_format_done(v->done_ms, done, sizeof done);
		if (v->holds_done < v->n_items)
			snprintf(buf, cap, "Done: %zu of %zu holds, %s.", v->holds_done, v->n_items, done);
		else
			snprintf(buf, cap, "Done: %zu hold%s, %s.", v->n_items,
				 v->n_items == 1 ? "" : "s", done);
	} else {
		if (words)
			duration_words_done_of(v->done_ms, v->planned_ms, done, sizeof done);
		else
			duration_format_done_of(v->done_ms, v->planned_ms, done, sizeof done);
		snprintf(buf, cap, "Ended early: %s%s.", done,
			 v->state == ST_DONE ? ", every hold skipped" : "");
	}
}
