#include "advice.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "duration.h"
#include "text.h"
#include "xalloc.h"

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

/* A child's words for what is not right ("it feels strange", the kids
 * routine's own word; "funny"), said of other things too ("that is
 * funny"): a stop, and its question asked, not answered for them. */
static const char *const unsure_words[] = { "strange", "funny" };

/* How a limb asleep is said, where "sleep" alone ("I want to sleep") is
 * not: sure of a limb ("my foot is asleep"), asked of another ("it went
 * to sleep"), and nothing of a person or a pet ("I am going to sleep
 * after this one"). */
static const char *const asleep_phrases[] = { "went to sleep", "gone to sleep", "goes to sleep",
					      "going to sleep", "asleep" };
static const char *const limbs[] = { "foot", "feet", "toe", "toes", "leg", "legs", "arm", "arms",
				     "hand", "hands", "finger", "fingers", "calf", "calves", "thigh",
				     "thighs", "shin", "shins", "heel", "heels", "knee", "knees",
				     "butt", "bum", "buttock", "glute", "glutes", "hip", "hips", "neck",
				     "shoulder", "shoulders", "sole", "soles", "arch", "ankle",
				     "ankles", "wrist", "wrists", "elbow", "forearm", "quad", "quads",
				     "hamstring", "hamstrings", "lat", "lats" };
/* Who else may be asleep while one rolls: people, and pets and toys. */
static const char *const persons[] = { "i", "im", "ive", "we", "he", "she", "they", "you",
				       "baby", "kid", "kids", "child", "children", "son", "daughter",
				       "wife", "husband", "partner", "mum", "mom", "dad", "mummy",
				       "mommy", "mama", "daddy", "papa", "brother", "sister", "bro",
				       "sis", "grandma", "grandpa", "granny", "grandad", "granddad",
				       "gran", "nan", "nana", "aunt", "auntie", "uncle", "cousin",
				       "friend", "boyfriend", "girlfriend", "roommate", "flatmate",
				       "housemate", "neighbour", "neighbor", "boy", "girl", "boys",
				       "girls", "twins", "toddler", "family", "parents", "everyone",
				       "everybody", "cat", "dog", "puppy", "pup", "kitten", "kitty",
				       "doggy", "doggo", "pet", "teddy" };
/* Said between a person and "going to sleep" or "asleep": "I'm", "she
 * is just", "I almost fell". */
static const char *const linking[] = { "m", "s", "re", "ve", "am", "is", "are", "was", "were",
				       "has", "have", "had", "just", "now", "soon", "then", "fell",
				       "falls", "falling", "fallen", "almost", "nearly", "half",
				       "already", "still", "get", "gets", "got", "getting" };

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The word that ends just before end (at or after line), skipping the
 * linking words; *n its length, 0 for none. */
static const char *word_before(const char *line, const char *end, size_t *n)
{
	for (;;) {
		while (end > line && !is_letter(end[-1]))
			end--;
		const char *w = end;
		while (w > line && is_letter(w[-1]))
			w--;
		*n = (size_t)(end - w);
		if (!*n || !text_word_in(w, *n, linking, sizeof linking / sizeof *linking))
			return w;
		end = w;
	}
}

/* A limb asleep in line: SYMPTOM_NUMB (*sure false unless a limb is
 * what is asleep), or SYMPTOM_UNKNOWN. Each time it is said, of whom: of
 * a person or a pet ("the kid is asleep", "the cat fell asleep on my
 * foot") it is no limb's; of a limb ("my foot is asleep"), sure; of
 * another ("it went to sleep"), asked. */
static enum symptom asleep_in(const char *line, bool *sure)
{
	bool other = false;
	for (size_t i = 0; i < sizeof asleep_phrases / sizeof *asleep_phrases; i++) {
		size_t len = strlen(asleep_phrases[i]);
		for (const char *at = line; (at = strcasestr(at, asleep_phrases[i])); at += len) {
			if ((at > line && is_letter(at[-1])) || is_letter(at[len]))
				continue; /* a word of its own */
			size_t n;
			const char *who = word_before(line, at, &n);
			if (n && text_word_in(who, n, limbs, sizeof limbs / sizeof *limbs))
				return SYMPTOM_NUMB;
			other |= !(n && text_word_in(who, n, persons, sizeof persons / sizeof *persons));
		}
	}
	if (!other)
		return SYMPTOM_UNKNOWN;
	*sure = false;
	return SYMPTOM_NUMB;
}

/* Numbness in a listener's own words: sure when a limb is what is not
 * felt ("I can't feel my toes", "no feeling in my foot"), asked of
 * anything else ("I can't feel the stretch in my calf": the stretch is
 * not felt); and a limb "dead" asked ("my legs are dead" is tired, to a
 * runner), not "dead tired", "the battery is dead". */
static const char *const unfelt_phrases[] = { "can't feel", "can\u2019t feel", "cant feel",
					      "cannot feel", "can not feel", "no feeling",
					      "lost feeling", "lost the feeling", "lost all feeling" };
