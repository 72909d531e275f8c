#include "suggest.h"

#include <stdio.h>
#include <string.h>

#define MAX_WORD 64 /* longer words are never typos of our short keys */

size_t edit_distance(const char *a, const char *b, size_t cap)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > MAX_WORD || m > MAX_WORD || (n > m ? n - m : m - n) > cap)
		return cap + 1;
	/* Three rows: two letters swapped ("kdi" for "kid") are one edit, as
	 * a hand makes them, not two. */
	size_t rows[3][MAX_WORD + 1], *before = rows[0], *last = rows[1], *row = rows[2];
	for (size_t j = 0; j <= m; j++)
		last[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t best = row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t cost = last[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = last[j] + 1, ins = row[j - 1] + 1;
			size_t d = cost < del ? (cost < ins ? cost : ins) : (del < ins ? del : ins);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    before[j - 2] + 1 < d)
				d = before[j - 2] + 1;
			row[j] = d;
			if (d < best)
				best = d;
		}
		if (best > cap)
			return cap + 1;
		size_t *t = before;
		before = last, last = row, row = t;
	}
	return last[m] > cap ? cap + 1 : last[m];
}

const char *suggest_closest(const char *word, const char *const *cands, size_t n,
			    size_t max_dist)
{
	/* Half a short word changed is another word: "id" is not "side". */
	size_t half = strlen(word) / 2;
	if (max_dist > half)
		max_dist = half ? half : 1;
	const char *best = NULL;
	size_t best_d = max_dist + 1;
	for (size_t i = 0; i < n; i++) {
		size_t d = edit_distance(word, cands[i], max_dist);
		if (d < best_d) {
			best_d = d;
			best = cands[i];
		}
	}
	return best;
}

/* The singular of an English plural, enough for the body's parts: feet,
 * calves, shoulders, glutes. */
static void singular(const char *w, char *out, size_t cap)
{
	size_t n = strlen(w);
	if (!strcmp(w, "feet"))
		snprintf(out, cap, "foot");
	else if (!strcmp(w, "teeth"))
		snprintf(out, cap, "tooth");
	else if (n > 3 && !strcmp(w + n - 3, "ves")) /* calves, halves */
		snprintf(out, cap, "%.*sf", (int)(n - 3), w);
	else if (n > 1 && w[n - 1] == 's' && w[n - 2] != 's') /* not "ss": glass */
		snprintf(out, cap, "%.*s", (int)(n - 1), w);
	else
		snprintf(out, cap, "%s", w);
}

const char *suggest_same_word(const char *word, const char *const *cands, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(word, cands[i]))
			return NULL;
	char a[64], b[64];
	singular(word, a, sizeof a);
	for (size_t i = 0; i < n; i++) {
		singular(cands[i], b, sizeof b);
		if (!strcmp(a, b) || (strlen(word) >= 4 && edit_distance(word, cands[i], 1) <= 1))
			return cands[i];
	}
	return NULL;
}

const char *suggest_area_in_english(const char *area)
{
	static const struct {
		const char *english, *words;
	} areas[] = {
		{ "feet", " pied pieds fuss fuesse fusse pie pies pe pes piede piedi plante " },
		{ "calves", " mollet mollets wade waden pantorrilla pantorrillas gemelos "
			    "panturrilha panturrilhas polpaccio polpacci " },
		{ "back", " dos ruecken rucken espalda costas schiena " },
		{ "shoulders", " epaule epaules schulter schultern hombro hombros ombro ombros "
			       "spalla spalle " },
		{ "glutes", " fessier fessiers fesses gesaess gesass gluteo gluteos glutei " },
		{ "quads", " quadriceps quadrizeps cuadriceps quadricipite quadricipiti cuisse "
			   "cuisses oberschenkel muslo muslos coxa coxas coscia cosce " },
		{ "neck", " cou nacken hals cuello pescoco collo " },
	};
	size_t n = strlen(area);
	if (!n || n > 30 || strchr(area, ' '))
		return NULL;
	char word[34];
	snprintf(word, sizeof word, " %s ", area);
	for (size_t i = 0; i < sizeof areas / sizeof *areas; i++)
		if (strstr(areas[i].words, word))
			return areas[i].english;
	return NULL;
}
