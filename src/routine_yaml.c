/* Routine files → struct routine. The YAML is read into a small tree by
 * yaml_tree.c; this file checks it against the schema, key by key, and says
 * exactly where and what is wrong. */
#include "routine_yaml.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "duration.h"
#include "regular_file.h"
#include "suggest.h"
#include "text.h"
#include "xalloc.h"
#include "yaml_name.h"
#include "yaml_tree.h"

struct ctx {
	const char *file;
	struct diags *d;
	size_t errors_before;
};

#define ERR(c, n, ...) diags_add((c)->d, DIAG_ERROR, (c)->file, (n)->line, (n)->col, __VA_ARGS__)
#define WARN(c, n, ...) diags_add((c)->d, DIAG_WARNING, (c)->file, (n)->line, (n)->col, __VA_ARGS__)

/* A non-empty text value, copied into *out. */
static bool get_text(struct ctx *c, const struct ynode *n, const char *key, char **out)
{
	return ytree_get_text(c->file, c->d, n, key, ROUTINE_MAX_STRING, out);
}

/* The same for words to be read, not names: warned of a " #" that cut it. */
static bool get_prose(struct ctx *c, const struct ynode *n, const char *key, char **out)
{
	return ytree_get_prose(c->file, c->d, n, key, ROUTINE_MAX_STRING, out);
}

/* ... of an item of a list of prose. */
static bool get_prose_item(struct ctx *c, const struct ynode *n, const char *key, char **out)
{
	return ytree_get_prose_item(c->file, c->d, n, key, ROUTINE_MAX_STRING, out);
}

/* A duration; positive for one that cannot be 0 (a hold, a breath). */
static bool get_duration(struct ctx *c, const struct ynode *n, const char *key, bool positive,
			 int64_t *ms)
{
	if (n->kind != Y_SCALAR || ynode_is_null(n)) {
		ERR(c, n, "%s: expected a duration such as 30s or 1m30s, got %s", key, ynode_describe(n));
		return false;
	}
	/* a word processor's no-break space ("30\u00A0s", as German sets a
	 * number and its unit) is a space; one at the end, nothing */
	char *value = xstrdup(n->value), *o = value;
	for (const char *v = n->value; *v;)
		if (text_nbsp_at(v))
			*o++ = ' ', v += text_nbsp_at(v);
		else
			*o++ = *v++;
	while (o > value && o[-1] == ' ')
		o--;
	*o = '\0';
	memmove(value, value + strspn(value, " "), strlen(value + strspn(value, " ")) + 1);
	int rc = duration_parse(value, ms);
	if (rc != 0) {
		char *safe = text_printable(value);
		char sum[32];
		if (rc == -2) { /* *ms is what it adds up to */
			duration_format(*ms, sum, sizeof sum);
			ERR(c, n, "%s: '%s': after hours or minutes, the next unit goes up to 59; "
			    "did you mean %s (%llds)?", key, safe, sum, (long long)(*ms / 1000));
		} else if (rc == -3) {
			ERR(c, n, "%s: '%s' is too long: at most a day (24h)", key, safe);
		} else if (duration_guess(value, sum, sizeof sum)) {
			int64_t guess = 0;
			if (positive && duration_parse(sum, &guess) == 0 && guess == 0)
				ERR(c, n, "%s: '%s' is not a duration, and must be longer than 0 "
				    "(such as 4s, 30s or 1m30s)", key, safe);
			else
				ERR(c, n, "%s: '%s' is not a duration; did you mean %s?", key, safe, sum);
		} else if (duration_whole_seconds(value, sum, sizeof sum)) { /* "6.5s" */
			ERR(c, n, "%s: '%s' is not a duration: a duration takes whole seconds (%s)",
			    key, safe, sum);
		} else {
			ERR(c, n, "%s: '%s' is not a duration; expected 30, 30s, 1m, 1m30s or 1h "
			    "(at most a day)", key, safe);
		}
		free(safe);
		free(value);
		return false;
	}
	free(value);
	if (positive && *ms == 0) {
		ERR(c, n, "%s: must be longer than 0", key);
		return false;
	}
	return true;
}

