/* "Did you mean …?": the closest known word to a typo. Pure. */
#ifndef UNKNOT_SUGGEST_H
#define UNKNOT_SUGGEST_H

#include <stddef.h>

/* Levenshtein distance, capped: returns cap + 1 when it is over cap. */
size_t edit_distance(const char *a, const char *b, size_t cap);

/* The candidate closest to word within max_dist edits (and within half
 * of word's length, at least one), or NULL. Ties go to the first
 * candidate. */
const char *suggest_closest(const char *word, const char *const *cands, size_t n,
			    size_t max_dist);

/* A candidate that is word in another form: its singular or plural
 * (calf, calves; foot, feet; shoulder, shoulders) or one edit from it
 * (sholders); NULL when none is, or word is itself a candidate. For
 * areas, which must match a stop's to the letter. */
const char *suggest_same_word(const char *word, const char *const *cands, size_t n);

/* The English area an area written in French, German, Spanish, Portuguese
 * or Italian names, as written without accents (pied, waden, espalda,
 * ombros, spalle: feet, calves, back, shoulders), or NULL. */
const char *suggest_area_in_english(const char *area);

#endif
