/* A small tree built from libyaml's event stream: mappings, sequences and
 * scalars with their positions. Aliases and anchors are refused, never
 * expanded; nesting and node count are bounded. */
#ifndef UNKNOT_YAML_TREE_H
#define UNKNOT_YAML_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

enum ynode_kind { Y_SCALAR, Y_SEQ, Y_MAP };

struct ynode {
	enum ynode_kind kind;
	unsigned line, col;   /* 1-based */
	char *value;          /* scalars */
	size_t len;
	bool plain;           /* unquoted scalar: `~` and empty mean nothing */
	long ctrl_at;         /* the first control character of value as it was read
			       * (a line break too), -1 for none */
	unsigned ctrl_line, ctrl_col; /* the first control character of value (not a
				       * line break), or the escape that made it: where
				       * it is in the file, else 0 */
	unsigned comment_col; /* a plain scalar followed by " # ..." on its line: where, else 0 */
	bool comment_word;    /* ... and the '#' is a word's ("#1 Keep it light"), not "# note" */
	unsigned dash_line, dash_col; /* a plain scalar over lines, one of them starting
				       * with "- " (an item indented too far): where, else 0 */
	bool flow;            /* a collection written in [ ] or { } */
	struct ynode **kids;  /* sequences: items; mappings: key, value, key, … */
	size_t n;
};

struct ylimits {
	size_t max_depth, max_items; /* nesting; items in one list or mapping */
	const char *what; /* the document, as errors name it: "routine (a mapping with ...)" */
	const char *past_max; /* said after the list of the document's key past_max_of */
	const char *past_max_of; /* grows too long: the way round it; or NULL */
};

/* Parses buf (one document). Returns the root, or NULL after adding an
 * error to d. An empty stream returns NULL with an error too. */
struct ynode *ytree_parse(const char *file, const char *buf, size_t len,
			  const struct ylimits *lim, struct diags *d);
void ytree_free(struct ynode *n);

/* A key of a mapping, as a schema knows it. */
struct ykey {
	const char *name;
	bool required;
	bool duration; /* its value is one: "6,5" there was a decimal comma */
};

/* The schema of the level above or below a mapping's, and what to say of
 * one of its keys met here ("a step's key: indent it under its step"). A
 * key of both levels (title) is found at its own. */
struct yelsewhere {
	const struct ykey *keys;
	size_t n;
	const char *says;
};

/* The most keys a schema may have: ytree_match_keys keeps a note per key. */
#define YTREE_MAX_KEYS 16

/* Checks the keys of map against the schema: unknown ones (with a "did you
 * mean", or where one of other's keys goes), duplicates and missing
 * required ones, as errors in d. Stores the value node of each known key in
 * vals (same order as keys; NULL if absent). where names the mapping in
 * messages ("a step"; "a ..." for an item of a list). At most
 * YTREE_MAX_KEYS keys. */
void ytree_match_keys(const char *file, struct diags *d, const struct ynode *map,
		      const char *where, const struct ykey *keys, size_t nkeys,
		      const struct yelsewhere *other, const struct ynode **vals);

/* A non-empty text value of at most max bytes, valid UTF-8 without control
 * characters, copied into *out (freeing what was there). Errors go to d. */
bool ytree_get_text(const char *file, struct diags *d, const struct ynode *n,
		    const char *key, size_t max, char **out);
/* The same for words to be read (titles, instructions, advice): it warns
 * when an unquoted " #" cut the text short. Not for ids or names. */
bool ytree_get_prose(const char *file, struct diags *d, const struct ynode *n,
		     const char *key, size_t max, char **out);
/* The same for an item of a list (said so when it has a bullet of its own). */
bool ytree_get_prose_item(const char *file, struct diags *d, const struct ynode *n,
			  const char *key, size_t max, char **out);

/* The bullet a word processor or an input method puts for "- " (• · ● ◦
 * ▪ ■ ○, a dash or minus ‐ ‒ – — −, and a space; ・ ー ｰ ･ ﹣ －) at the
 * start of s (n bytes), or NULL. */
const char *ytree_bullet_at(const char *s, size_t n);

/* "text", "a list", "a mapping", "nothing". */
const char *ynode_describe(const struct ynode *n);
/* True for a plain scalar that YAML reads as null: empty, `~`, `null`. */
bool ynode_is_null(const struct ynode *n);

#endif