/* Lists other than steps hold at most ROUTINE_MAX_LIST items. */
static bool list_fits(struct ctx *c, const struct ynode *n, const char *key)
{
	if (n->n <= ROUTINE_MAX_LIST)
		return true;
	const struct ynode *first_over = n->kids[ROUTINE_MAX_LIST];
	ERR(c, first_over, "%s: too many items (%zu); the limit is %d", key, n->n, ROUTINE_MAX_LIST);
	return false;
}

/* The items a and b of a [ ] list, both plain, when a ends in a digit
 * and b starts with one right after the comma ("[de 1,5 sobre 10]"): a
 * decimal comma that split one text in two. "[1, 2]" has its space. */
static bool split_number(const struct ynode *a, const struct ynode *b)
{
	if (a->kind != Y_SCALAR || b->kind != Y_SCALAR || !a->plain || !b->plain || !a->len ||
	    a->line != b->line || !isdigit((unsigned char)a->value[a->len - 1]) ||
	    !isdigit((unsigned char)b->value[0]))
		return false;
	unsigned chars = 0; /* columns count characters */
	for (const char *p = a->value; *p; p++)
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	return b->col == a->col + chars + 1;
}

/* An item as a message shows it: a long one cut to the part next to the
 * comma (the end of the item before it, the start of the one after). */
static char *near_comma(const char *s, bool end)
{
	enum { COLS = 30 };
	size_t at = 0, len = strlen(s);
	if (text_width(s) <= COLS + 10)
		return text_printable(s);
	if (!end)
		len = (size_t)text_prefix_fitting(s, (int)len, COLS);
	else
		while (text_width(s + at) > COLS)
			for (at++; ((unsigned char)s[at] & 0xC0) == 0x80; at++)
				;
	while (at < len && s[at] == ' ') /* "...de 1", not "... de 1" */
		at++;
	while (len > at && s[len - 1] == ' ')
		len--;
	char *part = xasprintf("%s%.*s%s", end ? "..." : "", (int)(len - at), s + at,
			       end ? "" : "...");
	char *safe = text_printable(part);
	free(part);
	return safe;
}

/* "safety: '1,5' in a [ ] list is two items, ...", at the comma. */
static void warn_split_number(struct ctx *c, const struct ynode *a, const struct ynode *b,
			      const char *key)
{
	size_t from = a->len, to = strspn(b->value, "0123456789");
	while (from > 0 && isdigit((unsigned char)a->value[from - 1]))
		from--;
	char *first = near_comma(a->value, true), *second = near_comma(b->value, false);
	diags_add(c->d, DIAG_WARNING, c->file, b->line, b->col - 1,
		  "%s: '%s,%.*s' in a [ ] list is two items, '%s' and '%s': a comma ends an item "
		  "there; put the whole text in quotes (\"...\")", key, a->value + from, (int)to,
		  b->value, first, second);
	free(first);
	free(second);
}

/* A list of text (of prose, or of names); a single text is taken as a list
 * of one. */
static void get_text_list(struct ctx *c, const struct ynode *n, const char *key, bool prose,
			  struct strlist *out)
{
	bool (*get)(struct ctx *, const struct ynode *, const char *, char **) =
		prose ? get_prose : get_text;
	if (n->kind == Y_SCALAR && !ynode_is_null(n)) {
		char *s = NULL;
		if (get(c, n, key, &s)) {
			out->v = xcalloc(1, sizeof *out->v);
			out->v[out->n++] = s;
		}
		return;
	}
	if (n->kind != Y_SEQ) {
		ERR(c, n, "%s: expected a list of text, got %s", key, ynode_describe(n));
		return;
	}
	if (!list_fits(c, n, key))
		return;
	out->v = xcalloc(n->n, sizeof *out->v);
	const struct ynode *taken = NULL; /* the item before, when it was */
	const struct ynode *kept = NULL;  /* the item of the last note kept */
	for (size_t i = 0; i < n->n; i++) {
		char *s = NULL;
		const struct ynode *item = n->kids[i];
		bool ok = (prose ? get_prose_item : get)(c, item, key, &s);
		if (ok && n->flow && taken && split_number(taken, item))
			warn_split_number(c, taken, item, key);
		taken = ok ? item : NULL;
		if (!ok)
			continue;
		/* [Stop at once on numbness, tingling or sharp pain.] is two
		 * notes: the second goes on in lower case from one with no end
		 * (sentences: equipment is "foam roller, yoga mat"); not where
		 * either is quoted, as one who split them meant to */
		const char *before = out->n ? out->v[out->n - 1] : NULL;
		size_t len = before ? strlen(before) : 0;
		if (prose && n->flow && strcmp(key, "equipment") && len && item->plain &&
		    kept && kept->plain && !strchr(".!?:;)", before[len - 1]) && s[0] >= 'a' && s[0] <= 'z')
			WARN(c, n->kids[i], "%s: a comma in a [ ] list ends an item, so this goes on "
			     "from the one before as a note of its own; put that sentence in quotes",
			     key);
		out->v[out->n++] = s;
		kept = item;
	}
}