/* ...and, of a limb alone, "I don't feel my toes" ("don't feel numb" denies) */
static const char *const unfelt_limb_phrases[] = { "don't feel", "don\u2019t feel", "dont feel",
						   "do not feel" };
static const char *const dead_phrases[] = { "gone dead", "went dead", "feels dead", "feel dead" };
/* Said between "can't feel" and the limb: "my left foot", "in both feet" */
static const char *const before_a_limb[] = { "my", "the", "both", "left", "right", "in", "of",
					     "any", "his", "her", "your", "their", "a", "an",
					     "whole", "entire", "all", "big", "little" };

/* A part of a limb, said before "of" it: "the ball of my foot" (the ball
 * alone, under a foot, is the one rolled on) */
static const char *const parts_of[] = { "ball", "bottom", "side", "outside", "inside", "top",
					"back", "front", "sole", "heel", "arch", "tip", "tips", "base",
					"middle", "edge" };

/* Said after a limb of what is felt in it: "my calf stretch" */
static const char *const felt_in_a_limb[] = { "stretch", "stretching", "pressure", "massage",
					      "release", "roller", "ball", "rolling" };

/* Whether the word after s, past the words said before a limb, is a limb
 * (not "my calf stretch": the stretch is what is not felt) */
static bool limb_after(const char *s)
{
	for (;;) {
		while (*s && !is_letter(*s))
			s++;
		size_t n = 0;
		while (is_letter(s[n]))
			n++;
		bool part = n && text_word_in(s, n, parts_of, sizeof parts_of / sizeof *parts_of) &&
			    !strncasecmp(s + n, " of ", 4);
		if (!part && (!n || !text_word_in(s, n, before_a_limb, sizeof before_a_limb / sizeof *before_a_limb))) {
			if (!n || !text_word_in(s, n, limbs, sizeof limbs / sizeof *limbs))
				return false;
			const char *next = s + n;
			while (*next == ' ')
				next++;
			size_t k = 0;
			while (is_letter(next[k]))
				k++;
			return !text_word_in(next, k, felt_in_a_limb, sizeof felt_in_a_limb / sizeof *felt_in_a_limb);
		}
		s += n;
	}
}

/* The phrase of list in line as words of their own, or NULL */
static const char *phrase_in(const char *line, const char *const *list, size_t count, size_t *len)
{
	for (size_t i = 0; i < count; i++) {
		*len = strlen(list[i]);
		for (const char *at = line; (at = strcasestr(at, list[i])); at += *len)
			if (!(at > line && is_letter(at[-1])) && !is_letter(at[*len]))
				return at;
	}
	return NULL;
}

/* ... *said is where the phrase is (its "no" or "can't" denies nothing) */
static enum symptom unfelt_in(const char *line, bool *sure, const char **said, size_t *said_len)
{
	for (const char *at = line; (at = strcasestr(at, "dead")); at += 4) {
		size_t n;
		const char *what = word_before(line, at, &n);
		if (!(at > line && is_letter(at[-1])) && !is_letter(at[4]) && n &&
		    text_word_in(what, n, limbs, sizeof limbs / sizeof *limbs)) {
			*sure = false;
			return SYMPTOM_NUMB;
		}
	}
	size_t len;
	if (phrase_in(line, dead_phrases, sizeof dead_phrases / sizeof *dead_phrases, &len)) {
		*sure = false;
		return SYMPTOM_NUMB;
	}
	const char *at = phrase_in(line, unfelt_phrases, sizeof unfelt_phrases / sizeof *unfelt_phrases, &len);
	if (!at) {
		at = phrase_in(line, unfelt_limb_phrases,
			       sizeof unfelt_limb_phrases / sizeof *unfelt_limb_phrases, &len);
		if (!at || !limb_after(at + len))
			return SYMPTOM_UNKNOWN;
	}
	*sure = limb_after(at + len);
	*said = at, *said_len = len;
	return SYMPTOM_NUMB;
}

/* w (n letters) with each run of a letter as one, in lower case, into out */
static void letters_once(const char *w, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < cap; i++) {
		char c = (char)tolower((unsigned char)w[i]);
		if (!o || out[o - 1] != c)
			out[o++] = c;
	}
	out[o] = '\0';
}

/* Whether w (n letters) is word, or word with a letter held a moment too
 * long or a doubled one typed once, as a thumb types in a hurry ("numbb",
 * "ouchh", "tinglyy", "dizy") */
static bool is_symptom_word(const char *w, size_t n, const char *word)
{
	if (strlen(word) == n && !strncasecmp(w, word, n))
		return true;
	char a[32] = "", b[32] = "";
	if (n < 3 || n >= sizeof a)
		return false;
	letters_once(w, n, a, sizeof a);
	letters_once(word, strlen(word), b, sizeof b);
	return !strcmp(a, b);
}

/* The word at s (up to a blank) is one of list, whatever its case, marks
 * after it aside ("feel," "toes."). */