/* "'baby' is not one of adult, teen, kid", and a did-you-mean when one of
 * them is near ('kids': 'kid'). */
/* value in ASCII lowercase ("BOTH": both), in out (n bytes). */
static void lowered(const char *value, char *out, size_t n)
{
	size_t i = 0;
	for (; value[i] && i + 1 < n; i++)
		out[i] = value[i] >= 'A' && value[i] <= 'Z' ? (char)(value[i] - 'A' + 'a') : value[i];
	out[i] = '\0';
}

/* "adult, teen", "left and right": several of names written as one
 * text. Their list ("adult, teen") in list; *left_right when left and
 * right are both among them. */
static bool several_of(const char *value, const char *const *names, size_t n, char *list,
		       size_t size, bool *left_right)
{
	char words[64];
	lowered(value, words, sizeof words);
	size_t count = 0, left = 0, right = 0;
	list[0] = '\0';
	for (char *save = NULL, *w = strtok_r(words, " ,/&", &save); w; w = strtok_r(NULL, " ,/&", &save)) {
		if (!strcmp(w, "and"))
			continue;
		size_t k = 0;
		while (k < n && strcmp(w, names[k]))
			k++;
		if (k == n)
			return false;
		left += !strcmp(w, "left"), right += !strcmp(w, "right");
		snprintf(list + strlen(list), size - strlen(list), "%s%s", count++ ? ", " : "", w);
	}
	*left_right = left && right;
	return count > 1;
}

/* The one of names that begins with word ("l": left); NULL for none or
 * several. */
static const char *only_beginning(const char *word, const char *const *names, size_t n)
{
	const char *found = NULL;
	for (size_t i = 0; *word && i < n; i++)
		if (!strncmp(names[i], word, strlen(word))) {
			if (found)
				return NULL;
			found = names[i];
		}
	return found;
}

/* "left, right, both, none" */
static void names_said(const char *const *names, size_t n, char *out, size_t size)
{
	out[0] = '\0';
	for (size_t i = 0; i < n; i++)
		snprintf(out + strlen(out), size - strlen(out), "%s%s", i ? ", " : "", names[i]);
}

/* "side: 'Both' is not one of left, right, both, none; did you mean
 * 'both'?", with what to write for several ("adult, teen") when one is
 * asked for, or a list in brackets when several may be (list_key). */
static void not_one_of(struct ctx *c, const struct ynode *at, const char *key, const char *value,
		       const char *const *names, size_t n, bool list_key)
{
	char allowed[64], low[64], several[64];
	names_said(names, n, allowed, sizeof allowed);
	char *spelled = text_ascii_spelling(value); /* "modérée" near moderate as "moderee" is */
	lowered(spelled, low, sizeof low);
	free(spelled);
	bool left_right = false;
	const char *near = suggest_closest(low, names, n, 2);
	char *hint;
	if (near && !strcmp(near, low)) /* "BOTH" */
		hint = xasprintf("; did you mean '%s'?", near);
	else if (several_of(value, names, n, several, sizeof several, &left_right))
		hint = list_key ? xasprintf("; for more than one, write a list: [%s]", several)
		       : left_right ? xstrdup("; for both sides, write both")
				    : xasprintf("; %s takes one of them", key);
	else if (strstr(low, "both") && suggest_closest("both", names, n, 0)) /* "both sides" */
		hint = xstrdup("; for both sides, write both");
	else if (near || (near = only_beginning(low, names, n))) /* "L": left */
		hint = xasprintf("; did you mean '%s'?", near);
	else
		hint = xstrdup("");
	char *safe = text_printable(value);
	ERR(c, at, "%s: '%s' is not one of %s%s", key, safe, allowed, hint);
	free(safe);
	free(hint);
}

static void get_audience(struct ctx *c, const struct ynode *n, struct strlist *out)
{
	static const char *const allowed[] = { "adult", "teen", "kid" };
	get_text_list(c, n, "audience", false, out);
	for (size_t i = 0; i < out->n; i++) {
		size_t k = 0;
		while (k < 3 && strcmp(out->v[i], allowed[k]) != 0)
			k++;
		if (k == 3)
			not_one_of(c, n->kind == Y_SEQ && i < n->n ? n->kids[i] : n, "audience",
				   out->v[i], allowed, 3, n->kind != Y_SEQ);
	}
}

/* [a-z]+(-[a-z]+)*: "" or "-" would read in the history as no area, which
 * a stop holds for every area. */
static bool area_word(const char *p)
{
	bool word = *p >= 'a' && *p <= 'z';
	for (; word && *p; p++)
		word = (*p >= 'a' && *p <= 'z') || (*p == '-' && p[1] >= 'a' && p[1] <= 'z');
	return word;
}

static void get_area(struct ctx *c, const struct ynode *n, char **out)
{
	if (!get_text(c, n, "area", out))
		return;
	if (area_word(*out))
		return;
	/* "Upper back", "upper_back", "füße": the word it could be (German's
	 * ä ö ü ß as ae oe ue ss, as the man page writes fuesse; another
	 * letter without its mark) */
	char *spelt = text_ascii_spelling(*out), *near = xstrdup(spelt), *o = near;
	for (const char *p = spelt; *p; p++) {
		if (*p == ' ' || *p == '_' || *p == '-') {
			if (o > near && o[-1] != '-')
				*o++ = '-';
		} else {
			*o++ = *p;
		}
	}
	free(spelt);
	*o = '\0';
	if (o > near && o[-1] == '-')
		o[-1] = '\0';
	if (area_word(near))
		ERR(c, n, "area: expected one lowercase word (letters a to z) such as back, feet or "
		    "calves, or words joined by dashes; did you mean '%s'?", near);
	else
		ERR(c, n, "area: expected one lowercase word (letters a to z) such as back, feet, "
		    "calves or shoulders");
	free(near);
}

static void get_breathing(struct ctx *c, const struct ynode *n, struct breathing *b)
{
	static const struct ykey keys[] = {
		{ "inhale", true, true }, { "exhale", true, true }, { "hold_in", false, true },
		{ "hold_out", false, true },
	};
	if (n->kind != Y_MAP) {
		ERR(c, n, "breathing: expected a mapping such as {inhale: 4s, exhale: 6s}, got %s",
		    ynode_describe(n));
		return;
	}
	const struct ynode *v[4];
	ytree_match_keys(c->file, c->d, n, "breathing", keys, 4, NULL, v);
	int64_t *dst[4] = { &b->inhale_ms, &b->exhale_ms, &b->hold_in_ms, &b->hold_out_ms };
	for (size_t k = 0; k < 4; k++) /* a breath in or out takes time; a pause may not */
		if (v[k])
			get_duration(c, v[k], keys[k].name, k < 2, dst[k]);
}

/* Names every cue, from cue.c's table, and the one meant when it is near. */
static void unknown_cue(struct ctx *c, const struct ynode *key)
{
	const char *names[CUE_COUNT];
	char allowed[160] = "";
	for (int k = 0; k < CUE_COUNT; k++) {
		names[k] = cue_name((enum cue_kind)k);
		snprintf(allowed + strlen(allowed), sizeof allowed - strlen(allowed), "%s%s",
			 k ? ", " : "", names[k]);
	}
	const char *near =
		key->kind == Y_SCALAR ? suggest_closest(key->value, names, CUE_COUNT, 2) : NULL;
	char *safe = key->kind == Y_SCALAR ? text_printable(key->value) : xstrdup("?");
	ERR(c, key, "sounds: unknown cue '%s'; expected one of %s%s%s%s", safe, allowed,
	    near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
	free(safe);
}

static void get_sounds(struct ctx *c, const struct ynode *n, struct routine *r)
{
	if (n->kind != Y_MAP) {
		ERR(c, n, "sounds: expected a mapping of cue to sound file, got %s", ynode_describe(n));
		return;
	}
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct ynode *key = n->kids[i];
		enum cue_kind k = key->kind == Y_SCALAR ? cue_parse(key->value) : CUE_COUNT;
		if (k == CUE_COUNT) {
			unknown_cue(c, key);
			continue;
		}
		if (r->sounds[k]) {
			ERR(c, key, "duplicate key '%s' in sounds", cue_name(k));
			continue;
		}
		if (get_text(c, n->kids[i + 1], cue_name(k), &r->sounds[k]))
			r->sound_line[k] = n->kids[i + 1]->line, r->sound_col[k] = n->kids[i + 1]->col;
	}
}