static bool word_is(const char *s, size_t n, const char *const *list, size_t count)
{
	while (n && strchr(".,!?;:", s[n - 1]))
		n--;
	return text_word_in(s, n, list, count);
}

/* line with the words that soften "can't feel" out, and those that say it
 * otherwise made it: "I (can) barely feel my toes", "I (can) no longer feel
 * my foot" as "I can't feel ...", "I can't quite feel", "I don't really
 * feel", "I can just barely feel" without the word between, "sense" as
 * "feel" (they had been no stop at all). Caller frees. */
static char *unsoftened(const char *line)
{
	static const char *const soft[] = { "quite", "even", "really", "actually", "properly",
					    "fully", "totally", "completely", "exactly", "still",
					    "just", "much", "anymore", "only" };
	static const char *const barely[] = { "barely", "hardly", "scarcely" };
	static const char *const can[] = { "can", "could" };
	static const char *const feel[] = { "feel", "sense" };
	static const char *const no[] = { "no" }, *const longer[] = { "longer" };
	enum { MAX_WORDS = 128 }; /* a line mode line's, of 255 bytes */
	const char *at[MAX_WORDS];
	size_t len[MAX_WORDS], n = 0;
	const char *rest = line; /* past the words taken: kept as it is */
	while (*rest && n < MAX_WORDS) {
		rest += strspn(rest, " \t");
		if (*rest) {
			at[n] = rest;
			len[n] = strcspn(rest, " \t");
			rest += len[n++];
		}
	}
#define IS(i, list) word_is(at[i], len[i], list, sizeof list / sizeof *list)
	bool drop[MAX_WORDS] = { false }; /* the soft words before feel, barely, no longer */
	for (size_t i = 0; i < n; i++) {
		size_t j = i;
		while (j < n && IS(j, soft))
			j++;
		for (size_t k = i; j < n && j > i && k < j; k++)
			drop[k] = IS(j, feel) || IS(j, barely) || (IS(j, no) && j + 1 < n && IS(j + 1, longer));
		i = j > i ? j - 1 : i;
	}
	char *out = xmalloc(strlen(line) + 2), *o = out; /* each word and a blank after it */
	size_t last = 0; /* the last word written, with its blank, when it was can or could */
	for (size_t i = 0; i < n; i++) {
		if (drop[i])
			continue;
		size_t next = i + 1 + (IS(i, no) && i + 1 < n && IS(i + 1, longer));
		while (next < n && drop[next])
			next++;
		bool unfelt = next < n && IS(next, feel) && (IS(i, barely) || next > i + 1);
		if (unfelt && (IS(i, barely) || IS(i, no))) {
			o -= last; /* "can barely feel": "can't feel" */
			o += sprintf(o, "can't ");
			last = 0;
			i = next - 1;
			continue;
		}
		bool sense = IS(i, feel) && len[i] >= 5; /* "sense" (marks after it go) */
		o += sprintf(o, "%.*s ", sense ? 4 : (int)len[i], sense ? "feel" : at[i]);
		last = IS(i, can) ? len[i] + 1 : 0;
	}
#undef IS
	if (o > out)
		o--;
	strcpy(o, rest);
	return out;
}

enum symptom advice_symptom_named(const char *typed, bool *sure)
{
	char *line = unsoftened(typed);
	bool limb_sure = true, denied = false, unsure = false;
	const char *said = NULL;
	size_t said_len = 0;
	enum symptom found = asleep_in(line, &limb_sure);
	if (!found)
		found = unfelt_in(line, &limb_sure, &said, &said_len);
	bool asked = found && !limb_sure; /* "it went to sleep": what, unsaid */
	for (const char *w = line; *w;) {
		size_t n = 0;
		while (is_letter(w[n]))
			n++;
		/* numbness or pain named after "weird" or "sick" is what it is,
		 * and after a phrase that asks ("it went to sleep, tingling now",
		 * "my foot is dead and it hurts") */
		for (size_t i = 0; n && (!found || found == SYMPTOM_OTHER || asked) &&
				   i < sizeof symptom_words / sizeof *symptom_words; i++)
			if (is_symptom_word(w, n, symptom_words[i].word) &&
			    (!found || symptom_words[i].symptom != SYMPTOM_OTHER)) {
				found = symptom_words[i].symptom;
				asked = false;
				break;
			}
		if ((!found || asked) && n > 2 && (*w == 'o' || *w == 'O') && strspn(w + 1, "wW") == n - 1)
			found = SYMPTOM_SHARP, asked = false; /* "oww", "owwww": ow, drawn out */
		if (!found && n && text_word_in(w, n, unsure_words, sizeof unsure_words / sizeof *unsure_words))
			found = SYMPTOM_OTHER, unsure = true;
		if (n && text_word_in(w, n, denials, sizeof denials / sizeof *denials) &&
		    !(said && w >= said && w < said + said_len))
			denied = true;
		w += n ? n : 1;
	}
	*sure = !asked && !denied && !unsure;
	free(line);
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