static int by_at(const void *a, const void *b)
{
	const struct prompt *x = a, *y = b;
	return (x->at_ms > y->at_ms) - (x->at_ms < y->at_ms);
}

/* cut_ms: where kid mode always cuts the hold, or 0. */
static void get_prompts(struct ctx *c, const struct ynode *n, struct step *s,
			const struct ynode *hold, int64_t cut_ms)
{
	static const struct ykey keys[] = { { "at", true, true }, { "say", true, false } };
	if (n->kind != Y_SEQ) {
		ERR(c, n, "prompts: expected a list of {at: 15s, say: text}, got %s", ynode_describe(n));
		return;
	}
	if (!list_fits(c, n, "prompts"))
		return;
	s->prompts = xcalloc(n->n, sizeof *s->prompts);
	unsigned *line = xcalloc(n->n, sizeof *line); /* each prompt's, kept for a twin */
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *p = n->kids[i];
		if (p->kind != Y_MAP) {
			ERR(c, p, "prompts: expected {at: 15s, say: text}, got %s", ynode_describe(p));
			continue;
		}
		const struct ynode *v[2];
		ytree_match_keys(c->file, c->d, p, "a prompt", keys, 2, NULL, v);
		struct prompt pr = { 0 };
		bool ok = v[0] && v[1] && get_duration(c, v[0], "at", false, &pr.at_ms) &&
			  get_prose(c, v[1], "say", &pr.say);
		if (ok && text_width(pr.say) > ROUTINE_WARN_PROMPT_COLS)
			WARN(c, v[1], "say: %zu columns wide; a prompt is read at a glance mid-hold, "
			     "and a small screen cuts a long one: keep it under %d",
			     text_width(pr.say), ROUTINE_WARN_PROMPT_COLS);
		if (ok && hold && s->hold_ms && pr.at_ms >= s->hold_ms) {
			char at[32], len[32];
			duration_format(pr.at_ms, at, sizeof at);
			duration_format(s->hold_ms, len, sizeof len);
			ERR(c, v[0], "at: %s is not inside the hold of %s", at, len);
			ok = false;
		} else if (ok && cut_ms && pr.at_ms >= cut_ms) {
			char at[32];
			duration_format(pr.at_ms, at, sizeof at);
			WARN(c, v[0], "at: %s is past the 30s a kid's hold lasts: never said", at);
		}
		for (size_t k = 0; ok && k < s->n_prompts; k++)
			if (s->prompts[k].at_ms == pr.at_ms) { /* the second would hide the first */
				char at[32];
				duration_format(pr.at_ms, at, sizeof at);
				WARN(c, v[0], "at: the prompt on line %u is at %s too, and the screen shows "
				     "one prompt at a time: only this one would be seen; give each its "
				     "own time", line[k], at);
				break;
			}
		if (ok) {
			line[s->n_prompts] = p->line;
			s->prompts[s->n_prompts++] = pr;
		} else {
			free(pr.say);
		}
	}
	free(line);
	qsort(s->prompts, s->n_prompts, sizeof *s->prompts, by_at);
}

static void get_enum(struct ctx *c, const struct ynode *n, const char *key,
		     int (*parse)(const char *, void *), void *out,
		     const char *const *names, size_t n_names)
{
	if (n->kind == Y_SEQ) { /* "side: [left, right]": one is asked for */
		struct strlist said = { 0 };
		bool scalars = n->n > 0;
		for (size_t i = 0; scalars && i < n->n; i++)
			if ((scalars = n->kids[i]->kind == Y_SCALAR))
				strlist_add(&said, n->kids[i]->value);
		char *words = strlist_join(&said);
		strlist_free(&said);
		int fits = text_prefix_fitting(words, (int)strlen(words), 60);
		if (words[fits]) { /* a list of any length, said in a line: cut between characters */
			char *cut = xasprintf("%.*s\u2026", fits, words);
			free(words);
			words = cut;
		}
		if (scalars && n->n == 1 && parse(words, out) == 0) { /* "side: [both]" */
			ERR(c, n, "%s: expected one word, got a list; write it without the brackets: "
			    "%s: %s", key, key, words);
		} else if (scalars) { /* "for both sides, write both", or which it takes */
			not_one_of(c, n, key, words, names, n_names, false);
		} else {
			char allowed[64];
			names_said(names, n_names, allowed, sizeof allowed);
			ERR(c, n, "%s: expected one of %s, got a list", key, allowed);
		}
		free(words);
		return;
	}
	char *s = NULL;
	if (!get_text(c, n, key, &s))
		return;
	if (parse(s, out) != 0)
		not_one_of(c, n, key, s, names, n_names, false);
	free(s);
}

static int parse_side(const char *s, void *out) { return side_parse(s, out); }
static int parse_pressure(const char *s, void *out) { return pressure_parse(s, out); }

enum { S_TITLE, S_SIDE, S_PREP, S_HOLD, S_PRESSURE, S_INSTRUCTION, S_AVOID, S_PROMPTS, S_N };

_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "the kid warnings below say 30s");

static const struct ykey step_schema[S_N] = {
	[S_TITLE] = { "title", true, false }, [S_SIDE] = { "side", false, false },
	[S_PREP] = { "prep", false, true }, [S_HOLD] = { "hold", true, true },
	[S_PRESSURE] = { "pressure", false, false }, [S_INSTRUCTION] = { "instruction", false, false },
	[S_AVOID] = { "avoid", false, false }, [S_PROMPTS] = { "prompts", false, false },
};

enum {
	R_TITLE, R_AREA, R_SUMMARY, R_EQUIPMENT, R_AUDIENCE, R_BREATHING, R_SAFETY,
	R_AFTERCARE, R_SOUNDS, R_STEPS, R_N
};

static const struct ykey routine_schema[R_N] = {
	[R_TITLE] = { "title", true, false }, [R_AREA] = { "area", true, false },
	[R_SUMMARY] = { "summary", false, false }, [R_EQUIPMENT] = { "equipment", false, false },
	[R_AUDIENCE] = { "audience", false, false }, [R_BREATHING] = { "breathing", false, false },
	[R_SAFETY] = { "safety", false, false }, [R_AFTERCARE] = { "aftercare", false, false },
	[R_SOUNDS] = { "sounds", false, false }, [R_STEPS] = { "steps", true, false },
};

/* A key written at the other level: where it goes. */
static const struct yelsewhere step_keys = {
	step_schema, S_N, "a step's key: indent it under its step, in line with the step's title"
};
static const struct yelsewhere routine_keys = {
	routine_schema, R_N,
	"a key of the routine: write it at the left edge, in line with the routine's title"
};

/* kid: the routine is for kids; kid_alone: for kids alone, so always run
 * in kid mode, its holds cut to 30 seconds. */
static void get_step(struct ctx *c, const struct ynode *n, struct step *s, bool kid, bool kid_alone)
{
	static const char *const sides[] = { "left", "right", "both", "none" };
	static const char *const pressures[] = { "light", "moderate", "firm" };
	s->prep_ms = ROUTINE_DEFAULT_PREP_MS;
	s->pressure = PRESSURE_MODERATE;
	if (n->kind != Y_MAP) {
		ERR(c, n, "steps: expected a step (a mapping with title and hold), got %s",
		    ynode_describe(n));
		return;
	}
	const struct ynode *v[S_N];
	ytree_match_keys(c->file, c->d, n, "a step", step_schema, S_N, &routine_keys, v);
	if (v[S_TITLE])
		get_prose(c, v[S_TITLE], "title", &s->title);
	if (v[S_SIDE])
		get_enum(c, v[S_SIDE], "side", parse_side, &s->side, sides, 4);
	if (v[S_PREP])
		get_duration(c, v[S_PREP], "prep", false, &s->prep_ms);
	if (v[S_HOLD] && get_duration(c, v[S_HOLD], "hold", true, &s->hold_ms) &&
	    s->hold_ms > ROUTINE_WARN_HOLD_MS) {
		char len[32];
		duration_format(s->hold_ms, len, sizeof len);
		WARN(c, v[S_HOLD], "hold of %s is over 2 minutes; 60-90 s on a spot is enough", len);
	} else if (v[S_HOLD] && s->hold_ms > 0 && s->hold_ms < ROUTINE_WARN_SHORT_HOLD_MS &&
		   strspn(v[S_HOLD]->value, "0123456789") == strlen(v[S_HOLD]->value)) {
		/* "hold: 2" meant as minutes would be over before the breath */
		WARN(c, v[S_HOLD], "hold: %s is %s second%s; write %ss to say so, or %sm for minutes",
		     v[S_HOLD]->value, v[S_HOLD]->value, s->hold_ms == 1000 ? "" : "s",
		     v[S_HOLD]->value, v[S_HOLD]->value);
	}
	if (kid_alone && s->hold_ms > ROUTINE_KID_HOLD_MS) {
		char len[32];
		duration_format(s->hold_ms, len, sizeof len);
		WARN(c, v[S_HOLD], "hold of %s in a routine for kids alone: kid mode cuts it to 30s",
		     len);
	}
	if (v[S_PRESSURE]) {
		get_enum(c, v[S_PRESSURE], "pressure", parse_pressure, &s->pressure, pressures, 3);
		if (kid && s->pressure == PRESSURE_FIRM)
			WARN(c, v[S_PRESSURE], "pressure: firm in a routine for kids; use light");
	}
	if (v[S_INSTRUCTION] && get_prose(c, v[S_INSTRUCTION], "instruction", &s->instruction)) {
		size_t cols = text_width(s->instruction);
		if (cols > ROUTINE_WARN_INSTRUCTION_COLS)
			WARN(c, v[S_INSTRUCTION], "instruction: %zu characters; an 80x24 hold has room for "
			     "about %d with the rest of the step, and cuts what does not fit (about 160 "
			     "reads well)", cols, ROUTINE_WARN_INSTRUCTION_COLS);
	}
	if (v[S_AVOID] && get_prose(c, v[S_AVOID], "avoid", &s->avoid) &&
	    text_width(s->avoid) > ROUTINE_WARN_AVOID_COLS)
		WARN(c, v[S_AVOID], "avoid: %zu columns wide; a small screen shows it whole or not "
		     "at all: keep it under %d", text_width(s->avoid), ROUTINE_WARN_AVOID_COLS);
	if (v[S_PROMPTS])
		get_prompts(c, v[S_PROMPTS], s, v[S_HOLD], kid_alone ? ROUTINE_KID_HOLD_MS : 0);
}

static void get_routine(struct ctx *c, const struct ynode *root, struct routine *r)
{
	if (root->kind != Y_MAP) {
		ERR(c, root, "expected a routine (a mapping with title, area and steps), got %s",
		    ynode_describe(root));
		return;
	}
	const struct ynode *v[R_N];
	ytree_match_keys(c->file, c->d, root, "the routine", routine_schema, R_N, &step_keys, v);
	if (v[R_TITLE])
		get_prose(c, v[R_TITLE], "title", &r->title);
	if (v[R_AREA])
		get_area(c, v[R_AREA], &r->area);
	if (v[R_AREA])
		r->area_line = v[R_AREA]->line, r->area_col = v[R_AREA]->col;
	if (v[R_SUMMARY])
		get_prose(c, v[R_SUMMARY], "summary", &r->summary);
	if (v[R_EQUIPMENT])
		get_text_list(c, v[R_EQUIPMENT], "equipment", true, &r->equipment);
	if (v[R_AUDIENCE])
		get_audience(c, v[R_AUDIENCE], &r->audience);
	r->breathing = (struct breathing){ .inhale_ms = ROUTINE_DEFAULT_INHALE_MS,
					   .exhale_ms = ROUTINE_DEFAULT_EXHALE_MS };
	if (v[R_BREATHING])
		get_breathing(c, v[R_BREATHING], &r->breathing);
	if (v[R_SAFETY])
		get_text_list(c, v[R_SAFETY], "safety", true, &r->safety);
	if (v[R_AFTERCARE])
		get_text_list(c, v[R_AFTERCARE], "aftercare", true, &r->aftercare);
	if (v[R_SOUNDS])
		get_sounds(c, v[R_SOUNDS], r);
	const struct ynode *steps = v[R_STEPS];
	if (!steps)
		return;
	if (steps->kind != Y_SEQ || ynode_is_null(steps)) {
		ERR(c, steps, "steps: expected a list of steps, got %s%s", ynode_describe(steps),
		    steps->kind == Y_MAP ? "; begin each step with '- ' (a dash and a space)" : "");
		return;
	}
	if (steps->n == 0) {
		ERR(c, steps, "steps: the list is empty; a routine needs at least one step");
		return;
	}
	bool kid = routine_for_kids(r);
	bool kid_alone = routine_for_kids_alone(r);
	r->steps = xcalloc(steps->n, sizeof *r->steps);
	r->n_steps = steps->n;
	for (size_t i = 0; i < steps->n; i++)
		get_step(c, steps->kids[i], &r->steps[i], kid, kid_alone);
}

struct routine *routine_load_buffer(const char *name, const char *buf, size_t len,
				    struct diags *d)
{
	struct ctx c = { .file = name, .d = d, .errors_before = d->errors };
	if (len > ROUTINE_MAX_FILE_BYTES) {
		diags_add(d, DIAG_ERROR, name, 0, 0, "file is %zu bytes; the limit is %d",
			  len, ROUTINE_MAX_FILE_BYTES);
		return NULL;
	}
	static const struct ylimits lim = { ROUTINE_MAX_DEPTH, ROUTINE_MAX_STEPS,
					    "routine (a mapping with title, area and steps)", NULL,
					    NULL };
	struct ynode *root = ytree_parse(name, buf, len, &lim, d);
	if (!root)
		return NULL;
	struct routine *r = xcalloc(1, sizeof *r);
	r->id = yaml_name_id(name);
	r->path = xstrdup(name);
	if (strchr(r->id, ',')) /* "neck, easy" would be two routines in the history */
		diags_add(d, DIAG_ERROR, name, 0, 0, "a routine's id, its file's name without .yaml, "
			  "cannot hold a comma (the history separates routines with one): rename "
			  "the file");
	get_routine(&c, root, r);
	ytree_free(root);
	if (d->errors > c.errors_before) {
		routine_free(r);
		return NULL;
	}
	return r;
}

struct routine *routine_load_file(const char *path, struct diags *d)
{
	struct stat st;
	FILE *f = regular_file_open(path, &st, d);
	if (!f)
		return NULL;
	/* As big as the file (routines are a few KB, the limit is 256), plus a
	 * byte to see it grow; if it did, read on to one byte past the limit. */
	size_t cap = (uintmax_t)st.st_size < ROUTINE_MAX_FILE_BYTES ?
		     (size_t)st.st_size + 1 : ROUTINE_MAX_FILE_BYTES + 1;
	char *buf = xmalloc(cap);
	size_t len = fread(buf, 1, cap, f);
	if (len == cap && cap <= ROUTINE_MAX_FILE_BYTES) {
		buf = xreallocarray(buf, ROUTINE_MAX_FILE_BYTES + 1, 1);
		len += fread(buf + len, 1, ROUTINE_MAX_FILE_BYTES + 1 - len, f);
	}
	bool failed = ferror(f);
	fclose(f);
	struct routine *r = NULL;
	if (failed)
		diags_add(d, DIAG_ERROR, path, 0, 0, "cannot read: %s", strerror(errno));
	else if (len > ROUTINE_MAX_FILE_BYTES)
		diags_add(d, DIAG_ERROR, path, 0, 0, "file is over the limit of %d bytes",
			  ROUTINE_MAX_FILE_BYTES);
	else
		r = routine_load_buffer(path, buf, len, d);
	free(buf);
	return r;
}
